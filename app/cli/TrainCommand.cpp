// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/JobPrinter.h"

#include "detectors/Detector.h"
#include "detectors/DetectorRegistry.h"
#include "dsp/LogMel.h"
#include "jobs/Job.h"
#include "mix/Noise.h"

#include <csignal>
#include <iostream>
#include <sstream>

namespace asd::cli {

int runTrain(const std::vector<std::string> &argv)
{
    const Args args(argv,
                    {"data", "detector", "options", "encoder", "method", "input", "epochs", "batch", "device", "out", "lr", "seconds", "seed", "threads",
                     "features", "margin", "ema-decay", "teacher", "noise", "snr-min", "snr-max", "lambda", "align", "align-weight", "eval-every"},
                    {"resume", "json-events", "no-eval", "ema-fixed"});
    if (!args.positional().empty())
        throw UsageError("takes no positional arguments");
    if (args.has("detector") && args.has("method") && args.value("detector") != args.value("method"))
        throw UsageError("--method is another name for --detector: give one");
    const std::string family = args.value("detector", args.value("method", defaultDetectorFamily()));
    const DetectorFamily *known = findDetectorFamily(family);
    if (!known)
        try {
            makeDetector(family, {}); // names the families
        } catch (const std::invalid_argument &e) {
            throw UsageError(e.what());
        }
    if (args.has("encoder") && !needsEncoder(family))
        throw UsageError("--encoder is for --detector encoder-knn and encoder-lora");
    if (!known->trainsNetwork) {
        const bool encoder = needsEncoder(family);
        if (args.has("device") && !encoder)
            throw UsageError("--device is for the network detectors and the encoder ones; " + family + " runs on the CPU");
        for (const char *flag : {"input", "epochs", "batch", "lr", "seconds", "seed", "features", "margin",
                                 "ema-decay", "teacher", "noise", "snr-min", "snr-max", "lambda", "align", "align-weight",
                                 "resume", "no-eval", "ema-fixed"})
            if (args.has(flag))
                throw UsageError("--" + std::string(flag) + " is for the network detectors; " + family +
                                 " fits without training (its settings go in --options)");
        FitConfig f;
        f.dataDir = args.required("data");
        f.outDir = args.required("out");
        f.family = family;
        f.threads = args.intValue("threads", 0);
        try {
            f.options = parseDetectorOptions(args.value("options"));
            if (args.has("encoder"))
                f.options["encoder"] = args.value("encoder");
            if (args.has("device"))
                f.options["device"] = args.value("device");
            makeDetector(family, f.options); // checks the options before any work
        } catch (const std::invalid_argument &e) {
            throw UsageError(e.what());
        }
        return runJob(Job::startFitting, f, args.has("json-events"));
    }
    if (args.has("options"))
        throw UsageError("--options is for detectors that fit without training; " + family + " takes its own flags");
    TrainConfig c;
    c.dataDir = args.required("data");
    c.outDir = args.required("out");
    try {
        c.method = methodFromString(family);
        c.input = inputVariantFromString(args.value("input", "logmel"));
        featurePreset(args.value("features", "osscl"));
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
    c.featurePreset = args.value("features", "osscl");
    c.epochs = args.intValue("epochs", c.epochs);
    c.batchSize = args.intValue("batch", c.batchSize);
    c.learningRate = args.doubleValue("lr", c.learningRate);
    c.clipSeconds = args.doubleValue("seconds", c.clipSeconds);
    c.seed = std::uint64_t(args.intValue("seed", int(c.seed)));
    c.threads = args.intValue("threads", 0);
    c.margin = args.doubleValue("margin", -1.0);
    c.emaDecay = args.doubleValue("ema-decay", c.emaDecay);
    c.emaWarmup = !args.has("ema-fixed");
    c.device = args.value("device", "cpu");
    c.resume = args.has("resume");
    c.evaluateEachEpoch = !args.has("no-eval");
    c.evaluationInterval = args.intValue("eval-every", 0);
    if (c.evaluationInterval < 0)
        throw UsageError("--eval-every takes a number of epochs, 1 or more");
    c.teacher = args.value("teacher");
    c.augmentWithNoise = args.has("noise") && c.method != TrainingMethod::MixAlign;
    if (args.has("noise")) {
        c.noises.clear();
        std::stringstream list(args.value("noise"));
        for (std::string spec; std::getline(list, spec, ',');) {
            try {
                parseNoiseSource(spec);
            } catch (const std::invalid_argument &e) {
                throw UsageError(e.what());
            }
            c.noises.push_back(spec);
        }
    }
    c.snrMinDb = args.doubleValue("snr-min", c.snrMinDb);
    c.snrMaxDb = args.doubleValue("snr-max", c.snrMaxDb);
    c.alignLambda = args.doubleValue("lambda", c.alignLambda);
    c.alignWeight = args.doubleValue("align-weight", c.alignWeight);
    const std::string align = args.value("align", "mixture");
    if (align != "mixture" && align != "denoise")
        throw UsageError("--align must be mixture or denoise");
    c.alignToMachineOnly = align == "denoise";
    if (c.method == TrainingMethod::MixAlign && c.teacher.empty())
        throw UsageError("--method mixalign needs --teacher RUN (a trained detector to align to)");
    if (c.snrMaxDb < c.snrMinDb || c.alignLambda < 0 || c.alignLambda > 1 || c.alignWeight < 0)
        throw UsageError("need --snr-min <= --snr-max, --lambda in [0, 1] and --align-weight >= 0");
    if (c.epochs < 1 || c.batchSize < 2)
        throw UsageError("--epochs must be at least 1 and --batch at least 2");
    if (c.clipSeconds <= 0.1)
        throw UsageError("--seconds must be more than 0.1");
    return runJob(Job::startTraining, c, args.has("json-events"));
}

EmbeddingLayer layerArg(const Args &args)
{
    try {
        return embeddingLayerFromString(args.value("layer", "head"));
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
}

int runScore(const std::vector<std::string> &argv)
{
    const Args args(argv, {"run", "data", "out", "scorer", "k", "metric", "layer", "device", "batch", "threads", "projector"},
                    {"json-events"});
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
