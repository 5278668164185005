// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/RocAuc.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace asd {
namespace {

double trapezoid(const std::vector<double> &x, const std::vector<double> &y)
{
    double a = 0.0;
    for (std::size_t i = 1; i < x.size(); ++i)
        a += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) * 0.5;
    return a;
}

// A curve with an area: clips of both classes (no clips leave only its (0, 0) start; one class
// leaves NaN rates).
bool hasArea(const std::vector<RocPoint> &roc)
{
    return roc.size() >= 2 && !std::isnan(roc.back().fpr) && !std::isnan(roc.back().tpr);
}

} // namespace

std::vector<RocPoint> rocCurve(const std::vector<double> &scores, const std::vector<int> &labels)
{
    if (scores.size() != labels.size())
        throw std::invalid_argument("rocCurve: scores and labels differ in length");
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    double positives = 0, negatives = 0;
    for (int l : labels)
        (l ? positives : negatives) += 1;
    std::vector<RocPoint> roc;
    roc.push_back({0.0, 0.0, std::numeric_limits<double>::infinity()});
    double tp = 0, fp = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        (labels[order[i]] ? tp : fp) += 1;
        // Emit a point only after the last of a run of tied scores.
        if (i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]])
            roc.push_back({negatives > 0 ? fp / negatives : std::nan(""), positives > 0 ? tp / positives : std::nan(""),
                           scores[order[i]]});
    }
    return roc;
}

double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels)
{
    const auto roc = rocCurve(scores, labels);
    if (!hasArea(roc))
        return std::nan("");
    std::vector<double> x, y;
    for (const auto &p : roc) {
        x.push_back(p.fpr);
        y.push_back(p.tpr);
    }
    return trapezoid(x, y);
}

double partialRocAuc(const std::vector<double> &scores, const std::vector<int> &labels, double maxFpr)
{
    if (!(maxFpr > 0.0 && maxFpr <= 1.0))
        throw std::invalid_argument("partialRocAuc: max_fpr must be in (0, 1]");
    if (maxFpr == 1.0)
        return rocAuc(scores, labels);
    const auto roc = rocCurve(scores, labels);
    if (!hasArea(roc))
        return std::nan("");
    // stop = searchsorted(fpr, max_fpr, "right"): first point beyond max_fpr.
    std::size_t stop = 0;
    while (stop < roc.size() && roc[stop].fpr <= maxFpr)
        ++stop;
    std::vector<double> x, y;
    for (std::size_t i = 0; i < stop; ++i) {
        x.push_back(roc[i].fpr);
        y.push_back(roc[i].tpr);
    }
    const RocPoint &a = roc[stop - 1], &b = roc[stop];
    x.push_back(maxFpr);
    y.push_back(a.tpr + (maxFpr - a.fpr) * (b.tpr - a.tpr) / (b.fpr - a.fpr));
    const double partial = trapezoid(x, y);
    const double minArea = 0.5 * maxFpr * maxFpr, maxArea = maxFpr;
    return 0.5 * (1.0 + (partial - minArea) / (maxArea - minArea));
}

} // namespace asd
