// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/DetectorRegistry.h"

#include "detectors/DetectorFile.h"
#include "detectors/autoencoder/AutoencoderDetector.h"
#include "detectors/bandstats/BandStatsDetector.h"
#include "detectors/encoderknn/EncoderKnnDetector.h"
#include "detectors/patchcore/PatchCoreDetector.h"

#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

std::string detectorGroup(const Clip &clip) { return clip.machineType + "/" + groupName(clip); }

const std::vector<DetectorFamily> &detectorFamilies()
{
    static const std::vector<DetectorFamily> families = {
        {"bandstats", "Band statistics (no training; few clips)",
         "per-band log-mel level and frame-to-frame change, rescaled nearest neighbours; no training, fits in seconds",
         {{"stats", "mean+change", "statistics per band, joined by +: mean, std, change"},
          {"features", "osscl", "log-mel preset: osscl, stgram or dcase-baseline"},
          {"k", "1", "nearest neighbours averaged"},
          {"k-ref", "4", "neighbours that set each normal clip's scale"}},
         false},
        {"patchcore", "PatchCore (no training; short events, where in the clip)",
         "nearest neighbours of 16 x 5 log-mel patches per frequency row (coreset bank); catches clicks and knocks and "
         "shows where in the clip they are",
         {{"features", "osscl", "log-mel preset: osscl, stgram or dcase-baseline"},
          {"coreset", "0.1", "fraction of a row's patches kept (banks of up to full-bank patches are kept whole)"},
          {"full-bank", "5000", ""},
          {"seed", "0", "the coreset's start points"},
          {"score", "max", "clip score: max (the worst patch) or top10 (mean of the worst tenth of frames)"}},
         false},
        {"dcase-ae", "DCASE autoencoder baseline",
         "the DCASE 2020-2024 Task 2 baseline: a dense autoencoder on 5 stacked log-mel frames per ID or section, "
         "reconstruction error (MSE) or selective Mahalanobis; the figure papers compare against",
         {{"epochs", "100", "the baseline's 100"},
          {"batch", "256", ""},
          {"lr", "0.001", "Adam's learning rate"},
          {"seed", "13711", "the baseline's seed"},
          {"score", "mse", "mse (reconstruction error) or mahala (selective Mahalanobis)"}},
         false},
        {kEncoderFamily, "Pretrained encoder (BEATs) + nearest neighbours (no training)",
         "a frozen pretrained audio encoder (BEATs, imported with asd encoders import): one layer's tokens pooled per "
         "frequency patch, nearest neighbours against source and target banks (GenRep, RMIS); where in the clip from "
         "the patch tokens",
         {{"encoder", "", "an imported encoder's name or a checkpoint file (required)"},
          {"layer", "last", "which block's output: 1 .. layers, or last (GenRep found 4 best)"},
          {"pooling", "frequency", "frequency (time mean per frequency patch, GenRep) or mean (all tokens, RMIS)"},
          {"k", "1", "nearest neighbours averaged"},
          {"metric", "euclidean", "euclidean (GenRep) or cosine (RMIS)"},
          {"normalise", "training", "per-domain scale: training (bank statistics), transductive (over the test "
                                    "clips, GenRep and RMIS) or none"},
          {"mixup", "0", "memory mixup: source neighbours mixed into each target clip (GenRep; 0 off)"},
          {"smote", "0", "SMOTE target bank as a ratio of the source clips (ASDKit 0.2; 0 off)"},
          {"curve-bank", "1024", "training tokens kept per frequency patch for the curve (0: no curve)"},
          {"device", "cpu", "cpu or cuda:K"}},
         false},
        {kAdaptedEncoderFamily, "Pretrained encoder adapted to your machines (LoRA, group adapter)",
         "the pretrained encoder adapted first (Han, Jiang et al. 2025): LoRA on its fully-connected layers, a "
         "group adapter per machine type, ArcFace on the labels that exist, a contrastive loss over sections and "
         "pseudo-attribute codes; then nearest neighbours as encoder-knn",
         {{"encoder", "", "an imported encoder's name or a checkpoint file (required)"},
          {"epochs", "10", "passes over the normal clips"},
          {"batch", "8", "clips per step"},
          {"lr", "0.0001", "Adam's learning rate"},
          {"seconds", "4", "random crop per clip and step"},
          {"lora-rank", "8", "r"},
          {"lora-alpha", "16", "the update is scaled by alpha / r"},
          {"lora-targets", "all", "all fully-connected layers, attention, or ffn"},
          {"codes", "8", "pseudo-attribute codes per section"},
          {"bottleneck", "64", "group adapter width"},
          {"layer", "last", "which block's output is embedded"},
          {"eval", "1", "score the labelled test clips after each epoch (0: skip; slow with real-size BEATs)"},
          {"noise", "", "noises (pink,babble,... or recordings): train a noise-robust student of the "
                        "encoder instead (retain, not denoise)"},
          {"lambda", "0.5", "student: share of teacher(machine) in the target; 1 is the denoise baseline"},
          {"align-weight", "1", "student: weight of the alignment loss against the tagging loss"},
          {"snr-min", "-6", "student: lowest SNR of its mixtures"},
          {"snr-max", "6", "student: highest SNR of its mixtures"},
          {"device", "cpu", "cpu or cuda:K"}},
         false},
        {"osscl", "OS-SCL (Noisy-ArcMix + noise-supervised contrastive, EMA)", "OS-SCL: MobileFaceNet, noise-supervised contrastive loss and Noisy-ArcMix; needs many clips and epochs",
         {{"input", "logmel", "logmel, stgram, tfstgram or tastgram"}, {"epochs", "300", ""}}, true},
        {"noisy-arcmix", "Noisy-ArcMix", "Noisy-ArcMix: mixup ArcFace classifier of machine IDs", {{"input", "tastgram", ""}, {"epochs", "300", ""}},
         true},
        {"arcface", "ArcFace (STgram-MFN)", "STgram-MFN: ArcFace classifier of machine IDs", {{"input", "stgram", ""}, {"epochs", "300", ""}}, true},
        {"mixalign", "Mixture-aligned student of the open model (robust to noise)",
         "student of a trained detector on machine+noise mixtures (retain, not denoise); scored by nearest neighbours",
         {{"teacher", "", "the run it learns from"}, {"lambda", "0.5", ""}}, true},
    };
    return families;
}

const DetectorFamily *findDetectorFamily(const std::string &name)
{
    for (const auto &f : detectorFamilies())
        if (f.name == name)
            return &f;
    return nullptr;
}

const char *defaultDetectorFamily() { return "bandstats"; }

namespace {

using Options = std::map<std::string, std::string>;

// The families that fit without a network: how each is made and read back.
struct Maker {
    const char *family;
    std::unique_ptr<Detector> (*make)(const Options &);
    std::unique_ptr<Detector> (*load)(const DetectorFile &);
};

const Maker kMakers[] = {
    {"bandstats",
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<BandStatsDetector>(BandStatsDetector::parseOptions(o));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return BandStatsDetector::fromFile(f); }},
    {"patchcore",
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<PatchCoreDetector>(PatchCoreDetector::parseOptions(o));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return PatchCoreDetector::fromFile(f); }},
    {kEncoderFamily,
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<EncoderKnnDetector>(EncoderKnnDetector::parseOptions(o));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return EncoderKnnDetector::fromFile(f); }},
    {kAdaptedEncoderFamily,
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<EncoderKnnDetector>(EncoderKnnDetector::parseOptions(o, true));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return EncoderKnnDetector::fromFile(f); }},
    {"dcase-ae",
     [](const Options &o) -> std::unique_ptr<Detector> {
         return std::make_unique<AutoencoderDetector>(AutoencoderDetector::parseOptions(o));
     },
     [](const DetectorFile &f) -> std::unique_ptr<Detector> { return AutoencoderDetector::fromFile(f); }},
};

const Maker *makerOf(const std::string &family)
{
    for (const Maker &m : kMakers)
        if (family == m.family)
            return &m;
    return nullptr;
}

} // namespace

std::unique_ptr<Detector> makeDetector(const std::string &family, const std::map<std::string, std::string> &options)
{
    if (const Maker *m = makerOf(family))
        return m->make(options);
    if (const DetectorFamily *f = findDetectorFamily(family); f && f->trainsNetwork)
        throw std::invalid_argument(family + " trains a network: use the training loop (asd train --detector " + family + ")");
    std::string names;
    for (const auto &f : detectorFamilies())
        names += (names.empty() ? "" : ", ") + f.name;
    throw std::invalid_argument("unknown detector '" + family + "' (choose " + names + ")");
}

std::map<std::string, std::string> parseDetectorOptions(const std::string &text)
{
    std::map<std::string, std::string> out;
    std::string item;
    auto take = [&] {
        if (item.empty())
            return;
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            throw std::invalid_argument("detector option '" + item + "' is not key=value");
        out[item.substr(0, eq)] = item.substr(eq + 1);
        item.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == ';' || c == '\t')
            take();
        else
            item.push_back(c);
    }
    take();
    return out;
}

std::string detectorFileIn(const std::string &runOrFile)
{
    std::error_code ec;
    if (fs::is_directory(runOrFile, ec)) {
        const std::string inside = (fs::path(runOrFile) / kDetectorFileName).string();
        return fs::exists(inside, ec) ? inside : std::string();
    }
    return isDetectorFile(runOrFile) ? runOrFile : std::string();
}

std::unique_ptr<Detector> loadDetector(const std::string &runOrFile)
{
    std::string path = detectorFileIn(runOrFile);
    if (path.empty())
        path = fs::is_directory(runOrFile) ? (fs::path(runOrFile) / kDetectorFileName).string() : runOrFile;
    const DetectorFile file = readDetectorFile(path);
    const std::string family = file.header["family"].get<std::string>();
    if (const Maker *m = makerOf(family)) {
        try {
            return m->load(file);
        } catch (const std::exception &e) {
            throw std::runtime_error(path + ": " + e.what());
        }
    }
    throw std::runtime_error(path + ": a detector of family '" + family + "', which this version does not know");
}

} // namespace asd
