// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/FitRun.h"

#include "dataset/DatasetIndex.h"
#include "detectors/Detector.h"
#include "runs/RunRecord.h"
#include "util/AtomicFile.h"

#include <chrono>
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

void fitDetector(const FitConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    auto start = std::chrono::steady_clock::now();
    const DetectorFamily *family = findDetectorFamily(config.family);
    std::unique_ptr<Detector> detector = makeDetector(config.family, config.options);
    if (config.resume && !family->resumes)
        throw std::runtime_error(config.family + " keeps no checkpoint to resume from; fit it afresh");
    RunRecord record;
    if (config.resume && fs::exists(fs::path(config.outDir) / kRunRecordFileName)) {
        try { // the time and metrics so far; a damaged record is started afresh
            record = readRunRecord(config.outDir);
        } catch (const std::runtime_error &) {
        }
    }
    if (record.started.empty())
        record.started = utcNow();
    record.dataDir = fs::absolute(config.dataDir).lexically_normal().string();
    record.detector = config.family; // as `asd train --detector` takes it, with the options given
    for (const auto &[key, value] : config.options)
        record.detector += " " + key + "=" + value;
    const double secondsBefore = record.seconds;
    auto elapsed = [&] { return secondsBefore + std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    if (config.resume)
        fs::create_directories(config.outDir);
    else
        prepareRunFolder(config.outDir, config.replace); // refused before any work
    const DatasetIndex index = scanDataset(config.dataDir);
    reportSkipped(index.skipped, emit);
    std::vector<const Clip *> normals;
    for (const auto &c : index.clips)
        if (isNormalTrainingClip(c))
            normals.push_back(&c);
    if (normals.empty())
        throw std::runtime_error(config.dataDir + ": no normal training clips to fit on (expected <type>/train/...)");

    const auto known = std::count_if(index.clips.begin(), index.clips.end(), [](const Clip &c) { return c.knownAnomaly; });
    emit(phaseEvent("fitting " + config.family + " on " + std::to_string(normals.size()) + " normal training clips" +
                    (known ? " and " + std::to_string(known) + " known anomalies" : std::string())));
    FitContext ctx;
    ctx.dataDir = config.dataDir;
    ctx.runDir = config.outDir;
    ctx.resume = config.resume;
    ctx.threads = config.threads;
    ctx.cancel = &cancel;
    // Every epoch goes into the record as it ends, so that the Runs tab follows a training.
    ctx.events = [&](const JobEvent &e) {
        if (e.kind == JobEvent::Kind::Epoch) {
            record.epochs = e.epoch;
            record.seconds = elapsed();
            if (!e.metrics.types.empty())
                record.setMetrics(e.metrics, "epoch " + std::to_string(e.epoch));
            writeRunRecord(config.outDir, record);
        }
        emit(e);
    };
    std::vector<std::pair<std::string, double>> stages;
    ctx.stageTime = [&](const std::string &stage, double seconds) {
        auto s = std::find_if(stages.begin(), stages.end(), [&](const auto &p) { return p.first == stage; });
        if (s == stages.end())
            stages.emplace_back(stage, seconds);
        else
            s->second += seconds;
    };
    ctx.progress = [&](std::size_t done, std::size_t total) { emit(progressEvent(done, total)); };
    ctx.warn = [&](const std::string &message) { emit(warningEvent(message)); };
    ctx.group = [&](const std::string &group, std::size_t index, std::size_t groups) {
        emit(phaseEvent("fitting " + group + " (" + std::to_string(index + 1) + " of " + std::to_string(groups) + ")"));
    };
    ctx.epoch = [&](int epoch, int epochs, double loss, double validationLoss, const EvaluationSummary &metrics) {
        JobEvent e;
        e.kind = JobEvent::Kind::Epoch;
        e.epoch = epoch;
        e.epochs = epochs;
        e.loss = loss;
        e.validationLoss = validationLoss;
        e.metrics = metrics;
        ctx.events(e);
    };
    // Families that train show per-ID metrics after each epoch, as the networks do.
    for (const auto &c : index.clips) {
        if (c.knownAnomaly)
            ctx.knownAnomalies.push_back(&c);
        else if (c.split == Split::Test && (c.label == Label::Normal || c.label == Label::Anomaly))
            ctx.monitor.push_back(&c);
        if (isClipToScore(c))
            ctx.scored.push_back(&c);
    }
    detector->fit(normals, ctx);
    if (cancel) {
        JobEvent c;
        c.kind = JobEvent::Kind::Cancelled;
        c.message = family->resumes ? "cancelled; " + (fs::path(config.outDir) / "last.pt").string() +
                                          " is kept: --resume (or Resume in the workbench) goes on from it"
                                    : "fitting cancelled; nothing written";
        emit(c);
        return;
    }
    removeLeftoverTemporaries(config.outDir);
    const std::string path = (fs::path(config.outDir) / kDetectorFileName).string();
    detector->save(path);
    record.seconds = elapsed();
    writeRunRecord(config.outDir, record);
    // The replaced run's files go only now that the new detector is in place.
    if (config.replace) {
        std::vector<std::string> written{kDetectorFileName, kRunRecordFileName};
        if (family->resumes)
            written.insert(written.end(), {"best.pt", "last.pt"});
        removeReplacedRunFiles(config.outDir, written);
    }
    char took[32];
    std::snprintf(took, sizeof took, "%.1f s", record.seconds);
    JobEvent done;
    done.kind = JobEvent::Kind::Finished;
    done.message = "fitted " + detector->describe() + " in " + took +
                   (stages.empty() ? std::string() : " (" + stageSummary(stages) + ")") + "; wrote " + path;
    done.fitStages = stages;
    emit(done);
}

} // namespace asd
