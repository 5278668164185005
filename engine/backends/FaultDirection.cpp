// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/FaultDirection.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace asd {

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
    double length = 0;
    for (std::size_t d = 0; d < dim; ++d)
        length += (faultMean[d] - normalMean[d]) * (faultMean[d] - normalMean[d]);
    length = std::sqrt(length);
    if (!(length > 0))
        return;
    m_direction.resize(dim);
    for (std::size_t d = 0; d < dim; ++d)
        m_direction[d] = float((faultMean[d] - normalMean[d]) / length);
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
