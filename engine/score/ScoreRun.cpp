// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ScoreRun.h"

#include "dataset/DatasetIndex.h"
#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "runs/RunRecord.h"
#include "score/ModelSession.h"
#include "score/ProjectorFiles.h"
#include "score/ScoreFiles.h"

#include <filesystem>
#include <algorithm>
#include <cmath>
#include <map>
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
        if (isNormalTrainingClip(c))
            s.trains.push_back(&c);
        else if (isClipToScore(c)) // known faults fit, they are not scored
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
        const auto t = thresholds.find(groupKey(c.machineType, c.group));
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

} // namespace

void score(const ScoreConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    const std::string file = detectorFileIn(config.checkpoint);
    JobEvent phase;
    phase.kind = JobEvent::Kind::Phase;
    phase.message = "loading " + (file.empty() ? config.checkpoint : file);
    emit(phase);
    const std::unique_ptr<Detector> detector = loadDetector(config.checkpoint);
    // How to score, for the families that can score more than one way (the others ignore it).
    std::map<std::string, std::string> choice{{"k", std::to_string(config.k)},
                                              {"metric", config.cosine ? "cosine" : "euclidean"},
                                              {"layer", toString(config.layer)},
                                              {"batch", std::to_string(config.batchSize)},
                                              {"device", config.device}};
    if (config.scorer != ScoreConfig::Scorer::Auto)
        choice["scorer"] = config.scorer == ScoreConfig::Scorer::Knn ? "knn" : "arcface";
    detector->setScoring(choice);
    const ScoringSplit split = splitForScoring(config.dataDir, emit);
    const auto &tests = split.tests;
    detector->setReference(config.dataDir, split.trains);
    // Each clip analysed once, with progress; errors kept by clip.
    auto analyseAll = [&](const std::vector<const Clip *> &clips, const std::string &what,
                          std::vector<ClipAnalysis> &analyses) {
        phase.message = what;
        emit(phase);
        return detector->analyseEach(
            clips, config.threads, &cancel,
            [&](std::size_t done, std::size_t total) { emit(progressEvent(done, total)); },
            analyses);
    };
    std::vector<ClipAnalysis> analyses;
    const std::vector<std::string> errors = analyseAll(tests, "scoring test clips", analyses);
    if (cancel)
        return emitCancelled(emit);
    // Each group's scores taken together (the same as each clip's own, except for families that
    // normalise over the test clips).
    std::map<std::string, std::vector<std::size_t>> byGroup;
    for (std::size_t i = 0; i < tests.size(); ++i)
        if (errors[i].empty())
            byGroup[detectorGroup(*tests[i])].push_back(i);
    std::vector<double> scores(tests.size(), std::nan(""));
    std::set<std::string> unscored;
    for (const auto &[group, items] : byGroup) {
        std::vector<const ClipAnalysis *> clips;
        for (std::size_t i : items)
            clips.push_back(&analyses[i]);
        try {
            const std::vector<double> s = detector->groupScores(group, clips);
            for (std::size_t j = 0; j < items.size(); ++j)
                scores[items[j]] = s[j];
        } catch (const std::runtime_error &e) {
            emitWarning(emit, std::string(e.what()) + "; its test clips keep no score");
            unscored.insert(group);
        }
    }
    std::map<std::string, double> thresholds;
    std::set<std::string> asked;
    std::vector<ScoredClip> labelled;
    std::vector<std::vector<float>> kept;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (!errors[i].empty()) {
            emitWarning(emit, "not scored: " + errors[i]);
            continue;
        }
        const Clip &c = *tests[i];
        const std::string group = detectorGroup(c);
        if (unscored.count(group))
            continue;
        // Once per group: a group too small for a threshold is not asked again.
        if (asked.insert(group).second)
            if (const auto t = detector->decisionThreshold(group))
                thresholds[group] = *t;
        labelled.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label, scores[i], c.path});
        kept.push_back(std::move(analyses[i].embedding));
    }
    if (cancel)
        return emitCancelled(emit);
    std::vector<ScoredClip> trainingClips;
    std::vector<std::vector<float>> trainingEmbeddings;
    if (config.embedTrainingClips && !cancel) {
        std::vector<ClipAnalysis> trainAnalyses;
        const std::vector<std::string> trainErrors =
            analyseAll(split.trains, "embedding the training clips for the embeddings view", trainAnalyses);
        if (cancel)
            return emitCancelled(emit);
        for (std::size_t i = 0; i < split.trains.size(); ++i)
            if (trainErrors[i].empty()) {
                const Clip &c = *split.trains[i];
                trainingClips.push_back({c.fileName, c.machineType, groupName(c), c.domain, c.label, std::nan(""), c.path});
                trainingEmbeddings.push_back(std::move(trainAnalyses[i].embedding));
            }
    }
    std::string firstError;
    for (const auto &e : errors)
        if (!e.empty() && firstError.empty())
            firstError = e;
    requireSomethingScored(labelled.size(), tests.size(), firstError);
    finishScoring(config, std::move(labelled), std::move(kept), thresholds, detector->describe(), emit,
                  std::move(trainingClips), std::move(trainingEmbeddings));
}

} // namespace asd
