// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// MobileFaceNet as used by STgram-MFN, Noisy-ArcMix and OS-SCL (reference §3.3):
// conv1 3×3/2, depthwise 3×3, bottlenecks (t,c,n,s) = (2,128,2,2), (4,128,2,2),
// (4,128,2,2), 1×1 to 512, a global depthwise conv (GDC) over the remaining map, and a
// linear 1×1 to the 128-dim embedding. The GDC kernel follows the input size
// ((8, 20) for 128 mels × 313 frames).
class MobileFaceNetImpl : public torch::nn::Module {
public:
    MobileFaceNetImpl(int inputChannels, int mels, int frames, int embeddingDim = 128);
    torch::Tensor forward(torch::Tensor x); // (B, C, mels, frames) -> (B, embeddingDim)
    // Inference only (eval mode, not trained further): every convolution absorbs the
    // BatchNorm after it, which removes a pass over each activation map.
    void foldBatchNorm();

private:
    torch::nn::Sequential conv1{nullptr}, dw_conv1{nullptr}, blocks{nullptr}, conv2{nullptr}, linear7{nullptr},
        linear1{nullptr};
};
TORCH_MODULE(MobileFaceNet);

} // namespace asd
