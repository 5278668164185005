// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/JobPrinter.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "jobs/Job.h"
#include "runs/RunRecord.h"

#include <algorithm>
#include <csignal>
#include <set>
#include <iostream>

namespace asd::cli {

std::set<std::string> trainValueOptions()
{
    std::set<std::string> names{"data", "out", "detector", "method", "options", "threads"};
    for (const auto &f : detectorFamilies())
        for (const auto &o : f.options)
            names.insert(o.name);
    return names;
}

std::string trainHelp()
{
    std::string h =
        "usage: asd train --data DIR [--out RUN] [--detector NAME] [--options \"KEY=VALUE ...\"]\n"
        "                 [--KEY VALUE ...] [--threads N] [--resume | --replace] [--json-events]\n"
        "\n"
        "Fits or trains a detector on DIR's normal training clips and writes it to the run\n"
        "folder RUN (RUN/run.json records what, on which data, when, and its metrics); without\n"
        "--out, to a new folder runs/NAME-DATE-TIME. A folder that already holds a run is\n"
        "refused unless --replace is given, which removes the old run's detector, checkpoints,\n"
        "record and RUN/scores first.\n"
        "--detector (or its older name --method) picks the family; the default, bandstats,\n"
        "needs no training and works from a few tens of clips. Each option of the family is\n"
        "given either in --options or as a flag of its own: --epochs 2 is --options epochs=2,\n"
        "spelled the same for every family that trains (epochs, batch, lr, seconds, seed,\n"
        "device). Where the labelled test clips are there, families that train score them as\n"
        "training goes and print per-ID AUC, pAUC and mAUC.\n"
        "The network families (osscl, noisy-arcmix, arcface, mixalign) need hundreds of clips\n"
        "per machine and many epochs; RUN receives last.pt after every epoch and best.pt at\n"
        "each lowest validation loss. Ctrl+C stops cleanly; --resume goes on.\n"
        "\n"
        "  --threads N    worker threads (default: all cores)\n"
        "  --resume       go on from RUN/last.pt (network families)\n"
        "  --replace      replace the run RUN holds\n"
        "  --no-eval      --eval 0; --ema-fixed: --ema-warmup 0\n"
        "  --json-events  one JSON object per event on stdout\n"
        "\n"
        "The families and their options (KEY=DEFAULT, what it takes):\n";
    for (const auto &f : detectorFamilies()) {
        h += "\n" + f.name + ": " + f.summary + "\n";
        for (const auto &o : f.options)
            h += "  --" + o.name + " (" + (o.defaultValue.empty() ? "none" : o.defaultValue) + ", " + o.accepts() + ")" +
                 (o.help.empty() ? "" : "  " + o.help) + "\n";
    }
    return h;
}

std::set<std::string> trainFlags() { return {"resume", "replace", "json-events", "no-eval", "ema-fixed"}; }

int runTrain(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    if (args.has("detector") && args.has("method") && args.value("detector") != args.value("method"))
        throw UsageError("--method is another name for --detector: give one");
    const std::string family = args.value("detector", args.value("method", defaultDetectorFamily()));
    const DetectorFamily *f = findDetectorFamily(family);
    std::map<std::string, std::string> options;
    try {
        if (!f)
            resolveDetectorOptions(family, {}); // names the families
        options = parseDetectorOptions(args.value("options"));
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
    // Each of the family's options may also be given as a flag of its own (--epochs 2 is
    // epochs=2), spelled the same for every family that has it.
    auto set = [&](const std::string &name, const std::string &value, const std::string &flag) {
        if (!f->option(name)) {
            const bool training = std::find(trainingSettings().begin(), trainingSettings().end(), name) !=
                                  trainingSettings().end();
            throw UsageError(flag + " is not a setting of " + family +
                             (training && !f->trains() ? ", which fits in one pass without training" : "") +
                             " (asd detectors lists what each family takes)");
        }
        if (options.count(name) && options[name] != value)
            throw UsageError(flag + " and --options both set " + name);
        options[name] = value;
    };
    const std::set<std::string> own{"data", "out", "detector", "method", "options", "threads"};
    for (const std::string &name : trainValueOptions())
        if (args.has(name) && !own.count(name))
            set(name, args.value(name), "--" + name);
    if (args.has("no-eval"))
        set("eval", "0", "--no-eval");
    if (args.has("ema-fixed"))
        set("ema-warmup", "0", "--ema-fixed");
    if (args.has("resume") && !f->resumes)
        throw UsageError("--resume is for the families that keep checkpoints as they train; " + family + " starts afresh");
    try {
        resolveDetectorOptions(family, options); // checks them before any work; the run records those given
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
    if (args.has("resume") && args.has("replace"))
        throw UsageError("--resume goes on with the run in --out, --replace starts it afresh: give one");
    if (args.has("resume") && !args.has("out"))
        throw UsageError("--resume needs --out RUN, the run to go on with");
    const std::string data = args.required("data");
    const std::string out = args.has("out") ? args.value("out") : newRunFolder("runs", family);
    const int threads = args.intValue("threads", 0);
    FitConfig fit;
    fit.dataDir = data;
    fit.outDir = out;
    fit.family = family;
    fit.threads = threads;
    fit.options = options;
    fit.replace = args.has("replace");
    fit.resume = args.has("resume");
    if (!f->needsEncoder()) // opening an encoder takes seconds: the job does it
        try {
            makeDetector(family, options);
        } catch (const std::invalid_argument &e) {
            throw UsageError(e.what());
        }
    return runJob(Job::startFitting, fit, args.has("json-events"));
}

EmbeddingLayer layerArg(const Args &args)
{
    try {
        return embeddingLayerFromString(args.value("layer", "head"));
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
}

int runScore(const Args &args)
{
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    ScoreConfig c;
    c.checkpoint = args.required("run");
    c.dataDir = args.required("data");
    c.outDir = args.required("out");
    const std::string scorer = args.value("scorer", "auto");
    if (scorer == "knn")
        c.scorer = ScoreConfig::Scorer::Knn;
    else if (scorer == "arcface")
        c.scorer = ScoreConfig::Scorer::ArcFace;
    else if (scorer != "auto")
        throw UsageError("--scorer must be auto, arcface or knn");
    c.k = args.intValue("k", 1);
    const std::string metric = args.value("metric", "cosine");
    if (metric != "cosine" && metric != "euclidean")
        throw UsageError("--metric must be cosine or euclidean");
    c.cosine = metric == "cosine";
    c.layer = layerArg(args);
    c.device = args.value("device", "cpu");
    c.batchSize = args.intValue("batch", c.batchSize);
    c.threads = args.intValue("threads", 0);
    if (c.k < 1 || c.batchSize < 1)
        throw UsageError("--k and --batch must be at least 1");
    c.projectorDir = args.value("projector");
    c.embedTrainingClips = !c.projectorDir.empty(); // the reference clips in the projector too
    return runJob(Job::startScoring, c, args.has("json-events"));
}

} // namespace asd::cli
