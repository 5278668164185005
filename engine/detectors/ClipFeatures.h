// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "detectors/Detector.h"
#include "detectors/DetectorFamily.h"
#include "dsp/LogMel.h"
#include "mix/HeardBackground.h"
#include "util/ParallelFor.h"

namespace asd {

// The whole clip's log-mel spectrogram [mels][frames], resampled to the preset's rate: the
// detectors that fit without a network keep every frame (no crop, no padding). Throws
// AudioError naming the file.
FeatureMatrix wholeClipLogMel(const LogMelExtractor &logMel, const std::string &path);

// Noisy copies of the normal training clips, for a bank that also knows what the machine
// sounds like under noise heard only after fitting (issue #33): each clip mixed with each
// noise at each SNR.
struct NoisyCopies {
    // As parseNoiseSource reads them ("pink", a file, a folder), or kHeardNoise.
    std::vector<std::string> noises;
    std::vector<double> snrsDb;
    std::uint64_t seed = 0;
    // kHeardNoise's background per detector group, once hearScoredClips has listened.
    std::shared_ptr<const std::map<std::string, HeardBackground>> heard;
    bool any() const { return !noises.empty() && !snrsDb.empty(); }
    bool hears() const;
};
// `noise=heard`: the background heard in the dataset's clips to score, group by group
// (mix/HeardBackground.h), for a plant that got noisier where nobody recorded the noise alone.
// Its copies are mixed at the level heard and 6 dB either side (the quiet stretches it comes
// from may under- or overstate it), whatever noise-snr says of the other noises.
inline constexpr const char *kHeardNoise = "heard";
// `noise=none`: no copies, as the empty field reads in the Jobs view.
inline constexpr const char *kNoNoise = "none";
inline constexpr double kHeardOffsetsDb[] = {6.0, 0.0, -6.0};
// A family's options followed by `noise` and `noise-snr`, which every family that can fit with
// noisy copies declares alike.
std::vector<DetectorOption> withNoisyCopyOptions(std::vector<DetectorOption> options);
// Those options read: lists joined by + (or ,), e.g. "pink+brown+babble" or a recording of the
// plant's noise, and "6+0+-6". Throws std::invalid_argument naming what cannot be used; with
// recordingsMustExist false (a fitted detector read back, which scores without them) a
// recording that is gone is taken by its name.
NoisyCopies noisyCopiesOf(const std::string &noises, const std::string &snrsDb, std::uint64_t seed,
                          bool recordingsMustExist = true);
NoisyCopies noisyCopiesOf(const std::map<std::string, std::string> &resolvedOptions, std::uint64_t seed,
                          bool recordingsMustExist);
// The options back as options() gives them: {"noise", "pink+brown"}, {"noise-snr", "6+0+-6"}.
void addNoisyCopyOptions(const NoisyCopies &copies, std::map<std::string, std::string> &options);
// ", with copies under pink+noisex92 noise" for describe(); empty without copies.
std::string noisyCopyDescription(const NoisyCopies &copies);
// With `noise=heard`, the copies with each group's background heard in ctx.scored against its
// normal clips (at most kHeardClipsPerGroup of each, a seeded draw), read on
// ctx.threads; otherwise the copies as they are. Says through ctx.events what it heard in each
// group, and through ctx.warn where there was nothing to hear.
NoisyCopies hearScoredClips(const NoisyCopies &copies, const std::vector<const Clip *> &normals, const FitContext &ctx,
                            int sampleRate);
inline constexpr std::size_t kHeardClipsPerGroup = 100; // as the label-free estimate's draw

// The clip's whole log-mel, then (with copies) its log-mel under each noise at each SNR, the
// noise drawn from the seed and the clip's path: a refit gives the same bank. A group where
// `heard` heard nothing has no copies under it. Throws AudioError naming the file.
std::vector<FeatureMatrix> wholeClipLogMels(const LogMelExtractor &logMel, const Clip &clip, const NoisyCopies &copies);

// Runs extract on every clip on `threads` threads (0: all cores), reporting progress(done,
// total) from the calling thread; each clip's result lands in results and its error, if it
// threw, in the returned list (empty where none), both in clip order.
template <typename T>
std::vector<std::string> extractEach(const std::vector<const Clip *> &clips, int threads, const std::atomic<bool> *cancel,
                                     const std::function<void(std::size_t, std::size_t)> &progress,
                                     const std::function<T(const Clip &)> &extract, std::vector<T> &results)
{
    results.assign(clips.size(), T{});
    std::vector<std::string> errors(clips.size());
    std::size_t done = 0;
    std::mutex lock;
    parallelFor(
        clips.size(), threads,
        [&](std::size_t i) {
            try {
                results[i] = extract(*clips[i]);
            } catch (const std::exception &e) {
                errors[i] = e.what();
            }
            std::lock_guard<std::mutex> g(lock);
            ++done;
        },
        [&](std::size_t) {
            if (progress) {
                std::lock_guard<std::mutex> g(lock);
                progress(done, clips.size());
            }
        },
        cancel);
    if (progress && !(cancel && *cancel)) // the workers' own items report only on the calling thread
        progress(clips.size(), clips.size());
    return errors;
}

// Runs extract on every clip on ctx.threads threads, with progress; a clip whose extraction
// throws is reported through ctx.warn and left out. Results are grouped by detectorGroup, in
// clip order. Returns nothing when cancelled.
template <typename T>
std::map<std::string, std::vector<T>> extractByGroup(const std::vector<const Clip *> &clips, const FitContext &ctx,
                                                     const std::function<T(const Clip &)> &extract)
{
    std::vector<T> results;
    const std::vector<std::string> errors = extractEach(clips, ctx.threads, ctx.cancel, ctx.progress, extract, results);
    std::map<std::string, std::vector<T>> byGroup;
    if (ctx.cancel && *ctx.cancel)
        return byGroup;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (!errors[i].empty()) {
            if (ctx.warn)
                ctx.warn("skipped: " + errors[i]);
            continue;
        }
        byGroup[detectorGroup(*clips[i])].push_back(std::move(results[i]));
    }
    return byGroup;
}

} // namespace asd
