// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ScoreRun.h"

#include "dataset/DatasetIndex.h"
#include "jobs/TorchDevice.h"
#include "metrics/Decision.h"
#include "score/ScoreFiles.h"
#include "score/Scorer.h"
#include "train/Checkpoint.h"

#include <filesystem>
#include <thread>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

const char *toString(EmbeddingLayer layer) { return layer == EmbeddingLayer::Backbone ? "backbone" : "head"; }

EmbeddingLayer embeddingLayerFromString(const std::string &s)
{
    for (EmbeddingLayer l : {EmbeddingLayer::Head, EmbeddingLayer::Backbone})
        if (s == toString(l))
            return l;
    throw std::invalid_argument("unknown layer '" + s + "' (choose head or backbone)");
}

void score(const ScoreConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    const torch::Device device = parseDevice(config.device);
    // Intra-op threads are per thread with OpenMP, so they are set here, in the worker.
    torch::set_num_threads(config.threads > 0 ? config.threads : int(std::max(1u, std::thread::hardware_concurrency())));
    const std::string checkpointPath =
        fs::is_directory(config.checkpoint) ? (fs::path(config.checkpoint) / "best.pt").string() : config.checkpoint;
    JobEvent phase;
    phase.kind = JobEvent::Kind::Phase;
    phase.message = "loading " + checkpointPath;
    emit(phase);
    LoadedCheckpoint checkpoint = loadCheckpoint(checkpointPath, device);
    AsdNet net = scoringModel(checkpoint);
    net->prepareForInference();
    const ModelMeta &meta = checkpoint.meta;
    const ClassMap classes = ClassMap::fromKeys(meta.classKeys);

    const DatasetIndex index = scanDataset(config.dataDir);
    reportSkipped(index.skipped, emit);
    std::vector<const Clip *> tests, trains;
    for (const auto &c : index.clips) {
        if (c.split == Split::Train && c.label != Label::Anomaly)
            trains.push_back(&c);
        else if (c.split != Split::Train)
            tests.push_back(&c);
    }
    if (tests.empty())
        throw std::runtime_error(config.dataDir + ": no test clips to score (expected <type>/test/...)");

    auto run = [&](const std::vector<const Clip *> &clips, std::optional<EmbeddingLayer> embeddings,
                   const std::string &what) {
        std::vector<std::string> paths;
        std::vector<std::int64_t> labels;
        for (const Clip *c : clips) {
            paths.push_back(c->path);
            labels.push_back(classes.indexOf(*c));
        }
        ExampleCache cache(paths, meta.features, meta.samples, 0);
        phase.message = what;
        emit(phase);
        ModelOutputs out = runModel(net, cache, labels, device, config.batchSize, embeddings, &cancel,
                                    [&](std::size_t done, std::size_t total) {
                                        JobEvent p;
                                        p.kind = JobEvent::Kind::Progress;
                                        p.step = long(done);
                                        p.steps = long(total);
                                        emit(p);
                                    });
        for (std::size_t i = 0; i < clips.size(); ++i)
            if (!out.ok[i] && !cancel) {
                JobEvent w;
                w.kind = JobEvent::Kind::Warning;
                w.message = "not scored: " + cache.error(i);
                emit(w);
            }
        return out;
    };

    const bool knn = config.scorer == ScoreConfig::Scorer::Knn ||
                     (config.scorer == ScoreConfig::Scorer::Auto && meta.config.method == TrainingMethod::MixAlign);
    const KnnMetric metric = config.cosine ? KnnMetric::Cosine : KnnMetric::Euclidean;
    ModelOutputs testOut = run(tests, config.layer, "scoring test clips");
    std::vector<double> scores = testOut.arcfaceScores;
    // Training clips give the nearest-neighbour banks and, for either scorer, the normal
    // scores that the decision threshold is fitted to (the DCASE baselines' gamma rule).
    const ModelOutputs trainOut = cancel ? ModelOutputs{} : run(trains, knn ? std::optional(config.layer) : std::nullopt,
                                                             "scoring training clips for the decision threshold");
    std::map<std::string, std::vector<std::size_t>> trainByGroup, testByGroup;
    for (std::size_t i = 0; i < trainOut.ok.size(); ++i)
        if (trainOut.ok[i])
            trainByGroup[trains[i]->machineType + "/" + groupName(*trains[i])].push_back(i);
    for (std::size_t i = 0; i < tests.size(); ++i)
        if (testOut.ok[i])
            testByGroup[tests[i]->machineType + "/" + groupName(*tests[i])].push_back(i);
    std::map<std::string, double> thresholds;
    auto warn = [&](const std::string &message) {
        JobEvent w;
        w.kind = JobEvent::Kind::Warning;
        w.message = message;
        emit(w);
    };
    for (const auto &[group, items] : testByGroup) {
        if (cancel)
            break;
        const auto bank = trainByGroup.find(group);
        std::vector<double> normalScores;
        if (!knn) {
            if (bank != trainByGroup.end())
                for (std::size_t i : bank->second)
                    normalScores.push_back(trainOut.arcfaceScores[i]);
        } else if (bank == trainByGroup.end()) {
            warn(group + ": no training clips for a nearest-neighbour bank; its test clips keep no score");
            for (std::size_t i : items)
                testOut.ok[i] = false;
            continue;
        } else {
            std::vector<std::vector<float>> bankEmb, query;
            std::vector<Domain> domains;
            for (std::size_t i : bank->second) {
                bankEmb.push_back(trainOut.embeddings[i]);
                domains.push_back(trains[i]->domain);
            }
            for (std::size_t i : items)
                query.push_back(testOut.embeddings[i]);
            const auto s = knnGroupScores(bankEmb, domains, query, config.k, metric);
            for (std::size_t j = 0; j < items.size(); ++j)
                scores[items[j]] = s[j];
            if (std::count(domains.begin(), domains.end(), Domain::Target) == 0)
                normalScores = knnDistances(bankEmb, bankEmb, config.k, metric, true);
            else
                warn(group + ": no decision file (the two-domain nearest-neighbour score is normalised over the "
                             "test clips, so training clips give no threshold for it)");
        }
        normalScores.erase(std::remove_if(normalScores.begin(), normalScores.end(), [](double v) { return !std::isfinite(v); }),
                           normalScores.end());
        if (normalScores.size() >= 2)
            thresholds[group] = gammaThreshold(normalScores, 0.9);
    }
    if (cancel) {
        JobEvent c;
        c.kind = JobEvent::Kind::Cancelled;
        c.message = "scoring cancelled; no score files written";
        emit(c);
        return;
    }

    std::vector<ScoredClip> labelled;
    std::vector<std::vector<float>> embeddings;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (!testOut.ok[i])
            continue;
        labelled.push_back({tests[i]->fileName, tests[i]->machineType, groupName(*tests[i]), tests[i]->domain,
                            tests[i]->label, scores[i], tests[i]->path});
        embeddings.push_back(std::move(testOut.embeddings[i]));
    }
    writeScoreFiles(config.outDir, labelled, [&](const ScoredClip &c) -> std::optional<double> {
        const auto t = thresholds.find(c.machineType + "/" + c.group);
        return t == thresholds.end() ? std::nullopt : std::optional<double>(t->second);
    });
    JobEvent done;
    done.kind = JobEvent::Kind::Finished;
    done.scorer = knn ? "nearest neighbour (k = " + std::to_string(config.k) + ", " +
                            (config.cosine ? "cosine" : "euclidean") + ") on the " + toString(config.layer)
                      : "ArcFace (own-class cross-entropy)";
    done.message = "wrote scores of " + std::to_string(labelled.size()) + " clips (" + done.scorer + ") to " + config.outDir;
    done.metrics = evaluate(labelled, defaultRule(labelled));
    done.scores = std::move(labelled);
    done.embeddings = std::move(embeddings);
    emit(done);
}

} // namespace asd
