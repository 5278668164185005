// SPDX-License-Identifier: GPL-3.0-or-later
#include "mix/MixDataset.h"

#include "audio/AudioFile.h"
#include "dataset/DatasetIndex.h"
#include "mix/Mixer.h"
#include "score/ModelSession.h"
#include "score/ScoreRun.h"
#include "util/ParallelFor.h"
#include "util/Random.h"

#include <cstdio>
#include <limits>
#include <filesystem>
#include <mutex>

namespace fs = std::filesystem;

namespace asd {

MixReport writeMixedDataset(const std::string &dataDir, const std::string &outDir, const MixOptions &o)
{
    const DatasetIndex index = scanDataset(dataDir);
    fs::create_directories(outDir);
    // The CSVs that carry labels, domains and attributes go along unchanged.
    for (const auto &e : fs::recursive_directory_iterator(index.root))
        if (e.is_regular_file() && e.path().extension() == ".csv") {
            const fs::path to = fs::path(outDir) / e.path().lexically_relative(index.root);
            fs::create_directories(to.parent_path());
            fs::copy_file(e.path(), to, fs::copy_options::overwrite_existing);
        }
    MixReport report;
    std::mutex mutex;
    parallelFor(index.clips.size(), o.threads, [&](std::size_t i) {
        const Clip &c = index.clips[i];
        const fs::path to = fs::path(outDir) / c.relativePath;
        try {
            fs::create_directories(to.parent_path());
            if (c.split == Split::Train && !o.mixTrain) {
                fs::copy_file(c.path, to, fs::copy_options::overwrite_existing);
                std::lock_guard<std::mutex> lock(mutex);
                ++report.copied;
                return;
            }
            const Audio a = readAudio(c.path);
            // Per-clip seed from the clip's name: the same clip gets the same noise in every run.
            const std::uint64_t seed = mixSeeds(o.seed, std::hash<std::string>{}(c.relativePath));
            Rng rng(seed);
            const double snr = o.snrMaxDb ? rng.uniform(o.snrDb, *o.snrMaxDb) : o.snrDb;
            const Mixture m = mixAtSnr(a.samples, makeNoise(o.noise, a.samples.size(), a.sampleRate, seed), snr);
            writeWav16(to.string(), m.samples, a.sampleRate);
            std::lock_guard<std::mutex> lock(mutex);
            ++report.mixed;
            report.rescaled += m.scale < 1.0;
        } catch (const std::exception &e) {
            std::lock_guard<std::mutex> lock(mutex);
            report.failed.push_back(c.path + ": " + e.what());
        }
    });
    for (const auto &s : index.skipped)
        report.failed.push_back(s.path + ": " + s.error);
    return report;
}

void sweep(const SweepConfig &config, const JobListener &emit, const std::atomic<bool> &cancel)
{
    struct Condition {
        std::string name;
        const NoiseSource *noise;
        double snr;
    };
    if (config.checkpoints.empty())
        throw std::invalid_argument("a sweep needs at least one trained detector");
    const std::vector<std::string> modelNames = modelDisplayNames(config.checkpoints);
    std::vector<Condition> conditions{{"clean", nullptr, 0.0}};
    for (const auto &n : config.noises)
        for (double snr : config.snrs) {
            char name[256];
            std::snprintf(name, sizeof(name), "%s @ %+g dB", n.name().c_str(), snr);
            conditions.push_back({name, &n, snr});
        }
    for (std::size_t k = 0; k < conditions.size() && !cancel; ++k) {
        const Condition &cond = conditions[k];
        std::string data = config.dataDir;
        const fs::path work = fs::path(config.workDir) / ("condition-" + std::to_string(k));
        if (cond.noise) {
            JobEvent p;
            p.kind = JobEvent::Kind::Phase;
            p.message = "mixing " + cond.name;
            emit(p);
            MixOptions o;
            o.noise = *cond.noise;
            o.snrDb = cond.snr;
            o.seed = config.seed;
            o.mixTrain = config.noisyReference;
            const MixReport r = writeMixedDataset(config.dataDir, (work / "data").string(), o);
            for (const auto &f : r.failed) {
                JobEvent w;
                w.kind = JobEvent::Kind::Warning;
                w.message = f;
                emit(w);
            }
            data = (work / "data").string();
        }
        for (std::size_t m = 0; m < config.checkpoints.size() && !cancel; ++m) {
            ScoreConfig sc;
            sc.checkpoint = config.checkpoints[m];
            sc.dataDir = data;
            sc.outDir = (work / ("scores-" + std::to_string(m))).string();
            sc.scorer = config.knn ? ScoreConfig::Scorer::Knn : ScoreConfig::Scorer::Auto;
            sc.layer = config.layer;
            sc.device = config.device;
            EvaluationSummary metrics;
            bool scored = false;
            score(sc, [&](const JobEvent &e) {
                if (e.kind == JobEvent::Kind::Finished) {
                    metrics = e.metrics;
                    scored = true;
                } else if (e.kind == JobEvent::Kind::Progress || e.kind == JobEvent::Kind::Warning) {
                    emit(e);
                }
            }, cancel);
            if (!scored) // cancelled while scoring
                break;
            JobEvent c;
            c.kind = JobEvent::Kind::Condition;
            c.message = cond.name;
            c.model = modelNames[m];
            c.epoch = int(k) + 1;
            c.epochs = int(conditions.size());
            c.snrDb = cond.noise ? cond.snr : std::numeric_limits<double>::infinity();
            c.metrics = metrics;
            emit(c);
        }
        std::error_code ec;
        fs::remove_all(work, ec);
    }
    std::error_code ec;
    fs::remove(config.workDir, ec); // only if empty: a folder the user named may hold more
    JobEvent done;
    done.kind = cancel ? JobEvent::Kind::Cancelled : JobEvent::Kind::Finished;
    done.message = cancel ? "sweep cancelled" : "sweep finished: " + std::to_string(conditions.size()) + " conditions";
    emit(done);
}

} // namespace asd
