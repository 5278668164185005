// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/Trainer.h"

#include "dataset/DatasetIndex.h"
#include "models/AsdNet.h"
#include "score/Scorer.h"
#include "train/Checkpoint.h"
#include "train/ClipLoader.h"
#include "jobs/TorchDevice.h"
#include "train/Losses.h"
#include "train/MixAlign.h"
#include "util/Random.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <thread>
#include <map>
#include <optional>
#include <random>

namespace fs = std::filesystem;

namespace asd {
namespace {

namespace F = torch::nn::functional;
using Clock = std::chrono::steady_clock;

// ema = d·ema + (1−d)·model over every floating-point parameter and buffer, BatchNorm
// running statistics included (reference §4.1).
void updateEma(AsdNet &ema, AsdNet &model, double decay)
{
    torch::NoGradGuard noGrad;
    auto ep = ema->parameters(), mp = model->parameters();
    for (std::size_t i = 0; i < ep.size(); ++i)
        ep[i].mul_(decay).add_(mp[i], 1.0 - decay);
    auto eb = ema->buffers(), mb = model->buffers();
    for (std::size_t i = 0; i < eb.size(); ++i)
        if (eb[i].is_floating_point())
            eb[i].mul_(decay).add_(mb[i], 1.0 - decay);
}

void copyState(AsdNet &to, AsdNet &from)
{
    torch::NoGradGuard noGrad;
    auto tp = to->parameters(), fp = from->parameters();
    for (std::size_t i = 0; i < tp.size(); ++i)
        tp[i].copy_(fp[i]);
    auto tb = to->buffers(), fb = from->buffers();
    for (std::size_t i = 0; i < tb.size(); ++i)
        tb[i].copy_(fb[i]);
}

// λ ~ Beta(α, α) from two gamma draws.
double sampleBeta(std::mt19937_64 &rng, double alpha)
{
    std::gamma_distribution<double> g(alpha, 1.0);
    const double a = g(rng), b = g(rng);
    return a + b > 0 ? a / (a + b) : 0.5;
}

double cosineLr(const TrainConfig &c, int epoch)
{
    // CosineAnnealingLR(T_max = epochs, eta_min), stepped per epoch.
    return c.minLearningRate +
           (c.learningRate - c.minLearningRate) * 0.5 * (1.0 + std::cos(M_PI * epoch / std::max(1, c.epochs)));
}

std::vector<std::vector<std::size_t>> batchesOf(std::vector<std::size_t> items, int batchSize, bool dropSingleton)
{
    std::vector<std::vector<std::size_t>> out;
    for (std::size_t i = 0; i < items.size(); i += std::size_t(batchSize))
        out.emplace_back(items.begin() + std::ptrdiff_t(i),
                         items.begin() + std::ptrdiff_t(std::min(items.size(), i + std::size_t(batchSize))));
    // BatchNorm cannot train on a batch of one.
    if (dropSingleton && !out.empty() && out.back().size() < 2)
        out.pop_back();
    return out;
}

} // namespace

void train(const TrainConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    const torch::Device device = parseDevice(config.device);
    // Intra-op threads are per thread with OpenMP, so they are set here, in the worker.
    torch::set_num_threads(config.threads > 0 ? config.threads : int(std::max(1u, std::thread::hardware_concurrency())));
    torch::manual_seed(config.seed);
    std::mt19937_64 rng(config.seed);

    JobEvent phase;
    phase.kind = JobEvent::Kind::Phase;
    phase.message = "loading " + config.dataDir;
    emit(phase);

    const DatasetIndex index = scanDataset(config.dataDir);
    reportSkipped(index.skipped, emit);
    std::vector<Clip> trainClips, testClips;
    for (const auto &c : index.clips) {
        if (c.split == Split::Train && c.label != Label::Anomaly)
            trainClips.push_back(c);
        else if (c.split == Split::Test && c.label != Label::Unknown)
            testClips.push_back(c);
    }
    if (trainClips.size() < 2)
        throw std::runtime_error(config.dataDir + ": found " + std::to_string(trainClips.size()) +
                                 " normal training clip(s); training needs at least 2 (e.g. <type>/train/normal_id_00_*.wav)");
    // A mixture-aligned student starts as a copy of its teacher and keeps the teacher's
    // classes, features and input size.
    const bool mixAlign = config.method == TrainingMethod::MixAlign;
    std::optional<LoadedCheckpoint> teacher;
    if (mixAlign) {
        if (config.teacher.empty())
            throw std::runtime_error("mixture alignment needs a teacher: a trained run folder or checkpoint (--teacher)");
        teacher = loadCheckpoint(fs::is_directory(config.teacher) ? (fs::path(config.teacher) / "best.pt").string()
                                                                  : config.teacher,
                                 device);
    }
    const ClassMap classes = mixAlign ? ClassMap::fromKeys(teacher->meta.classKeys) : ClassMap::fromClips(trainClips);
    const FeatureConfig features = mixAlign ? teacher->meta.features : featurePreset(config.featurePreset);
    const auto samples = mixAlign ? teacher->meta.samples
                                  : std::size_t(std::llround(config.clipSeconds * features.sampleRate));
    if (samples < std::size_t(features.stft.nFft))
        throw std::runtime_error("clip length " + std::to_string(config.clipSeconds) + " s is shorter than one FFT frame");

    // 95/5 train/validation split, seeded.
    std::vector<std::size_t> order(trainClips.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t nVal = std::size_t(std::llround(config.validationFraction * double(order.size())));
    nVal = std::min(std::max<std::size_t>(nVal, 1), order.size() - 2);
    const std::vector<std::size_t> valItems(order.begin(), order.begin() + std::ptrdiff_t(nVal));
    const std::vector<std::size_t> trainItems(order.begin() + std::ptrdiff_t(nVal), order.end());

    std::vector<std::string> paths;
    std::vector<std::int64_t> labels;
    for (const auto &c : trainClips) {
        paths.push_back(c.path);
        labels.push_back(classes.indexOf(c));
    }
    // Waveforms are kept only where the model or the noise mixing reads them.
    const bool keepWaveform = usesWaveform(config.input) || mixAlign;
    ExampleCache cache(paths, features, samples, std::size_t(2) << 30, keepWaveform);
    std::vector<std::string> testPaths;
    std::vector<std::int64_t> testLabels;
    for (const auto &c : testClips) {
        testPaths.push_back(c.path);
        testLabels.push_back(classes.indexOf(c));
    }
    ExampleCache testCache(testPaths, features, samples, std::size_t(512) << 20, keepWaveform);

    ModelMeta meta;
    meta.config = config;
    meta.features = features;
    meta.classKeys = classes.keys();
    meta.samples = samples;
    meta.net.input = config.input;
    meta.net.classes = classes.size();
    meta.net.mels = features.mel.nMels;
    meta.net.frames = LogMelExtractor(features).frames(samples);
    meta.net.perturbationHead = config.method == TrainingMethod::OsScl;
    meta.net.fphReduction = config.fphReduction;
    meta.net.fphLeakyRelu = config.fphLeakyRelu;
    meta.net.margin = config.effectiveMargin();
    meta.net.scale = config.scale;
    if (mixAlign)
        meta.net = teacher->meta.net;

    AsdNet model(meta.net);
    model->to(device);
    std::optional<MixtureAlignment> alignment;
    if (mixAlign) {
        AsdNet frozen = scoringModel(*teacher);
        copyState(model, frozen);
        alignment.emplace(config, frozen, classes.size(), features, device);
    }
    const bool useEma = config.method == TrainingMethod::OsScl;
    AsdNet ema{nullptr};
    if (useEma) {
        ema = AsdNet(meta.net);
        ema->to(device);
        copyState(ema, model); // both start identical (reference WeightEMA)
    }
    std::vector<torch::Tensor> trainable = model->parameters();
    if (alignment)
        for (auto &p : alignment->tagger()->parameters())
            trainable.push_back(p);
    torch::optim::AdamW optimizer(trainable,
                                  torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));

    fs::create_directories(config.outDir);
    const std::string lastPath = (fs::path(config.outDir) / "last.pt").string();
    const std::string bestPath = (fs::path(config.outDir) / "best.pt").string();
    int startEpoch = 0;
    if (config.resume && fs::exists(lastPath)) {
        LoadedCheckpoint c = loadCheckpoint(lastPath, device);
        if (c.meta.classKeys != meta.classKeys || c.meta.net.input != meta.net.input)
            throw std::runtime_error(lastPath + ": this run was trained on other classes or another input; "
                                                "start a new run folder instead of --resume");
        copyState(model, c.model);
        if (useEma && c.ema)
            copyState(ema, c.ema);
        loadOptimizerState(lastPath, optimizer);
        startEpoch = c.meta.epoch;
        meta.bestValidationLoss = c.meta.bestValidationLoss;
        meta.bestEpoch = c.meta.bestEpoch;
        meta.emaSteps = c.meta.emaSteps;
        meta.history = c.meta.history;
        // Fresh random streams for the remaining epochs, but reproducible.
        rng.seed(config.seed + std::uint64_t(startEpoch));
        torch::manual_seed(config.seed + std::uint64_t(startEpoch));
    }

    const bool needWav = usesWaveform(meta.net.input) || mixAlign; // mixing happens on the waveform
    const bool mixup = config.method == TrainingMethod::OsScl || config.method == TrainingMethod::NoisyArcMix;
    const auto trainBatches = batchesOf(trainItems, config.batchSize, true).size();
    for (int epoch = startEpoch; epoch < config.epochs; ++epoch) {
        if (cancel)
            break;
        const double lr = cosineLr(config, epoch);
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
        phase.message = "training";
        phase.epoch = epoch + 1;
        phase.epochs = config.epochs;
        emit(phase);

        std::vector<std::size_t> shuffled(trainItems);
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        BatchLoader loader(cache, batchesOf(shuffled, config.batchSize, true), labels, needWav,
                           std::max(1, config.loaderThreads));
        loader.onBadClip = [&](const std::string &error) {
            JobEvent w;
            w.kind = JobEvent::Kind::Warning;
            w.message = "left out of training: " + error;
            emit(w);
        };
        model->train();
        const auto epochStart = Clock::now();
        auto lastReport = epochStart;
        double lossSum = 0;
        std::map<std::string, double> partSums;
        long step = 0, seen = 0;
        while (auto batch = loader.next()) {
            if (cancel)
                break;
            auto wav = needWav ? batch->wav.to(device) : torch::Tensor();
            auto mel = batch->mel.to(device);
            const auto ya = batch->labels.to(device);
            const auto n = ya.size(0);
            torch::Tensor loss, ce, supcon;
            std::map<std::string, double> parts;
            if (alignment) {
                loss = alignment->loss(*batch, model, mixSeeds(config.seed, std::uint64_t(epoch) * 100003 + std::uint64_t(step)), parts);
            } else if (mixup && n > 1) {
                // One λ and one permutation for the waveform and the log-mel (reference §4.1).
                const double lambda = sampleBeta(rng, config.mixupAlpha);
                const auto perm = torch::randperm(n, torch::TensorOptions().dtype(torch::kLong).device(device));
                mel = lambda * mel + (1.0 - lambda) * mel.index_select(0, perm);
                if (needWav)
                    wav = lambda * wav + (1.0 - lambda) * wav.index_select(0, perm);
                const auto out = model->forward(wav, mel, ya);
                ce = mixupCrossEntropy(out.logits, ya, ya.index_select(0, perm), lambda);
                loss = ce;
                if (config.method == TrainingMethod::OsScl) {
                    // Noise-supervised: unmixed labels on the mixed, perturbed embeddings.
                    supcon = supConLoss(out.embedding, ya, config.supconTemperature, config.supconBaseTemperature);
                    loss = loss + supcon;
                }
            } else {
                const auto out = model->forward(wav, mel, ya);
                ce = F::cross_entropy(out.logits, ya);
                loss = ce;
            }
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue)) {
                throw std::runtime_error("the training loss became " + std::to_string(lossValue) + " at epoch " +
                                         std::to_string(epoch + 1) + ", step " + std::to_string(step + 1) +
                                         "; training stopped. The last good checkpoint is kept" +
                                         (fs::exists(lastPath) ? " at " + lastPath : std::string()) +
                                         ". Try a lower learning rate.");
            }
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            if (useEma) {
                ++meta.emaSteps;
                const double t = double(meta.emaSteps);
                const double decay = config.emaWarmup ? std::min(config.emaDecay, (1.0 + t) / (10.0 + t)) : config.emaDecay;
                updateEma(ema, model, decay);
                torch::NoGradGuard noGrad;
                for (auto &p : model->parameters())
                    p.mul_(1.0 - 2e-6); // the reference's per-step shrink of the live weights
            }
            ++step;
            seen += n;
            lossSum += lossValue;
            if (ce.defined())
                parts["ce"] = ce.item<double>();
            if (supcon.defined())
                parts["supcon"] = supcon.item<double>();
            for (const auto &[k, v] : parts)
                partSums[k] += v;
            const auto now = Clock::now();
            if (now - lastReport > std::chrono::milliseconds(500) || step == long(trainBatches)) {
                lastReport = now;
                const double elapsed = std::chrono::duration<double>(now - epochStart).count();
                JobEvent p;
                p.kind = JobEvent::Kind::Progress;
                p.epoch = epoch + 1;
                p.epochs = config.epochs;
                p.step = step;
                p.steps = long(trainBatches);
                p.loss = lossSum / step;
                p.learningRate = lr;
                p.samplesPerSecond = seen / std::max(elapsed, 1e-9);
                p.etaSeconds = elapsed / step * double(long(trainBatches) - step) +
                               elapsed / step * double(trainBatches) * (config.epochs - epoch - 1);
                emit(p);
            }
        }
        if (cancel)
            break;
        const double epochSeconds = std::chrono::duration<double>(Clock::now() - epochStart).count();

        // Validation CE of the model that would be kept (EMA when used), margin logits, true labels.
        AsdNet kept = useEma ? ema : model;
        std::vector<std::string> valPaths;
        std::vector<std::int64_t> valLabels;
        for (std::size_t i : valItems) {
            valPaths.push_back(paths[i]);
            valLabels.push_back(labels[i]);
        }
        ExampleCache valCache(valPaths, features, samples, 0);
        double valLoss = 0;
        int valCount = 0;
        if (alignment) {
            // The student's own loss on the validation clips, under the same noises every epoch.
            std::vector<std::size_t> all(valPaths.size());
            std::iota(all.begin(), all.end(), 0);
            BatchLoader valLoader(valCache, batchesOf(all, config.batchSize, false), valLabels, true, 1);
            model->eval();
            torch::NoGradGuard noGrad;
            std::map<std::string, double> ignored;
            for (std::uint64_t b = 0; auto vb = valLoader.next(); ++b) {
                valLoss += alignment->loss(*vb, model, mixSeeds(config.seed, 0xF1A1 + b), ignored).item<double>() *
                           double(vb->items.size());
                valCount += int(vb->items.size());
            }
        } else {
            const ModelOutputs val = runModel(kept, valCache, valLabels, device, config.batchSize, false, &cancel);
            for (std::size_t i = 0; i < valPaths.size(); ++i)
                if (val.ok[i]) {
                    valLoss += val.arcfaceScores[i];
                    ++valCount;
                }
        }
        valLoss = valCount ? valLoss / valCount : lossSum / std::max(1L, step);

        JobEvent e;
        e.kind = JobEvent::Kind::Epoch;
        e.epoch = epoch + 1;
        e.epochs = config.epochs;
        e.loss = lossSum / std::max(1L, step);
        for (const auto &[k, v] : partSums)
            e.lossParts[k] = v / std::max(1L, step);
        e.validationLoss = valLoss;
        e.learningRate = lr;
        e.samplesPerSecond = seen / std::max(epochSeconds, 1e-9);
        e.etaSeconds = epochSeconds * (config.epochs - epoch - 1);

        // The student's own score is nearest-neighbour, which needs the training embeddings:
        // it is measured by scoring (asd score, asd sweep), not after every epoch.
        if (config.evaluateEachEpoch && !testClips.empty() && !mixAlign) {
            const ModelOutputs test = runModel(kept, testCache, testLabels, device, config.batchSize, false, &cancel);
            std::vector<ScoredClip> scored;
            for (std::size_t i = 0; i < testClips.size(); ++i)
                if (test.ok[i])
                    scored.push_back({testClips[i].fileName, testClips[i].machineType, groupName(testClips[i]),
                                      testClips[i].domain, testClips[i].label, test.arcfaceScores[i], testClips[i].path});
            e.metrics = evaluate(scored, defaultRule(scored));
        }

        meta.epoch = epoch + 1;
        nlohmann::json h{{"epoch", epoch + 1}, {"loss", e.loss}, {"validation_loss", valLoss}, {"lr", lr},
                         {"samples_per_second", e.samplesPerSecond}};
        for (const auto &[k, v] : e.lossParts)
            h[k] = v;
        if (!e.metrics.types.empty()) {
            h["auc"] = e.metrics.aucMean;
            h["pauc"] = e.metrics.paucMean;
            h["mauc"] = e.metrics.maucMean;
        }
        meta.history.push_back(h);
        if (valLoss < meta.bestValidationLoss) {
            meta.bestValidationLoss = valLoss;
            meta.bestEpoch = epoch + 1;
            e.bestSoFar = true;
            saveCheckpoint(bestPath, meta, model, useEma ? &ema : nullptr, nullptr);
        }
        saveCheckpoint(lastPath, meta, model, useEma ? &ema : nullptr, &optimizer);
        emit(e);
    }

    JobEvent done;
    done.kind = cancel ? JobEvent::Kind::Cancelled : JobEvent::Kind::Finished;
    done.epoch = meta.epoch;
    done.epochs = config.epochs;
    done.message = cancel ? "cancelled after epoch " + std::to_string(meta.epoch) + "; resume with --resume from " + lastPath
                          : "best model (epoch " + std::to_string(meta.bestEpoch) + ") saved to " + bestPath;
    emit(done);
}

} // namespace asd
