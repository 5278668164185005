// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/FitRun.h"

#include "dataset/DatasetIndex.h"
#include "detectors/Detector.h"
#include "runs/RunRecord.h"
#include "util/AtomicFile.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

void fitDetector(const FitConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    RunRecord record;
    record.started = utcNow();
    record.dataDir = fs::absolute(config.dataDir).lexically_normal().string();
    record.detector = config.family; // as `asd train --detector` takes it, with the options given
    for (const auto &[key, value] : config.options)
        record.detector += " " + key + "=" + value;
    std::unique_ptr<Detector> detector = makeDetector(config.family, config.options);
    prepareRunFolder(config.outDir, config.replace); // refused before any work
    const DatasetIndex index = scanDataset(config.dataDir);
    reportSkipped(index.skipped, emit);
    std::vector<const Clip *> normals;
    for (const auto &c : index.clips)
        if (c.split == Split::Train && c.label != Label::Anomaly)
            normals.push_back(&c);
    if (normals.empty())
        throw std::runtime_error(config.dataDir + ": no normal training clips to fit on (expected <type>/train/...)");

    JobEvent phase;
    phase.kind = JobEvent::Kind::Phase;
    phase.message = "fitting " + config.family + " on " + std::to_string(normals.size()) + " normal training clips";
    emit(phase);
    FitContext ctx;
    ctx.threads = config.threads;
    ctx.cancel = &cancel;
    ctx.progress = [&](std::size_t done, std::size_t total) {
        JobEvent p;
        p.kind = JobEvent::Kind::Progress;
        p.step = long(done);
        p.steps = long(total);
        emit(p);
    };
    ctx.warn = [&](const std::string &message) {
        JobEvent w;
        w.kind = JobEvent::Kind::Warning;
        w.message = message;
        emit(w);
    };
    ctx.group = [&](const std::string &group, std::size_t index, std::size_t groups) {
        JobEvent g;
        g.kind = JobEvent::Kind::Phase;
        g.message = "fitting " + group + " (" + std::to_string(index + 1) + " of " + std::to_string(groups) + ")";
        emit(g);
    };
    ctx.epoch = [&](int epoch, int epochs, double loss, double validationLoss, const EvaluationSummary &metrics) {
        JobEvent e;
        e.kind = JobEvent::Kind::Epoch;
        e.epoch = epoch;
        e.epochs = epochs;
        e.loss = loss;
        e.validationLoss = validationLoss;
        e.metrics = metrics;
        if (!metrics.types.empty()) {
            record.setMetrics(metrics, "epoch " + std::to_string(epoch));
            record.epochs = epoch;
        }
        emit(e);
    };
    // Families that train show per-ID metrics after each epoch, as the networks do.
    for (const auto &c : index.clips)
        if (c.split == Split::Test && (c.label == Label::Normal || c.label == Label::Anomaly))
            ctx.monitor.push_back(&c);
    detector->fit(normals, ctx);
    if (cancel) {
        JobEvent c;
        c.kind = JobEvent::Kind::Cancelled;
        c.message = "fitting cancelled; nothing written";
        emit(c);
        return;
    }
    removeLeftoverTemporaries(config.outDir);
    const std::string path = (fs::path(config.outDir) / kDetectorFileName).string();
    detector->save(path);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    record.seconds = seconds;
    writeRunRecord(config.outDir, record);
    // The replaced run's files go only now that the new detector is in place.
    if (config.replace)
        removeReplacedRunFiles(config.outDir, {kDetectorFileName, kRunRecordFileName});
    char took[32];
    std::snprintf(took, sizeof took, "%.1f s", seconds);
    JobEvent done;
    done.kind = JobEvent::Kind::Finished;
    done.message = "fitted " + detector->describe() + " in " + took + "; wrote " + path;
    emit(done);
}

} // namespace asd
