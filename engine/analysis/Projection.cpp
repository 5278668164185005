// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Projection.h"

#include <cmath>
#include <numeric>

#include "util/Random.h"

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

Projection2d tsneProjection(const std::vector<std::vector<float>> &rows, double perplexity, int iterations,
                            std::uint64_t seed, const std::atomic<bool> *cancel)
{
    Projection2d out;
    const std::size_t n = rows.size();
    if (n < 3)
        return pcaProjection(rows);
    perplexity = std::min(perplexity, (double(n) - 1) / 3.0);
    // Squared distances in the embedding space.
    std::vector<double> d2(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            double s = 0;
            for (std::size_t k = 0; k < rows[i].size(); ++k) {
                const double t = double(rows[i][k]) - rows[j][k];
                s += t * t;
            }
            d2[i * n + j] = d2[j * n + i] = s;
        }
    // Conditional affinities with a per-point bandwidth found by bisection on the entropy.
    std::vector<double> p(n * n, 0.0);
    const double targetEntropy = std::log(perplexity);
    for (std::size_t i = 0; i < n; ++i) {
        double beta = 1.0, lo = 0.0, hi = 1e300;
        for (int it = 0; it < 64; ++it) {
            double sum = 0, weighted = 0;
            for (std::size_t j = 0; j < n; ++j) {
                if (j == i)
                    continue;
                const double v = std::exp(-beta * d2[i * n + j]);
                p[i * n + j] = v;
                sum += v;
                weighted += v * d2[i * n + j];
            }
            sum = std::max(sum, 1e-300);
            const double entropy = std::log(sum) + beta * weighted / sum;
            for (std::size_t j = 0; j < n; ++j)
                p[i * n + j] /= sum;
            if (std::abs(entropy - targetEntropy) < 1e-5)
                break;
            if (entropy > targetEntropy) {
                lo = beta;
                beta = hi > 1e299 ? beta * 2 : 0.5 * (beta + hi);
            } else {
                hi = beta;
                beta = 0.5 * (beta + lo);
            }
        }
    }
    // Symmetrise: P = (P + Pᵀ) / 2n.
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            p[i * n + j] = p[j * n + i] = std::max((p[i * n + j] + p[j * n + i]) / (2.0 * n), 1e-12);

    Rng rng(seed);
    std::vector<double> y(2 * n), gain(2 * n, 1.0), velocity(2 * n, 0.0), grad(2 * n), q(n * n);
    for (auto &v : y)
        v = 1e-4 * rng.normal();
    for (int it = 0; it < iterations; ++it) {
        if (cancel && cancel->load())
            return {};
        const double exaggeration = it < 250 ? 12.0 : 1.0, momentum = it < 250 ? 0.5 : 0.8;
        double qSum = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                const double v = 1.0 / (1.0 + dx * dx + dy * dy);
                q[i * n + j] = q[j * n + i] = v;
                qSum += 2 * v;
            }
        std::fill(grad.begin(), grad.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                const double w = q[i * n + j];
                const double m = 4.0 * (exaggeration * p[i * n + j] - w / qSum) * w;
                grad[2 * i] += m * (y[2 * i] - y[2 * j]);
                grad[2 * i + 1] += m * (y[2 * i + 1] - y[2 * j + 1]);
            }
        for (std::size_t k = 0; k < 2 * n; ++k) {
            // Delta-bar-delta gains, as in the reference implementation.
            gain[k] = (grad[k] > 0) != (velocity[k] > 0) ? gain[k] + 0.2 : std::max(0.01, gain[k] * 0.8);
            velocity[k] = momentum * velocity[k] - 200.0 * gain[k] * grad[k];
            y[k] += velocity[k];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        out.points.emplace_back(y[2 * i], y[2 * i + 1]);
    return out;
}

} // namespace asd
