// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace asd {

// Labels: 1 = anomaly (positive), 0 = normal. Higher score = more anomalous.
struct RocPoint {
    double fpr;
    double tpr;
    double threshold; // score at and above which clips are called anomalous
};

// The ROC curve with one point per distinct score (ties move together), starting at
// (0, 0), as scikit-learn's roc_curve(drop_intermediate=False).
std::vector<RocPoint> rocCurve(const std::vector<double> &scores, const std::vector<int> &labels);

// Area under the ROC curve; ties count one half (Mann-Whitney U). NaN unless both
// classes are present.
double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels);

// Partial AUC exactly as scikit-learn's roc_auc_score(max_fpr=p), which every DCASE
// evaluator reports: the ROC cut at FPR p (TPR interpolated), area A over [0, p], then
// McClish-standardised: 0.5 (1 + (A - p^2/2) / (p - p^2/2)). Random = 0.5, perfect = 1.
double partialRocAuc(const std::vector<double> &scores, const std::vector<int> &labels, double maxFpr = 0.1);

} // namespace asd
