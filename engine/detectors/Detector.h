// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dataset/Clip.h"
#include "dsp/FeatureMatrix.h"
#include "events/JobEvent.h"
#include "metrics/Evaluation.h"

namespace asd {

struct DetectorFile;

// A detector learns what normal sounds like from a machine's normal training clips: a front
// end that turns a clip into an embedding and a back end that scores it against the normal
// clips of the clip's group (ASDKit's frontends/ and backends/ split), fitted in one pass or
// trained (epochs). Every family, whether it fits band statistics or trains a network, is a
// Detector: one job fits it (FitRun.h), one scores it (score/ScoreRun.h), one run folder holds it.
//
// Every family lives in a folder of its own under detectors/ with a README citing its
// paper and its measured results, and is made through the registry (DetectorRegistry.h).

struct FitContext {
    std::string dataDir; // the dataset folder the clips come from
    // The run folder: families that train keep their checkpoints there as they go, and with
    // resume go on from them.
    std::string runDir;
    bool resume = false;
    // The job's own events, for families whose training loop reports more than progress and
    // epochs (its steps' loss, rate and time left, every part of its loss).
    JobListener events;
    std::function<void(std::size_t done, std::size_t total)> progress; // clips read so far
    std::function<void(const std::string &message)> warn;                // a clip was skipped
    // The group the family starts fitting now (index from 0), for progress lines.
    std::function<void(const std::string &group, std::size_t index, std::size_t groups)> group;
    void startGroup(const std::string &name, std::size_t index, std::size_t groups) const
    {
        if (group)
            group(name, index, groups);
    }
    // Families that train something report each epoch: its mean training loss, the loss on
    // held-out normal clips and, when `monitor` holds labelled test clips, their metrics with the
    // model as it is after that epoch (empty otherwise).
    std::function<void(int epoch, int epochs, double loss, double validationLoss, const EvaluationSummary &metrics)> epoch;
    std::vector<const Clip *> monitor;
    // Clips the user knows to be faulty (the dataset's known_anomalies.txt), for families that
    // learn from a few faults; the others fit on the normal clips alone.
    std::vector<const Clip *> knownAnomalies;
    // The dataset's clips to score (its test clips, labelled or not), whose background families
    // fitted with `noise=heard` learn (detectors/ClipFeatures.h); never their labels.
    std::vector<const Clip *> scored;
    const std::atomic<bool> *cancel = nullptr;
    int threads = 0; // 0: all cores
    // Where a fit's time goes (issue #32): each stage's seconds as it ends, named as users know
    // the stage ("decoding and log-mel", "coreset", "training scores"); a stage that runs once
    // per group is reported each time. Unset: nothing is timed.
    std::function<void(const std::string &stage, double seconds)> stageTime;
};

// Times a fit's stages one after the other: lap("coreset") reports the time since the last lap
// (or since the clock was made) as that stage's.
class StageClock {
public:
    explicit StageClock(const FitContext &ctx) : m_ctx(ctx), m_last(std::chrono::steady_clock::now()) {}
    void lap(const std::string &stage);

private:
    const FitContext &m_ctx;
    std::chrono::steady_clock::time_point m_last;
};

// Scores along a clip's time axis: where in the clip it sounds wrong.
struct FrameCurve {
    double secondsPerFrame = 0.0;
    std::vector<float> scores; // frame t covers [t, t+1) · secondsPerFrame
};

// A map the detector sees, as the inspector shows it: "log-mel", "Tgram", "TFgram", "TAgram".
struct NamedMap {
    std::string name;
    FeatureMatrix map; // [rows][frames]
};

struct ClipAnalysis {
    std::vector<float> embedding; // fixed length per family, standardised as its back end compares it
    double score = 0.0;           // higher is more anomalous
    std::optional<FrameCurve> curve;
    std::vector<NamedMap> inputMaps; // the network's own input channels (network families)
    // Detectors made of others (fusion, auto): each member's score in units of the spread of
    // its training scores, the member that drove this clip's score, and the member whose
    // curve this is (the driver's where it draws one).
    std::vector<std::pair<std::string, double>> memberScores;
    std::string drivenBy, curveFrom;
};

class Detector {
public:
    virtual ~Detector() = default;

    virtual std::string family() const = 0;
    // One line for tables and reports: "band statistics (mean, change), rescaled 1-NN, 4 groups".
    virtual std::string describe() const = 0;
    // The options it was made with, as the registry names them.
    virtual std::map<std::string, std::string> options() const = 0;
    // The length it takes from each clip; 0: the whole clip.
    virtual double clipSeconds() const { return 0.0; }
    // How to score, for families that can score more than one way (the network families:
    // scorer arcface|knn, k, metric, layer, batch, device); the others score their own way.
    virtual void setScoring(const std::map<std::string, std::string> &choice) { (void)choice; }
    // The normal clips of the data being scored, for families that compare against them rather
    // than against the clips they were fitted on (the network families' nearest neighbours and
    // thresholds, so that a noise sweep's noisy reference is heard); the others keep their own.
    virtual void setReference(const std::string &dataDir, const std::vector<const Clip *> &normals)
    {
        (void)dataDir;
        (void)normals;
    }

    // Learns each group's normal clips. A clip that cannot be read is reported through
    // ctx.warn and skipped; a group left without clips is not fitted (its clips cannot be
    // scored). Throws std::runtime_error when no group could be fitted, and stops early,
    // fitting nothing, when ctx.cancel becomes true.
    virtual void fit(const std::vector<const Clip *> &normals, const FitContext &ctx) = 0;
    virtual bool hasGroup(const std::string &group) const = 0;

    // One decode of the clip: what the detector sees in it, its anomaly score and, for the
    // families that can tell, where in the clip it sounds wrong. Throws AudioError naming the
    // file, or std::runtime_error for a clip of a group it never fitted.
    virtual ClipAnalysis analyse(const Clip &clip) const = 0;
    // Every clip's analysis without its curve, on `threads` threads (0: all cores), with
    // progress; a clip that cannot be analysed leaves its error (naming the file) in the
    // returned list, empty elsewhere. Families that run a batch at once override it.
    virtual std::vector<std::string> analyseEach(const std::vector<const Clip *> &clips, int threads,
                                                 const std::atomic<bool> *cancel,
                                                 const std::function<void(std::size_t, std::size_t)> &progress,
                                                 std::vector<ClipAnalysis> &out) const;
    // The scores of a group's test clips taken together, from their analyses, in their order.
    // Families that normalise over the test clips (transductive, as GenRep and RMIS do) override
    // this; every other family keeps each clip's own score.
    virtual std::vector<double> groupScores(const std::string &group, const std::vector<const ClipAnalysis *> &clips) const
    {
        (void)group;
        std::vector<double> out;
        for (const ClipAnalysis *a : clips)
            out.push_back(a->score);
        return out;
    }
    // The group's training clips, each scored as if unseen where the family allows it: what
    // the decision threshold is fitted to (first-shot-methods §4.1).
    virtual std::vector<double> trainingScores(const std::string &group) const = 0;
    // The group's decision threshold: the DCASE baselines' gamma fit (0.9 quantile) of its
    // training scores; none for a group with fewer than two.
    virtual std::optional<double> decisionThreshold(const std::string &group) const;

    // The fitted detector as one detector file (DetectorFile.h), which the registry's
    // loadDetectorFile reads back; families kept otherwise (the networks' LibTorch checkpoints)
    // throw std::logic_error and override save().
    virtual DetectorFile toFile() const;
    // One file, written atomically, that the registry's loadDetector reads back.
    virtual void save(const std::string &path) const;
};

// A fitted group of a family's detector, or std::runtime_error naming the group.
template <typename Groups>
const typename Groups::mapped_type &fittedGroup(const Groups &groups, const std::string &name)
{
    const auto g = groups.find(name);
    if (g == groups.end())
        throw std::runtime_error(name + ": the detector has no normal training clips of this group");
    return g->second;
}

} // namespace asd
