// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/JobPrinter.h"
#include "cli/Slurm.h"

#include "mix/MixDataset.h"
#include "robustness/Sweep.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
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

int runMix(const Args &args)
{
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

// --merge JOBDIR: every part's conditions (the clean one from the first task) printed as a
// local sweep prints them, then the side-by-side table.
int mergeSweepParts(const std::string &jobDir, bool json)
{
    std::vector<JobEvent> conditions;
    std::set<std::pair<std::string, std::string>> seen;
    int failed = 0;
    for (const SlurmPart &p : readSlurmParts(jobDir, "sweep")) {
        if (!p.missing.empty()) {
            std::fprintf(stderr, "%s: %s\n", p.name.c_str(), p.missing.c_str());
            ++failed;
            continue;
        }
        std::istringstream lines(p.text);
        int found = 0;
        for (std::string line; std::getline(lines, line);) {
            JobEvent e;
            try {
                e = resultFromJson(line, JobEvent::Kind::Condition);
            } catch (const std::exception &) {
                continue; // the part's other events
            }
            ++found;
            if (seen.insert({e.message, e.model}).second)
                conditions.push_back(std::move(e));
        }
        if (found == 0) {
            std::fprintf(stderr, "%s: %s holds no finished condition; see its log\n", p.name.c_str(), p.file.c_str());
            ++failed;
        }
    }
    // Clean first, then the noisy conditions in the planned order.
    std::stable_partition(conditions.begin(), conditions.end(), [](const JobEvent &e) { return e.message == "clean"; });
    for (const auto &e : conditions)
        printEvent(e, json);
    std::set<std::string> models;
    for (const auto &e : conditions)
        models.insert(e.model);
    if (!json && models.size() > 1)
        printComparison(conditions);
    return failed ? 1 : 0;
}

int runSweep(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    if (args.has("merge"))
        return mergeSweepParts(args.value("merge"), args.has("json"));
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
    c.includeClean = !args.has("skip-clean");
    // One folder per process by default, so that sweeps run side by side do not share mixtures.
    c.workDir = args.value(
        "work", (std::filesystem::temp_directory_path() / ("asd-sweep-" + std::to_string(getpid()))).string());
    if (args.has("slurm")) {
        // One task per noise and SNR; the first also scores the clean data.
        const std::string self = shellQuote(selfPath());
        std::string runs;
        for (const auto &r : c.checkpoints)
            runs += (runs.empty() ? "" : ",") + std::filesystem::absolute(r).string();
        const std::string common =
            " --data " + shellQuote(std::filesystem::absolute(c.dataDir).string()) + " --run " + shellQuote(runs) +
            " --scorer " + scorer + " --layer " + args.value("layer", "head") + " --device " + shellQuote(c.device) +
            " --seed " + std::to_string(c.seed) + (c.noisyReference ? "" : " --clean-reference") +
            " --json --work \"${TMPDIR:-/tmp}/asd-sweep-${SLURM_JOB_ID}-${SLURM_ARRAY_TASK_ID}\"";
        SlurmArray array{"sweep", {}, {}, self + " sweep --merge " + shellQuote(std::filesystem::absolute(args.value("slurm")).string())};
        for (const auto &noise : commaList(args.required("noise")))
            for (double snr : c.snrs) {
                char db[32];
                std::snprintf(db, sizeof db, "%g", snr);
                array.names.push_back(noise + " @ " + db + " dB");
                array.tasks.push_back(self + " sweep --noise " + shellQuote(noise) + " --snr " + db + common +
                                      (array.tasks.empty() ? "" : " --skip-clean"));
            }
        writeSlurmArray(args.value("slurm"), array, args);
        return 0;
    }
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
