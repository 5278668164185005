// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/Comparison.h"

#include "dataset/DatasetIndex.h"
#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/FitRun.h"
#include "detectors/LabelFreeEstimate.h"
#include "encoders/EncoderLibrary.h"
#include "score/ScoreRun.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

ComparedDetector comparedDetector(const std::string &spec)
{
    ComparedDetector d{spec, spec.substr(0, spec.find(':')), {}};
    if (spec.find(':') != std::string::npos)
        d.options = parseDetectorOptions(spec.substr(spec.find(':') + 1));
    resolveDetectorOptions(d.family, d.options); // throws naming the family or option
    return d;
}

std::vector<ComparedDetector> defaultComparison()
{
    std::vector<ComparedDetector> out;
    for (const auto &f : detectorFamilies()) {
        // Not the families that need a teacher, or that train for long (a network, an
        // encoder's adaptation): those are asked for by name.
        if (f.needsTeacher() || f.resumes || (f.needsEncoder() && f.trains()))
            continue;
        if (!f.needsEncoder())
            out.push_back({f.name, f.name, {}});
        else // once per imported encoder
            for (const EncoderFacts &e : EncoderLibrary().list())
                out.push_back({f.name + ":encoder=" + e.name, f.name, {{"encoder", e.name}}});
    }
    return out;
}

namespace {

double secondsSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Runs one stage of one detector on this thread, passing its events on with the detector
// named: its phases and epochs as they come, its progress with the time left in the stage.
// Returns the stage's last event; throws std::runtime_error with its message if it failed
// (and lets through what the stage itself threw).
template <typename Config>
JobEvent runStage(void (*stage)(const Config &, const JobListener &, const std::atomic<bool> &), const Config &config,
                  const std::string &prefix, const JobListener &emit, const std::atomic<bool> &cancel)
{
    JobEvent last;
    const auto start = std::chrono::steady_clock::now();
    stage(config,
          [&](const JobEvent &e) {
              if (endsJob(e.kind)) {
                  last = e;
                  return;
              }
              JobEvent out = e;
              if (e.kind == JobEvent::Kind::Phase || e.kind == JobEvent::Kind::Warning)
                  out.message = prefix + e.message;
              else if (e.kind == JobEvent::Kind::Epoch)
                  out.message = prefix.substr(0, prefix.size() - 2);
              else if (e.kind == JobEvent::Kind::Progress && e.step > 0 && e.etaSeconds <= 0.0)
                  out.etaSeconds = secondsSince(start) * double(e.steps - e.step) / double(e.step);
              emit(out);
          },
          cancel);
    if (last.kind == JobEvent::Kind::Failed)
        throw std::runtime_error(last.message);
    return last;
}

std::string percent(double v)
{
    char b[16];
    std::snprintf(b, sizeof b, "%.2f", 100.0 * v);
    return b;
}

} // namespace

void compareDetectors(const CompareConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    if (config.detectors.empty())
        throw std::runtime_error("no detector to compare");
    const std::size_t n = config.detectors.size();
    // What the estimate fits on, and whether there is anything labelled to score.
    const DatasetIndex index = scanDataset(config.dataDir);
    std::vector<const Clip *> normals, toScore;
    for (const Clip &c : index.clips) {
        if (isNormalTrainingClip(c))
            normals.push_back(&c);
        else if (isClipToScore(c))
            toScore.push_back(&c);
    }
    const bool tests = !toScore.empty();
    for (std::size_t k = 0; k < n && !cancel; ++k) {
        const ComparedDetector &d = config.detectors[k];
        const std::string prefix = "[" + std::to_string(k + 1) + "/" + std::to_string(n) + "] " + d.name + ": ";
        std::string folder = d.name;
        for (char &c : folder)
            if (c == ':' || c == '=' || c == ' ' || c == '/' || c == ';')
                c = '_';
        const std::string run = (fs::path(config.outDir) / folder).string();
        JobEvent result;
        result.kind = JobEvent::Kind::Compared;
        result.model = d.name;
        try {
            emit(phaseEvent(prefix + "fitting on " + config.dataDir));
            const auto t0 = std::chrono::steady_clock::now();
            FitConfig f;
            f.dataDir = config.dataDir;
            f.outDir = run;
            f.family = d.family;
            f.options = d.options;
            f.threads = config.threads;
            f.replace = true; // OUT/NAME is the comparison's own
            const JobEvent fitted = runStage(fitDetector, f, prefix, emit, cancel);
            if (fitted.kind == JobEvent::Kind::Cancelled)
                break;
            result.fitSeconds = secondsSince(t0);
            result.fitStages = fitted.fitStages;
            char took[64];
            std::snprintf(took, sizeof took, "fitted in %.1f s", result.fitSeconds);
            std::string outcome = took;
            if (tests) {
                const auto t1 = std::chrono::steady_clock::now();
                ScoreConfig s;
                s.checkpoint = run;
                s.dataDir = config.dataDir;
                s.outDir = (fs::path(run) / "scores").string();
                s.threads = config.threads;
                const JobEvent scored = runStage(score, s, prefix, emit, cancel);
                if (scored.kind == JobEvent::Kind::Cancelled)
                    break;
                result.metrics = scored.metrics;
                result.scoreMsPerClip = 1e3 * secondsSince(t1) / double(std::max<std::size_t>(1, scored.scores.size()));
                std::snprintf(took, sizeof took, ", scored at %.1f ms a clip", result.scoreMsPerClip);
                outcome += took;
            }
            const EvaluationSummary &m = result.metrics;
            outcome += m.types.empty()                    ? std::string("; no labelled test clips")
                       : std::isfinite(m.officialScore)   ? "; official score " + percent(m.officialScore)
                                                          : "; mean AUC " + percent(m.aucPerGroupMean);
            if (config.estimate) {
                emit(phaseEvent(prefix + "estimating without labels (fitting on each half of the normal clips, "
                                         "scoring the other half with pseudo-faults)"));
                EstimateSettings settings;
                settings.scratchDir = (fs::path(run) / "estimate-scratch").string();
                FitContext ctx;
                ctx.dataDir = config.dataDir;
                ctx.scored = toScore; // as the fit had them, for noise=heard
                ctx.threads = config.threads;
                ctx.cancel = &cancel;
                ctx.warn = [&](const std::string &message) { emit(warningEvent(prefix + message)); };
                ctx.progress = [&](std::size_t done, std::size_t total) { emit(progressEvent(done, total)); };
                try {
                    for (const auto &[group, e] : estimateDetection(d.family, d.options, normals, settings, ctx))
                        result.estimates[group] = e.auc;
                    outcome += "; estimated AUC " + percent(meanEstimate(result.estimates));
                } catch (const std::runtime_error &e) {
                    ctx.warn(std::string("no label-free estimate: ") + e.what());
                }
                if (cancel)
                    break;
            }
            result.message = prefix + "done, " + outcome;
        } catch (const std::exception &e) {
            result.error = e.what();
            result.message = prefix + "failed: " + e.what();
        }
        emit(result);
    }
    JobEvent done;
    done.kind = cancel ? JobEvent::Kind::Cancelled : JobEvent::Kind::Finished;
    done.message = cancel ? "comparison cancelled" : "compared " + std::to_string(n) + " detectors; runs in " + config.outDir;
    emit(done);
}

} // namespace asd
