// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/Trainer.h"

#include "models/AsdNet.h"
#include "models/Scorer.h"
#include "train/Checkpoint.h"
#include "loader/BatchLoader.h"
#include "metrics/Decision.h"
#include "devices/TorchDevice.h"
#include "train/Losses.h"
#include "train/MixAlign.h"
#include "util/AtomicFile.h"
#include "util/Random.h"
#include "util/CpuThreads.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <set>
#include <stdexcept>
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

// The normal training clips, split 95/5 into training and validation (seeded), and the
// labelled test clips for the per-epoch metrics.
struct TrainingData {
    std::vector<Clip> trainClips, testClips;
    std::vector<std::string> paths; // of trainClips
    std::vector<std::int64_t> labels;
    std::vector<std::size_t> trainItems, valItems; // indices into trainClips
    std::vector<std::int64_t> valLabels;           // labels[valItems[k]]
    std::vector<std::string> testPaths;
    std::vector<std::int64_t> testLabels;
};

// One training job from start to finish; train() below is its whole interface. The
// stages: open the data and the model (resuming if asked), then per epoch one pass of
// the method's steps, the validation loss, the test metrics and the checkpoints.
class TrainingRun {
public:
    TrainingRun(const TrainConfig &config, const std::vector<const Clip *> &normals, const std::vector<const Clip *> &monitor,
                const JobListener &emit, const std::atomic<bool> &cancel)
        : m_normals(normals), m_monitor(monitor), m_config(config), m_emit(emit), m_cancel(cancel), m_device(parseDevice(config.device)), m_rng(config.seed),
          m_mixAlign(config.method == TrainingMethod::MixAlign), m_useEma(config.method == TrainingMethod::OsScl),
          m_mixup(config.method == TrainingMethod::OsScl || config.method == TrainingMethod::NoisyArcMix),
          m_augment(config.augmentWithNoise && config.method != TrainingMethod::MixAlign)
    {
    }

    void run()
    {
        // Intra-op threads are per thread with OpenMP, so they are set here, in the worker.
        torch::set_num_threads(cpuThreads(m_config.threads));
        torch::manual_seed(m_config.seed);
        phase("loading " + m_config.dataDir);
        openData();
        buildModel();
        resumeIfAsked();
        for (int epoch = m_startEpoch; epoch < m_config.epochs && !m_cancel; ++epoch)
            runEpoch(epoch);
        if (!m_cancel && !m_mixAlign)
            storeDecisionThresholds();
    }

private:
    struct StepResult {
        torch::Tensor loss;
        std::map<std::string, double> parts;
    };

    void phase(const std::string &message, int epoch = 0)
    {
        JobEvent e;
        e.kind = JobEvent::Kind::Phase;
        e.message = message;
        e.epoch = epoch;
        e.epochs = epoch ? m_config.epochs : 0;
        m_emit(e);
    }

    void openData()
    {
        for (const Clip *c : m_normals)
            m_data.trainClips.push_back(*c);
        for (const Clip *c : m_monitor)
            if (c->label != Label::Unknown)
                m_data.testClips.push_back(*c);
        if (m_data.trainClips.size() < 2)
            throw std::runtime_error(m_config.dataDir + ": found " + std::to_string(m_data.trainClips.size()) +
                                     " normal training clip(s); training needs at least 2 (e.g. "
                                     "<type>/train/normal_id_00_*.wav)");
        // A mixture-aligned student starts as a copy of its teacher and keeps the teacher's
        // classes, features and input size.
        if (m_mixAlign) {
            if (m_config.teacher.empty())
                throw std::runtime_error("mixture alignment needs a teacher: a trained run folder or checkpoint (--teacher)");
            m_teacher = loadCheckpoint(networkCheckpointIn(m_config.teacher), m_device);
        }
        m_classes = m_mixAlign ? ClassMap::fromKeys(m_teacher->meta.classKeys) : ClassMap::fromClips(m_data.trainClips);
        m_features = m_mixAlign ? m_teacher->meta.features : featurePreset(m_config.featurePreset);
        m_samples = m_mixAlign ? m_teacher->meta.samples
                               : std::size_t(std::llround(m_config.clipSeconds * m_features.sampleRate));
        if (m_samples < std::size_t(m_features.stft.nFft))
            throw std::runtime_error("clip length " + std::to_string(m_config.clipSeconds) +
                                     " s is shorter than one FFT frame");

        std::vector<std::size_t> order(m_data.trainClips.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), m_rng);
        std::size_t nVal = std::size_t(std::llround(m_config.validationFraction * double(order.size())));
        nVal = std::min(std::max<std::size_t>(nVal, 1), order.size() - 2);
        m_data.valItems.assign(order.begin(), order.begin() + std::ptrdiff_t(nVal));
        m_data.trainItems.assign(order.begin() + std::ptrdiff_t(nVal), order.end());
        for (const auto &c : m_data.trainClips) {
            m_data.paths.push_back(c.path);
            m_data.labels.push_back(m_classes.indexOf(c));
        }
        for (const auto &c : m_data.testClips) {
            m_data.testPaths.push_back(c.path);
            m_data.testLabels.push_back(m_classes.indexOf(c));
        }
        // Waveforms are kept only where the model or the noise mixing reads them.
        m_needWav = usesWaveform(m_mixAlign ? m_teacher->meta.net.input : m_config.input) || m_mixAlign || m_augment;
        if (m_augment) {
            for (const auto &spec : m_config.noises)
                m_augmentNoises.push_back(parseNoiseSource(spec));
            m_augmentExtractor.emplace(m_features);
        }
        m_cache.emplace(m_data.paths, m_features, m_samples, std::size_t(2) << 30, m_needWav);
        m_testCache.emplace(m_data.testPaths, m_features, m_samples, std::size_t(512) << 20, m_needWav);
        std::vector<std::string> valPaths;
        for (std::size_t i : m_data.valItems) {
            valPaths.push_back(m_data.paths[i]);
            m_data.valLabels.push_back(m_data.labels[i]);
        }
        m_valCache.emplace(valPaths, m_features, m_samples, std::size_t(256) << 20, true);
    }

    void buildModel()
    {
        m_meta.config = m_config;
        m_meta.features = m_features;
        m_meta.classKeys = m_classes.keys();
        m_meta.samples = m_samples;
        if (m_mixAlign) {
            m_meta.net = m_teacher->meta.net;
            // Absolute, so that the student's checkpoint finds its teacher from anywhere.
            m_meta.config.teacher = fs::absolute(m_config.teacher).lexically_normal().string();
        } else {
            m_meta.net.input = m_config.input;
            m_meta.net.classes = m_classes.size();
            m_meta.net.mels = m_features.mel.nMels;
            m_meta.net.frames = LogMelExtractor(m_features).frames(m_samples);
            m_meta.net.perturbationHead = m_config.method == TrainingMethod::OsScl;
            m_meta.net.fphReduction = m_config.fphReduction;
            m_meta.net.fphLeakyRelu = m_config.fphLeakyRelu;
            m_meta.net.margin = m_config.effectiveMargin();
            m_meta.net.scale = m_config.scale;
        }
        m_model = AsdNet(m_meta.net);
        m_model->to(m_device);
        if (m_mixAlign) {
            AsdNet frozen = scoringModel(*m_teacher);
            copyState(m_model, frozen);
            m_alignment.emplace(m_config, frozen, m_classes.size(), m_features, m_device);
        }
        if (m_useEma) {
            m_ema = AsdNet(m_meta.net);
            m_ema->to(m_device);
            copyState(m_ema, m_model); // both start identical (reference WeightEMA)
        }
        std::vector<torch::Tensor> trainable = m_model->parameters();
        if (m_alignment)
            for (auto &p : m_alignment->tagger()->parameters())
                trainable.push_back(p);
        m_optimizer.emplace(trainable,
                            torch::optim::AdamWOptions(m_config.learningRate).weight_decay(m_config.weightDecay));
        fs::create_directories(m_config.outDir);
        removeLeftoverTemporaries(m_config.outDir);
        m_lastPath = (fs::path(m_config.outDir) / "last.pt").string();
        m_bestPath = (fs::path(m_config.outDir) / "best.pt").string();
    }

    void resumeIfAsked()
    {
        if (!m_config.resume || !fs::exists(m_lastPath))
            return;
        LoadedCheckpoint c = loadCheckpoint(m_lastPath, m_device);
        if (c.meta.classKeys != m_meta.classKeys || c.meta.net.input != m_meta.net.input)
            throw std::runtime_error(m_lastPath + ": this run was trained on other classes or another input; "
                                                  "start a new run folder instead of --resume");
        copyState(m_model, c.model);
        if (m_useEma && c.ema)
            copyState(m_ema, c.ema);
        loadOptimizerState(m_lastPath, *m_optimizer);
        m_startEpoch = c.meta.epoch;
        m_meta.bestValidationLoss = c.meta.bestValidationLoss;
        m_meta.bestEpoch = c.meta.bestEpoch;
        m_meta.emaSteps = c.meta.emaSteps;
        m_meta.history = c.meta.history;
        // Fresh random streams for the remaining epochs, but reproducible.
        m_rng.seed(m_config.seed + std::uint64_t(m_startEpoch));
        torch::manual_seed(m_config.seed + std::uint64_t(m_startEpoch));
    }

    // The method's loss on one batch (reference §4.1 for the mixup methods, §8 for mixalign).
    StepResult stepLoss(const Batch &batch, int epoch, long step)
    {
        StepResult r;
        if (m_alignment) {
            r.loss = m_alignment->loss(batch, m_model,
                                       mixSeeds(m_config.seed, std::uint64_t(epoch) * 100003 + std::uint64_t(step)), r.parts);
            return r;
        }
        auto wav = m_needWav ? batch.wav.to(m_device) : torch::Tensor();
        auto mel = batch.mel.to(m_device);
        if (m_augment) {
            const NoisyBatch noisy = mixWithNoise(batch, m_augmentNoises, m_config.snrMinDb, m_config.snrMaxDb,
                                                  *m_augmentExtractor,
                                                  mixSeeds(m_config.seed ^ 0xA06u, std::uint64_t(epoch) * 100003 + std::uint64_t(step)),
                                                  0.5);
            wav = noisy.wav.to(m_device);
            mel = noisy.mel.to(m_device);
        }
        const auto ya = batch.labels.to(m_device);
        const auto n = ya.size(0);
        if (!m_mixup || n < 2) {
            const auto ce = F::cross_entropy(m_model->forward(wav, mel, ya).logits, ya);
            r.loss = ce;
            r.parts["ce"] = ce.item<double>();
            return r;
        }
        // One λ and one permutation for the waveform and the log-mel (reference §4.1).
        const double lambda = sampleBeta(m_rng, m_config.mixupAlpha);
        const auto perm = torch::randperm(n, torch::TensorOptions().dtype(torch::kLong).device(m_device));
        mel = lambda * mel + (1.0 - lambda) * mel.index_select(0, perm);
        if (m_needWav)
            wav = lambda * wav + (1.0 - lambda) * wav.index_select(0, perm);
        const auto out = m_model->forward(wav, mel, ya);
        const auto ce = mixupCrossEntropy(out.logits, ya, ya.index_select(0, perm), lambda);
        r.loss = ce;
        r.parts["ce"] = ce.item<double>();
        if (m_config.method == TrainingMethod::OsScl) {
            // Noise-supervised: unmixed labels on the mixed, perturbed embeddings.
            const auto supcon = supConLoss(out.embedding, ya, m_config.supconTemperature, m_config.supconBaseTemperature);
            r.loss = r.loss + supcon;
            r.parts["supcon"] = supcon.item<double>();
        }
        return r;
    }

    void updateEmaAfterStep()
    {
        ++m_meta.emaSteps;
        const double t = double(m_meta.emaSteps);
        const double decay =
            m_config.emaWarmup ? std::min(m_config.emaDecay, (1.0 + t) / (10.0 + t)) : m_config.emaDecay;
        updateEma(m_ema, m_model, decay);
        torch::NoGradGuard noGrad;
        for (auto &p : m_model->parameters())
            p.mul_(1.0 - 2e-6); // the reference's per-step shrink of the live weights
    }

    void runEpoch(int epoch)
    {
        const double lr = cosineLr(m_config, epoch);
        for (auto &group : m_optimizer->param_groups())
            static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
        phase("training", epoch + 1);

        std::vector<std::size_t> shuffled(m_data.trainItems);
        std::shuffle(shuffled.begin(), shuffled.end(), m_rng);
        const auto batches = batchesOf(shuffled, m_config.batchSize, true);
        const long steps = long(batches.size());
        BatchLoader loader(*m_cache, batches, m_data.labels, m_needWav, std::max(1, m_config.loaderThreads));
        std::string firstBadClip;
        loader.onBadClip = [this, &firstBadClip](const std::string &error) {
            if (firstBadClip.empty())
                firstBadClip = error;
            JobEvent w;
            w.kind = JobEvent::Kind::Warning;
            w.message = "left out of training: " + error;
            m_emit(w);
        };
        m_model->train();
        const auto epochStart = Clock::now();
        auto lastReport = epochStart;
        double lossSum = 0;
        std::map<std::string, double> partSums;
        long step = 0, seen = 0;
        while (auto batch = loader.next()) {
            if (m_cancel)
                return;
            if (batch->items.empty()) // every clip of the batch unreadable: each one warned of
                continue;
            const StepResult r = stepLoss(*batch, epoch, step);
            const double lossValue = r.loss.item<double>();
            if (!std::isfinite(lossValue))
                throw std::runtime_error("the training loss became " + std::to_string(lossValue) + " at epoch " +
                                         std::to_string(epoch + 1) + ", step " + std::to_string(step + 1) +
                                         "; training stopped. The last good checkpoint is kept" +
                                         (fs::exists(m_lastPath) ? " at " + m_lastPath : std::string()) +
                                         ". Try a lower learning rate.");
            m_optimizer->zero_grad();
            r.loss.backward();
            m_optimizer->step();
            if (m_useEma)
                updateEmaAfterStep();
            ++step;
            seen += long(batch->items.size());
            lossSum += lossValue;
            for (const auto &[k, v] : r.parts)
                partSums[k] += v;
            const auto now = Clock::now();
            if (now - lastReport > std::chrono::milliseconds(500) || step == steps) {
                lastReport = now;
                const double elapsed = std::chrono::duration<double>(now - epochStart).count();
                JobEvent p;
                p.kind = JobEvent::Kind::Progress;
                p.epoch = epoch + 1;
                p.epochs = m_config.epochs;
                p.step = step;
                p.steps = steps;
                p.loss = lossSum / step;
                p.learningRate = lr;
                p.samplesPerSecond = seen / std::max(elapsed, 1e-9);
                p.etaSeconds = elapsed / step * double(steps - step) +
                               elapsed / step * double(steps) * (m_config.epochs - epoch - 1);
                m_emit(p);
            }
        }
        if (m_cancel)
            return;
        // A data folder that went away (an unplugged disk, a deleted copy) ends the job here,
        // naming a file, instead of training on nothing.
        if (step == 0)
            throw std::runtime_error("epoch " + std::to_string(epoch + 1) + ": none of the " +
                                     std::to_string(shuffled.size()) + " training clips could be read (" +
                                     (firstBadClip.empty() ? std::string("no batch was made") : firstBadClip) + ")");
        const auto loopEnd = Clock::now();
        const double epochSeconds = std::chrono::duration<double>(loopEnd - epochStart).count();
        const double meanLoss = lossSum / std::max(1L, step);

        JobEvent e;
        e.kind = JobEvent::Kind::Epoch;
        e.epoch = epoch + 1;
        e.epochs = m_config.epochs;
        e.loss = meanLoss;
        for (const auto &[k, v] : partSums)
            e.lossParts[k] = v / std::max(1L, step);
        // One copy for inference (BatchNorm folded) serves the validation and the test clips.
        AsdNet scoring = m_alignment ? AsdNet(nullptr) : inferenceCopyOf(kept());
        e.validationLoss = validationLoss(meanLoss, scoring);
        e.learningRate = lr;
        e.samplesPerSecond = seen / std::max(epochSeconds, 1e-9);
        e.etaSeconds = epochSeconds * (m_config.epochs - epoch - 1);
        // The student's own score is nearest-neighbour, which needs the training embeddings:
        // it is measured by scoring (asd score, asd sweep), not after every epoch.
        double scoringSeconds = 0;
        const bool firstEvaluation = m_lastEvaluatedEpoch < 0;
        if (evaluatesAfter(epoch)) {
            const auto start = Clock::now();
            e.metrics = testMetrics(scoring);
            scoringSeconds = std::chrono::duration<double>(Clock::now() - start).count();
            m_lastEvaluatedEpoch = epoch;
        }
        saveCheckpoints(e);
        if (firstEvaluation && m_lastEvaluatedEpoch == epoch)
            m_evaluatedEpochs = evaluationEpochs(
                m_config.epochs, epochSeconds, scoringSeconds,
                std::chrono::duration<double>(Clock::now() - loopEnd).count() - scoringSeconds);
        m_emit(e);
    }

    // Whether the labelled test clips are scored after this epoch (TrainConfig::evaluationInterval).
    bool evaluatesAfter(int epoch) const
    {
        if (!m_config.evaluateEachEpoch || m_data.testClips.empty() || m_mixAlign)
            return false;
        if (m_lastEvaluatedEpoch < 0 || epoch + 1 == m_config.epochs)
            return true;
        if (m_config.evaluationInterval > 0)
            return epoch - m_lastEvaluatedEpoch >= m_config.evaluationInterval;
        return m_evaluatedEpochs.count(epoch) > 0;
    }

    // The kept model's decision thresholds, fitted once here on the normal training clips,
    // whose features are cached, and written into best.pt: scoring the same folder then
    // scores its test clips only, which halved the time of asd score (bench/osscl_pipeline.py).
    void storeDecisionThresholds()
    {
        if (!fs::exists(m_bestPath))
            return;
        phase("fitting the decision thresholds on the training clips");
        LoadedCheckpoint best = loadCheckpoint(m_bestPath, m_device);
        AsdNet net = inferenceCopyOf(scoringModel(best));
        const ModelOutputs out = runModel(net, *m_cache, m_data.labels, m_device, m_config.batchSize, std::nullopt, &m_cancel);
        if (m_cancel)
            return;
        std::map<std::string, std::vector<double>> normalScores;
        for (std::size_t i = 0; i < m_data.trainClips.size(); ++i)
            if (out.ok[i] && std::isfinite(out.arcfaceScores[i]))
                normalScores[detectorGroup(m_data.trainClips[i])].push_back(
                    out.arcfaceScores[i]);
        for (const auto &[group, scores] : normalScores)
            if (scores.size() >= 2)
                best.meta.decisionThresholds[group] = gammaThreshold(scores, 0.9);
        saveCheckpoint(m_bestPath, best.meta, best.model, best.ema ? &best.ema : nullptr, nullptr);
    }

    // The model that would be kept: the EMA where the method uses one.
    AsdNet kept() { return m_useEma ? m_ema : m_model; }

    // Validation CE of the kept model (scoring: its inference copy; margin logits, true
    // labels); for a student, its own loss on the validation clips under the same noises.
    double validationLoss(double fallback, AsdNet &scoring)
    {
        ExampleCache &valCache = *m_valCache;
        const std::vector<std::int64_t> &valLabels = m_data.valLabels;
        double sum = 0;
        int count = 0;
        if (m_alignment) {
            std::vector<std::size_t> all(valCache.size());
            std::iota(all.begin(), all.end(), 0);
            BatchLoader valLoader(valCache, batchesOf(all, m_config.batchSize, false), valLabels, true, 1);
            m_model->eval();
            torch::NoGradGuard noGrad;
            std::map<std::string, double> ignored;
            for (std::uint64_t b = 0; auto vb = valLoader.next(); ++b) {
                sum += m_alignment->loss(*vb, m_model, mixSeeds(m_config.seed, 0xF1A1 + b), ignored).item<double>() *
                       double(vb->items.size());
                count += int(vb->items.size());
            }
        } else {
            const ModelOutputs val = runModel(scoring, valCache, valLabels, m_device, m_config.batchSize, std::nullopt, &m_cancel);
            for (std::size_t i = 0; i < valCache.size(); ++i)
                if (val.ok[i]) {
                    sum += val.arcfaceScores[i];
                    ++count;
                }
        }
        return count ? sum / count : fallback;
    }

    EvaluationSummary testMetrics(AsdNet &scoring)
    {
        const ModelOutputs test =
            runModel(scoring, *m_testCache, m_data.testLabels, m_device, m_config.batchSize, std::nullopt, &m_cancel);
        std::vector<ScoredClip> scored;
        for (std::size_t i = 0; i < m_data.testClips.size(); ++i) {
            const Clip &c = m_data.testClips[i];
            if (test.ok[i])
                scored.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label, test.arcfaceScores[i], c.path});
        }
        return evaluate(scored, defaultRule(scored));
    }

    void saveCheckpoints(JobEvent &e)
    {
        m_meta.epoch = e.epoch;
        nlohmann::json h{{"epoch", e.epoch}, {"loss", e.loss}, {"validation_loss", e.validationLoss},
                         {"lr", e.learningRate}, {"samples_per_second", e.samplesPerSecond}};
        for (const auto &[k, v] : e.lossParts)
            h[k] = v;
        if (!e.metrics.types.empty()) {
            h["auc"] = e.metrics.aucMean;
            h["pauc"] = e.metrics.paucMean;
            h["mauc"] = e.metrics.maucMean;
        }
        m_meta.history.push_back(h);
        if (e.validationLoss < m_meta.bestValidationLoss) {
            m_meta.bestValidationLoss = e.validationLoss;
            m_meta.bestEpoch = e.epoch;
            e.bestSoFar = true;
            saveCheckpoint(m_bestPath, m_meta, m_model, m_useEma ? &m_ema : nullptr, nullptr);
        }
        saveCheckpoint(m_lastPath, m_meta, m_model, m_useEma ? &m_ema : nullptr, &*m_optimizer);
    }

    const std::vector<const Clip *> &m_normals, &m_monitor;
    const TrainConfig &m_config;
    const JobListener &m_emit;
    const std::atomic<bool> &m_cancel;
    const torch::Device m_device;
    std::mt19937_64 m_rng;
    const bool m_mixAlign, m_useEma, m_mixup, m_augment;
    std::vector<NoiseSource> m_augmentNoises;
    std::optional<LogMelExtractor> m_augmentExtractor;
    bool m_needWav = false;

    TrainingData m_data;
    std::optional<LoadedCheckpoint> m_teacher;
    ClassMap m_classes;
    FeatureConfig m_features;
    std::size_t m_samples = 0;
    std::optional<ExampleCache> m_cache, m_testCache, m_valCache;
    int m_lastEvaluatedEpoch = -1;
    std::set<int> m_evaluatedEpochs; // evaluationEpochs

    ModelMeta m_meta;
    AsdNet m_model{nullptr}, m_ema{nullptr};
    std::optional<MixtureAlignment> m_alignment;
    std::optional<torch::optim::AdamW> m_optimizer;
    std::string m_lastPath, m_bestPath;
    int m_startEpoch = 0;
};

} // namespace

std::set<int> evaluationEpochs(int epochs, double loopSeconds, double scoringSeconds, double otherSeconds)
{
    // In bench/osscl_pipeline.py one scoring of the 200 test clips costs about a quarter of
    // an epoch: its 10 epochs are scored after epochs 1, 6 and 10.
    const double budget = (0.095 * loopSeconds - otherSeconds) * epochs;
    const int count = std::clamp(int(budget / std::max(scoringSeconds, 1e-9)), std::min(2, epochs), epochs);
    std::set<int> planned;
    for (int i = 0; i < count; ++i)
        planned.insert(int(std::lround(double(i) * (epochs - 1) / std::max(1, count - 1))));
    return planned;
}

void trainNetwork(const TrainConfig &config, const std::vector<const Clip *> &normals,
                  const std::vector<const Clip *> &monitor, const JobListener &emit, const std::atomic<bool> &cancel)
{
    // Every front end (CLI, Jobs view, scripts on the engine) gets these refused here; the
    // job then ends with a Failed event that says which setting is wrong.
    if (config.snrMaxDb < config.snrMinDb)
        throw std::invalid_argument("the training SNR range is upside down (" + std::to_string(config.snrMinDb) +
                                    " dB to " + std::to_string(config.snrMaxDb) + " dB)");
    if (config.alignLambda < 0 || config.alignLambda > 1)
        throw std::invalid_argument("the mixture weight lambda must lie in [0, 1]");
    if (config.alignWeight < 0)
        throw std::invalid_argument("the alignment weight must not be negative");
    TrainingRun(config, normals, monitor, emit, cancel).run();
}

} // namespace asd
