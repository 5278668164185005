// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// OS-SCL's Feature Perturbation Head (reference §3.5): Linear(E→R) → act → BN →
// Linear(R→E) → act → BN → L2 normalise. Its output is both the contrastive feature and
// the ArcFace input.
class FeaturePerturbationHeadImpl : public torch::nn::Module {
public:
    FeaturePerturbationHeadImpl(int embeddingDim = 128, int reduction = 64, bool leakyRelu = false);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Sequential head{nullptr};
};
TORCH_MODULE(FeaturePerturbationHead);

// Additive angular margin (ArcFace, ronghuaiyang's ArcMarginProduct, reference §3.6):
// cos_j = <x̂, Ŵ_j>; the target class gets cos(θ + m), or cos θ − m·sin m past θ = π − m
// (non-easy margin); logits = s·(...). The sine is clamped so that cos² rounding above 1
// cannot give sqrt of a negative number (a NaN source in the reference).
class ArcFaceHeadImpl : public torch::nn::Module {
public:
    ArcFaceHeadImpl(int embeddingDim, int classes, double margin, double scale = 30.0);
    torch::Tensor forward(torch::Tensor x, torch::Tensor labels); // margin logits (B, classes)
    torch::Tensor cosine(torch::Tensor x);                        // plain cosines (B, classes)
    torch::Tensor weight;
    double margin() const { return m_margin; }

private:
    double m_margin, m_scale, m_cosM, m_sinM, m_th, m_mm;
};
TORCH_MODULE(ArcFaceHead);

} // namespace asd
