// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/NearestNeighbours.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
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
    if (source.empty())
        std::swap(source, target);
    DomainKnnOptions o;
    o.k = k;
    o.metric = metric;
    o.normalise = DomainKnnOptions::Normalise::Transductive;
    return DomainKnn(std::move(source), std::move(target), o).scoreGroup(test);
}

namespace {

// Mean and standard deviation of the finite values (a bank of one clip has no leave-one-out distance).
double meanOf(const std::vector<double> &v)
{
    double sum = 0;
    std::size_t n = 0;
    for (double x : v)
        if (std::isfinite(x))
            sum += x, ++n;
    return n ? sum / double(n) : 0.0;
}

double deviationOf(const std::vector<double> &v)
{
    const double mean = meanOf(v);
    double var = 0;
    std::size_t n = 0;
    for (double x : v)
        if (std::isfinite(x))
            var += (x - mean) * (x - mean), ++n;
    return n ? std::sqrt(var / double(n)) : 0.0;
}

// Indices of the n nearest rows of bank to query (Euclidean), skipping `skip`.
std::vector<std::size_t> nearestRows(const Embeddings &bank, const std::vector<float> &query, int n, std::size_t skip)
{
    std::vector<std::pair<double, std::size_t>> d;
    for (std::size_t r = 0; r < bank.size(); ++r)
        if (r != skip) {
            double s = 0;
            for (std::size_t i = 0; i < query.size(); ++i)
                s += (double(query[i]) - bank[r][i]) * (double(query[i]) - bank[r][i]);
            d.emplace_back(s, r);
        }
    const std::size_t m = std::min<std::size_t>(std::size_t(std::max(0, n)), d.size());
    std::partial_sort(d.begin(), d.begin() + std::ptrdiff_t(m), d.end());
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m; ++i)
        out.push_back(d[i].second);
    return out;
}

} // namespace

DomainKnn::DomainKnn(Embeddings source, Embeddings target, const DomainKnnOptions &options) : m_options(options)
{
    if (source.empty())
        throw std::invalid_argument("domain nearest neighbours: no source-domain embeddings");
    const std::size_t targets = target.size();
    if (targets > 0) {
        Embeddings extra;
        for (const auto &t : target) // memory mixup (GenRep)
            for (std::size_t s : nearestRows(source, t, options.mixupNeighbours, source.size())) {
                std::vector<float> mix(t.size());
                for (std::size_t i = 0; i < t.size(); ++i)
                    mix[i] = float(options.mixupWeight * t[i] + (1.0 - options.mixupWeight) * source[s][i]);
                extra.push_back(std::move(mix));
            }
        const auto wanted = std::size_t(options.smoteRatio * double(source.size()));
        if (targets >= 2 && wanted > targets) { // SMOTE (ASDKit)
            std::mt19937 random(options.seed);
            std::uniform_int_distribution<std::size_t> pick(0, targets - 1);
            std::uniform_real_distribution<double> u(0.0, 1.0);
            for (std::size_t n = targets; n < wanted; ++n) {
                const std::size_t x = pick(random);
                const auto near = nearestRows(target, target[x], options.smoteNeighbours, x);
                const auto &y = target[near[std::uniform_int_distribution<std::size_t>(0, near.size() - 1)(random)]];
                const double step = u(random);
                std::vector<float> synthetic(target[x].size());
                for (std::size_t i = 0; i < synthetic.size(); ++i)
                    synthetic[i] = float(target[x][i] + step * (double(y[i]) - target[x][i]));
                extra.push_back(std::move(synthetic));
            }
        }
        target.insert(target.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
    }
    m_clips.push_back(source.size());
    m_banks.push_back(std::move(source));
    if (targets > 0) {
        m_clips.push_back(targets);
        m_banks.push_back(std::move(target));
    }
    for (const Embeddings &bank : m_banks) {
        const std::vector<double> selfDistances = knnDistances(bank, bank, m_options.k, m_options.metric, true);
        m_mean.push_back(meanOf(selfDistances));
        m_sd.push_back(deviationOf(selfDistances));
    }
}

DomainKnn DomainKnn::restore(std::vector<Embeddings> banks, std::vector<std::size_t> clips, std::vector<double> means,
                             std::vector<double> deviations, const DomainKnnOptions &options)
{
    if (banks.empty() || banks.size() > 2 || clips.size() != banks.size() || means.size() != banks.size() ||
        deviations.size() != banks.size())
        throw std::invalid_argument("domain nearest neighbours: banks and their statistics differ in number");
    for (std::size_t b = 0; b < banks.size(); ++b)
        if (banks[b].empty() || clips[b] == 0 || clips[b] > banks[b].size() || !std::isfinite(means[b]) ||
            !(deviations[b] >= 0.0))
            throw std::invalid_argument("domain nearest neighbours: a bank is empty or its statistics are not finite");
    DomainKnn d;
    d.m_banks = std::move(banks);
    d.m_clips = std::move(clips);
    d.m_mean = std::move(means);
    d.m_sd = std::move(deviations);
    d.m_options = options;
    return d;
}

std::vector<double> DomainKnn::combine(std::vector<std::vector<double>> perBank, bool transductive) const
{
    if (perBank.size() == 1) // one bank: nothing to balance
        return perBank[0];
    for (std::size_t b = 0; b < perBank.size(); ++b) {
        double mean = 0.0, sd = 1.0;
        if (transductive) {
            mean = meanOf(perBank[b]);
            sd = deviationOf(perBank[b]);
        } else if (m_options.normalise == DomainKnnOptions::Normalise::Training) {
            mean = m_mean[b];
            sd = m_sd[b];
        }
        for (double &x : perBank[b])
            x = (x - mean) / (sd > 0 ? sd : 1.0);
    }
    std::vector<double> out(perBank[0].size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = std::min(perBank[0][i], perBank[1][i]);
    return out;
}

std::vector<double> DomainKnn::score(const Embeddings &queries) const
{
    std::vector<std::vector<double>> perBank;
    for (const Embeddings &bank : m_banks)
        perBank.push_back(knnDistances(bank, queries, m_options.k, m_options.metric));
    return combine(std::move(perBank), false);
}

std::vector<double> DomainKnn::scoreGroup(const Embeddings &queries) const
{
    std::vector<std::vector<double>> perBank;
    for (const Embeddings &bank : m_banks)
        perBank.push_back(knnDistances(bank, queries, m_options.k, m_options.metric));
    return combine(std::move(perBank), m_options.normalise == DomainKnnOptions::Normalise::Transductive);
}

std::vector<double> DomainKnn::leaveOneOutScores() const
{
    // Every training clip's distance to each bank, its own bank without it; then normalised as
    // the test clips are (Transductive: over the training clips together).
    std::vector<std::vector<double>> perBank(m_banks.size());
    for (std::size_t own = 0; own < m_banks.size(); ++own) {
        const Embeddings clips(m_banks[own].begin(), m_banks[own].begin() + std::ptrdiff_t(m_clips[own]));
        for (std::size_t b = 0; b < m_banks.size(); ++b) {
            const auto d = knnDistances(m_banks[b], clips, m_options.k, m_options.metric, b == own);
            perBank[b].insert(perBank[b].end(), d.begin(), d.end());
        }
    }
    std::vector<double> out;
    for (double s : combine(std::move(perBank), m_options.normalise == DomainKnnOptions::Normalise::Transductive))
        if (!std::isnan(s))
            out.push_back(s);
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

RescaledKnn::RescaledKnn(Embeddings bank, int k, int kRef, std::vector<std::size_t> source)
    : m_bank(std::move(bank)), m_source(std::move(source)), m_k(std::max(1, k))
{
    if (m_bank.empty())
        throw std::invalid_argument("rescaled nearest neighbours: empty bank");
    if (!m_source.empty() && m_source.size() != m_bank.size())
        throw std::invalid_argument("rescaled nearest neighbours: a source for each bank entry");
    const std::size_t n = m_bank.size();
    m_scale.assign(n, 1.0);
    for (std::size_t r = 0; r < n; ++r) {
        std::vector<double> d;
        d.reserve(n - 1);
        for (std::size_t o = 0; o < n; ++o)
            if (sourceOf(o) != sourceOf(r))
                d.push_back(euclidean(m_bank[r], m_bank[o]));
        if (d.empty()) // one clip: nothing to scale against
            continue;
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
        if (skip == m_bank.size() || sourceOf(r) != sourceOf(skip))
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
    for (std::size_t i = 0; i < m_bank.size(); ++i) {
        std::vector<double> d = scoreOne(m_bank[i], i);
        if (d.empty()) // one clip: no other to score against
            return {};
        out.push_back(meanOfSmallest(std::move(d), m_k));
    }
    return out;
}

std::size_t nearestInBank(const Embeddings &bank, const std::vector<float> &query)
{
    std::size_t best = bank.size();
    double bestDistance = HUGE_VAL;
    for (std::size_t i = 0; i < bank.size(); ++i) {
        if (bank[i].size() != query.size() || query.empty())
            continue;
        const double d = euclidean(bank[i], query);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

} // namespace asd
