// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ScoreRun.h"

#include "backends/NearestNeighbours.h"
#include "dataset/DatasetIndex.h"
#include "detectors/ClipFeatures.h"
#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "devices/TorchDevice.h"
#include "metrics/Decision.h"
#include "runs/RunRecord.h"
#include "score/ModelSession.h"
#include "score/ProjectorFiles.h"
#include "score/ScoreFiles.h"
#include "models/Scorer.h"
#include "train/Checkpoint.h"
#include "util/ParallelFor.h"

#include <filesystem>
#include <thread>
#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

namespace {

// The test clips of a dataset, and its normal training clips.
struct ScoringSplit {
    DatasetIndex index;
    std::vector<const Clip *> tests, trains;
};

ScoringSplit splitForScoring(const std::string &dataDir, const JobListener &emit)
{
    ScoringSplit s{scanDataset(dataDir), {}, {}};
    reportSkipped(s.index.skipped, emit);
    for (const auto &c : s.index.clips) {
        if (c.split == Split::Train && c.label != Label::Anomaly)
            s.trains.push_back(&c);
        else if (c.split != Split::Train)
            s.tests.push_back(&c);
    }
    if (s.tests.empty())
        throw std::runtime_error(dataDir + ": no test clips to score (expected <type>/test/...)");
    return s;
}

void emitWarning(const JobListener &emit, const std::string &message)
{
    JobEvent w;
    w.kind = JobEvent::Kind::Warning;
    w.message = message;
    emit(w);
}

void emitCancelled(const JobListener &emit)
{
    JobEvent c;
    c.kind = JobEvent::Kind::Cancelled;
    c.message = "scoring cancelled; no score files written";
    emit(c);
}

// Writes the score and decision files and sends the Finished event with the metrics.
// Nothing scored (a data folder that went away mid-run, or nothing readable in it): the job
// fails naming a file, rather than writing empty score files over good ones.
void requireSomethingScored(std::size_t scored, std::size_t total, const std::string &firstError)
{
    if (scored == 0 && total > 0)
        throw std::runtime_error("none of the " + std::to_string(total) + " test clips could be scored (" + firstError + ")");
}

void finishScoring(const ScoreConfig &config, std::vector<ScoredClip> labelled, std::vector<std::vector<float>> embeddings,
                   const std::map<std::string, double> &thresholds, const std::string &scorer, const JobListener &emit,
                   std::vector<ScoredClip> trainingClips = {}, std::vector<std::vector<float>> trainingEmbeddings = {})
{
    writeScoreFiles(config.outDir, labelled, [&](const ScoredClip &c) -> std::optional<double> {
        const auto t = thresholds.find(c.machineType + "/" + c.group);
        return t == thresholds.end() ? std::nullopt : std::optional<double>(t->second);
    });
    JobEvent done;
    done.kind = JobEvent::Kind::Finished;
    done.metrics = evaluate(labelled, defaultRule(labelled));
    // The run's headline metrics for the Runs panel, when a run folder was scored on labelled clips.
    if (const std::string run = runFolderOf(config.checkpoint);
        config.recordInRun && !done.metrics.types.empty() && !run.empty())
        recordScoredMetrics(run, done.metrics, config.dataDir);
    done.scorer = scorer;
    done.thresholds = thresholds;
    done.model = modelDisplayName(config.checkpoint);
    done.message = "wrote scores of " + std::to_string(labelled.size()) + " clips (" + done.scorer + ") to " + config.outDir;
    done.scores = std::move(labelled);
    done.embeddings = std::move(embeddings);
    done.trainingClips = std::move(trainingClips);
    done.trainingEmbeddings = std::move(trainingEmbeddings);
    if (!config.projectorDir.empty() && !done.embeddings.empty()) {
        writeProjectorFiles(config.projectorDir, done.scores, done.embeddings, done.trainingClips, done.trainingEmbeddings);
        done.message += "; embeddings for TensorBoard's projector in " + config.projectorDir;
    }
    emit(done);
}

// A detector that fits without a network (detectors/): embed each test clip, score it
// against its group's normal clips, and fit each group's threshold to the leave-one-out
// scores of its training clips.
void scoreWithDetector(const std::string &file, const ScoreConfig &config, const JobListener &emit,
                       const std::atomic<bool> &cancel)
{
    JobEvent phase;
    phase.kind = JobEvent::Kind::Phase;
    phase.message = "loading " + file;
    emit(phase);
    const std::unique_ptr<Detector> detector = loadDetector(file);
    const ScoringSplit split = splitForScoring(config.dataDir, emit);
    const auto &tests = split.tests;
    // Each clip analysed once, on config.threads threads, with progress; errors kept by clip.
    auto analyseAll = [&](const std::vector<const Clip *> &clips, const std::string &what,
                          std::vector<ClipAnalysis> &analyses, std::vector<std::string> &errors) {
        phase.message = what;
        emit(phase);
        errors = extractEach<ClipAnalysis>(
            clips, config.threads, &cancel,
            [&](std::size_t done, std::size_t total) {
                JobEvent p;
                p.kind = JobEvent::Kind::Progress;
                p.step = long(done);
                p.steps = long(total);
                emit(p);
            },
            [&](const Clip &clip) {
                const std::string group = detectorGroup(clip);
                if (!detector->hasGroup(group))
                    throw std::runtime_error(group + " has no normal training clips in the detector");
                ClipAnalysis a = detector->analyse(clip);
                a.curve.reset(); // not kept: the inspector asks for one clip's
                return a;
            },
            analyses);
        for (std::size_t i = 0; i < clips.size(); ++i)
            if (!errors[i].empty())
                errors[i] = clips[i]->relativePath + ": " + errors[i];
    };
    std::vector<ClipAnalysis> analyses;
    std::vector<std::string> errors;
    analyseAll(tests, "scoring test clips", analyses, errors);
    if (cancel)
        return emitCancelled(emit);
    // Each group's scores taken together (the same as each clip's own, except for families that
    // normalise over the test clips).
    std::map<std::string, std::vector<std::size_t>> byGroup;
    for (std::size_t i = 0; i < tests.size(); ++i)
        if (errors[i].empty())
            byGroup[detectorGroup(*tests[i])].push_back(i);
    std::vector<double> scores(tests.size(), std::nan(""));
    for (const auto &[group, items] : byGroup) {
        std::vector<const ClipAnalysis *> clips;
        for (std::size_t i : items)
            clips.push_back(&analyses[i]);
        const std::vector<double> s = detector->groupScores(group, clips);
        for (std::size_t j = 0; j < items.size(); ++j)
            scores[items[j]] = s[j];
    }
    std::map<std::string, double> thresholds;
    std::set<std::string> thresholdAsked;
    std::vector<ScoredClip> labelled;
    std::vector<std::vector<float>> kept;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (!errors[i].empty()) {
            emitWarning(emit, "not scored: " + errors[i]);
            continue;
        }
        const Clip &c = *tests[i];
        const std::string group = detectorGroup(c);
        // Once per group: a group too small for a threshold is not asked again.
        if (thresholdAsked.insert(group).second) {
            const auto normal = detector->trainingScores(group);
            if (normal.size() >= 2)
                thresholds[group] = gammaThreshold(normal, 0.9);
        }
        labelled.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label, scores[i], c.path});
        kept.push_back(std::move(analyses[i].embedding));
    }
    std::vector<ScoredClip> trainingClips;
    std::vector<std::vector<float>> trainingEmbeddings;
    if (config.embedTrainingClips && !cancel) {
        std::vector<ClipAnalysis> trainAnalyses;
        std::vector<std::string> trainErrors;
        analyseAll(split.trains, "embedding the training clips for the embeddings view", trainAnalyses, trainErrors);
        if (cancel)
            return emitCancelled(emit);
        for (std::size_t i = 0; i < split.trains.size(); ++i)
            if (trainErrors[i].empty()) {
                const Clip &c = *split.trains[i];
                trainingClips.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label, std::nan(""), c.path});
                trainingEmbeddings.push_back(std::move(trainAnalyses[i].embedding));
            }
    }
    requireSomethingScored(labelled.size(), tests.size(), errors.empty() ? std::string() : errors.front());
    finishScoring(config, std::move(labelled), std::move(kept), thresholds, detector->describe(), emit,
                  std::move(trainingClips), std::move(trainingEmbeddings));
}

} // namespace

void score(const ScoreConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    if (const std::string file = detectorFileIn(config.checkpoint); !file.empty())
        return scoreWithDetector(file, config, emit, cancel);
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

    const ScoringSplit split = splitForScoring(config.dataDir, emit);
    const auto &tests = split.tests, &trains = split.trains;

    std::string firstError;
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
                if (firstError.empty())
                    firstError = cache.error(i);
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
    if (!cancel)
        requireSomethingScored(std::size_t(std::count(testOut.ok.begin(), testOut.ok.end(), true)), tests.size(),
                               firstError);
    std::vector<double> scores = testOut.arcfaceScores;
    // Training clips give the nearest-neighbour banks and, for either scorer, the normal
    // scores that the decision threshold is fitted to (the DCASE baselines' gamma rule);
    // the trainer stored the ArcFace score's thresholds for the folder it trained on.
    std::error_code sameError;
    const bool thresholdsStored = !knn && !meta.decisionThresholds.empty() &&
                                  fs::equivalent(meta.config.dataDir, config.dataDir, sameError);
    const ModelOutputs trainOut = cancel || thresholdsStored
                                      ? ModelOutputs{}
                                      : run(trains, knn ? std::optional(config.layer) : std::nullopt,
                                            "scoring training clips for the decision threshold");
    std::map<std::string, std::vector<std::size_t>> trainByGroup, testByGroup;
    for (std::size_t i = 0; i < trainOut.ok.size(); ++i)
        if (trainOut.ok[i])
            trainByGroup[trains[i]->machineType + "/" + groupName(*trains[i])].push_back(i);
    for (std::size_t i = 0; i < tests.size(); ++i)
        if (testOut.ok[i])
            testByGroup[tests[i]->machineType + "/" + groupName(*tests[i])].push_back(i);
    std::map<std::string, double> thresholds;
    auto warn = [&](const std::string &message) { emitWarning(emit, message); };
    for (const auto &[group, items] : testByGroup) {
        if (cancel)
            break;
        const auto bank = trainByGroup.find(group);
        std::vector<double> normalScores;
        if (thresholdsStored) {
            if (const auto t = meta.decisionThresholds.find(group); t != meta.decisionThresholds.end())
                thresholds[group] = t->second;
            continue;
        }
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
    if (cancel)
        return emitCancelled(emit);

    std::vector<ScoredClip> labelled;
    std::vector<std::vector<float>> embeddings;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (!testOut.ok[i])
            continue;
        labelled.push_back({tests[i]->fileName, tests[i]->machineType, groupName(*tests[i]), tests[i]->domain,
                            tests[i]->label, scores[i], tests[i]->path});
        embeddings.push_back(std::move(testOut.embeddings[i]));
    }
    finishScoring(config, std::move(labelled), std::move(embeddings), thresholds,
                  knn ? "nearest neighbour (k = " + std::to_string(config.k) + ", " + (config.cosine ? "cosine" : "euclidean") +
                            ") on the " + toString(config.layer)
                      : "ArcFace (own-class cross-entropy)",
                  emit);
}

} // namespace asd
