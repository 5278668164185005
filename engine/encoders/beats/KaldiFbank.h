// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// BEATs's front end (BEATs.preprocess): torchaudio.compliance.kaldi.fbank of the waveform
// scaled by 2^15, with 128 mel bins, 25 ms frames, 10 ms hop, 16 kHz, dither 0, snip_edges,
// DC removal, pre-emphasis 0.97, the povey window, a 512-point FFT of the power, log with a
// float32-epsilon floor, then (fbank - 15.41663) / (2 · 6.55582) (../shared/fixtures/beats/
// README.md steps 1-6). Written with the same float32 tensor operations as torchaudio.
//
// waveforms: [batch][samples] at 16 kHz in [-1, 1), at least 400 samples.
// Returns [batch][frames][128], frames = 1 + (samples - 400) / 160.
torch::Tensor beatsFbank(const torch::Tensor &waveforms);

constexpr int kBeatsSampleRate = 16000, kBeatsMelBins = 128, kBeatsFrameLength = 400, kBeatsFrameShift = 160;

} // namespace asd
