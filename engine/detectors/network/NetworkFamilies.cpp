// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/network/NetworkFamilies.h"

#include "detectors/DetectorFile.h"
#include "dsp/LogMel.h"
#include "mix/Noise.h"

#include <sstream>
#include <stdexcept>

namespace asd {

namespace {

using K = DetectorOption::Kind;
constexpr double kAny = HUGE_VAL;

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &s : items)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

// The settings every method of the training loop takes (reference §4, §8).
std::vector<DetectorOption> loopOptions(TrainingMethod method)
{
    TrainConfig c;
    c.method = method;
    return {{"epochs", K::Whole, std::to_string(c.epochs), "passes over the normal training clips", 1, 100000},
            {"batch", K::Whole, std::to_string(c.batchSize), "clips per step", 2, 4096},
            {"lr", K::Number, optionText(c.learningRate), "AdamW's learning rate (cosine schedule)", 1e-12},
            {"seed", K::Whole, std::to_string(c.seed), "random seed", 0},
            {"device", K::Text, c.device, "cpu or cuda:K"},
            {"eval", K::Choice, "1", "score the labelled test clips as training goes (0: skip)", -kAny, kAny, {"0", "1"}},
            {"eval-every", K::Whole, "0",
             "score them every N epochs (0: first, last and as many between as keep it within a tenth of the time)", 0},
            {"snr-min", K::Number, optionText(c.snrMinDb), "lowest SNR of the noise mixtures (dB)", -60, 60},
            {"snr-max", K::Number, optionText(c.snrMaxDb), "highest SNR of the noise mixtures (dB)", -60, 60}};
}

// The classifier families: MobileFaceNet with an ArcFace head on the machine IDs (§4.1-4.3).
DetectorFamily classifier(TrainingMethod method, InputVariant input, std::string title, std::string summary)
{
    TrainConfig c;
    c.method = method;
    DetectorFamily f{toString(method), std::move(title), std::move(summary),
                     {{"input", K::Choice, toString(input), "what the network sees (reference §2)", -kAny, kAny,
                       {"logmel", "stgram", "tfstgram", "tastgram"}},
                      {"features", K::Choice, c.featurePreset, "log-mel preset", -kAny, kAny, featurePresetNames()},
                      {"seconds", K::Number, optionText(c.clipSeconds), "first seconds of each clip (reference §0.4)", 0.2,
                       600}}};
    const auto loop = loopOptions(method);
    f.options.insert(f.options.end(), loop.begin(), loop.end());
    f.resumes = true;
    f.options.push_back({"margin", K::Number, optionText(c.effectiveMargin()), "ArcFace margin m", 0, 2});
    f.options.push_back({"noise", K::Text, "", "noises mixed into half of each batch (pink,babble,... or recordings; "
                                               "empty: none, as the references)"});
    if (method == TrainingMethod::OsScl) {
        f.options.push_back({"ema-decay", K::Number, optionText(c.emaDecay), "EMA of the weights (reference §4.1)", 0, 1});
        f.options.push_back({"ema-warmup", K::Choice, "1", "warm the EMA decay up as min(d, (1+t)/(10+t)) (0: fixed)",
                             -kAny, kAny, {"0", "1"}});
    }
    return f;
}

} // namespace

const DetectorFamily &osSclFamily()
{
    static const DetectorFamily f =
        classifier(TrainingMethod::OsScl, InputVariant::LogMel, "OS-SCL (Noisy-ArcMix + noise-supervised contrastive, EMA)",
                   "OS-SCL: MobileFaceNet, noise-supervised contrastive loss and Noisy-ArcMix; needs many clips and epochs");
    return f;
}

const DetectorFamily &noisyArcMixFamily()
{
    static const DetectorFamily f = classifier(TrainingMethod::NoisyArcMix, InputVariant::TASTgram, "Noisy-ArcMix",
                                               "Noisy-ArcMix: mixup ArcFace classifier of machine IDs");
    return f;
}

const DetectorFamily &arcFaceFamily()
{
    static const DetectorFamily f = classifier(TrainingMethod::ArcFace, InputVariant::STgram, "ArcFace (STgram-MFN)",
                                               "STgram-MFN: ArcFace classifier of machine IDs");
    return f;
}

const DetectorFamily &mixAlignFamily()
{
    static const DetectorFamily f = [] {
        const TrainConfig c;
        DetectorFamily m{toString(TrainingMethod::MixAlign), "Mixture-aligned student of a trained detector (robust to noise)",
                         "student of a trained detector on machine+noise mixtures (retain, not denoise); scored by "
                         "nearest neighbours",
                         {{"teacher", K::Text, "", "the run it learns from (a trained network detector)", -kAny, kAny, {},
                           true}}};
        m.resumes = true;
        const auto loop = loopOptions(TrainingMethod::MixAlign);
        m.options.insert(m.options.end(), loop.begin(), loop.end());
        m.options.push_back({"noise", K::Text, joined(c.noises), "noises of the training mixtures"});
        m.options.push_back({"lambda", K::Number, optionText(c.alignLambda),
                             "share of teacher(machine) in the target λ·T(machine) + (1−λ)·T(noise) (reference §8)", 0, 1});
        m.options.push_back({"align", K::Choice, "mixture", "target: the mixture, or the machine alone (the denoise "
                                                            "baseline)", -kAny, kAny, {"mixture", "denoise"}});
        m.options.push_back({"align-weight", K::Number, optionText(c.alignWeight),
                             "weight of the alignment loss against the tagging loss", 0});
        return m;
    }();
    return f;
}

TrainConfig trainConfigFor(const std::string &family, const std::map<std::string, std::string> &given)
{
    TrainConfig c;
    c.method = methodFromString(family);
    const DetectorFamily &f = c.method == TrainingMethod::OsScl         ? osSclFamily()
                              : c.method == TrainingMethod::NoisyArcMix ? noisyArcMixFamily()
                              : c.method == TrainingMethod::ArcFace     ? arcFaceFamily()
                                                                        : mixAlignFamily();
    const auto o = f.resolve(given);
    c.epochs = int(wholeSetting(o, "epochs"));
    c.batchSize = int(wholeSetting(o, "batch"));
    c.learningRate = numberSetting(o, "lr");
    c.seed = std::uint64_t(wholeSetting(o, "seed"));
    c.device = textSetting(o, "device");
    c.evaluateEachEpoch = textSetting(o, "eval") == "1";
    c.evaluationInterval = int(wholeSetting(o, "eval-every"));
    c.snrMinDb = numberSetting(o, "snr-min");
    c.snrMaxDb = numberSetting(o, "snr-max");
    if (c.snrMaxDb < c.snrMinDb)
        throw std::invalid_argument(family + ": snr-min is above snr-max");
    const std::string &noise = textSetting(o, "noise");
    std::vector<std::string> noises;
    std::stringstream list(noise);
    for (std::string spec; std::getline(list, spec, ',');)
        if (!spec.empty()) {
            parseNoiseSource(spec); // throws std::invalid_argument naming the noise
            noises.push_back(spec);
        }
    if (c.method == TrainingMethod::MixAlign) {
        c.teacher = textSetting(o, "teacher");
        if (noises.empty())
            throw std::invalid_argument("mixalign: noise names no noise to mix");
        c.noises = noises;
        c.alignLambda = numberSetting(o, "lambda");
        c.alignToMachineOnly = textSetting(o, "align") == "denoise";
        c.alignWeight = numberSetting(o, "align-weight");
        return c;
    }
    c.input = inputVariantFromString(textSetting(o, "input"));
    c.featurePreset = textSetting(o, "features");
    c.clipSeconds = numberSetting(o, "seconds");
    c.margin = numberSetting(o, "margin");
    c.augmentWithNoise = !noises.empty();
    if (c.augmentWithNoise)
        c.noises = noises;
    if (c.method == TrainingMethod::OsScl) {
        c.emaDecay = numberSetting(o, "ema-decay");
        c.emaWarmup = textSetting(o, "ema-warmup") == "1";
    }
    return c;
}

std::map<std::string, std::string> optionsOf(const TrainConfig &c)
{
    std::map<std::string, std::string> o{{"epochs", std::to_string(c.epochs)},
                                         {"batch", std::to_string(c.batchSize)},
                                         {"lr", optionText(c.learningRate)},
                                         {"seed", std::to_string(c.seed)},
                                         {"device", c.device},
                                         {"eval", c.evaluateEachEpoch ? "1" : "0"},
                                         {"eval-every", std::to_string(c.evaluationInterval)},
                                         {"snr-min", optionText(c.snrMinDb)},
                                         {"snr-max", optionText(c.snrMaxDb)}};
    if (c.method == TrainingMethod::MixAlign) {
        o["teacher"] = c.teacher;
        o["noise"] = joined(c.noises);
        o["lambda"] = optionText(c.alignLambda);
        o["align"] = c.alignToMachineOnly ? "denoise" : "mixture";
        o["align-weight"] = optionText(c.alignWeight);
        return o;
    }
    o["input"] = toString(c.input);
    o["features"] = c.featurePreset;
    o["seconds"] = optionText(c.clipSeconds);
    o["margin"] = optionText(c.effectiveMargin());
    o["noise"] = c.augmentWithNoise ? joined(c.noises) : "";
    if (c.method == TrainingMethod::OsScl) {
        o["ema-decay"] = optionText(c.emaDecay);
        o["ema-warmup"] = c.emaWarmup ? "1" : "0";
    }
    return o;
}

} // namespace asd
