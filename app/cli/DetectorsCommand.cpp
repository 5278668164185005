// SPDX-License-Identifier: GPL-3.0-or-later
// asd detectors and asd compare: which detector to use on these recordings.
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/JobPrinter.h"
#include "cli/Slurm.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/LabelFreeEstimate.h"
#include "jobs/Job.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace asd::cli {

int runDetectors(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no arguments");
    if (args.has("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &f : detectorFamilies()) {
            nlohmann::json options = nlohmann::json::array();
            for (const auto &o : f.options) {
                nlohmann::json option = {{"name", o.name}, {"default", o.defaultValue}, {"help", o.help},
                                         {"accepts", o.accepts()}, {"required", o.required}};
                switch (o.kind) {
                case DetectorOption::Kind::Whole: option["kind"] = "whole"; break;
                case DetectorOption::Kind::Number: option["kind"] = "number"; break;
                case DetectorOption::Kind::Choice: option["kind"] = "choice"; option["choices"] = o.choices; break;
                case DetectorOption::Kind::Text: option["kind"] = "text"; break;
                }
                if (std::isfinite(o.min))
                    option["min"] = o.min;
                if (std::isfinite(o.max))
                    option["max"] = o.max;
                options.push_back(option);
            }
            j.push_back({{"name", f.name},
                         {"title", f.title},
                         {"summary", f.summary},
                         {"trains", f.trains()},
                         {"resumes", f.resumes},
                         {"needs_encoder", f.needsEncoder()},
                         {"needs_teacher", f.needsTeacher()},
                         {"runs_on_device", f.runsOnDevice()},
                         {"default", f.name == defaultDetectorFamily()},
                         {"options", options}});
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    for (const auto &f : detectorFamilies()) {
        std::printf("%-13s %s%s\n", f.name.c_str(), f.summary.c_str(),
                    f.name == defaultDetectorFamily() ? " [default]" : "");
        for (const auto &o : f.options)
            std::printf("%-13s   %s=%s  (%s)%s%s\n", "", o.name.c_str(), o.defaultValue.c_str(), o.accepts().c_str(),
                        o.help.empty() ? "" : "  ", o.help.c_str());
    }
    return 0;
}

namespace {

std::string percent(double v)
{
    if (!std::isfinite(v))
        return "-";
    char b[16];
    std::snprintf(b, sizeof b, "%.2f", 100.0 * v);
    return b;
}

// The comparison table, from a local run or merged from a cluster's parts: each detector's
// Compared event.
void printTable(const std::vector<JobEvent> &outcomes)
{
    // Per group: the AUC and pAUC where the data has labelled test clips, and the label-free
    // estimate, which needs none.
    std::printf("\n%-28s %-22s %-7s %7s %7s %9s\n", "detector", "group", "domain", "AUC", "pAUC", "est. AUC");
    for (const auto &o : outcomes) {
        std::set<std::string> shown;
        for (const auto &g : o.metrics.groups) {
            const std::string key = groupKey(g.machineType, g.group);
            const auto e = o.estimates.find(key);
            const bool first = shown.insert(key).second; // the estimate on the group's first row
            std::printf("%-28s %-22s %-7s %7s %7s %9s\n", o.model.c_str(), key.c_str(),
                        g.domain == Domain::None ? "all" : toString(g.domain), percent(g.auc).c_str(),
                        percent(g.pauc).c_str(), first && e != o.estimates.end() ? percent(e->second).c_str() : "");
        }
        for (const auto &[key, estimate] : o.estimates)
            if (!shown.count(key))
                std::printf("%-28s %-22s %-7s %7s %7s %9s\n", o.model.c_str(), key.c_str(), "-", "-", "-",
                            percent(estimate).c_str());
    }
    std::printf("\n%-28s %9s %9s %9s %9s %9s %8s %12s\n", "detector", "official", "mean AUC", "mean pAUC", "mean mAUC",
                "est. AUC", "fit s", "score ms/clip");
    for (const auto &o : outcomes) {
        if (!o.error.empty()) {
            std::printf("%-28s failed: %s\n", o.model.c_str(), o.error.c_str());
            continue;
        }
        // Without labelled test clips there are no metrics: "-", not zeros.
        const bool labelled = !o.metrics.types.empty();
        auto metric = [&](double v) { return percent(labelled ? v : NAN); };
        char scoring[32] = "-"; // nothing scored without test clips
        if (o.scoreMsPerClip > 0.0)
            std::snprintf(scoring, sizeof scoring, "%.2f", o.scoreMsPerClip);
        std::printf("%-28s %9s %9s %9s %9s %9s %8.2f %12s\n", o.model.c_str(), metric(o.metrics.officialScore).c_str(),
                    metric(o.metrics.aucPerGroupMean).c_str(), metric(o.metrics.paucPerGroupMean).c_str(),
                    metric(o.metrics.maucMean).c_str(), percent(meanEstimate(o.estimates)).c_str(), o.fitSeconds, scoring);
    }
    // Where each fit's time went, for the families that time their stages.
    bool stagesShown = false;
    for (const auto &o : outcomes)
        if (o.error.empty() && !o.fitStages.empty()) {
            std::printf("%s%-28s fit: %s\n", stagesShown ? "" : "\n", o.model.c_str(), stageSummary(o.fitStages).c_str());
            stagesShown = true;
        }
    // Which to trust on these recordings: the official score where the data has domains,
    // else the mean AUC over IDs; without labelled test clips, the estimate.
    auto bestBy = [&](const std::function<double(const JobEvent &)> &rank) {
        const JobEvent *best = nullptr;
        for (const auto &o : outcomes)
            if (o.error.empty() && std::isfinite(rank(o)) && (!best || rank(o) > rank(*best)))
                best = &o;
        return best;
    };
    auto labelled = [](const JobEvent &o) {
        return o.metrics.types.empty()                ? NAN
               : std::isfinite(o.metrics.officialScore) ? o.metrics.officialScore
                                                        : o.metrics.aucPerGroupMean;
    };
    auto estimated = [](const JobEvent &o) { return meanEstimate(o.estimates); };
    if (const JobEvent *best = bestBy(labelled))
        std::printf("\nbest on this data: %s (%s %s)\n", best->model.c_str(),
                    std::isfinite(best->metrics.officialScore) ? "official score" : "mean AUC",
                    percent(labelled(*best)).c_str());
    if (const JobEvent *best = bestBy(estimated))
        std::printf("%sbest by the label-free estimate: %s (estimated AUC %s)\n", bestBy(labelled) ? "" : "\n",
                    best->model.c_str(), percent(estimated(*best)).c_str());
}

int exitCode(const std::vector<JobEvent> &outcomes)
{
    for (const auto &o : outcomes)
        if (!o.error.empty())
            return 1;
    return 0;
}

// --merge JOBDIR: the parts the array tasks wrote, in the planned order, as one table. A part
// that is missing or damaged shows as that detector's failure, naming the file and its log.
int mergeCompareParts(const std::string &jobDir, bool json)
{
    std::vector<JobEvent> outcomes;
    for (const SlurmPart &p : readSlurmParts(jobDir, "compare")) {
        JobEvent o;
        o.kind = JobEvent::Kind::Compared;
        o.model = p.name;
        o.error = p.missing;
        if (p.missing.empty()) {
            o.error = p.file + ": holds no result of " + p.name;
            std::stringstream lines(p.text);
            for (std::string line; std::getline(lines, line);)
                try {
                    o = resultFromJson(line, JobEvent::Kind::Compared);
                } catch (const std::exception &) {
                    // another event of the part's stream
                }
        }
        if (json)
            printEvent(o, true);
        outcomes.push_back(std::move(o));
    }
    if (!json)
        printTable(outcomes);
    return exitCode(outcomes);
}

} // namespace

int runCompare(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    const bool json = args.has("json");
    if (args.has("merge"))
        return mergeCompareParts(args.value("merge"), json);
    CompareConfig config;
    config.dataDir = args.required("data");
    config.outDir = args.required("out");
    config.threads = args.intValue("threads", 0);
    config.estimate = !args.has("no-estimate");
    try {
        if (args.has("detectors")) {
            std::stringstream list(args.value("detectors"));
            for (std::string s; std::getline(list, s, ',');)
                if (!s.empty())
                    config.detectors.push_back(comparedDetector(s));
        } else {
            config.detectors = defaultComparison();
        }
        // --epochs N: every family that trains trains for N epochs (the default: its own).
        if (args.has("epochs"))
            for (auto &d : config.detectors)
                if (findDetectorFamily(d.family)->trains() && !d.options.count("epochs")) {
                    d.options["epochs"] = args.value("epochs");
                    resolveDetectorOptions(d.family, d.options);
                }
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
    if (config.detectors.empty())
        throw UsageError("--detectors names no detector");

    if (args.has("slurm")) {
        std::vector<std::string> names;
        for (const auto &d : config.detectors)
            names.push_back(d.name);
        SlurmArray array{"compare", names, {}, shellQuote(selfPath()) + " compare --merge " + shellQuote(fs::absolute(args.value("slurm")).string())};
        for (const auto &name : names)
            array.tasks.push_back(shellQuote(selfPath()) + " compare --data " + shellQuote(fs::absolute(config.dataDir).string()) +
                                  " --out " + shellQuote(fs::absolute(config.outDir).string()) +
                                  (args.has("epochs") ? " --epochs " + args.value("epochs") : std::string()) +
                                  (config.estimate ? "" : " --no-estimate") +
                                  " --threads \"${SLURM_CPUS_PER_TASK:-1}\" --detectors " + shellQuote(name) + " --json");
        writeSlurmArray(args.value("slurm"), array, args);
        return 0;
    }

    std::vector<JobEvent> outcomes;
    auto job = Job::startComparison(config, [&outcomes, json](const JobEvent &e) {
        if (e.kind == JobEvent::Kind::Compared)
            outcomes.push_back(e);
        if (!json && e.kind == JobEvent::Kind::Finished)
            return; // the table below says it
        printEvent(e, json);
    });
    const int code = printJob(*job, json);
    if (code != 0)
        return code;
    if (!json)
        printTable(outcomes);
    return exitCode(outcomes);
}

} // namespace asd::cli
