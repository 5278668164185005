// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/encoderknn/EncoderKnnDetector.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "audio/AudioFile.h"
#include "detectors/ClipFeatures.h"
#include "detectors/DetectorFile.h"
#include "encoders/EncoderLibrary.h"
#include "encoders/PretrainedEncoder.h"
#include "util/CpuThreads.h"

namespace asd {

namespace {

constexpr const char *kEncoderFamily = "encoder-knn";
constexpr const char *kAdaptedEncoderFamily = "encoder-lora";

using Normalise = DomainKnnOptions::Normalise;

const char *name(Normalise n)
{
    switch (n) {
    case Normalise::None: return "none";
    case Normalise::Training: return "training";
    case Normalise::Transductive: return "transductive";
    }
    return "";
}

std::vector<float> flat(const torch::Tensor &t)
{
    const torch::Tensor c = t.contiguous().to(torch::kFloat32);
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

torch::Tensor rows(const std::vector<float> &values, std::int64_t dim)
{
    return torch::from_blob(const_cast<float *>(values.data()), {std::int64_t(values.size()) / dim, dim}).clone();
}

} // namespace

const DetectorFamily &EncoderKnnDetector::description(bool adapt)
{
    using K = DetectorOption::Kind;
    constexpr double any = HUGE_VAL;
    const std::vector<DetectorOption> embedding = {
        {"encoder", K::Text, "", "an imported encoder's name or a checkpoint file (asd encoders lists them)", -any, any,
         {}, true},
        {"layer", K::Text, "last", "which block's output: 1 .. layers, or last (GenRep found 4 best)"},
        {"pooling", K::Choice, "frequency", "time mean per frequency patch (GenRep), or the mean of all tokens (RMIS)",
         -any, any, {"frequency", "mean"}},
        {"k", K::Whole, "1", "nearest neighbours averaged", 1},
        {"metric", K::Choice, "euclidean", "distance: euclidean (GenRep) or cosine (RMIS)", -any, any,
         {"euclidean", "cosine"}},
        {"normalise", K::Choice, "training", "per-domain scale: bank statistics, over the test clips (GenRep, RMIS), or none",
         -any, any, {"training", "transductive", "none"}},
        {"mixup", K::Whole, "0", "memory mixup: source neighbours mixed into each target clip (GenRep; 0 off)", 0},
        {"smote", K::Number, "0", "SMOTE target bank as a ratio of the source clips (ASDKit 0.2; 0 off)", 0, 10},
        {"curve-bank", K::Whole, "1024", "training tokens kept per frequency patch for the curve (0: no curve)", 0},
        {"device", K::Text, "cpu", "cpu or cuda:K"}};
    static const DetectorFamily frozen{
        kEncoderFamily, "Pretrained encoder (BEATs) + nearest neighbours (no training)",
        "a frozen pretrained audio encoder (BEATs, imported with asd encoders import): one layer's tokens pooled per "
        "frequency patch, nearest neighbours against source and target banks (GenRep, RMIS); where in the clip from "
        "the patch tokens",
        embedding};
    static const DetectorFamily adapted = [&] {
        const AdaptationOptions a;
        DetectorFamily f{
            kAdaptedEncoderFamily, "Pretrained encoder adapted to your machines (LoRA, group adapter)",
            "the pretrained encoder adapted first (Han, Jiang et al. 2025): LoRA on its fully-connected layers, a "
            "group adapter per machine type, ArcFace on the labels that exist, a contrastive loss over sections and "
            "pseudo-attribute codes; then nearest neighbours as encoder-knn",
            embedding};
        const std::vector<DetectorOption> adaptation = {
            {"epochs", K::Whole, std::to_string(a.epochs), "passes over the normal clips", 1, 100000},
            {"batch", K::Whole, std::to_string(a.batch), "clips per step", 2, 4096},
            {"lr", K::Number, optionText(a.learningRate), "Adam's learning rate", 1e-9, 10},
            {"seconds", K::Number, optionText(a.seconds), "random crop per clip and step", 0.2, 60},
            {"seed", K::Whole, std::to_string(a.seed), "random seed", 0},
            {"lora-rank", K::Whole, std::to_string(a.lora.rank), "r", 1, 1024},
            {"lora-alpha", K::Number, optionText(a.lora.alpha), "the update is scaled by alpha / r", 0},
            {"lora-targets", K::Choice, a.lora.targets(), "the fully-connected layers LoRA adapts", -any, any,
             {"all", "attention", "ffn"}},
            {"codes", K::Whole, std::to_string(a.codes), "pseudo-attribute codes per section", 1, 1024},
            {"bottleneck", K::Whole, std::to_string(a.bottleneck), "group adapter width", 1, 4096},
            {"eval", K::Choice, "1", "score the labelled test clips after each epoch (0: skip; slow with real-size BEATs)",
             -any, any, {"0", "1"}},
            {"noise", K::Text, "", "noises (pink,babble,... or recordings): train a noise-robust student of the encoder "
                                   "instead (retain, not denoise)"},
            {"lambda", K::Number, optionText(a.lambda), "student: share of teacher(machine) in the target; 1 is the "
                                                        "denoise baseline", 0, 1},
            {"align-weight", K::Number, optionText(a.alignWeight), "student: weight of the alignment loss against the "
                                                                  "tagging loss", 0},
            {"snr-min", K::Number, optionText(a.snrMin), "student: lowest SNR of its mixtures (dB)", -60, 60},
            {"snr-max", K::Number, optionText(a.snrMax), "student: highest SNR of its mixtures (dB)", -60, 60}};
        f.options.insert(f.options.end(), adaptation.begin(), adaptation.end());
        return f;
    }();
    return adapt ? adapted : frozen;
}

EncoderKnnDetector::Options EncoderKnnDetector::parseOptions(const std::map<std::string, std::string> &given, bool adapt)
{
    const auto options = description(adapt).resolve(given);
    Options o;
    o.adapt = adapt;
    o.encoder = textSetting(options, "encoder");
    const std::string &layer = textSetting(options, "layer");
    try {
        o.layer = layer == "last" ? -1 : int(wholeSetting(options, "layer"));
    } catch (const std::invalid_argument &) {
        o.layer = -2;
    }
    if (o.layer < -1)
        throw std::invalid_argument(std::string(description(adapt).name) + ": layer takes a block number or last, not '" +
                                    layer + "'");
    o.pooling = textSetting(options, "pooling") == "mean" ? Pooling::Mean : Pooling::PerFrequency;
    o.knn.k = int(wholeSetting(options, "k"));
    o.knn.metric = textSetting(options, "metric") == "cosine" ? KnnMetric::Cosine : KnnMetric::Euclidean;
    for (Normalise n : {Normalise::None, Normalise::Training, Normalise::Transductive})
        if (textSetting(options, "normalise") == name(n))
            o.knn.normalise = n;
    o.knn.mixupNeighbours = int(wholeSetting(options, "mixup"));
    o.knn.smoteRatio = numberSetting(options, "smote");
    o.curveBank = int(wholeSetting(options, "curve-bank"));
    o.device = textSetting(options, "device");
    if (!adapt)
        return o;
    AdaptationOptions &a = o.adaptation;
    a.epochs = int(wholeSetting(options, "epochs"));
    a.batch = int(wholeSetting(options, "batch"));
    a.learningRate = numberSetting(options, "lr");
    a.seconds = numberSetting(options, "seconds");
    a.seed = unsigned(wholeSetting(options, "seed"));
    a.lora = LoraOptions::withTargets(textSetting(options, "lora-targets"), int(wholeSetting(options, "lora-rank")),
                                      numberSetting(options, "lora-alpha"));
    a.codes = int(wholeSetting(options, "codes"));
    a.bottleneck = int(wholeSetting(options, "bottleneck"));
    o.evaluateEachEpoch = textSetting(options, "eval") == "1";
    o.noises = textSetting(options, "noise");
    std::stringstream list(o.noises);
    for (std::string spec; std::getline(list, spec, ',');)
        if (!spec.empty())
            a.noises.push_back(parseNoiseSource(spec)); // throws std::invalid_argument
    a.lambda = numberSetting(options, "lambda");
    a.alignWeight = numberSetting(options, "align-weight");
    a.snrMin = numberSetting(options, "snr-min");
    a.snrMax = numberSetting(options, "snr-max");
    if (a.snrMin > a.snrMax)
        throw std::invalid_argument("snr-min is above snr-max");
    return o;
}

EncoderKnnDetector::EncoderKnnDetector(Options options) : m_options(std::move(options))
{
    m_encoder = EncoderLibrary().open(m_options.encoder, m_options.device);
    m_layer = m_options.layer < 0 ? m_encoder->layers() : m_options.layer;
    if (m_layer > m_encoder->layers())
        throw std::invalid_argument("layer " + std::to_string(m_layer) + ": " + m_encoder->facts().name + " has " +
                                    std::to_string(m_encoder->layers()) + " layers");
}

std::string EncoderKnnDetector::describe() const
{
    const AdaptationOptions &a = m_options.adaptation;
    const std::string how = a.noises.empty() ? "adapted"
                            : a.lambda >= 1.0 ? "denoise student (on " + m_options.noises + ")"
                                              : "mixture student (λ = " + optionText(a.lambda) + ", on " + m_options.noises + ")";
    const std::string adapted = m_options.adapt ? " " + how + " (LoRA r = " + std::to_string(a.lora.rank) + " on " +
                                                      a.lora.targets() + ", group adapter, " + std::to_string(a.epochs) +
                                                      (a.epochs == 1 ? " epoch)" : " epochs)")
                                                : "";
    return m_encoder->facts().name + adapted + " layer " + std::to_string(m_layer) + " (" +
           (m_options.pooling == Pooling::Mean ? "mean of all tokens" : "time mean per frequency patch") +
           "), nearest neighbours (k = " + std::to_string(m_options.knn.k) + ", " +
           (m_options.knn.metric == KnnMetric::Cosine ? "cosine" : "Euclidean") + ", " + name(m_options.knn.normalise) +
           " normalisation), " + std::to_string(m_groups.size()) + (m_groups.size() == 1 ? " group" : " groups");
}

std::map<std::string, std::string> EncoderKnnDetector::options() const
{
    std::map<std::string, std::string> o = {{"encoder", m_options.encoder},
            {"layer", std::to_string(m_layer)},
            {"pooling", m_options.pooling == Pooling::Mean ? "mean" : "frequency"},
            {"k", std::to_string(m_options.knn.k)},
            {"metric", m_options.knn.metric == KnnMetric::Cosine ? "cosine" : "euclidean"},
            {"normalise", name(m_options.knn.normalise)},
            {"mixup", std::to_string(m_options.knn.mixupNeighbours)},
            {"smote", optionText(m_options.knn.smoteRatio)},
            {"curve-bank", std::to_string(m_options.curveBank)},
            {"device", m_options.device}};
    if (m_options.adapt) {
        const AdaptationOptions &a = m_options.adaptation;
        o["epochs"] = std::to_string(a.epochs);
        o["batch"] = std::to_string(a.batch);
        o["lr"] = optionText(a.learningRate);
        o["seconds"] = optionText(a.seconds);
        o["lora-rank"] = std::to_string(a.lora.rank);
        o["lora-alpha"] = optionText(a.lora.alpha);
        o["lora-targets"] = a.lora.targets();
        o["codes"] = std::to_string(a.codes);
        o["bottleneck"] = std::to_string(a.bottleneck);
        o["seed"] = std::to_string(a.seed);
        o["eval"] = m_options.evaluateEachEpoch ? "1" : "0";
        if (!a.noises.empty()) {
            o["noise"] = m_options.noises;
            o["lambda"] = optionText(a.lambda);
            o["align-weight"] = optionText(a.alignWeight);
            o["snr-min"] = optionText(a.snrMin);
            o["snr-max"] = optionText(a.snrMax);
        }
    }
    return o;
}

EncoderKnnDetector::Tokens EncoderKnnDetector::tokensOf(const Clip &clip) const
{
    ReadOptions read;
    read.targetRate = PretrainedEncoder::kSampleRate;
    const Audio audio = readAudio(clip.path, read);
    if (audio.samples.size() < std::size_t(PretrainedEncoder::kSampleRate) / 5)
        throw AudioError(clip.path, "shorter than 0.2 s, too short for the encoder's 16 × 16 patches");
    const torch::Tensor t = m_encoder->tokens({audio.samples}, m_layer)[0];
    return {t.view({-1, PretrainedEncoder::kFrequencyPatches, t.size(1)}), clip.domain};
}

torch::Tensor EncoderKnnDetector::poolBatch(const torch::Tensor &tokens) const
{
    if (m_options.pooling == Pooling::Mean)
        return tokens.mean(1);
    // GenRep: each frequency patch's mean over time, the 8 concatenated (token n = t·8 + f).
    return tokens.view({tokens.size(0), -1, PretrainedEncoder::kFrequencyPatches, tokens.size(2)}).mean(1).flatten(1);
}

std::vector<float> EncoderKnnDetector::embeddingOf(const Tokens &t, const std::string &machineType) const
{
    torch::Tensor e = poolBatch(t.tokens.flatten(0, 1).unsqueeze(0));
    if (!m_adapted.adapter.is_empty()) {
        const auto g = std::find(m_adapted.machineTypes.begin(), m_adapted.machineTypes.end(), machineType);
        if (g == m_adapted.machineTypes.end())
            throw std::runtime_error(machineType + ": the encoder was not adapted to this machine type");
        c10::InferenceMode inference;
        GroupAdapter adapter = m_adapted.adapter; // shares the module; forward is not const
        e = adapter(e.to(adapter->down.device()),
                              torch::tensor({std::int64_t(g - m_adapted.machineTypes.begin())},
                                            torch::TensorOptions(torch::kLong).device(m_adapted.adapter->down.device())))
                .to(torch::kCPU);
    }
    return flat(e[0]);
}

void EncoderKnnDetector::adapt(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    std::vector<const Clip *> clips;
    std::vector<std::vector<float>> waves;
    ReadOptions read;
    read.targetRate = PretrainedEncoder::kSampleRate;
    for (const Clip *c : normals) {
        try {
            waves.push_back(readAudio(c->path, read).samples);
            if (waves.back().empty())
                throw AudioError(c->path, "no samples");
            clips.push_back(c);
        } catch (const std::exception &e) {
            waves.resize(clips.size());
            if (ctx.warn)
                ctx.warn(std::string("skipped: ") + e.what());
        }
    }
    // The labelled test clips, decoded once, scored after each epoch with the encoder and adapter
    // as they are then: the per-ID metrics the other trainable detectors show while they train.
    std::vector<const Clip *> tests;
    std::vector<std::vector<float>> testWaves;
    for (const Clip *c : m_options.evaluateEachEpoch ? ctx.monitor : std::vector<const Clip *>{})
        try {
            testWaves.push_back(readAudio(c->path, read).samples);
            tests.push_back(c);
        } catch (const std::exception &) {
            // reported when the test clips are scored
        }
    const AdaptationMonitor monitor = [&](const AdaptedEncoder &now) {
        auto embed = [&](const std::vector<float> &wave, const std::string &type) -> std::vector<float> {
            const auto g = std::find(now.machineTypes.begin(), now.machineTypes.end(), type);
            if (g == now.machineTypes.end() || wave.size() < std::size_t(PretrainedEncoder::kSampleRate) / 5)
                return {};
            c10::InferenceMode inference;
            GroupAdapter adapter = now.adapter;
            const torch::Device device = adapter->down.device();
            const torch::Tensor pooled = poolBatch(m_encoder->tokens({wave}, m_layer)).to(device);
            return flat(adapter(pooled, torch::tensor({std::int64_t(g - now.machineTypes.begin())},
                                                      torch::TensorOptions(torch::kLong).device(device)))[0]
                            .to(torch::kCPU));
        };
        std::map<std::string, std::pair<Embeddings, Embeddings>> banks; // group: source, target
        for (std::size_t i = 0; i < clips.size(); ++i)
            if (auto e = embed(waves[i], clips[i]->machineType); !e.empty()) {
                auto &bank = banks[detectorGroup(*clips[i])];
                (clips[i]->domain == Domain::Target ? bank.second : bank.first).push_back(std::move(e));
            }
        std::map<std::string, std::vector<std::size_t>> byGroup;
        std::vector<std::vector<float>> testEmbeddings(tests.size());
        for (std::size_t i = 0; i < tests.size(); ++i)
            if (banks.count(detectorGroup(*tests[i])) && !(testEmbeddings[i] = embed(testWaves[i], tests[i]->machineType)).empty())
                byGroup[detectorGroup(*tests[i])].push_back(i);
        std::vector<ScoredClip> scored;
        for (auto &[group, items] : byGroup) {
            auto &[source, target] = banks[group];
            if (source.empty())
                std::swap(source, target);
            Embeddings queries;
            for (std::size_t i : items)
                queries.push_back(testEmbeddings[i]);
            const std::vector<double> s = DomainKnn(source, target, m_options.knn).scoreGroup(queries);
            for (std::size_t j = 0; j < items.size(); ++j) {
                const Clip &c = *tests[items[j]];
                scored.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label, s[j], c.path});
            }
        }
        return scored.empty() ? EvaluationSummary{} : evaluate(scored, defaultRule(scored));
    };
    Beats net = m_encoder->network();
    m_adapted = adaptEncoder(net, m_layer, [this](const torch::Tensor &t) { return poolBatch(t); }, clips, waves,
                             m_options.adaptation, ctx, tests.empty() ? AdaptationMonitor{} : monitor);
    // Kept for the detector file, then folded into the encoder's weights for scoring.
    m_lora.clear();
    for (const auto &[name, p] : net->loraParameters())
        m_lora.emplace_back(name, p.detach().clone().to(torch::kCPU));
    net->mergeLora();
    for (auto &p : m_adapted.adapter->parameters())
        p.set_requires_grad(false);
}

void EncoderKnnDetector::fit(const std::vector<const Clip *> &normals, const FitContext &ctx)
{
    // One clip at a time, its matrix products on every core (CpuThreads.h).
    setCpuThreads(1, ctx.threads);
    FitContext serial = ctx;
    serial.threads = 1;
    if (m_options.adapt) {
        adapt(normals, ctx);
        if (ctx.cancel && *ctx.cancel)
            return;
    }
    auto byGroup = extractByGroup<Tokens>(normals, serial, [this](const Clip &c) { return tokensOf(c); });
    if (ctx.cancel && *ctx.cancel)
        return;
    m_groups.clear();
    std::size_t groupIndex = 0;
    for (auto &[groupName, clips] : byGroup) {
        ctx.startGroup(groupName, groupIndex++, byGroup.size());
        Embeddings source, target;
        const std::string type = groupName.substr(0, groupName.find('/'));
        for (const Tokens &c : clips)
            (c.domain == Domain::Target ? target : source).push_back(embeddingOf(c, type));
        if (source.empty())
            std::swap(source, target);
        Group g;
        g.knn = DomainKnn(std::move(source), std::move(target), m_options.knn);
        if (m_options.curveBank > 0) {
            // A seeded sample of the training tokens of each frequency patch.
            std::vector<torch::Tensor> perClip;
            for (const Tokens &c : clips)
                perClip.push_back(c.tokens);
            const torch::Tensor all = torch::cat(perClip, 0); // [time patches][8][dim]
            torch::manual_seed(0);
            const torch::Tensor keep = torch::randperm(all.size(0)).narrow(0, 0, std::min<std::int64_t>(all.size(0), m_options.curveBank));
            for (int f = 0; f < PretrainedEncoder::kFrequencyPatches; ++f)
                g.patchBanks.push_back(all.select(1, f).index_select(0, keep).contiguous());
        }
        m_groups.emplace(groupName, std::move(g));
    }
    if (m_groups.empty())
        throw std::runtime_error("no normal training clip could be read, so nothing was fitted");
}

std::vector<std::string> EncoderKnnDetector::analyseEach(const std::vector<const Clip *> &clips, int threads,
                                                         const std::atomic<bool> *cancel,
                                                         const std::function<void(std::size_t, std::size_t)> &progress,
                                                         std::vector<ClipAnalysis> &out) const
{
    // As fit(): a real-size BEATs embedded 1.8× faster this way than two clips at once, each
    // with OpenMP's and OpenBLAS's threads (bench_encoder, docs/BENCHMARKS.md).
    setCpuThreads(1, threads);
    return Detector::analyseEach(clips, 1, cancel, progress, out);
}

ClipAnalysis EncoderKnnDetector::analyse(const Clip &clip) const
{
    const Group &g = fittedGroup(m_groups, detectorGroup(clip));
    const Tokens t = tokensOf(clip);
    ClipAnalysis a;
    a.embedding = embeddingOf(t, clip.machineType);
    a.score = g.knn.score({a.embedding}).front();
    if (!g.patchBanks.empty()) {
        // Each time patch: the mean over frequency patches of the distance to the nearest
        // training token of the same frequency patch.
        torch::Tensor distance = torch::zeros({t.tokens.size(0)});
        for (int f = 0; f < PretrainedEncoder::kFrequencyPatches; ++f)
            distance += std::get<0>(torch::cdist(t.tokens.select(1, f), g.patchBanks[std::size_t(f)]).min(1));
        FrameCurve curve;
        curve.secondsPerFrame = PretrainedEncoder::kSecondsPerTimePatch;
        curve.scores = flat(distance / PretrainedEncoder::kFrequencyPatches);
        a.curve = std::move(curve);
    }
    return a;
}

std::vector<double> EncoderKnnDetector::groupScores(const std::string &group,
                                                    const std::vector<const ClipAnalysis *> &clips) const
{
    Embeddings queries;
    for (const ClipAnalysis *a : clips)
        queries.push_back(a->embedding);
    return fittedGroup(m_groups, group).knn.scoreGroup(queries);
}

std::vector<double> EncoderKnnDetector::trainingScores(const std::string &group) const
{
    return fittedGroup(m_groups, group).knn.leaveOneOutScores();
}

DetectorFile EncoderKnnDetector::toFile() const
{
    DetectorFile file = newDetectorFile(family(), options());
    file.header["encoder_sha256"] = m_encoder->facts().sha256;
    if (m_options.adapt) {
        // The adaptation first: each LoRA matrix, then the adapter's two parameter tensors.
        nlohmann::json lora = nlohmann::json::array();
        for (const auto &[name, t] : m_lora) {
            lora.push_back({{"name", name}, {"shape", t.sizes().vec()}});
            file.arrays.push_back(flat(t));
        }
        const GroupAdapter &adapter = m_adapted.adapter;
        file.header["adaptation"] = {{"machine_types", m_adapted.machineTypes},
                                     {"lora", lora},
                                     {"adapter_shape", adapter->down.sizes().vec()},
                                     {"training_loss", m_adapted.trainingLoss}};
        file.arrays.push_back(flat(adapter->down));
        file.arrays.push_back(flat(adapter->up));
    }
    nlohmann::json groups = nlohmann::json::array();
    for (const auto &[groupName, g] : m_groups) {
        nlohmann::json banks = nlohmann::json::array();
        for (std::size_t b = 0; b < g.knn.banks().size(); ++b) {
            const Embeddings &bank = g.knn.banks()[b];
            banks.push_back({{"rows", bank.size()},
                             {"clips", g.knn.clipsPerBank()[b]},
                             {"mean", g.knn.bankMeans()[b]},
                             {"sd", g.knn.bankDeviations()[b]}});
            std::vector<float> values;
            for (const auto &v : bank)
                values.insert(values.end(), v.begin(), v.end());
            file.arrays.push_back(std::move(values));
        }
        for (const torch::Tensor &p : g.patchBanks)
            file.arrays.push_back(flat(p));
        groups.push_back({{"name", groupName},
                          {"dim", g.knn.banks()[0][0].size()},
                          {"banks", banks},
                          {"patch_banks", g.patchBanks.size()}});
    }
    file.header["groups"] = groups;
    return file;
}

void EncoderKnnDetector::restoreAdaptation(const nlohmann::json &a, const std::function<const std::vector<float> &()> &next)
{
    auto bad = [](const std::string &what) { return std::runtime_error("encoder detector: adaptation: " + what); };
    Beats net = m_encoder->network();
    net->attachLora(m_options.adaptation.lora);
    auto lora = net->loraParameters();
    if (a.at("lora").size() != lora.size())
        throw bad("the file holds " + std::to_string(a.at("lora").size()) + " LoRA matrices where its options make " +
                  std::to_string(lora.size()));
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < lora.size(); ++i) {
        const auto &entry = a.at("lora")[i];
        const std::vector<float> &values = next();
        if (entry.at("name").get<std::string>() != lora[i].first ||
            std::int64_t(values.size()) != lora[i].second.numel())
            throw bad("LoRA matrix " + entry.at("name").get<std::string>() + " does not fit " + lora[i].first);
        lora[i].second.copy_(torch::from_blob(const_cast<float *>(values.data()), lora[i].second.sizes()));
        m_lora.emplace_back(lora[i].first, lora[i].second.detach().clone().to(torch::kCPU));
    }
    net->mergeLora();
    m_adapted.machineTypes = a.at("machine_types").get<std::vector<std::string>>();
    const auto shape = a.at("adapter_shape").get<std::vector<std::int64_t>>(); // [groups][bottleneck][dim]
    if (shape.size() != 3 || shape[0] != std::int64_t(m_adapted.machineTypes.size()) || shape[1] < 1 || shape[2] < 1 ||
        shape[1] > 100000 || shape[2] > 1000000)
        throw bad("the adapter's shape disagrees with its machine types");
    m_adapted.adapter = GroupAdapter(int(shape[2]), int(shape[0]), int(shape[1]));
    for (torch::Tensor *p : {&m_adapted.adapter->down, &m_adapted.adapter->up}) {
        const std::vector<float> &values = next();
        if (std::int64_t(values.size()) != p->numel())
            throw bad("an adapter matrix of the wrong size");
        p->copy_(torch::from_blob(const_cast<float *>(values.data()), p->sizes()));
        p->set_requires_grad(false);
    }
    m_adapted.adapter->to(m_encoder->network()->parameters().front().device());
    m_adapted.trainingLoss = a.value("training_loss", std::vector<double>());
}

std::unique_ptr<EncoderKnnDetector> EncoderKnnDetector::fromFile(const DetectorFile &file)
{
    auto bad = [](const std::string &what) { return std::runtime_error("encoder detector: " + what); };
    std::unique_ptr<EncoderKnnDetector> d;
    const nlohmann::json &h = file.header;
    const bool adapted = h.value("family", std::string()) == kAdaptedEncoderFamily;
    try {
        d = std::make_unique<EncoderKnnDetector>(parseOptions(savedOptions(file), adapted));
    } catch (const std::invalid_argument &e) {
        throw bad(e.what());
    }
    if (!h.contains("encoder_sha256") || h["encoder_sha256"] != d->m_encoder->facts().sha256)
        throw bad("the encoder " + d->m_encoder->facts().file +
                  " is not the checkpoint this detector was fitted with (its SHA-256 differs); fit it again");
    const std::int64_t dim = d->m_encoder->dim();
    std::size_t a = 0;
    auto next = [&]() -> const std::vector<float> & {
        if (a >= file.arrays.size())
            throw bad("the file holds fewer arrays than its groups describe");
        return file.arrays[a++];
    };
    try {
        if (adapted)
            d->restoreAdaptation(h.at("adaptation"), next);
        for (const auto &gj : h.at("groups")) {
            const std::string groupName = gj.at("name").get<std::string>();
            const std::size_t embeddingDim = gj.at("dim").get<std::size_t>();
            const std::int64_t expected = d->m_options.pooling == Pooling::Mean ? dim : dim * PretrainedEncoder::kFrequencyPatches;
            if (std::int64_t(embeddingDim) != expected)
                throw bad("group " + groupName + ": embeddings of " + std::to_string(embeddingDim) +
                          " values, where the encoder and pooling give " + std::to_string(expected));
            std::vector<Embeddings> banks;
            std::vector<std::size_t> clips;
            std::vector<double> means, deviations;
            for (const auto &bj : gj.at("banks")) {
                const std::size_t rowsCount = bj.at("rows").get<std::size_t>();
                const std::vector<float> &values = next();
                if (embeddingDim == 0 || values.size() != rowsCount * embeddingDim)
                    throw bad("group " + groupName + ": a bank's size disagrees with the header");
                Embeddings bank(rowsCount);
                for (std::size_t r = 0; r < rowsCount; ++r)
                    bank[r].assign(values.begin() + std::ptrdiff_t(r * embeddingDim),
                                   values.begin() + std::ptrdiff_t((r + 1) * embeddingDim));
                banks.push_back(std::move(bank));
                clips.push_back(bj.at("clips").get<std::size_t>());
                means.push_back(bj.at("mean").get<double>());
                deviations.push_back(bj.at("sd").get<double>());
            }
            Group g;
            g.knn = DomainKnn::restore(std::move(banks), std::move(clips), std::move(means), std::move(deviations),
                                       d->m_options.knn);
            const std::size_t patchBanks = gj.at("patch_banks").get<std::size_t>();
            if (patchBanks != 0 && patchBanks != std::size_t(PretrainedEncoder::kFrequencyPatches))
                throw bad("group " + groupName + ": not one patch bank per frequency patch");
            for (std::size_t f = 0; f < patchBanks; ++f) {
                const std::vector<float> &values = next();
                if (values.empty() || values.size() % std::size_t(dim))
                    throw bad("group " + groupName + ": a patch bank of the wrong width");
                g.patchBanks.push_back(rows(values, dim));
            }
            d->m_groups.emplace(groupName, std::move(g));
        }
    } catch (const nlohmann::json::exception &e) {
        throw bad(std::string("a malformed group entry (") + e.what() + ")");
    } catch (const std::invalid_argument &e) {
        throw bad(e.what());
    }
    if (a != file.arrays.size())
        throw bad("the file holds more arrays than its groups describe");
    return d;
}

} // namespace asd
