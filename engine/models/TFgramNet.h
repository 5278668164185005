// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// OS-SCL's TFgram: the PANNs Wavegram front end, used alone (reference §3.2; the
// unused CNN14 body is left out). conv0 Conv1d(1→64, k 11, s 5) + BN + ReLU, then three
// dilated conv blocks with max pooling down to the frame count:
// 160000 → 32000 → 8000 → 626 → 313 for 10 s clips.
class TFgramNetImpl : public torch::nn::Module {
public:
    explicit TFgramNetImpl(int frames, int mels = 128);
    torch::Tensor forward(torch::Tensor wav); // (B, samples) -> (B, 1, mels, frames)

private:
    torch::nn::Sequential conv0{nullptr}, block1{nullptr}, block2{nullptr}, block3{nullptr};
    int m_frames;
};
TORCH_MODULE(TFgramNet);

} // namespace asd
