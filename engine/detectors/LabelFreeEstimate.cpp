// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/LabelFreeEstimate.h"

#include "audio/AudioFile.h"
#include "detectors/DetectorRegistry.h"
#include "metrics/RocAuc.h"
#include "synth/PseudoFaults.h"
#include "util/ParallelFor.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {

namespace {

// Removes the scratch folder however the estimate ends.
struct ScratchFolder {
    fs::path path;
    explicit ScratchFolder(fs::path p) : path(std::move(p))
    {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~ScratchFolder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

struct FaultedCopy {
    Clip clip;
    std::string fault;
};

} // namespace

std::map<std::string, GroupEstimate> estimateDetection(const std::string &family,
                                                       const std::map<std::string, std::string> &options,
                                                       const std::vector<const Clip *> &normals,
                                                       const EstimateSettings &settings, const FitContext &ctx)
{
    if (settings.scratchDir.empty())
        throw std::invalid_argument("the label-free estimate needs a scratch folder");
    const int folds = std::max(2, settings.folds);
    // Each group's clips dealt into folds in an order seeded by the group's name; beyond
    // clipsPerGroup, the rest of that order is left out.
    constexpr int kTraining = -1, kLeftOut = -2;
    std::map<std::string, std::vector<std::size_t>> byGroup;
    for (std::size_t i = 0; i < normals.size(); ++i)
        byGroup[detectorGroup(*normals[i])].push_back(i);
    std::vector<int> foldOf(normals.size(), kTraining);
    for (auto &[group, clips] : byGroup) {
        if (clips.size() < std::size_t(2 * folds))
            continue; // too few to hold any out
        Rng rng(mixSeeds(settings.seed, nameSeed(group)));
        for (std::size_t i = clips.size(); i > 1; --i)
            std::swap(clips[i - 1], clips[std::size_t(rng.uniform() * double(i))]);
        const std::size_t kept = settings.clipsPerGroup == 0
                                     ? clips.size()
                                     : std::max(settings.clipsPerGroup, std::size_t(2 * folds));
        for (std::size_t i = 0; i < clips.size(); ++i)
            foldOf[clips[i]] = i < kept ? int(i % std::size_t(folds)) : kLeftOut;
    }

    ScratchFolder scratch(settings.scratchDir);
    // The faulted copies, made once: every clip is held out in exactly one fold.
    const auto &kinds = pseudoFaults();
    std::vector<std::vector<FaultedCopy>> copies(normals.size());
    std::vector<std::string> unreadable(normals.size());
    parallelFor(normals.size(), ctx.threads, [&](std::size_t i) {
        if (foldOf[i] < 0 || (ctx.cancel && *ctx.cancel))
            return;
        try {
            const Audio audio = readAudio(normals[i]->path);
            for (PseudoFault kind : kinds) {
                FaultedCopy copy{*normals[i], toString(kind)};
                const fs::path file = scratch.path / (std::to_string(i) + "_" + copy.fault + ".wav");
                writeWav16(file.string(),
                           withPseudoFault(audio.samples, audio.sampleRate, kind, settings.levelDb,
                                           mixSeeds(settings.seed, i)),
                           audio.sampleRate);
                copy.clip.path = file.string();
                copy.clip.relativePath = normals[i]->relativePath + " + " + copy.fault;
                copy.clip.fileName = file.filename().string();
                copy.clip.split = Split::Test;
                copy.clip.label = Label::Anomaly;
                copy.clip.audio = probeAudio(copy.clip.path);
                copies[i].push_back(std::move(copy));
            }
        } catch (const std::exception &e) {
            unreadable[i] = e.what();
        }
    });
    for (std::size_t i = 0; i < normals.size(); ++i)
        if (!unreadable[i].empty()) {
            if (ctx.warn)
                ctx.warn("skipped in the estimate: " + unreadable[i]);
            foldOf[i] = kTraining;
        }

    // Per group, the sum over folds of each fault kind's AUC, and how many folds gave one.
    std::map<std::string, std::map<std::string, std::pair<double, int>>> sums;
    std::map<std::string, std::size_t> heldOut;
    FitContext foldCtx;
    foldCtx.dataDir = ctx.dataDir;
    foldCtx.scored = ctx.scored; // a family fitted with noise=heard is estimated with its copies
    foldCtx.warn = ctx.warn;
    foldCtx.cancel = ctx.cancel;
    foldCtx.threads = ctx.threads;
    for (int f = 0; f < folds && !(ctx.cancel && *ctx.cancel); ++f) {
        std::vector<const Clip *> train, scored;
        std::vector<std::string> faultOf; // "" for a held-out normal clip
        for (std::size_t i = 0; i < normals.size(); ++i) {
            if (foldOf[i] != f) {
                // Clips of groups too small to split, and unreadable ones, stay in training.
                if (foldOf[i] != kLeftOut)
                    train.push_back(normals[i]);
                continue;
            }
            scored.push_back(normals[i]);
            faultOf.emplace_back();
            for (const FaultedCopy &c : copies[i]) {
                scored.push_back(&c.clip);
                faultOf.push_back(c.fault);
            }
        }
        if (scored.empty())
            continue;
        std::unique_ptr<Detector> detector = makeDetector(family, options);
        detector->fit(train, foldCtx);
        if (ctx.cancel && *ctx.cancel)
            break;
        std::vector<ClipAnalysis> analyses;
        const auto errors = detector->analyseEach(scored, ctx.threads, ctx.cancel, ctx.progress, analyses);
        std::map<std::string, std::vector<std::size_t>> members;
        for (std::size_t i = 0; i < scored.size(); ++i)
            if (errors[i].empty())
                members[detectorGroup(*scored[i])].push_back(i);
        for (const auto &[group, rows] : members) {
            std::vector<const ClipAnalysis *> list;
            for (std::size_t i : rows)
                list.push_back(&analyses[i]);
            const std::vector<double> scores = detector->groupScores(group, list);
            for (const PseudoFault kind : kinds) {
                std::vector<double> s;
                std::vector<int> labels;
                for (std::size_t r = 0; r < rows.size(); ++r)
                    if (faultOf[rows[r]].empty() || faultOf[rows[r]] == toString(kind)) {
                        s.push_back(scores[r]);
                        labels.push_back(faultOf[rows[r]].empty() ? 0 : 1);
                    }
                const double auc = rocAuc(s, labels);
                if (std::isfinite(auc)) {
                    auto &sum = sums[group][toString(kind)];
                    sum.first += auc;
                    sum.second += 1;
                }
            }
            heldOut[group] += std::size_t(std::count_if(rows.begin(), rows.end(), [&](std::size_t i) { return faultOf[i].empty(); }));
        }
    }
    std::map<std::string, GroupEstimate> out;
    if (ctx.cancel && *ctx.cancel)
        return out;
    for (const auto &[group, perKind] : sums) {
        GroupEstimate e;
        double total = 0.0;
        for (const auto &[kind, sum] : perKind) {
            e.perFault[kind] = sum.first / sum.second;
            total += e.perFault[kind];
        }
        e.auc = total / double(perKind.size());
        e.heldOutClips = heldOut[group];
        out[group] = e;
    }
    if (out.empty())
        throw std::runtime_error("no group has the " + std::to_string(2 * folds) +
                                 " normal training clips a label-free estimate needs");
    return out;
}

double meanEstimate(const std::map<std::string, double> &estimates)
{
    if (estimates.empty())
        return NAN;
    double s = 0.0;
    for (const auto &[group, auc] : estimates)
        s += auc;
    return s / double(estimates.size());
}

} // namespace asd
