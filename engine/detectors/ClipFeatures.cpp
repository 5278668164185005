// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/ClipFeatures.h"

#include "audio/AudioFile.h"
#include "mix/Mixer.h"
#include "mix/Noise.h"
#include "util/Random.h"

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
             "after fitting is no surprise: generic (pink+brown+babble) or a recording of the plant's noise (a file or "
             "a folder); none by default"});
    options.push_back({"noise-snr", K::Text, "6+0+-6", "SNRs of the noisy copies in dB, joined by +"});
    return options;
}

NoisyCopies noisyCopiesOf(const std::string &noises, const std::string &snrsDb, std::uint64_t seed,
                          bool recordingsMustExist)
{
    NoisyCopies copies;
    copies.seed = seed;
    for (const std::string &spec : listOf(noises)) {
        if (recordingsMustExist)
            parseNoiseSource(spec); // throws std::invalid_argument naming the noise
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
        names += (names.empty() ? "" : "+") + noiseSourceName(spec);
    return ", with copies under " + names + " noise";
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
