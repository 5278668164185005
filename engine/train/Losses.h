// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// Supervised contrastive loss (Khosla et al., mode "all", one view; reference §4.1):
//   L_i = -(τ/τ_base) · mean_{p∈P(i)} [ z_i·z_p/τ − log Σ_{j≠i} exp(z_i·z_j/τ) ]
// averaged over all anchors; anchors without positives contribute 0 but still count.
// Computed with a masked log-sum-exp: the reference exponentiates first and masks
// afterwards, so at τ = 0.02 the other terms underflow and log 0 turns it NaN.
torch::Tensor supConLoss(const torch::Tensor &features, const torch::Tensor &labels, double temperature = 0.02,
                         double baseTemperature = 0.07);

// The dual-level contrastive loss of Han, Jiang et al. (2025; reference §8): supervised
// contrastive at the machine level (type/section) and at the attribute level (section ×
// attribute or pseudo-attribute code), L = SupCon(z, coarse) + w · SupCon(z, fine). Clips of a
// section with other attributes are pushed apart only at the fine level.
torch::Tensor dualLevelContrastiveLoss(const torch::Tensor &features, const torch::Tensor &coarseLabels,
                                       const torch::Tensor &fineLabels, double temperature, double fineWeight = 1.0);

// Noisy-ArcMix: λ·CE(logits, y_a) + (1−λ)·CE(logits, y_b), the margin on y_a (reference §4.2).
torch::Tensor mixupCrossEntropy(const torch::Tensor &logits, const torch::Tensor &ya, const torch::Tensor &yb,
                                double lambda);

} // namespace asd
