// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Scorer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace asd {

namespace F = torch::nn::functional;

const char *toString(EmbeddingLayer layer) { return layer == EmbeddingLayer::Backbone ? "backbone" : "head"; }

EmbeddingLayer embeddingLayerFromString(const std::string &s)
{
    for (EmbeddingLayer l : {EmbeddingLayer::Head, EmbeddingLayer::Backbone})
        if (s == toString(l))
            return l;
    throw std::invalid_argument("unknown layer '" + s + "' (choose head or backbone)");
}

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

} // namespace asd
