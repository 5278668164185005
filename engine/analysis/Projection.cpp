// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Projection.h"

#include <cmath>
#include <numeric>

namespace asd {

Projection2d pcaProjection(const std::vector<std::vector<float>> &rows)
{
    Projection2d out;
    if (rows.empty())
        return out;
    const std::size_t n = rows.size(), d = rows[0].size();
    std::vector<double> mean(d, 0.0);
    for (const auto &r : rows)
        for (std::size_t j = 0; j < d; ++j)
            mean[j] += r[j] / double(n);
    std::vector<double> cov(d * d, 0.0);
    for (const auto &r : rows)
        for (std::size_t a = 0; a < d; ++a) {
            const double xa = r[a] - mean[a];
            for (std::size_t b = a; b < d; ++b)
                cov[a * d + b] += xa * (r[b] - mean[b]);
        }
    double total = 0;
    for (std::size_t a = 0; a < d; ++a) {
        for (std::size_t b = a; b < d; ++b)
            cov[b * d + a] = cov[a * d + b];
        total += cov[a * d + a];
    }
    std::vector<std::vector<double>> components;
    for (int c = 0; c < 2; ++c) {
        std::vector<double> v(d);
        for (std::size_t j = 0; j < d; ++j)
            v[j] = 1.0 + 0.01 * double((j * 7919 + c * 104729) % 97); // deterministic start
        double lambda = 0;
        for (int it = 0; it < 300; ++it) {
            std::vector<double> w(d, 0.0);
            for (std::size_t a = 0; a < d; ++a)
                for (std::size_t b = 0; b < d; ++b)
                    w[a] += cov[a * d + b] * v[b];
            for (const auto &u : components) { // deflate: stay orthogonal to earlier components
                const double dot = std::inner_product(w.begin(), w.end(), u.begin(), 0.0);
                for (std::size_t j = 0; j < d; ++j)
                    w[j] -= dot * u[j];
            }
            const double norm = std::sqrt(std::inner_product(w.begin(), w.end(), w.begin(), 0.0));
            if (norm == 0)
                break;
            lambda = norm;
            for (std::size_t j = 0; j < d; ++j)
                v[j] = w[j] / norm;
        }
        out.explained[c] = total > 0 ? lambda / total : 0.0;
        components.push_back(v);
    }
    for (const auto &r : rows) {
        double x = 0, y = 0;
        for (std::size_t j = 0; j < d; ++j) {
            x += (r[j] - mean[j]) * components[0][j];
            y += (r[j] - mean[j]) * components[1][j];
        }
        out.points.emplace_back(x, y);
    }
    return out;
}

} // namespace asd
