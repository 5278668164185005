// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/PackedBank.h"

#include "util/Vectorise.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace asd {

namespace {

constexpr std::size_t kPanel = 16; // bank points per panel: one AVX-512 register of floats

using Kernel = void (*)(const float *queries, std::size_t m, std::size_t dim, const float *panels, const float *norms,
                        std::size_t panelCount, float *out);

// min over bank points of ‖b‖² − 2 q·b for each query. Lanes: floats per vector register;
// Queries: queries held in registers at once (as many accumulators as the registers allow:
// 8 × 1 zmm with AVX-512, 8 × 1 ymm with AVX2, 6 × 1 xmm with SSE2; measured best of 4–12 on
// the development machine). Inlined into each instruction set's entry point below, so that the
// one source compiles once per instruction set.
template <int Lanes, int Queries>
__attribute__((always_inline)) inline void nearestBracket(const float *queries, std::size_t m, std::size_t dim,
                                                          const float *panels, const float *norms,
                                                          std::size_t panelCount, float *out)
{
    typedef float Vec __attribute__((vector_size(Lanes * sizeof(float))));
    constexpr std::size_t kSlices = kPanel / Lanes;
    const float inf = std::numeric_limits<float>::infinity();
    for (std::size_t i0 = 0; i0 < m; i0 += Queries) {
        const std::size_t held = std::min<std::size_t>(Queries, m - i0);
        const float *q[Queries];
        for (int a = 0; a < Queries; ++a) // a short last block repeats its last query
            q[a] = queries + (i0 + std::min<std::size_t>(std::size_t(a), held - 1)) * dim;
        Vec best[Queries];
        for (int a = 0; a < Queries; ++a)
            best[a] = Vec{} + inf;
        for (std::size_t p = 0; p < panelCount; ++p)
            for (std::size_t s = 0; s < kSlices; ++s) {
                const float *panel = panels + p * dim * kPanel + s * Lanes;
                Vec dot[Queries];
                for (int a = 0; a < Queries; ++a)
                    dot[a] = Vec{};
                for (std::size_t d = 0; d < dim; ++d) {
                    Vec b;
                    std::memcpy(&b, panel + d * kPanel, sizeof b);
#pragma GCC unroll 8
                    for (int a = 0; a < Queries; ++a)
                        dot[a] += q[a][d] * b;
                }
                Vec norm;
                std::memcpy(&norm, norms + p * kPanel + s * Lanes, sizeof norm);
#pragma GCC unroll 8
                for (int a = 0; a < Queries; ++a) {
                    const Vec v = norm - 2.0f * dot[a];
                    best[a] = v < best[a] ? v : best[a];
                }
            }
        for (std::size_t a = 0; a < held; ++a) {
            float least = inf;
            for (int j = 0; j < Lanes; ++j)
                least = std::min(least, best[a][j]);
            out[i0 + a] = least;
        }
    }
}

void nearestBaseline(const float *q, std::size_t m, std::size_t dim, const float *panels, const float *norms,
                     std::size_t panelCount, float *out)
{
    nearestBracket<4, 6>(q, m, dim, panels, norms, panelCount, out);
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2,fma"))) void nearestAvx2(const float *q, std::size_t m, std::size_t dim,
                                                     const float *panels, const float *norms, std::size_t panelCount,
                                                     float *out)
{
    nearestBracket<8, 8>(q, m, dim, panels, norms, panelCount, out);
}

__attribute__((target("avx512f,fma"))) void nearestAvx512(const float *q, std::size_t m, std::size_t dim,
                                                          const float *panels, const float *norms,
                                                          std::size_t panelCount, float *out)
{
    nearestBracket<16, 8>(q, m, dim, panels, norms, panelCount, out);
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
const Kernel kNearest = forWidestVectors(nearestBaseline, nearestAvx2, nearestAvx512);
#else
const Kernel kNearest = nearestBaseline;
#endif

} // namespace

PackedBank::PackedBank(const std::vector<float> &points, std::size_t dim) : m_dim(dim)
{
    if (dim == 0 || points.size() % dim != 0)
        throw std::invalid_argument("a bank's points are not whole rows of its dimension");
    m_size = points.size() / dim;
    const std::size_t panelCount = (m_size + kPanel - 1) / kPanel;
    m_panels.assign(panelCount * dim * kPanel, 0.0f);
    m_norms.assign(panelCount * kPanel, std::numeric_limits<float>::infinity());
    for (std::size_t j = 0; j < m_size; ++j) {
        float norm = 0;
        for (std::size_t d = 0; d < dim; ++d) {
            const float x = points[j * dim + d];
            m_panels[(j / kPanel) * dim * kPanel + d * kPanel + j % kPanel] = x;
            norm += x * x;
        }
        m_norms[j] = norm;
    }
}

std::vector<float> PackedBank::points() const
{
    std::vector<float> out(m_size * m_dim);
    for (std::size_t j = 0; j < m_size; ++j)
        for (std::size_t d = 0; d < m_dim; ++d)
            out[j * m_dim + d] = m_panels[(j / kPanel) * m_dim * kPanel + d * kPanel + j % kPanel];
    return out;
}

std::vector<float> PackedBank::nearestSquared(const float *queries, std::size_t m, const std::vector<bool> &leaveOut) const
{
    std::vector<float> out(m, std::numeric_limits<float>::infinity());
    if (m == 0 || m_size == 0)
        return out;
    const float *norms = m_norms.data();
    std::vector<float> kept;
    if (!leaveOut.empty()) {
        if (leaveOut.size() != m_size)
            throw std::invalid_argument("a leave-out list of another length than the bank");
        // A point left out gets an infinite norm: it is never the nearest.
        kept = m_norms;
        for (std::size_t j = 0; j < m_size; ++j)
            if (leaveOut[j])
                kept[j] = std::numeric_limits<float>::infinity();
        norms = kept.data();
    }
    kNearest(queries, m, m_dim, m_panels.data(), norms, m_norms.size() / kPanel, out.data());
    for (std::size_t i = 0; i < m; ++i) {
        float norm = 0;
        for (std::size_t d = 0; d < m_dim; ++d)
            norm += queries[i * m_dim + d] * queries[i * m_dim + d];
        out[i] = std::max(0.0f, norm + out[i]); // +∞ stays +∞
    }
    return out;
}

} // namespace asd
