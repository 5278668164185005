// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/Losses.h"

namespace asd {

namespace F = torch::nn::functional;

torch::Tensor supConLoss(const torch::Tensor &z, const torch::Tensor &labels, double temperature,
                         double baseTemperature)
{
    const auto n = z.size(0);
    const auto self = torch::eye(n, torch::TensorOptions().dtype(torch::kBool).device(z.device()));
    const auto logits = torch::matmul(z, z.t()) / temperature;
    const auto denominator = logits.masked_fill(self, -std::numeric_limits<double>::infinity()).logsumexp(1, true);
    // Self-pairs are -inf - finite: zero them so that 0 * (-inf) cannot make a NaN.
    const auto logProb = (logits - denominator).masked_fill(self, 0.0);
    const auto positives = (labels.view({-1, 1}) == labels.view({1, -1})).logical_and(self.logical_not()).to(z.dtype());
    const auto count = positives.sum(1);
    // Anchors with no positive: divisor 1 and a zero sum, so they add 0 to the mean.
    const auto meanLogProb = (positives * logProb).sum(1) / count.clamp_min(1.0);
    return -(temperature / baseTemperature) * meanLogProb.mean();
}

torch::Tensor mixupCrossEntropy(const torch::Tensor &logits, const torch::Tensor &ya, const torch::Tensor &yb,
                                double lambda)
{
    return lambda * F::cross_entropy(logits, ya) + (1.0 - lambda) * F::cross_entropy(logits, yb);
}

torch::Tensor dualLevelContrastiveLoss(const torch::Tensor &features, const torch::Tensor &coarseLabels,
                                       const torch::Tensor &fineLabels, double temperature, double fineWeight)
{
    // The base temperature equal to τ: the loss is the plain mean log-probability of positives.
    return supConLoss(features, coarseLabels, temperature, temperature) +
           fineWeight * supConLoss(features, fineLabels, temperature, temperature);
}

} // namespace asd
