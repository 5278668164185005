// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "metrics/Evaluation.h"

namespace asd {

// What a running job tells the GUI and the CLI: plain C++ values, delivered on the
// job's worker thread (the receiver marshals them to its own thread).
struct JobEvent {
    enum class Kind {
        Phase,    // a new phase begins: message says which ("loading", "training", "scoring")
        Progress, // a step finished within an epoch or a scoring pass
        Epoch,    // an epoch ended: losses, validation, and test metrics when labelled
        Warning,  // something was skipped (a bad clip); the job goes on
        Finished, // success; message says where the results are
        Failed,   // message says what happened and what to do
        Cancelled,
        Condition, // a robustness-sweep condition was scored: message names it, metrics hold its figures
        Compared   // one detector of a comparison ended: model names it, metrics, fitSeconds and
                   // scoreMsPerClip hold its figures, or error says why it failed
    };
    Kind kind = Kind::Progress;
    std::string message;
    int epoch = 0, epochs = 0;         // 1-based epoch
    long step = 0, steps = 0;          // within the epoch or pass
    double loss = 0.0;                 // running mean of the epoch's training loss
    std::map<std::string, double> lossParts; // e.g. "ce", "supcon"
    double validationLoss = 0.0;
    double learningRate = 0.0;
    double samplesPerSecond = 0.0;
    double etaSeconds = 0.0;
    bool bestSoFar = false;            // this epoch's model is the one kept
    double snrDb = 0.0;                // Condition events: the SNR (infinity for clean data)
    std::string model;                 // Condition, Compared and scoring Finished events: the detector
    std::string error;                 // Compared events: why that detector failed ("" if it did not)
    double fitSeconds = 0.0, scoreMsPerClip = 0.0; // Compared events
    // A fit's Finished event and Compared events: where the fit's time went, each stage's
    // seconds summed over groups, in the order the stages first ended (FitContext::stageTime).
    std::vector<std::pair<std::string, double>> fitStages;
    // Compared events: each "type/group"'s label-free estimate of the detector's AUC, from its
    // normal clips alone (detectors/LabelFreeEstimate.h); empty when not estimated.
    std::map<std::string, double> estimates;
    EvaluationSummary metrics;         // Epoch events on labelled test data; empty groups otherwise
    // Finished event of a scoring job: every scored clip, and its embedding (same order).
    std::vector<ScoredClip> scores;
    std::vector<std::vector<float>> embeddings;
    // and, when asked (ScoreConfig::embedTrainingClips), the normal training clips the detector
    // compares against, embedded alike (their scores are NaN: they are the reference).
    std::vector<ScoredClip> trainingClips;
    std::vector<std::vector<float>> trainingEmbeddings;
    std::string scorer; // and what scored them: "nearest neighbour (k = 1, cosine) on the head"
    // and each "type/group"'s decision threshold, fitted on its normal training clips' scores
    // (the DCASE baselines' gamma rule); groups without one are absent.
    std::map<std::string, double> thresholds;
};

// Finished, Failed and Cancelled: a job's last event, after which Job::running() is false.
inline bool endsJob(JobEvent::Kind kind)
{
    return kind == JobEvent::Kind::Finished || kind == JobEvent::Kind::Failed || kind == JobEvent::Kind::Cancelled;
}

using JobListener = std::function<void(const JobEvent &)>;

// The events every job sends, made in one place.
JobEvent phaseEvent(const std::string &message);
JobEvent warningEvent(const std::string &message);
JobEvent progressEvent(std::size_t done, std::size_t total);
// A fit's stages as one line: "decoding and log-mel 4.1 s, coreset 6.0 s".
std::string stageSummary(const std::vector<std::pair<std::string, double>> &stages);

struct SkippedFile;
// One Warning event for each file a dataset scan skipped.
void reportSkipped(const std::vector<SkippedFile> &skipped, const JobListener &listener);

} // namespace asd
