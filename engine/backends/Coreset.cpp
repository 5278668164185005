// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/Coreset.h"

#include "util/Vectorise.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

namespace asd {

// Compiled once, never inlined into the instruction-set variants below: every caller sums in the
// same order, so the pass's distances are bit for bit the direct loop's.
__attribute__((noinline)) float squaredDistance(const float *x, const float *y, std::size_t dim)
{
    float s = 0;
#pragma omp simd reduction(+ : s)
    for (std::size_t d = 0; d < dim; ++d)
        s += (x[d] - y[d]) * (x[d] - y[d]);
    return s;
}

namespace {

// The lower bound's principal axes: on log-mel patches (80 values), 32 left under 1 % of the
// points to measure in full and fitted in 12–13 s where 16 took 33 s, 48 16 s and 64 23 s (one
// synthetic group of 187 clips; detectors/patchcore/README.md).
constexpr std::size_t kAxes = 32;
constexpr std::size_t kSlots = kAxes + 1; // and the distance from their span
constexpr std::size_t kBlock = 16;        // points a block holds: one AVX-512 register of floats

// The eigenvectors of a symmetric matrix (dim × dim, row-major), as rows, by decreasing
// eigenvalue: cyclic Jacobi rotations (Golub & Van Loan §8.5), exact enough for projection axes
// and without LAPACK, whose OpenBLAS threads would compete with the coreset threads for cores.
std::vector<double> symmetricEigenvectors(std::vector<double> a, std::size_t dim)
{
    std::vector<double> v(dim * dim, 0.0);
    for (std::size_t i = 0; i < dim; ++i)
        v[i * dim + i] = 1.0;
    for (int sweep = 0; sweep < 50; ++sweep) {
        double off = 0, total = 0;
        for (std::size_t p = 0; p < dim; ++p)
            for (std::size_t q = 0; q < dim; ++q) {
                total += a[p * dim + q] * a[p * dim + q];
                if (p != q)
                    off += a[p * dim + q] * a[p * dim + q];
            }
        if (off <= 1e-22 * total)
            break;
        for (std::size_t p = 0; p < dim; ++p)
            for (std::size_t q = p + 1; q < dim; ++q) {
                const double apq = a[p * dim + q];
                if (apq == 0.0)
                    continue;
                const double theta = (a[q * dim + q] - a[p * dim + p]) / (2.0 * apq);
                const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
                for (std::size_t k = 0; k < dim; ++k) { // columns p and q
                    const double akp = a[k * dim + p], akq = a[k * dim + q];
                    a[k * dim + p] = c * akp - s * akq;
                    a[k * dim + q] = s * akp + c * akq;
                }
                for (std::size_t k = 0; k < dim; ++k) { // rows p and q
                    const double apk = a[p * dim + k], aqk = a[q * dim + k];
                    a[p * dim + k] = c * apk - s * aqk;
                    a[q * dim + k] = s * apk + c * aqk;
                }
                for (std::size_t k = 0; k < dim; ++k) { // the rotations, as rows of v
                    const double vpk = v[p * dim + k], vqk = v[q * dim + k];
                    v[p * dim + k] = c * vpk - s * vqk;
                    v[q * dim + k] = s * vpk + c * vqk;
                }
            }
    }
    std::vector<std::size_t> order(dim);
    for (std::size_t i = 0; i < dim; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return a[x * dim + x] > a[y * dim + y]; });
    std::vector<double> sorted;
    for (std::size_t i : order)
        sorted.insert(sorted.end(), v.begin() + std::ptrdiff_t(i * dim), v.begin() + std::ptrdiff_t((i + 1) * dim));
    return sorted;
}

// x's coordinates along the axes (`axes`: dim × kAxes) from `mean`, all axes at once so that the
// sums run side by side in vector registers; returns ‖x − mean‖².
ASD_VECTOR_CLONES double project(const float *x, const double *mean, const double *axes, std::size_t dim,
                                 double *coordinates)
{
    double squared = 0;
    for (std::size_t a = 0; a < kAxes; ++a)
        coordinates[a] = 0;
    for (std::size_t d = 0; d < dim; ++d) {
        const double centred = x[d] - mean[d];
        squared += centred * centred;
        for (std::size_t a = 0; a < kAxes; ++a)
            coordinates[a] += centred * axes[d * kAxes + a];
    }
    return squared;
}

// The points' coordinates along kAxes principal axes, from their mean (the raw values, zero-
// padded, when a point has no more values than that), and each point's distance from the axes'
// span, in blocks of kBlock points, slot-major within a block (blocks × kSlots × kBlock): the
// layout the pass below reads in vector registers. Any orthonormal axes give a lower bound; the
// principal ones give the tightest, so their covariance may come from at most 4,000 points.
// Summed in double and rounded once, so that a projected distance errs by float rounding alone.
std::vector<float> blockedCoordinates(const std::vector<float> &points, std::size_t dim, std::size_t n)
{
    std::vector<float> out((n + kBlock - 1) / kBlock * kSlots * kBlock, 0.0f);
    auto at = [&](std::size_t i, std::size_t a) -> float & { return out[(i / kBlock * kSlots + a) * kBlock + i % kBlock]; };
    if (dim <= kAxes) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t d = 0; d < dim; ++d)
                at(i, d) = points[i * dim + d];
        return out;
    }
    std::vector<double> mean(dim, 0.0), scatter(dim * dim, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dim; ++d)
            mean[d] += points[i * dim + d];
    for (double &v : mean)
        v /= double(n);
    std::vector<double> centred(dim);
    const std::size_t stride = (n + 3999) / 4000;
    for (std::size_t i = 0; i < n; i += stride) {
        for (std::size_t d = 0; d < dim; ++d)
            centred[d] = points[i * dim + d] - mean[d];
        for (std::size_t a = 0; a < dim; ++a)
            for (std::size_t b = 0; b <= a; ++b)
                scatter[a * dim + b] += centred[a] * centred[b];
    }
    for (std::size_t a = 0; a < dim; ++a)
        for (std::size_t b = a + 1; b < dim; ++b)
            scatter[a * dim + b] = scatter[b * dim + a];
    const std::vector<double> vectors = symmetricEigenvectors(scatter, dim);
    std::vector<double> axes(dim * kAxes); // value d of axis a at d · kAxes + a
    for (std::size_t a = 0; a < kAxes; ++a)
        for (std::size_t d = 0; d < dim; ++d)
            axes[d * kAxes + a] = vectors[a * dim + d];
    for (std::size_t i = 0; i < n; ++i) {
        double c[kAxes];
        double residual = project(&points[i * dim], mean.data(), axes.data(), dim, c);
        for (std::size_t a = 0; a < kAxes; ++a) {
            at(i, a) = float(c[a]);
            residual -= c[a] * c[a];
        }
        at(i, kAxes) = float(std::sqrt(std::max(0.0, residual)));
    }
    return out;
}

struct Pass {
    const float *points; // n × dim, row-major
    std::size_t dim, n;
    const float *coordinates; // blockedCoordinates
    float *nearest;           // one per point and padding lane (-1 there)
    std::size_t *measured;    // room for n positions: the points the pass measures in full
    float absolute;           // the bound's absolute margin
};

// How many measured points ahead of the one measured now are asked from memory. In a bank larger
// than the cache each is a miss, and without asking ahead the pass waited for them in turn: the
// coreset cost 4.3× for 3.3× the patches (docs/BENCHMARKS.md, "Scale").
constexpr std::size_t kFetchAhead = 8;

// One new centre's pass over every point: each point's distance to the centre along the axes
// and from their span (a lower bound of the true one); the full distance only where that bound
// is below the point's nearest (with a 1 % and an absolute margin, far above what float
// rounding of either could reach, so that the picks are the direct loop's), those points
// measured after the bounds, fetched ahead; then the farthest point: the first with the largest
// nearest distance, as std::max_element finds it. A block's bounds are one 16-float vector per
// slot: one AVX-512 register, two AVX or four SSE ones. Compiled once per instruction set, each
// calling the one squaredDistance.
__attribute__((always_inline)) inline std::size_t farthestAfter(const Pass &p, std::size_t centre)
{
    typedef float Vec __attribute__((vector_size(kBlock * sizeof(float))));
    float c[kSlots];
    for (std::size_t a = 0; a < kSlots; ++a)
        c[a] = p.coordinates[(centre / kBlock * kSlots + a) * kBlock + centre % kBlock];
    const std::size_t blocks = (p.n + kBlock - 1) / kBlock;
    std::size_t count = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
        const float *block = p.coordinates + b * kSlots * kBlock;
        Vec bound{};
        for (std::size_t a = 0; a < kSlots; ++a) {
            Vec v;
            std::memcpy(&v, block + a * kBlock, sizeof v);
            v -= c[a];
            bound += v * v;
        }
        Vec near;
        std::memcpy(&near, p.nearest + b * kBlock, sizeof near);
        const auto measure = bound <= near * 1.01f + p.absolute; // padding lanes: -1, never
        for (std::size_t j = 0; j < kBlock; ++j)
            if (measure[j])
                p.measured[count++] = b * kBlock + j;
    }
    const float *x = p.points + centre * p.dim;
    const std::size_t bytes = p.dim * sizeof(float);
    for (std::size_t k = 0; k < count; ++k) {
        if (k + kFetchAhead < count) {
            const char *ahead = reinterpret_cast<const char *>(p.points + p.measured[k + kFetchAhead] * p.dim);
            for (std::size_t line = 0; line < bytes; line += 64)
                __builtin_prefetch(ahead + line);
        }
        const std::size_t i = p.measured[k];
        p.nearest[i] = std::min(p.nearest[i], squaredDistance(p.points + i * p.dim, x, p.dim));
    }
    Vec most;
    std::memcpy(&most, p.nearest, sizeof most);
    for (std::size_t b = 1; b < blocks; ++b) {
        Vec near;
        std::memcpy(&near, p.nearest + b * kBlock, sizeof near);
        most = most > near ? most : near;
    }
    float best = most[0];
    for (std::size_t j = 1; j < kBlock; ++j)
        best = std::max(best, most[j]);
    return std::size_t(std::find(p.nearest, p.nearest + p.n, best) - p.nearest);
}

std::size_t farthestBaseline(const Pass &p, std::size_t centre) { return farthestAfter(p, centre); }

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2,fma"))) std::size_t farthestAvx2(const Pass &p, std::size_t centre)
{
    return farthestAfter(p, centre);
}

__attribute__((target("avx512f,fma"))) std::size_t farthestAvx512(const Pass &p, std::size_t centre)
{
    return farthestAfter(p, centre);
}
#endif

using Farthest = std::size_t (*)(const Pass &, std::size_t);

#if defined(__x86_64__) && defined(__GNUC__)
const Farthest kFarthest = forWidestVectors(farthestBaseline, farthestAvx2, farthestAvx512);
#else
const Farthest kFarthest = farthestBaseline;
#endif

} // namespace

std::vector<std::size_t> greedyCoreset(const std::vector<float> &points, std::size_t dim, std::size_t m,
                                       std::uint64_t seed)
{
    const std::size_t n = dim ? points.size() / dim : 0;
    std::vector<std::size_t> picked;
    if (m >= n) {
        for (std::size_t i = 0; i < n; ++i)
            picked.push_back(i);
        return picked;
    }
    std::mt19937_64 rng(seed);
    const std::size_t start = std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    std::vector<float> nearest((n + kBlock - 1) / kBlock * kBlock, -1.0f); // padding lanes: never farthest
    std::vector<std::size_t> measured(nearest.size());
    float largestNorm2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        nearest[i] = squaredDistance(&points[i * dim], &points[start * dim], dim);
        float norm2 = 0;
        for (std::size_t d = 0; d < dim; ++d)
            norm2 += points[i * dim + d] * points[i * dim + d];
        largestNorm2 = std::max(largestNorm2, norm2);
    }
    const std::vector<float> coordinates = blockedCoordinates(points, dim, n);
    // The absolute margin, 1e-4 · ‖x‖²max, lies far above the ~1e-5 · ‖x‖²max the rounding can reach.
    const Pass pass{points.data(), dim, n, coordinates.data(), nearest.data(), measured.data(), 1e-4f * largestNorm2};
    std::size_t next = std::size_t(std::max_element(nearest.begin(), nearest.end()) - nearest.begin());
    picked.reserve(m);
    for (std::size_t k = 0; k < m; ++k) {
        picked.push_back(next);
        nearest[next] = 0;
        next = kFarthest(pass, next);
    }
    return picked;
}

} // namespace asd
