// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/network/NetworkDetector.h"

#include "backends/NearestNeighbours.h"
#include "dataset/ClassMap.h"
#include "dataset/DatasetIndex.h"
#include "detectors/DetectorFile.h"
#include "detectors/network/NetworkFamilies.h"
#include "devices/TorchDevice.h"
#include "dsp/ExampleCache.h"
#include "metrics/Decision.h"
#include "models/Scorer.h"
#include "train/Trainer.h"
#include "util/CpuThreads.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

// The normal training clips as the network sees them, made once on first use: for the
// nearest-neighbour score each group's embeddings and domains, for the ArcFace score (of
// checkpoints made before the thresholds were stored) each group's training scores.
struct NetworkDetector::Bank {
    struct Group {
        Embeddings embeddings;
        std::vector<Domain> domains;
        std::vector<double> arcfaceScores;
    };
    std::map<std::string, Group> groups;
};

namespace {

// The training clips a checkpoint records ({path, group, domain}); for checkpoints made
// before it did, those of the folder it was trained on.
struct TrainingClip {
    std::string path, group;
    Domain domain = Domain::None;
    std::string classKey;
};

std::vector<TrainingClip> trainingClipsOf(const ModelMeta &meta)
{
    std::vector<TrainingClip> out;
    if (meta.trainingClips.is_array() && !meta.trainingClips.empty()) {
        for (const auto &c : meta.trainingClips) {
            const std::string domain = c.value("domain", std::string());
            out.push_back({c.at("path").get<std::string>(), c.at("group").get<std::string>(),
                           domain == toString(Domain::Target)   ? Domain::Target
                           : domain == toString(Domain::Source) ? Domain::Source
                                                                : Domain::None,
                           c.value("class", std::string())});
        }
        return out;
    }
    for (const Clip &c : scanDataset(meta.config.dataDir).clips)
        if (c.split == Split::Train && c.label != Label::Anomaly)
            out.push_back({c.path, detectorGroup(c), c.domain, ClassMap::keyOf(c)});
    return out;
}

} // namespace

NetworkDetector::NetworkDetector(const std::string &family, const std::map<std::string, std::string> &options)
    : NetworkDetector(family, trainConfigFor(family, options))
{
}

NetworkDetector::NetworkDetector(std::string family, TrainConfig config) : m_family(std::move(family)), m_config(std::move(config))
{
}

NetworkDetector::~NetworkDetector() = default;

std::unique_ptr<NetworkDetector> NetworkDetector::fromCheckpoint(const std::string &path)
{
    LoadedCheckpoint c = loadCheckpoint(path, torch::kCPU);
    std::unique_ptr<NetworkDetector> d(new NetworkDetector(toString(c.meta.config.method), c.meta.config));
    d->useCheckpoint(std::move(c));
    return d;
}

void NetworkDetector::useCheckpoint(LoadedCheckpoint checkpoint)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_checkpoint.emplace(std::move(checkpoint));
    m_net = inferenceCopyOf(scoringModel(*m_checkpoint));
    m_net->to(m_device);
    m_bank.reset();
}

std::string NetworkDetector::family() const { return m_family; }

bool NetworkDetector::knn() const
{
    return m_scorer == Scorer::Knn || (m_scorer == Scorer::Auto && m_config.method == TrainingMethod::MixAlign);
}

std::string NetworkDetector::describe() const
{
    std::string what = m_family;
    if (m_checkpoint) {
        const ModelMeta &m = m_checkpoint->meta;
        what += std::string(", ") + toString(m.net.input) + " input, " + std::to_string(m.net.classes) +
                " classes, weights of epoch " + std::to_string(m.bestEpoch);
    }
    return what + "; " +
           (knn() ? "nearest neighbour (k = " + std::to_string(m_k) + ", " + (m_cosine ? "cosine" : "euclidean") +
                        ") on the " + toString(m_layer)
                  : std::string("ArcFace (own-class cross-entropy)"));
}

std::map<std::string, std::string> NetworkDetector::options() const { return optionsOf(m_config); }

double NetworkDetector::clipSeconds() const
{
    return m_checkpoint ? double(m_checkpoint->meta.samples) / m_checkpoint->meta.features.sampleRate : m_config.clipSeconds;
}

void NetworkDetector::setScoring(const std::map<std::string, std::string> &choice)
{
    for (const auto &[key, value] : choice) {
        if (key == "scorer")
            m_scorer = value == "knn" ? Scorer::Knn : value == "arcface" ? Scorer::ArcFace : Scorer::Auto;
        else if (key == "k")
            m_k = std::max(1, std::stoi(value));
        else if (key == "metric")
            m_cosine = value != "euclidean";
        else if (key == "layer")
            m_layer = embeddingLayerFromString(value);
        else if (key == "batch")
            m_batch = std::max(1, std::stoi(value));
        else if (key == "device") {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_device = parseDevice(value);
            if (m_net)
                m_net->to(m_device);
        }
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_bank.reset(); // the layer may have changed
}

void NetworkDetector::setReference(const std::string &dataDir, const std::vector<const Clip *> &normals)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_reference.clear();
    for (const Clip *c : normals)
        m_reference.push_back(*c);
    std::error_code ec;
    m_referenceIsOwn = normals.empty() || !m_checkpoint || fs::equivalent(m_checkpoint->meta.config.dataDir, dataDir, ec);
    m_bank.reset();
}

void NetworkDetector::fit(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    if (ctx.runDir.empty())
        throw std::logic_error("a network family needs the run folder to keep its checkpoints in");
    TrainConfig config = m_config;
    config.outDir = ctx.runDir;
    config.dataDir = ctx.dataDir;
    config.threads = ctx.threads;
    config.resume = ctx.resume;
    // The training loop's own events (its steps with loss, rate and time left, its epochs with
    // every loss part) go to the job as they are.
    static const std::atomic<bool> never{false};
    trainNetwork(config, normals, ctx.monitor, ctx.events, ctx.cancel ? *ctx.cancel : never);
    if (ctx.cancel && *ctx.cancel)
        return;
    const fs::path best = fs::path(ctx.runDir) / "best.pt";
    LoadedCheckpoint kept = loadCheckpoint(fs::exists(best) ? best.string() : (fs::path(ctx.runDir) / "last.pt").string(),
                                           torch::kCPU);
    // The training clips, so that the nearest-neighbour bank and the thresholds can be made
    // again wherever the detector goes.
    kept.meta.trainingClips = nlohmann::json::array();
    for (const Clip *c : normals)
        kept.meta.trainingClips.push_back({{"path", fs::absolute(c->path).lexically_normal().string()},
                                           {"group", detectorGroup(*c)},
                                           {"domain", toString(c->domain)},
                                           {"class", ClassMap::keyOf(*c)}});
    m_config = kept.meta.config;
    useCheckpoint(std::move(kept));
}

bool NetworkDetector::hasGroup(const std::string &group) const
{
    // The ArcFace score takes any clip (a class it never saw scores by its top probability);
    // nearest neighbours need the group's training clips.
    return !knn() || bank().groups.count(group) > 0;
}

const NetworkDetector::Bank &NetworkDetector::bank() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_bank)
        return *m_bank;
    if (!m_checkpoint)
        throw std::runtime_error(m_family + ": not trained yet");
    const ModelMeta &meta = m_checkpoint->meta;
    const ClassMap classes = ClassMap::fromKeys(meta.classKeys);
    std::vector<TrainingClip> clips;
    if (m_reference.empty())
        clips = trainingClipsOf(meta);
    else
        for (const Clip &c : m_reference)
            clips.push_back({c.path, detectorGroup(c), c.domain, ClassMap::keyOf(c)});
    std::vector<std::string> paths;
    std::vector<std::int64_t> labels;
    for (const auto &c : clips) {
        paths.push_back(c.path);
        labels.push_back(c.classKey.empty() ? -1 : classes.indexOf(c.classKey));
    }
    ExampleCache cache(paths, meta.features, meta.samples, 0);
    AsdNet net = m_net; // a handle on the same module
    const ModelOutputs out = runModel(net, cache, labels, m_device, m_batch, m_layer);
    auto b = std::make_unique<Bank>();
    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (!out.ok[i])
            continue;
        Bank::Group &g = b->groups[clips[i].group];
        g.embeddings.push_back(out.embeddings[i]);
        g.domains.push_back(clips[i].domain);
        if (std::isfinite(out.arcfaceScores[i]))
            g.arcfaceScores.push_back(out.arcfaceScores[i]);
    }
    m_bank = std::move(b);
    return *m_bank;
}

std::vector<std::string> NetworkDetector::analyseEach(const std::vector<const Clip *> &clips, int threads,
                                                      const std::atomic<bool> *cancel,
                                                      const std::function<void(std::size_t, std::size_t)> &progress,
                                                      std::vector<ClipAnalysis> &out) const
{
    if (!m_checkpoint)
        throw std::runtime_error(m_family + ": not trained yet");
    // Intra-op threads are per thread with OpenMP, so they are set here, in the worker.
    torch::set_num_threads(cpuThreads(threads));
    const ModelMeta &meta = m_checkpoint->meta;
    const ClassMap classes = ClassMap::fromKeys(meta.classKeys);
    std::vector<std::string> paths;
    std::vector<std::int64_t> labels;
    for (const Clip *c : clips) {
        paths.push_back(c->path);
        labels.push_back(classes.indexOf(*c));
    }
    ExampleCache cache(paths, meta.features, meta.samples, 0);
    ModelOutputs o;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        AsdNet net = m_net; // a handle on the same module
        o = runModel(net, cache, labels, m_device, m_batch, m_layer, cancel, progress);
    }
    out.assign(clips.size(), ClipAnalysis{});
    std::vector<std::string> errors(clips.size());
    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (!o.ok[i]) {
            errors[i] = cache.error(i);
            if (errors[i].empty())
                errors[i] = clips[i]->path + ": not scored";
            continue;
        }
        out[i].score = o.arcfaceScores[i];
        out[i].embedding = std::move(o.embeddings[i]);
    }
    return errors;
}

ClipAnalysis NetworkDetector::analyse(const Clip &clip) const
{
    if (!m_checkpoint)
        throw std::runtime_error(m_family + ": not trained yet");
    const ModelMeta &m = m_checkpoint->meta;
    ExampleCache cache({clip.path}, m.features, m.samples, 0, true); // decoded exactly as for scoring
    const auto example = cache.get(0);
    if (!example)
        throw std::runtime_error(cache.error(0));
    const std::int64_t cls = ClassMap::fromKeys(m.classKeys).indexOf(clip);
    ClipAnalysis a;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        torch::NoGradGuard noGrad;
        AsdNet net = m_net; // a handle on the same module
        const auto &wav = example->wav;
        const FeatureMatrix &mel = example->mel;
        const auto wavT = torch::from_blob(const_cast<float *>(wav.data()), {1, std::int64_t(wav.size())}).to(m_device);
        const auto melT = torch::from_blob(const_cast<float *>(mel.data.data()), {1, 1, mel.rows, mel.cols}).to(m_device);
        const auto maps = net->inputMaps(wavT, melT).contiguous();
        const auto backbone = net->mobilefacenet->forward(maps);
        const auto z = net->headOf(backbone);
        const AsdNetOutput out{
            net->arcface->forward(z, torch::tensor({std::max<std::int64_t>(cls, 0)}, torch::kLong).to(m_device)), z,
            backbone};
        a.score = arcfaceScores(net, out, {cls}).front();
        const auto chosen = (m_layer == EmbeddingLayer::Backbone ? backbone : z)[0].to(torch::kCPU).contiguous();
        a.embedding.assign(chosen.data_ptr<float>(), chosen.data_ptr<float>() + chosen.numel());
        std::vector<std::string> names;
        switch (m.net.input) {
        case InputVariant::LogMel: names = {"log-mel"}; break;
        case InputVariant::STgram: names = {"log-mel", "Tgram"}; break;
        case InputVariant::TFSTgram: names = {"log-mel", "Tgram", "TFgram"}; break;
        case InputVariant::TASTgram: names = {"Tgram", "log-mel", "TAgram"}; break;
        }
        const auto cpuMaps = maps.to(torch::kCPU);
        for (std::size_t c = 0; c < names.size(); ++c) {
            NamedMap im{names[c], FeatureMatrix(int(cpuMaps.size(2)), int(cpuMaps.size(3)))};
            const auto channel = cpuMaps[0][std::int64_t(c)].contiguous();
            std::copy(channel.data_ptr<float>(), channel.data_ptr<float>() + channel.numel(), im.map.data.begin());
            a.inputMaps.push_back(std::move(im));
        }
    }
    if (knn()) {
        const auto s = groupScores(detectorGroup(clip), {&a});
        a.score = s.front();
    }
    return a;
}

std::vector<double> NetworkDetector::groupScores(const std::string &group, const std::vector<const ClipAnalysis *> &clips) const
{
    std::vector<double> out;
    if (!knn()) {
        for (const ClipAnalysis *a : clips)
            out.push_back(a->score);
        return out;
    }
    const auto g = bank().groups.find(group);
    if (g == bank().groups.end())
        throw std::runtime_error(group + ": no training clips for a nearest-neighbour bank");
    Embeddings queries;
    for (const ClipAnalysis *a : clips)
        queries.push_back(a->embedding);
    // Source and target banks for data with domains, each normalised over the group's test
    // clips (reference §8); the plain distance to the one bank otherwise.
    return knnGroupScores(g->second.embeddings, g->second.domains, queries, m_k,
                          m_cosine ? KnnMetric::Cosine : KnnMetric::Euclidean);
}

std::vector<double> NetworkDetector::trainingScores(const std::string &group) const
{
    const auto g = bank().groups.find(group);
    if (g == bank().groups.end())
        return {};
    if (!knn())
        return g->second.arcfaceScores;
    return knnDistances(g->second.embeddings, g->second.embeddings, m_k, m_cosine ? KnnMetric::Cosine : KnnMetric::Euclidean,
                        true);
}

std::optional<double> NetworkDetector::decisionThreshold(const std::string &group) const
{
    if (!knn() && m_checkpoint && m_referenceIsOwn) {
        // Fitted when training ended, so that scoring its own folder does not score the
        // training clips again.
        const auto &stored = m_checkpoint->meta.decisionThresholds;
        if (const auto t = stored.find(group); t != stored.end())
            return t->second;
    }
    if (knn()) {
        const auto g = bank().groups.find(group);
        // The two-domain score is normalised over the test clips: training clips give no
        // threshold for it.
        if (g == bank().groups.end() ||
            std::count(g->second.domains.begin(), g->second.domains.end(), Domain::Target) > 0)
            return std::nullopt;
    }
    return Detector::decisionThreshold(group);
}

void NetworkDetector::save(const std::string &path) const
{
    if (!m_checkpoint)
        throw std::runtime_error(m_family + ": nothing trained to save");
    AsdNet model = m_checkpoint->model, ema = m_checkpoint->ema; // handles on the same modules
    saveCheckpoint(path, m_checkpoint->meta, model, ema ? &ema : nullptr, nullptr);
}

} // namespace asd
