// SPDX-License-Identifier: GPL-3.0-or-later
#include "robustness/Sweep.h"

#include "dataset/DatasetIndex.h"
#include "mix/MixDataset.h"
#include "score/ModelSession.h"
#include "util/Random.h"

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <unistd.h>

namespace fs = std::filesystem;

namespace asd {

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
    std::vector<Condition> conditions;
    if (config.includeClean)
        conditions.push_back({"clean", nullptr, 0.0});
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
            sc.recordInRun = false; // mixed copies: not the run's own figures
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
