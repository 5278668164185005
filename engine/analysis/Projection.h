// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace asd
