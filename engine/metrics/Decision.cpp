// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Decision.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace asd {

DecisionCounts decide(const std::vector<double> &scores, const std::vector<int> &labels, double threshold)
{
    DecisionCounts c;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const bool called = scores[i] >= threshold;
        if (labels[i])
            (called ? c.tp : c.fn)++;
        else
            (called ? c.fp : c.tn)++;
    }
    return c;
}

double regularizedGammaP(double a, double x)
{
    if (x <= 0)
        return 0.0;
    const double lnPrefix = -x + a * std::log(x) - std::lgamma(a);
    if (x < a + 1) { // series (Numerical Recipes gser)
        double sum = 1.0 / a, term = sum;
        for (int n = 1; n < 1000; ++n) {
            term *= x / (a + n);
            sum += term;
            if (std::abs(term) < std::abs(sum) * 1e-15)
                break;
        }
        return sum * std::exp(lnPrefix);
    }
    // Continued fraction for Q (Lentz), P = 1 - Q.
    double b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        d = std::abs(d) < 1e-300 ? 1e-300 : d;
        c = b + an / c;
        c = std::abs(c) < 1e-300 ? 1e-300 : c;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1) < 1e-15)
            break;
    }
    return 1.0 - std::exp(lnPrefix) * h;
}

double gammaQuantile(double shape, double scale, double q)
{
    double lo = 0, hi = std::max(1.0, shape) * 10;
    while (regularizedGammaP(shape, hi) < q)
        hi *= 2;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (regularizedGammaP(shape, mid) < q ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi) * scale;
}

double gammaThreshold(const std::vector<double> &scores, double quantile)
{
    if (scores.size() < 2)
        throw std::invalid_argument("gammaThreshold: needs at least two scores");
    const auto [mn, mx] = std::minmax_element(scores.begin(), scores.end());
    const double loc = *mn - 1e-3 * std::max(1e-12, *mx - *mn);
    double mean = 0, meanLog = 0;
    for (double s : scores) {
        mean += s - loc;
        meanLog += std::log(s - loc);
    }
    mean /= scores.size();
    meanLog /= scores.size();
    // MLE shape: solve ln k − ψ(k) = ln(mean) − mean(ln x) (Minka's start, Newton steps).
    const double s = std::log(mean) - meanLog;
    double k = (3 - s + std::sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
    auto digamma = [](double x) {
        double r = 0;
        while (x < 6) {
            r -= 1 / x;
            x += 1;
        }
        const double f = 1 / (x * x);
        return r + std::log(x) - 0.5 / x - f * (1.0 / 12 - f * (1.0 / 120 - f / 252));
    };
    for (int i = 0; i < 50; ++i) {
        const double trigamma = [&] {
            double x = k, r = 0;
            while (x < 6) {
                r += 1 / (x * x);
                x += 1;
            }
            const double f = 1 / (x * x);
            return r + 1 / x + f / 2 + f / x * (1.0 / 6 - f * (1.0 / 30 - f / 42));
        }();
        const double g = std::log(k) - digamma(k) - s, dg = 1 / k - trigamma;
        const double next = k - g / dg;
        k = next > 0 ? next : k / 2;
        if (std::abs(g) < 1e-12)
            break;
    }
    return loc + gammaQuantile(k, mean / k, quantile);
}

} // namespace asd
