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
    float absolute;           // the bound's absolute margin
};

// (point, centre) pairs to measure in full.
using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

typedef float Vec __attribute__((vector_size(kBlock * sizeof(float))));
typedef float Half __attribute__((vector_size(kBlock / 2 * sizeof(float))));
typedef float Quarter __attribute__((vector_size(kBlock / 4 * sizeof(float))));

// The largest of a vector's lanes, by halves.
__attribute__((always_inline)) inline float largestLane(const Vec &v)
{
    Half a, b;
    std::memcpy(&a, &v, sizeof a);
    std::memcpy(&b, reinterpret_cast<const char *>(&v) + sizeof a, sizeof b);
    a = a > b ? a : b;
    Quarter c, d;
    std::memcpy(&c, &a, sizeof c);
    std::memcpy(&d, reinterpret_cast<const char *>(&a) + sizeof c, sizeof d);
    c = c > d ? c : d;
    return std::max(std::max(c[0], c[1]), std::max(c[2], c[3]));
}

// The (point, centre) pairs whose bound lies below the point's nearest distance, for `count`
// new centres (their kSlots coordinates each, one after another) in one pass over the bounds
// of blocks [first, last): each point's distance to a centre along the axes and from their
// span, a lower bound of the true one, with a 1 % and an absolute margin, far above what float
// rounding of either could reach, so that the picks are the direct loop's. Each block of
// bounds is read from memory once for all the centres: one 16-float vector per slot (one
// AVX-512 register, two AVX or four SSE ones). Compiled once per instruction set.
__attribute__((always_inline)) inline void boundsBelowNearest(const Pass &p, const float *centres, std::size_t count,
                                                              std::size_t first, std::size_t last, Pairs &out)
{
    for (std::size_t b = first; b < last; ++b) {
        const float *block = p.coordinates + b * kSlots * kBlock;
        Vec near;
        std::memcpy(&near, p.nearest + b * kBlock, sizeof near);
        const Vec limit = near * 1.01f + p.absolute;
        for (std::size_t k = 0; k < count; ++k) {
            const float *c = centres + k * kSlots;
            Vec bound{};
            for (std::size_t a = 0; a < kSlots; ++a) {
                Vec v;
                std::memcpy(&v, block + a * kBlock, sizeof v);
                v -= c[a];
                bound += v * v;
            }
            const Vec slack = limit - bound;
            if (largestLane(slack) < 0)
                continue;
            for (std::size_t j = 0; j < kBlock; ++j)
                if (slack[j] >= 0 && b * kBlock + j < p.n) // not the last block's padding lanes
                    out.emplace_back(std::uint32_t(b * kBlock + j), std::uint32_t(k));
        }
    }
}

using BoundsBelowNearest = void (*)(const Pass &, const float *, std::size_t, std::size_t, std::size_t, Pairs &);

void boundsBelowNearestBaseline(const Pass &p, const float *centres, std::size_t count, std::size_t first,
                                std::size_t last, Pairs &out)
{
    boundsBelowNearest(p, centres, count, first, last, out);
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2,fma"))) void boundsBelowNearestAvx2(const Pass &p, const float *centres,
                                                                std::size_t count, std::size_t first,
                                                                std::size_t last, Pairs &out)
{
    boundsBelowNearest(p, centres, count, first, last, out);
}

__attribute__((target("avx512f,fma"))) void boundsBelowNearestAvx512(const Pass &p, const float *centres,
                                                                   std::size_t count, std::size_t first,
                                                                   std::size_t last, Pairs &out)
{
    boundsBelowNearest(p, centres, count, first, last, out);
}

const BoundsBelowNearest kBoundsBelowNearest =
    forWidestVectors(boundsBelowNearestBaseline, boundsBelowNearestAvx2, boundsBelowNearestAvx512);
#else
const BoundsBelowNearest kBoundsBelowNearest = boundsBelowNearestBaseline;
#endif

// How many measured points ahead of the one measured now are asked from memory: in a bank larger
// than the cache each is a miss, and without asking ahead the pass waited for them in turn.
constexpr std::size_t kFetchAhead = 8;

// The blocks whose pairs are gathered before they are measured: the pairs of 16,384 points at
// most, so that their number stays bounded where the bound rules little out (near-duplicate
// patches late in the selection), and the points' nearest distances are still in the cache.
constexpr std::size_t kPassBlocks = 1024;

// Every point's nearest distance brought up to date with new centres (the direct loop's
// arithmetic, where the bound cannot rule a centre out).
void applyCentres(const Pass &p, const std::vector<std::size_t> &centres, Pairs &pairs)
{
    std::vector<float> c(centres.size() * kSlots);
    for (std::size_t k = 0; k < centres.size(); ++k)
        for (std::size_t a = 0; a < kSlots; ++a)
            c[k * kSlots + a] = p.coordinates[(centres[k] / kBlock * kSlots + a) * kBlock + centres[k] % kBlock];
    const std::size_t blocks = (p.n + kBlock - 1) / kBlock, bytes = p.dim * sizeof(float);
    for (std::size_t first = 0; first < blocks; first += kPassBlocks) {
        pairs.clear();
        kBoundsBelowNearest(p, c.data(), centres.size(), first, std::min(blocks, first + kPassBlocks), pairs);
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            if (k + kFetchAhead < pairs.size()) {
                const char *ahead = reinterpret_cast<const char *>(p.points + pairs[k + kFetchAhead].first * p.dim);
                for (std::size_t line = 0; line < bytes; line += 64)
                    __builtin_prefetch(ahead + line);
            }
            const std::size_t i = pairs[k].first;
            const float *centre = p.points + centres[pairs[k].second] * p.dim;
            p.nearest[i] = std::min(p.nearest[i], squaredDistance(p.points + i * p.dim, centre, p.dim));
        }
    }
}

// The points farthest from the kept ones, kept up to date with every new centre, and an upper
// bound of every other point's nearest distance: while the farthest of them lies above that
// bound it is the farthest point of all, and the other points' nearest distances can wait for
// the next pass, which brings them up to date with many centres at once (issue #32: the pass,
// one per centre before, read 132 bytes a point from memory, and with more patches than the
// cache holds cost 4.3× for 3.3× the patches).
constexpr std::size_t kCandidates = 512;

struct Candidates {
    std::vector<std::size_t> points;
    float ceiling = -1; // the largest nearest distance of the points left out
};

Candidates farthestPoints(const Pass &p)
{
    Candidates c;
    std::vector<std::pair<float, std::size_t>> heap; // the smallest of the largest first
    auto smaller = [](const std::pair<float, std::size_t> &x, const std::pair<float, std::size_t> &y) {
        return x.first > y.first;
    };
    for (std::size_t i = 0; i < p.n; ++i) {
        const float d = p.nearest[i];
        if (heap.size() < kCandidates) {
            heap.emplace_back(d, i);
            std::push_heap(heap.begin(), heap.end(), smaller);
        } else if (d > heap.front().first) {
            c.ceiling = std::max(c.ceiling, heap.front().first);
            std::pop_heap(heap.begin(), heap.end(), smaller);
            heap.back() = {d, i};
            std::push_heap(heap.begin(), heap.end(), smaller);
        } else {
            c.ceiling = std::max(c.ceiling, d);
        }
    }
    for (const auto &e : heap)
        c.points.push_back(e.second);
    return c;
}

// The farthest candidate where it is the farthest point of all (the first in index order of
// those as far), else n.
std::size_t farthestCandidate(const Pass &p, const Candidates &c)
{
    std::size_t best = p.n;
    for (std::size_t i : c.points)
        if (best == p.n || p.nearest[i] > p.nearest[best] || (p.nearest[i] == p.nearest[best] && i < best))
            best = i;
    return best != p.n && p.nearest[best] > c.ceiling ? best : p.n;
}

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
    const Pass pass{points.data(), dim, n, coordinates.data(), nearest.data(), 1e-4f * largestNorm2};
    Candidates candidates = farthestPoints(pass);
    std::vector<std::size_t> waiting; // centres not yet applied beyond the candidates
    Pairs pairs;
    picked.reserve(m);
    while (picked.size() < m) {
        std::size_t next = farthestCandidate(pass, candidates);
        if (next == n && !waiting.empty()) {
            applyCentres(pass, waiting, pairs);
            waiting.clear();
            candidates = farthestPoints(pass);
            next = farthestCandidate(pass, candidates);
        }
        if (next == n) // a tie with a point left out: the first of all
            next = std::size_t(std::max_element(nearest.data(), nearest.data() + n) - nearest.data());
        picked.push_back(next);
        waiting.push_back(next);
        nearest[next] = 0;
        for (std::size_t i : candidates.points)
            nearest[i] = std::min(nearest[i], squaredDistance(&points[i * dim], &points[next * dim], dim));
    }
    return picked;
}

} // namespace asd
