// SPDX-License-Identifier: GPL-3.0-or-later
// asd detectors and asd compare: which detector to use on these recordings.
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/JobPrinter.h"
#include "cli/Slurm.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "detectors/FitRun.h"
#include "encoders/EncoderLibrary.h"
#include "score/ScoreRun.h"
#include "train/Trainer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace asd::cli {

int runDetectors(const std::vector<std::string> &argv)
{
    const Args args(argv, {}, {"json"});
    if (!args.positional().empty())
        throw UsageError("takes no arguments");
    if (args.has("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &f : detectorFamilies()) {
            nlohmann::json options = nlohmann::json::array();
            for (const auto &o : f.options)
                options.push_back({{"name", o.name}, {"default", o.defaultValue}, {"help", o.help}});
            j.push_back({{"name", f.name},
                         {"summary", f.summary},
                         {"trains_network", f.trainsNetwork},
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
            std::printf("%-13s   %s=%s%s%s\n", "", o.name.c_str(), o.defaultValue.c_str(), o.help.empty() ? "" : "  ",
                        o.help.c_str());
    }
    return 0;
}

namespace {

struct Outcome {
    std::string name;
    EvaluationSummary metrics;
    double fitSeconds = 0.0;
    double scoreMsPerClip = 0.0;
    std::string error;
};

std::string percent(double v)
{
    if (!std::isfinite(v))
        return "-";
    char b[16];
    std::snprintf(b, sizeof b, "%.2f", 100.0 * v);
    return b;
}

nlohmann::json outcomeJson(const Outcome &o)
{
    nlohmann::json groups = nlohmann::json::array(), types = nlohmann::json::array();
    auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    for (const auto &g : o.metrics.groups)
        groups.push_back({{"machine_type", g.machineType}, {"group", g.group}, {"domain", toString(g.domain)},
                          {"auc", num(g.auc)}, {"pauc", num(g.pauc)}});
    for (const auto &t : o.metrics.types)
        types.push_back({{"machine_type", t.machineType}, {"auc", num(t.auc)}, {"pauc", num(t.pauc)}, {"mauc", num(t.mauc)}});
    return {{"detector", o.name}, {"error", o.error}, {"groups", groups}, {"types", types},
            {"official_score", num(o.metrics.officialScore)}, {"auc_mean", num(o.metrics.aucPerGroupMean)},
            {"pauc_mean", num(o.metrics.paucPerGroupMean)}, {"mauc_mean", num(o.metrics.maucMean)},
            {"fit_seconds", o.fitSeconds}, {"score_ms_per_clip", o.scoreMsPerClip}};
}

// The inverse, for --merge: a part file that a cluster task wrote with --json.
Outcome outcomeFromJson(const nlohmann::json &j)
{
    Outcome o;
    o.name = j.at("detector").get<std::string>();
    o.error = j.at("error").get<std::string>();
    o.metrics = groupsAndTypesFromJson(j);
    o.metrics.officialScore = numberOf(j.at("official_score"));
    o.metrics.aucPerGroupMean = numberOf(j.at("auc_mean"));
    o.metrics.paucPerGroupMean = numberOf(j.at("pauc_mean"));
    o.metrics.maucMean = j.contains("mauc_mean") ? numberOf(j.at("mauc_mean")) : std::nan("");
    o.fitSeconds = numberOf(j.at("fit_seconds"));
    o.scoreMsPerClip = numberOf(j.at("score_ms_per_clip"));
    return o;
}

// The comparison table (or its JSON), from a local run or merged from a cluster's parts.
void printOutcomes(const std::vector<Outcome> &outcomes, bool json)
{
    if (json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &o : outcomes)
            j.push_back(outcomeJson(o));
        std::cout << j.dump(2) << "\n";
    } else {
        std::printf("%-28s %-22s %-7s %7s %7s\n", "detector", "group", "domain", "AUC", "pAUC");
        for (const auto &o : outcomes)
            for (const auto &g : o.metrics.groups)
                std::printf("%-28s %-22s %-7s %7s %7s\n", o.name.c_str(), (g.machineType + "/" + g.group).c_str(),
                            g.domain == Domain::None ? "all" : toString(g.domain), percent(g.auc).c_str(),
                            percent(g.pauc).c_str());
        std::printf("\n%-28s %9s %9s %9s %9s %8s %12s\n", "detector", "official", "mean AUC", "mean pAUC", "mean mAUC",
                    "fit s", "score ms/clip");
        for (const auto &o : outcomes) {
            if (!o.error.empty()) {
                std::printf("%-28s failed: %s\n", o.name.c_str(), o.error.c_str());
                continue;
            }
            std::printf("%-28s %9s %9s %9s %9s %8.2f %12.2f\n", o.name.c_str(), percent(o.metrics.officialScore).c_str(),
                        percent(o.metrics.aucPerGroupMean).c_str(), percent(o.metrics.paucPerGroupMean).c_str(),
                        percent(o.metrics.maucMean).c_str(), o.fitSeconds, o.scoreMsPerClip);
        }
        // Which to trust on these recordings: the official score where the data has domains,
        // else the mean AUC over IDs.
        const Outcome *best = nullptr;
        auto rank = [](const Outcome &o) {
            return std::isfinite(o.metrics.officialScore) ? o.metrics.officialScore : o.metrics.aucPerGroupMean;
        };
        for (const auto &o : outcomes)
            if (o.error.empty() && std::isfinite(rank(o)) && (!best || rank(o) > rank(*best)))
                best = &o;
        if (best)
            std::printf("\nbest on this data: %s (%s %s)\n", best->name.c_str(),
                        std::isfinite(best->metrics.officialScore) ? "official score" : "mean AUC", percent(rank(*best)).c_str());
    }
}

// Runs one engine job on this thread; warnings go to stderr, the last event is returned.
template <typename Config>
JobEvent runHere(void (*job)(const Config &, const JobListener &, const std::atomic<bool> &), const Config &config,
                 const std::string &what)
{
    JobEvent last;
    std::atomic<bool> cancel{false};
    job(
        config,
        [&](const JobEvent &e) {
            if (e.kind == JobEvent::Kind::Warning)
                std::fprintf(stderr, "%s: warning: %s\n", what.c_str(), e.message.c_str());
            else if (e.kind == JobEvent::Kind::Progress)
                printProgress(what, std::size_t(e.step), std::size_t(e.steps));
            if (endsJob(e.kind))
                last = e;
        },
        cancel);
    if (last.kind != JobEvent::Kind::Finished)
        throw std::runtime_error(last.message.empty() ? what + " did not finish" : last.message);
    return last;
}

// --merge JOBDIR: the parts the array tasks wrote, in the planned order, as one table. A part
// that is missing or damaged shows as that detector's failure, naming the file and its log.
int mergeCompareParts(const std::string &jobDir, bool json)
{
    std::vector<Outcome> outcomes;
    for (const SlurmPart &p : readSlurmParts(jobDir, "compare")) {
        Outcome o;
        o.name = p.name;
        if (!p.missing.empty()) {
            o.error = p.missing;
        } else {
            try {
                o = outcomeFromJson(nlohmann::json::parse(p.text).at(0));
            } catch (const std::exception &e) {
                o.error = p.file + ": damaged (" + e.what() + ")";
            }
        }
        outcomes.push_back(std::move(o));
    }
    printOutcomes(outcomes, json);
    for (const auto &o : outcomes)
        if (!o.error.empty())
            return 1;
    return 0;
}

} // namespace

int runCompare(const std::vector<std::string> &argv)
{
    std::set<std::string> options{"data", "out", "detectors", "epochs", "threads", "merge"};
    options.insert(slurmOptions().begin(), slurmOptions().end());
    const Args args(argv, options, {"json"});
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    if (args.has("merge"))
        return mergeCompareParts(args.value("merge"), args.has("json"));
    const std::string data = args.required("data"), out = args.required("out");
    std::vector<std::string> specs;
    if (args.has("detectors")) {
        std::stringstream list(args.value("detectors"));
        for (std::string s; std::getline(list, s, ',');)
            if (!s.empty())
                specs.push_back(s);
    } else {
        for (const auto &f : detectorFamilies())
            if (f.name == kEncoderFamily) // once per imported encoder
                for (const EncoderFacts &e : EncoderLibrary().list())
                    specs.push_back(f.name + ":encoder=" + e.name);
            else if (!f.trainsNetwork && !needsEncoder(f.name))
                specs.push_back(f.name);
    }
    if (specs.empty())
        throw UsageError("--detectors names no detector");
    const int epochs = args.intValue("epochs", 20);
    // Check every name and option before any work.
    struct Planned {
        std::string name, family;
        std::map<std::string, std::string> options;
    };
    std::vector<Planned> planned;
    for (const auto &spec : specs) {
        Planned p{spec, spec.substr(0, spec.find(':')), {}};
        try {
            if (spec.find(':') != std::string::npos)
                p.options = parseDetectorOptions(spec.substr(spec.find(':') + 1));
            const DetectorFamily *f = findDetectorFamily(p.family);
            if (!f || !f->trainsNetwork)
                makeDetector(p.family, p.options);
            else if (p.family == "mixalign")
                throw std::invalid_argument("mixalign needs a teacher: train it with asd train --teacher");
            else if (!p.options.empty())
                throw std::invalid_argument(p.family + " takes no options here");
        } catch (const std::invalid_argument &e) {
            throw UsageError(e.what());
        }
        planned.push_back(std::move(p));
    }

    if (args.has("slurm")) {
        SlurmArray array{"compare", specs, {}, shellQuote(selfPath()) + " compare --merge " + shellQuote(fs::absolute(args.value("slurm")).string())};
        for (const auto &spec : specs)
            array.tasks.push_back(shellQuote(selfPath()) + " compare --data " + shellQuote(fs::absolute(data).string()) +
                                  " --out " + shellQuote(fs::absolute(out).string()) + " --epochs " + std::to_string(epochs) +
                                  " --threads \"${SLURM_CPUS_PER_TASK:-1}\" --detectors " + shellQuote(spec) + " --json");
        writeSlurmArray(args.value("slurm"), array, args);
        return 0;
    }

    std::vector<Outcome> outcomes;
    for (const auto &p : planned) {
        Outcome o;
        o.name = p.name;
        std::string folder = p.name;
        for (char &c : folder)
            if (c == ':' || c == '=' || c == ' ' || c == '/' || c == ';')
                c = '_';
        const std::string run = (fs::path(out) / folder).string();
        try {
            const auto t0 = std::chrono::steady_clock::now();
            if (findDetectorFamily(p.family)->trainsNetwork) {
                TrainConfig t;
                t.dataDir = data;
                t.outDir = run;
                t.method = methodFromString(p.family);
                t.epochs = epochs;
                t.batchSize = 32;
                t.learningRate = 1e-3;
                t.evaluateEachEpoch = false;
                t.threads = args.intValue("threads", 0);
                runHere(train, t, p.name + " training");
            } else {
                FitConfig f;
                f.dataDir = data;
                f.outDir = run;
                f.family = p.family;
                f.options = p.options;
                f.threads = args.intValue("threads", 0);
                runHere(fitDetector, f, p.name + " fitting");
            }
            const auto t1 = std::chrono::steady_clock::now();
            ScoreConfig s;
            s.checkpoint = run;
            s.dataDir = data;
            s.outDir = (fs::path(run) / "scores").string();
            s.threads = args.intValue("threads", 0);
            const JobEvent scored = runHere(score, s, p.name + " scoring");
            const auto t2 = std::chrono::steady_clock::now();
            o.metrics = scored.metrics;
            o.fitSeconds = std::chrono::duration<double>(t1 - t0).count();
            o.scoreMsPerClip = 1e3 * std::chrono::duration<double>(t2 - t1).count() / std::max<std::size_t>(1, scored.scores.size());
        } catch (const std::exception &e) {
            o.error = e.what();
        }
        outcomes.push_back(std::move(o));
    }

    printOutcomes(outcomes, args.has("json"));
    for (const auto &o : outcomes)
        if (!o.error.empty())
            return 1;
    return 0;
}

} // namespace asd::cli
