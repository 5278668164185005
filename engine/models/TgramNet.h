// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// Learned time-frequency map from the waveform (STGram-MFN, reference §3.1):
// Conv1d(1→128, k 1024, s 512, p 512) then 3 × [LayerNorm over time, LeakyReLU 0.2,
// Conv1d(128→128, k 3)]. The LayerNorm spans the frame count, so the clip length is
// fixed at construction (313 frames for 10 s at 16 kHz).
class TgramNetImpl : public torch::nn::Module {
public:
    TgramNetImpl(int frames, int mels = 128, int nFft = 1024, int hop = 512);
    torch::Tensor forward(torch::Tensor wav); // (B, samples) -> (B, 1, mels, frames)

private:
    torch::nn::Conv1d conv_extrctor{nullptr}; // the reference's spelling, kept for checkpoint parity
    torch::nn::Sequential conv_encoder{nullptr};
};
TORCH_MODULE(TgramNet);

} // namespace asd
