// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace asd {

// ‖x − y‖², as the coreset measures it (the same rounding in every caller).
float squaredDistance(const float *x, const float *y, std::size_t dim);

// Greedy k-center selection of m of the n rows of `points` (n × dim, row-major), as anomalib's
// KCenterGreedy does: squared distances to a seeded random start point (not itself kept), then
// again and again the point farthest from everything kept joins (the first such point on a
// tie). Deterministic for a seed; all n when m ≥ n.
//
// The same points as that direct loop, with less work per new centre c: a point's distance to c
// is at least its distance to c along the points' 32 principal axes plus the difference of
// their distances from the axes' span (a projection onto orthonormal axes never lengthens a
// difference), so only the points whose bound is below their distance to the nearest kept point
// are measured in full: 0.5–2 % of log-mel patches (80 values). And the farthest point is
// found among the 512 farthest before, kept up to date, for as long as one of them lies farther
// than all the others did; the others are brought up to date with hundreds of centres in one
// pass, each block of 16 points' bounds read from memory once for all of them (issue #32;
// detectors/patchcore/README.md).
std::vector<std::size_t> greedyCoreset(const std::vector<float> &points, std::size_t dim, std::size_t m,
                                       std::uint64_t seed);

} // namespace asd
