// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/FaultDirection.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace asd {
namespace {

// (S + (tr S / d) I)^-1 b for the normal clips' covariance S (population): Fisher's direction
// with the covariance shrunk halfway to a multiple of the identity, as far as tens of clips in
// hundreds of dimensions allow (Ledoit and Wolf's target; the weight one, chosen on the valve
// set: docs/BENCHMARKS.md). Solved by Cholesky, the matrix being positive definite.
std::vector<double> solveShrunkCovariance(const Embeddings &normals, const std::vector<double> &mean, std::vector<double> b)
{
    const std::size_t dim = b.size();
    std::vector<double> a(dim * dim, 0.0), centred(dim);
    for (const auto &v : normals) {
        for (std::size_t i = 0; i < dim; ++i)
            centred[i] = v[i] - mean[i];
        for (std::size_t i = 0; i < dim; ++i) {
            const double ci = centred[i];
            double *row = &a[i * dim];
            for (std::size_t j = 0; j <= i; ++j)
                row[j] += ci * centred[j];
        }
    }
    double trace = 0;
    for (std::size_t i = 0; i < dim; ++i)
        trace += a[i * dim + i] / double(normals.size());
    const double shrink = trace / double(dim);
    if (!(shrink > 0))
        return b; // every normal clip the same: the plain mean difference
    for (std::size_t i = 0; i < dim; ++i) {
        for (std::size_t j = 0; j <= i; ++j)
            a[i * dim + j] /= double(normals.size());
        a[i * dim + i] += shrink;
    }
    // A = L L^T in the lower triangle, then L y = b, L^T x = y.
    for (std::size_t j = 0; j < dim; ++j) {
        double diag = a[j * dim + j];
        for (std::size_t k = 0; k < j; ++k)
            diag -= a[j * dim + k] * a[j * dim + k];
        diag = std::sqrt(std::max(diag, 1e-12 * shrink));
        a[j * dim + j] = diag;
        for (std::size_t i = j + 1; i < dim; ++i) {
            double v = a[i * dim + j];
            for (std::size_t k = 0; k < j; ++k)
                v -= a[i * dim + k] * a[j * dim + k];
            a[i * dim + j] = v / diag;
        }
    }
    for (std::size_t i = 0; i < dim; ++i) {
        for (std::size_t k = 0; k < i; ++k)
            b[i] -= a[i * dim + k] * b[k];
        b[i] /= a[i * dim + i];
    }
    for (std::size_t i = dim; i-- > 0;) {
        for (std::size_t k = i + 1; k < dim; ++k)
            b[i] -= a[k * dim + i] * b[k];
        b[i] /= a[i * dim + i];
    }
    return b;
}

} // namespace

FaultDirection::FaultDirection(const Embeddings &normals, const Embeddings &faults, const std::vector<double> &trainingScores)
{
    if (faults.empty() || normals.empty())
        return;
    const std::size_t dim = normals[0].size();
    std::vector<double> normalMean(dim, 0.0), faultMean(dim, 0.0);
    for (const auto &v : normals)
        for (std::size_t d = 0; d < dim; ++d)
            normalMean[d] += v[d] / double(normals.size());
    for (const auto &v : faults)
        for (std::size_t d = 0; d < dim; ++d)
            faultMean[d] += v[d] / double(faults.size());
    std::vector<double> w(dim);
    for (std::size_t d = 0; d < dim; ++d)
        w[d] = faultMean[d] - normalMean[d];
    w = solveShrunkCovariance(normals, normalMean, std::move(w));
    double length = 0;
    for (double v : w)
        length += v * v;
    length = std::sqrt(length);
    if (!(length > 0) || !std::isfinite(length))
        return;
    m_direction.resize(dim);
    for (std::size_t d = 0; d < dim; ++d)
        m_direction[d] = float(w[d] / length);
    double sum = 0, sumSq = 0;
    for (const auto &v : normals) {
        double p = 0;
        for (std::size_t d = 0; d < dim; ++d)
            p += double(v[d]) * m_direction[d];
        sum += p;
        sumSq += p * p;
    }
    m_normalProjection = sum / double(normals.size());
    m_normalSpread = std::sqrt(std::max(1e-12, sumSq / double(normals.size()) - m_normalProjection * m_normalProjection));
    double s = 0, sq = 0;
    for (double t : trainingScores) {
        s += t;
        sq += t * t;
    }
    const double n = double(std::max<std::size_t>(1, trainingScores.size()));
    m_scoreSpread = std::sqrt(std::max(0.0, sq / n - (s / n) * (s / n)));
}

double FaultDirection::adjust(double score, const std::vector<float> &embedding) const
{
    if (m_direction.empty() || embedding.size() != m_direction.size())
        return score;
    double p = 0;
    for (std::size_t d = 0; d < embedding.size(); ++d)
        p += double(embedding[d]) * m_direction[d];
    return score + 0.5 * m_scoreSpread * (p - m_normalProjection) / m_normalSpread;
}

std::vector<float> FaultDirection::saved() const
{
    if (m_direction.empty())
        return {};
    std::vector<float> out{float(m_normalProjection), float(m_normalSpread), float(m_scoreSpread)};
    out.insert(out.end(), m_direction.begin(), m_direction.end());
    return out;
}

FaultDirection FaultDirection::restore(const std::vector<float> &saved)
{
    FaultDirection f;
    if (saved.empty())
        return f;
    for (float v : saved)
        if (!std::isfinite(v))
            throw std::invalid_argument("the known faults' direction holds a value that is not a finite number");
    if (saved.size() < 4 || !(saved[1] > 0.0f) || saved[2] < 0.0f)
        throw std::invalid_argument("the known faults' direction is too short or its spreads are not positive");
    f.m_normalProjection = saved[0];
    f.m_normalSpread = saved[1];
    f.m_scoreSpread = saved[2];
    f.m_direction.assign(saved.begin() + 3, saved.end());
    return f;
}

} // namespace asd
