// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/beats/KaldiFbank.h"

#include <cmath>
#include <stdexcept>

namespace asd {

namespace {

constexpr int kFftSize = 512;               // the frame length rounded up to a power of two
constexpr double kLowFrequency = 20.0;      // Kaldi's default low_freq
constexpr double kFbankMean = 15.41663, kFbankStd = 6.55582; // BEATs.preprocess defaults

double melScale(double hz) { return 1127.0 * std::log(1.0 + hz / 700.0); }

// torchaudio.compliance.kaldi.get_mel_banks for these settings, padded with a zero column for
// the Nyquist bin: [128][257], built with torchaudio's float32 operations.
torch::Tensor melBanks()
{
    const double nyquist = 0.5 * kBeatsSampleRate;
    const double lowMel = melScale(kLowFrequency), highMel = melScale(nyquist);
    const double delta = (highMel - lowMel) / (kBeatsMelBins + 1);
    const torch::Tensor bin = torch::arange(kBeatsMelBins).unsqueeze(1);
    const torch::Tensor left = lowMel + bin * delta, centre = lowMel + (bin + 1.0) * delta,
                        right = lowMel + (bin + 2.0) * delta;
    const torch::Tensor hz = double(kBeatsSampleRate) / kFftSize * torch::arange(kFftSize / 2);
    const torch::Tensor mel = (1127.0 * (1.0 + hz / 700.0).log()).unsqueeze(0);
    const torch::Tensor up = (mel - left) / (centre - left), down = (right - mel) / (right - centre);
    const torch::Tensor banks = torch::max(torch::zeros(1), torch::min(up, down));
    return torch::constant_pad_nd(banks, {0, 1});
}

} // namespace

torch::Tensor beatsFbank(const torch::Tensor &waveforms)
{
    if (waveforms.dim() != 2 || waveforms.size(1) < kBeatsFrameLength)
        throw std::runtime_error("BEATs needs at least 400 samples (25 ms at 16 kHz) per clip");
    static const torch::Tensor banks = melBanks(), window = torch::hann_window(kBeatsFrameLength, false).pow(0.85);
    const torch::Device device = waveforms.device();
    torch::Tensor frames = (waveforms.to(torch::kFloat32) * 32768.0).unfold(1, kBeatsFrameLength, kBeatsFrameShift);
    frames = frames - frames.mean(-1, true); // DC removal
    // Pre-emphasis with x[-1] := x[0] (torchaudio pads with 'replicate').
    const torch::Tensor previous = torch::cat({frames.narrow(-1, 0, 1), frames.narrow(-1, 0, kBeatsFrameLength - 1)}, -1);
    frames = (frames - 0.97 * previous) * window.to(device);
    frames = torch::constant_pad_nd(frames, {0, kFftSize - kBeatsFrameLength});
    const torch::Tensor power = torch::fft::rfft(frames).abs().pow(2.0);
    const torch::Tensor mel = torch::matmul(power, banks.to(device).t());
    const torch::Tensor fbank = torch::max(mel, torch::tensor(std::numeric_limits<float>::epsilon(), mel.options())).log();
    return (fbank - kFbankMean) / (2.0 * kFbankStd);
}

} // namespace asd
