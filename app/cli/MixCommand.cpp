// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/JobPrinter.h"

#include "mix/MixDataset.h"
#include "robustness/Sweep.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>

#include <unistd.h>

namespace asd::cli {
namespace {

NoiseSource noiseArg(const std::string &spec)
{
    try {
        return parseNoiseSource(spec);
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
}

std::vector<std::string> commaList(const std::string &s)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

// Rows are conditions, columns detectors: "mean AUC (change from clean)".
void printComparison(const std::vector<JobEvent> &conditions)
{
    std::vector<std::string> models, rows;
    std::map<std::pair<std::string, std::string>, double> auc;
    for (const auto &e : conditions) {
        if (std::find(models.begin(), models.end(), e.model) == models.end())
            models.push_back(e.model);
        if (std::find(rows.begin(), rows.end(), e.message) == rows.end())
            rows.push_back(e.message);
        auc[{e.message, e.model}] = 100 * e.metrics.aucMean;
    }
    std::printf("\nmean AUC (change from clean)\n%-24s", "condition");
    for (const auto &m : models)
        std::printf(" %16s", m.c_str());
    std::printf("\n");
    for (const auto &row : rows) {
        std::printf("%-24s", row.c_str());
        for (const auto &m : models) {
            const auto v = auc.find({row, m}), clean = auc.find({"clean", m});
            char cell[32] = "";
            if (v != auc.end() && row != "clean" && clean != auc.end())
                std::snprintf(cell, sizeof(cell), "%.2f (%+.2f)", v->second, v->second - clean->second);
            else if (v != auc.end())
                std::snprintf(cell, sizeof(cell), "%.2f", v->second);
            std::printf(" %16s", cell);
        }
        std::printf("\n");
    }
}

} // namespace

int runMix(const std::vector<std::string> &argv)
{
    const Args args(argv, {"noise", "snr", "snr-max", "seed", "threads"}, {"train"});
    if (args.positional().size() != 2)
        throw UsageError("expects a dataset folder and an output folder");
    MixOptions o;
    o.noise = noiseArg(args.required("noise"));
    o.snrDb = args.doubleValue("snr", 0.0);
    if (args.has("snr-max"))
        o.snrMaxDb = args.doubleValue("snr-max", o.snrDb);
    if (o.snrMaxDb && *o.snrMaxDb < o.snrDb)
        throw UsageError("--snr-max must not be below --snr");
    o.mixTrain = args.has("train");
    o.seed = std::uint64_t(args.intValue("seed", 1));
    o.threads = args.intValue("threads", 0);
    const MixReport r = writeMixedDataset(args.positional()[0], args.positional()[1], o);
    std::cout << "mixed " << r.mixed << " clips with " << o.noise.name() << " noise at " << o.snrDb;
    if (o.snrMaxDb)
        std::cout << " to " << *o.snrMaxDb;
    std::cout << " dB SNR, copied " << r.copied << " clean training clips, to " << args.positional()[1] << "\n";
    if (r.rescaled)
        std::cout << r.rescaled << " mixture(s) would have clipped and were scaled down (the SNR is kept)\n";
    for (const auto &f : r.failed)
        std::cerr << "skipped " << f << "\n";
    return 0;
}

int runSweep(const std::vector<std::string> &argv)
{
    const Args args(argv, {"run", "data", "noise", "snr", "scorer", "layer", "device", "seed", "work"},
                    {"json", "clean-reference"});
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    SweepConfig c;
    c.checkpoints = commaList(args.required("run"));
    c.dataDir = args.required("data");
    for (const auto &spec : commaList(args.required("noise")))
        c.noises.push_back(noiseArg(spec));
    if (args.has("snr")) {
        c.snrs.clear();
        for (const auto &v : commaList(args.value("snr"))) {
            try {
                c.snrs.push_back(std::stod(v));
            } catch (const std::exception &) {
                throw UsageError("--snr expects numbers separated by commas, got '" + v + "'");
            }
        }
    }
    const std::string scorer = args.value("scorer", "auto");
    if (scorer != "auto" && scorer != "knn")
        throw UsageError("--scorer must be auto (the detector's own) or knn");
    c.knn = scorer == "knn";
    c.layer = layerArg(args);
    c.noisyReference = !args.has("clean-reference");
    c.device = args.value("device", "cpu");
    c.seed = std::uint64_t(args.intValue("seed", 1));
    // One folder per process by default, so that sweeps run side by side do not share mixtures.
    c.workDir = args.value(
        "work", (std::filesystem::temp_directory_path() / ("asd-sweep-" + std::to_string(getpid()))).string());
    const bool json = args.has("json");
    // Several detectors: after the per-condition figures, one table side by side, each
    // AUC with its loss against the clean data, the figure the robustness goal is about.
    std::vector<JobEvent> conditions;
    std::mutex mutex;
    auto job = Job::startSweep(c, [&](const JobEvent &e) {
        printEvent(e, json);
        if (e.kind == JobEvent::Kind::Condition) {
            std::lock_guard<std::mutex> lock(mutex);
            conditions.push_back(e);
        }
    });
    const int rc = printJob(*job, json);
    if (rc == 0 && !json && c.checkpoints.size() > 1)
        printComparison(conditions);
    return rc;
}

} // namespace asd::cli
