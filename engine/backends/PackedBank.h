// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace asd {

// A memory bank of points laid out for exact nearest-neighbour search at the speed of a matrix
// product (issue #32). ‖q − b‖² = ‖q‖² + (‖b‖² − 2 q·b): the bracket is computed for 8 queries
// against 16 bank points at a time in registers and reduced to its minimum there, so no
// distance matrix is ever written to memory (the direct search, a product followed by a
// minimum over its rows, spends more time writing and reading that matrix than multiplying).
// Vectorised for AVX-512, AVX2 or the baseline x86-64 (SSE2), whichever the CPU has, from one
// source.
class PackedBank {
public:
    PackedBank() = default;
    // `points`: n × dim, row-major.
    PackedBank(const std::vector<float> &points, std::size_t dim);

    std::size_t size() const { return m_size; }
    std::size_t dim() const { return m_dim; }
    // The points as given (n × dim, row-major).
    std::vector<float> points() const;

    // For each of the m queries (m × dim, row-major), the squared Euclidean distance to its
    // nearest bank point (never below 0), passing over the points whose leaveOut flag is set
    // (none when leaveOut is empty); +∞ when every point is left out. One thread: callers run
    // queries of different clips on different threads.
    std::vector<float> nearestSquared(const float *queries, std::size_t m, const std::vector<bool> &leaveOut = {}) const;

private:
    std::size_t m_size = 0, m_dim = 0;
    std::vector<float> m_panels; // ⌈n / 16⌉ panels of 16 points, each dim × 16, dimension-major
    std::vector<float> m_norms;  // ‖b‖² per point, +∞ for a last panel's padding
};

} // namespace asd
