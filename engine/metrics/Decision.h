// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace asd {

// Clips scoring at or above the threshold are called anomalous (labels: 1 = anomaly).
struct DecisionCounts {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};
DecisionCounts decide(const std::vector<double> &scores, const std::vector<int> &labels, double threshold);

// The DCASE baselines' decision threshold: a gamma distribution fitted to the training
// (normal) scores, and its q-quantile (q = 0.9 in the baselines). The fit is the maximum
// likelihood estimate with the location at the smallest score minus a small margin; the
// baselines' scipy.stats.gamma.fit also frees the location, so thresholds agree closely
// but not to the last digit.
double gammaThreshold(const std::vector<double> &normalScores, double quantile = 0.9);

// Regularised lower incomplete gamma P(a, x), and its inverse in x.
double regularizedGammaP(double a, double x);
double gammaQuantile(double shape, double scale, double q);

} // namespace asd
