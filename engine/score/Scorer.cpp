// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/Scorer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace asd {

namespace F = torch::nn::functional;

std::vector<double> arcfaceScores(AsdNet &net, const AsdNetOutput &out, const std::vector<std::int64_t> &classes)
{
    std::vector<std::int64_t> known(classes);
    for (auto &c : known)
        c = std::max<std::int64_t>(c, 0);
    const auto labels = torch::tensor(known, torch::kLong).to(out.logits.device());
    const auto ce = F::cross_entropy(out.logits, labels, F::CrossEntropyFuncOptions().reduction(torch::kNone))
                        .to(torch::kCPU, torch::kDouble)
                        .contiguous();
    const auto plain = (net->options().scale * net->arcface->cosine(out.embedding)).log_softmax(1);
    const auto best = (-std::get<0>(plain.max(1))).to(torch::kCPU, torch::kDouble).contiguous();
    std::vector<double> scores(classes.size());
    for (std::size_t k = 0; k < classes.size(); ++k)
        scores[k] = classes[k] >= 0 ? ce.data_ptr<double>()[k] : best.data_ptr<double>()[k];
    return scores;
}

ModelOutputs runModel(AsdNet &net, ExampleCache &cache, const std::vector<std::int64_t> &classes, torch::Device device,
                      int batchSize, std::optional<EmbeddingLayer> embeddings, const std::atomic<bool> *cancel,
                      const std::function<void(std::size_t, std::size_t)> &progress)
{
    const std::size_t n = cache.size();
    ModelOutputs out;
    out.arcfaceScores.assign(n, std::nan(""));
    out.ok.assign(n, false);
    if (embeddings)
        out.embeddings.resize(n);
    std::vector<std::vector<std::size_t>> batches;
    for (std::size_t i = 0; i < n; i += std::size_t(batchSize)) {
        std::vector<std::size_t> b;
        for (std::size_t j = i; j < std::min(n, i + std::size_t(batchSize)); ++j)
            b.push_back(j);
        batches.push_back(std::move(b));
    }
    // Unknown classes take label 0 for the forward pass; their score is recomputed below.
    std::vector<std::int64_t> labels(classes);
    for (auto &l : labels)
        l = std::max<std::int64_t>(l, 0);
    BatchLoader loader(cache, std::move(batches), labels, usesWaveform(net->options().input), 2);

    net->eval();
    torch::NoGradGuard noGrad;
    std::size_t done = 0;
    while (auto batch = loader.next()) {
        if (cancel && cancel->load())
            break;
        const auto wav = batch->wav.defined() ? batch->wav.to(device) : torch::Tensor();
        const auto out_ = net->forward(wav, batch->mel.to(device), batch->labels.to(device));
        std::vector<std::int64_t> batchClasses;
        for (std::size_t i : batch->items)
            batchClasses.push_back(classes[i]);
        const std::vector<double> scores = arcfaceScores(net, out_, batchClasses);
        const auto emb = !embeddings ? torch::Tensor()
                         : (*embeddings == EmbeddingLayer::Backbone ? out_.backbone : out_.embedding)
                               .to(torch::kCPU, torch::kFloat)
                               .contiguous();
        for (std::size_t k = 0; k < batch->items.size(); ++k) {
            const std::size_t i = batch->items[k];
            out.ok[i] = true;
            out.arcfaceScores[i] = scores[k];
            if (embeddings) {
                const float *p = emb[std::int64_t(k)].data_ptr<float>();
                out.embeddings[i].assign(p, p + emb.size(1));
            }
        }
        done += batch->items.size();
        if (progress)
            progress(done, n);
    }
    return out;
}

std::vector<double> knnDistances(const std::vector<std::vector<float>> &bank,
                                 const std::vector<std::vector<float>> &queries, int k, KnnMetric metric,
                                 bool leaveOneOut)
{
    std::vector<double> out(queries.size(), std::nan(""));
    if (bank.empty() || queries.empty())
        return out;
    const auto dim = std::int64_t(bank[0].size());
    auto toTensor = [&](const std::vector<std::vector<float>> &rows) {
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

std::vector<double> knnGroupScores(const std::vector<std::vector<float>> &train, const std::vector<Domain> &domains,
                                   const std::vector<std::vector<float>> &test, int k, KnnMetric metric)
{
    std::vector<std::vector<float>> source, target;
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

} // namespace asd
