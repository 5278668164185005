// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/Coreset.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace asd {

namespace {

constexpr std::size_t kAxes = 16;

float distance2(const float *x, const float *y, std::size_t dim)
{
    float s = 0;
#pragma omp simd reduction(+ : s)
    for (std::size_t d = 0; d < dim; ++d)
        s += (x[d] - y[d]) * (x[d] - y[d]);
    return s;
}

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

// The points' coordinates along their `axes` principal axes, axis-major (axes × n), summed in
// double and rounded once, so that a projected distance errs by float rounding alone.
std::vector<float> principalCoordinates(const std::vector<float> &points, std::size_t dim, std::size_t n,
                                        std::size_t axes)
{
    std::vector<double> mean(dim, 0.0), scatter(dim * dim, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dim; ++d)
            mean[d] += points[i * dim + d];
    for (double &v : mean)
        v /= double(n);
    std::vector<double> centred(dim);
    for (std::size_t i = 0; i < n; ++i) {
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
    const double *v = vectors.data();
    std::vector<float> out(axes * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t a = 0; a < axes; ++a) {
            double s = 0;
            for (std::size_t d = 0; d < dim; ++d)
                s += double(points[i * dim + d]) * v[a * dim + d];
            out[a * n + i] = float(s);
        }
    return out;
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
    auto point = [&](std::size_t i) { return &points[i * dim]; };
    std::mt19937_64 rng(seed);
    const std::size_t start = std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    std::vector<float> nearest(n);
    float largestNorm2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        nearest[i] = distance2(point(i), point(start), dim);
        float norm2 = 0;
        for (std::size_t d = 0; d < dim; ++d)
            norm2 += point(i)[d] * point(i)[d];
        largestNorm2 = std::max(largestNorm2, norm2);
    }
    const std::size_t axes = std::min(dim, kAxes);
    const std::vector<float> along = axes < dim ? principalCoordinates(points, dim, n, axes) : std::vector<float>();
    // A point is passed over only when its projected distance exceeds its nearest distance by
    // more than float rounding of either could (a 1 % and an absolute 1e-4 · ‖x‖²max margin,
    // far above the ~1e-5 · ‖x‖²max the rounding can reach), so the picks are the direct loop's.
    const float absolute = 1e-4f * largestNorm2;
    std::vector<float> bound(n);
    picked.reserve(m);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t next = std::size_t(std::max_element(nearest.begin(), nearest.end()) - nearest.begin());
        picked.push_back(next);
        nearest[next] = 0;
        if (along.empty()) {
            for (std::size_t i = 0; i < n; ++i)
                nearest[i] = std::min(nearest[i], distance2(point(i), point(next), dim));
            continue;
        }
        std::fill(bound.begin(), bound.end(), 0.0f);
        for (std::size_t a = 0; a < axes; ++a) {
            const float *coordinate = &along[a * n];
            const float c = coordinate[next];
#pragma omp simd
            for (std::size_t i = 0; i < n; ++i)
                bound[i] += (coordinate[i] - c) * (coordinate[i] - c);
        }
        for (std::size_t i = 0; i < n; ++i)
            if (bound[i] <= nearest[i] * 1.01f + absolute)
                nearest[i] = std::min(nearest[i], distance2(point(i), point(next), dim));
    }
    return picked;
}

} // namespace asd
