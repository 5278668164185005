// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/NearestNeighbours.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace asd {

namespace F = torch::nn::functional;

std::vector<double> knnDistances(const Embeddings &bank, const Embeddings &queries, int k, KnnMetric metric,
                                 bool leaveOneOut)
{
    std::vector<double> out(queries.size(), std::nan(""));
    if (bank.empty() || queries.empty())
        return out;
    const auto dim = std::int64_t(bank[0].size());
    auto toTensor = [&](const Embeddings &rows) {
        auto t = torch::empty({std::int64_t(rows.size()), dim});
        for (std::size_t i = 0; i < rows.size(); ++i)
            std::copy(rows[i].begin(), rows[i].end(), t[std::int64_t(i)].data_ptr<float>());
        return t;
    };
    auto b = toTensor(bank), q = toTensor(queries);
    torch::Tensor d;
    if (metric == KnnMetric::Cosine) {
        b = F::normalize(b, F::NormalizeFuncOptions().dim(1));
        q = F::normalize(q, F::NormalizeFuncOptions().dim(1));
        d = 1.0 - torch::matmul(q, b.t());
    } else {
        d = torch::cdist(q, b);
    }
    if (leaveOneOut)
        d.fill_diagonal_(std::numeric_limits<float>::infinity());
    const int kk = std::min<int>(std::max(1, k), int(bank.size()) - (leaveOneOut ? 1 : 0));
    if (kk < 1)
        return out;
    const auto nearest = std::get<0>(d.topk(kk, 1, /*largest=*/false)).mean(1).to(torch::kDouble);
    for (std::size_t i = 0; i < queries.size(); ++i)
        out[i] = nearest[std::int64_t(i)].item<double>();
    return out;
}

std::vector<double> knnGroupScores(const Embeddings &train, const std::vector<Domain> &domains, const Embeddings &test,
                                   int k, KnnMetric metric)
{
    Embeddings source, target;
    for (std::size_t i = 0; i < train.size(); ++i)
        (domains[i] == Domain::Target ? target : source).push_back(train[i]);
    if (source.empty() || target.empty())
        return knnDistances(train, test, k, metric);
    // Transductive z-normalisation per bank over this group's test clips (RMIS, GenRep).
    auto zscore = [](std::vector<double> v) {
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / v.size();
        double var = 0;
        for (double x : v)
            var += (x - mean) * (x - mean);
        const double sd = std::sqrt(var / v.size());
        for (double &x : v)
            x = (x - mean) / (sd > 0 ? sd : 1.0);
        return v;
    };
    const auto s = zscore(knnDistances(source, test, k, metric));
    const auto t = zscore(knnDistances(target, test, k, metric));
    std::vector<double> out(test.size());
    for (std::size_t i = 0; i < test.size(); ++i)
        out[i] = std::min(s[i], t[i]);
    return out;
}

namespace {

double euclidean(const std::vector<float> &a, const std::vector<float> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double d = double(a[i]) - b[i];
        s += d * d;
    }
    return std::sqrt(s);
}

// Mean of the n smallest values (n clamped to the count).
double meanOfSmallest(std::vector<double> v, int n)
{
    n = std::clamp(n, 1, int(v.size()));
    std::partial_sort(v.begin(), v.begin() + n, v.end());
    return std::accumulate(v.begin(), v.begin() + n, 0.0) / n;
}

} // namespace

RescaledKnn::RescaledKnn(Embeddings bank, int k, int kRef) : m_bank(std::move(bank)), m_k(std::max(1, k))
{
    if (m_bank.empty())
        throw std::invalid_argument("rescaled nearest neighbours: empty bank");
    const std::size_t n = m_bank.size();
    m_scale.assign(n, 1.0);
    if (n < 2)
        return;
    for (std::size_t r = 0; r < n; ++r) {
        std::vector<double> d;
        d.reserve(n - 1);
        for (std::size_t o = 0; o < n; ++o)
            if (o != r)
                d.push_back(euclidean(m_bank[r], m_bank[o]));
        const double c = meanOfSmallest(std::move(d), kRef);
        // Two identical clips would give a zero scale and infinite scores. Kept at float
        // precision, as a saved detector stores it, so a reloaded detector scores the same.
        m_scale[r] = double(float(c > 1e-12 ? c : 1e-12));
    }
}

RescaledKnn RescaledKnn::restore(Embeddings bank, std::vector<double> scales, int k)
{
    if (bank.empty() || bank.size() != scales.size())
        throw std::invalid_argument("rescaled nearest neighbours: bank and scales differ in size");
    for (double c : scales)
        if (!(c > 0.0) || !std::isfinite(c))
            throw std::invalid_argument("rescaled nearest neighbours: a scale is not positive");
    RescaledKnn r;
    r.m_bank = std::move(bank);
    r.m_scale = std::move(scales);
    r.m_k = std::max(1, k);
    return r;
}

std::vector<double> RescaledKnn::scoreOne(const std::vector<float> &query, std::size_t skip) const
{
    std::vector<double> d;
    d.reserve(m_bank.size());
    for (std::size_t r = 0; r < m_bank.size(); ++r)
        if (r != skip)
            d.push_back(euclidean(query, m_bank[r]) / m_scale[r]);
    return d;
}

std::vector<double> RescaledKnn::score(const Embeddings &queries) const
{
    std::vector<double> out;
    out.reserve(queries.size());
    for (const auto &q : queries) {
        if (q.size() != (m_bank.empty() ? 0 : m_bank[0].size()))
            throw std::invalid_argument("rescaled nearest neighbours: query of another length than the bank");
        out.push_back(meanOfSmallest(scoreOne(q, m_bank.size()), m_k));
    }
    return out;
}

std::vector<double> RescaledKnn::leaveOneOutScores() const
{
    std::vector<double> out;
    if (m_bank.size() < 2)
        return out;
    for (std::size_t i = 0; i < m_bank.size(); ++i)
        out.push_back(meanOfSmallest(scoreOne(m_bank[i], i), m_k));
    return out;
}

} // namespace asd
