// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/ClipFeatures.h"

#include "audio/AudioFile.h"
#include "events/JobEvent.h"
#include "mix/Mixer.h"
#include "mix/Noise.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace asd {

FeatureMatrix wholeClipLogMel(const LogMelExtractor &logMel, const std::string &path)
{
    ReadOptions read;
    read.targetRate = logMel.config().sampleRate;
    return logMel.compute(readAudio(path, read).samples);
}

namespace {
std::vector<std::string> listOf(const std::string &text)
{
    std::vector<std::string> items;
    std::string item;
    for (char c : text + "+") {
        if (c == '+' || c == ',') {
            if (!item.empty())
                items.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item += c;
        }
    }
    return items;
}
} // namespace

std::vector<DetectorOption> withNoisyCopyOptions(std::vector<DetectorOption> options)
{
    using K = DetectorOption::Kind;
    options.push_back({"noise", K::Text, "",
             "noises mixed into copies of each normal clip, which the detector also learns, so that noise heard only "
             "after fitting is no surprise: heard (the background of the clips to score, at the level heard there), "
             "a recording of the plant's noise (a file or a folder) or generic ones (pink+brown+babble); none by "
             "default"});
    options.back().example = std::string(kNoNoise) + "; " + kHeardNoise + ", a recording, or pink+brown+babble";
    options.push_back({"noise-snr", K::Text, "6+0+-6", "SNRs of the noisy copies in dB, joined by +"});
    return options;
}

NoisyCopies noisyCopiesOf(const std::string &noises, const std::string &snrsDb, std::uint64_t seed,
                          bool recordingsMustExist)
{
    NoisyCopies copies;
    copies.seed = seed;
    for (const std::string &spec : listOf(noises)) {
        if (spec == kNoNoise)
            continue;
        if (recordingsMustExist && spec != kHeardNoise) {
            try {
                parseNoiseSource(spec);
            } catch (const std::invalid_argument &e) { // names the noise; asd mix has no "heard"
                throw std::invalid_argument(std::string(e.what()) + "; a detector also takes heard, the background of the clips to score");
            }
        }
        copies.noises.push_back(spec);
    }
    for (const std::string &snr : listOf(snrsDb)) {
        std::size_t used = 0;
        double v = 0;
        try {
            v = std::stod(snr, &used);
        } catch (const std::exception &) {
        }
        if (used != snr.size() || !std::isfinite(v))
            throw std::invalid_argument("noise-snr: '" + snr + "' is not a number of dB");
        copies.snrsDb.push_back(v);
    }
    if (!copies.noises.empty() && copies.snrsDb.empty())
        throw std::invalid_argument("noise-snr: name at least one SNR for the noisy copies");
    return copies;
}

NoisyCopies noisyCopiesOf(const std::map<std::string, std::string> &resolvedOptions, std::uint64_t seed,
                          bool recordingsMustExist)
{
    return noisyCopiesOf(textSetting(resolvedOptions, "noise"), textSetting(resolvedOptions, "noise-snr"), seed,
                         recordingsMustExist);
}

void addNoisyCopyOptions(const NoisyCopies &copies, std::map<std::string, std::string> &options)
{
    std::string noises, snrs;
    for (const auto &spec : copies.noises)
        noises += (noises.empty() ? "" : "+") + spec;
    for (double v : copies.snrsDb) {
        char text[32];
        std::snprintf(text, sizeof text, "%g", v);
        snrs += (snrs.empty() ? "" : "+") + std::string(text);
    }
    options["noise"] = noises;
    options["noise-snr"] = snrs;
}

std::string noisyCopyDescription(const NoisyCopies &copies)
{
    if (!copies.any())
        return {};
    std::string names;
    for (const auto &spec : copies.noises)
        if (spec != kHeardNoise)
            names += (names.empty() ? "" : "+") + noiseSourceName(spec);
    if (!copies.hears())
        return ", with copies under " + names + " noise";
    // Said of the options: a group whose clips to score are no louder than its normal clips
    // hears nothing and gets no copies (the fit says which, group by group).
    return ", with copies under the background heard in the clips to score, where they are louder" +
           (names.empty() ? std::string() : ", and under " + names + " noise");
}

bool NoisyCopies::hears() const
{
    return any() && std::find(noises.begin(), noises.end(), kHeardNoise) != noises.end();
}

namespace {
// At most kHeardClipsPerGroup of a group's clips, a seeded draw kept in clip order.
std::vector<const Clip *> drawn(std::vector<const Clip *> clips, std::uint64_t seed)
{
    if (clips.size() <= kHeardClipsPerGroup)
        return clips;
    Rng rng(seed);
    for (std::size_t i = 0; i < kHeardClipsPerGroup; ++i) // partial Fisher-Yates
        std::swap(clips[i], clips[i + std::size_t(rng.next() % (clips.size() - i))]);
    clips.resize(kHeardClipsPerGroup);
    std::sort(clips.begin(), clips.end(), [](const Clip *a, const Clip *b) { return a->relativePath < b->relativePath; });
    return clips;
}
} // namespace

NoisyCopies hearScoredClips(const NoisyCopies &copies, const std::vector<const Clip *> &normals, const FitContext &ctx,
                            int sampleRate)
{
    if (!copies.hears())
        return copies;
    std::map<std::string, std::vector<const Clip *>> scoredBy, normalBy;
    for (const Clip *c : ctx.scored)
        scoredBy[detectorGroup(*c)].push_back(c);
    for (const Clip *c : normals)
        normalBy[detectorGroup(*c)].push_back(c);
    const LogMelExtractor logMel(hearingFeatures(sampleRate));
    auto hearing = [&](const Clip &c) {
        ReadOptions read;
        read.targetRate = sampleRate;
        return hear(readAudio(c.path, read).samples, logMel);
    };
    auto heard = std::make_shared<std::map<std::string, HeardBackground>>();
    for (const auto &[group, groupNormals] : normalBy) {
        if (ctx.cancel && *ctx.cancel)
            break;
        const auto toScore = scoredBy.find(group);
        if (toScore == scoredBy.end()) {
            if (ctx.warn)
                ctx.warn("noise=heard: " + group + " has no clips to score, so no background was heard there");
            continue;
        }
        std::vector<Hearing> sides[2];
        const std::vector<const Clip *> clips[2] = {drawn(toScore->second, mixSeeds(copies.seed, nameSeed(group))),
                                                    drawn(groupNormals, mixSeeds(copies.seed, nameSeed(group) + 1))};
        for (int side = 0; side < 2; ++side) {
            const auto errors = extractEach<Hearing>(clips[side], ctx.threads, ctx.cancel, {}, hearing, sides[side]);
            std::vector<Hearing> readable;
            for (std::size_t i = 0; i < errors.size(); ++i)
                if (errors[i].empty())
                    readable.push_back(std::move(sides[side][i]));
            sides[side] = std::move(readable); // an unreadable clip is reported where it is scored or fitted
        }
        if (sides[0].empty() && ctx.warn)
            ctx.warn("noise=heard: none of " + group + "'s clips to score could be read, so no background was heard there");
        HeardBackground bg = heardBackground(sides[0], sides[1], logMel);
        if (ctx.events && !sides[0].empty()) {
            double normalPower = 0;
            for (const Hearing &h : sides[1])
                normalPower += h.meanPower / double(sides[1].size());
            char text[200];
            const double belowDb = bg.heard() ? 10.0 * std::log10(normalPower / bg.noisePower) : 0.0;
            if (bg.heard())
                std::snprintf(text, sizeof text, "%s: heard a background %.1f dB %s the normal clips' level", group.c_str(),
                              std::abs(belowDb), belowDb >= 0 ? "below" : "above");
            else
                std::snprintf(text, sizeof text, "%s: the clips to score are no louder than the normal clips", group.c_str());
            ctx.events(phaseEvent(text));
        }
        heard->emplace(group, std::move(bg));
    }
    NoisyCopies out = copies;
    out.heard = std::move(heard);
    return out;
}

std::vector<FeatureMatrix> wholeClipLogMels(const LogMelExtractor &logMel, const Clip &clip, const NoisyCopies &copies)
{
    ReadOptions read;
    read.targetRate = logMel.config().sampleRate;
    const Audio audio = readAudio(clip.path, read);
    std::vector<FeatureMatrix> maps{logMel.compute(audio.samples)};
    if (!copies.any() || meanPower(audio.samples) <= 0.0) // a silent clip has no SNR to mix at
        return maps;
    std::uint64_t seed = mixSeeds(copies.seed, nameSeed(clip.relativePath));
    for (const std::string &spec : copies.noises) {
        if (spec == kHeardNoise) {
            if (!copies.heard || !copies.heard->count(detectorGroup(clip)))
                continue;
            const HeardBackground &bg = copies.heard->at(detectorGroup(clip));
            if (!bg.heard())
                continue;
            // The plant's noise is as loud for every clip: each clip's SNR is its own level's.
            const double heardSnr = 10.0 * std::log10(meanPower(audio.samples) / bg.noisePower);
            for (double offset : kHeardOffsetsDb) {
                seed = mixSeeds(seed, 0x9e3779b97f4a7c15ull);
                const std::vector<float> noise = stretchOf(bg.samples, audio.samples.size(), seed);
                maps.push_back(logMel.compute(mixAtSnr(audio.samples, noise, heardSnr + offset).samples));
            }
            continue;
        }
        const NoiseSource source = parseNoiseSource(spec);
        for (double snr : copies.snrsDb) {
            seed = mixSeeds(seed, 0x9e3779b97f4a7c15ull);
            const std::vector<float> noise = makeNoise(source, audio.samples.size(), audio.sampleRate, seed);
            maps.push_back(logMel.compute(mixAtSnr(audio.samples, noise, snr).samples));
        }
    }
    return maps;
}

} // namespace asd
