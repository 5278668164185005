// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

namespace asd {

// 2-D principal-component projection of embeddings (TensorBoard projector's default
// view): centre, then the top two eigenvectors of the covariance by power iteration.
// Returns (x, y) per row and the share of variance each component explains.
struct Projection2d {
    std::vector<std::pair<double, double>> points;
    double explained[2] = {0, 0};
};
Projection2d pcaProjection(const std::vector<std::vector<float>> &rows);

// Exact t-SNE (van der Maaten & Hinton 2008) to 2-D: Gaussian input affinities at the given
// perplexity, Student-t output affinities, early exaggeration 12 for the first 250 of
// `iterations`, learning rate 200, momentum 0.5 then 0.8. O(n²) per iteration, so meant for
// up to a few thousand clips; run it off the GUI thread. Seeded; stops early (returning
// an empty projection) when *cancel becomes true. `explained` stays 0.
Projection2d tsneProjection(const std::vector<std::vector<float>> &rows, double perplexity = 30.0,
                            int iterations = 750, std::uint64_t seed = 1, const std::atomic<bool> *cancel = nullptr);

} // namespace asd
