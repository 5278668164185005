// SPDX-License-Identifier: GPL-3.0-or-later
#include "mix/Noise.h"

#include "audio/AudioFile.h"
#include "dsp/Filters.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace asd {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr NoiseKind kGenerated[] = {NoiseKind::White,  NoiseKind::Pink,      NoiseKind::Brown,
                                    NoiseKind::Babble, NoiseKind::Impulsive, NoiseKind::Modulated};

// n samples of a recording from a random start, looped.
std::vector<float> loopedFrom(const std::vector<float> &recording, std::size_t n, Rng &rng)
{
    std::vector<float> out(n);
    const std::size_t start = std::size_t(rng.next() % recording.size());
    for (std::size_t i = 0; i < n; ++i)
        out[i] = recording[(start + i) % recording.size()];
    return out;
}

std::vector<float> generated(NoiseKind kind, std::size_t n, int rate, Rng &rng)
{
    std::vector<float> out(n);
    switch (kind) {
    case NoiseKind::White:
        for (auto &v : out)
            v = float(rng.normal());
        break;
    case NoiseKind::Pink: {
        PinkFilter pink;
        for (auto &v : out)
            v = float(pink(rng.normal()));
        break;
    }
    case NoiseKind::Brown: {
        // Leaky integration of white noise: -6 dB/octave, the rumble of heavy machinery.
        double y = 0;
        for (auto &v : out)
            v = float(y = 0.998 * y + 0.05 * rng.normal());
        break;
    }
    case NoiseKind::Babble: {
        // Several voice-band noises, each switched on and off at a syllable rate (3-6 Hz).
        const int voices = 6;
        std::vector<BandPass> bands;
        std::vector<double> rates, phases;
        for (int k = 0; k < voices; ++k) {
            bands.emplace_back(rng.uniform(250.0, 1500.0), 1.2, rate);
            rates.push_back(rng.uniform(3.0, 6.0));
            phases.push_back(rng.uniform(0.0, 2 * kPi));
        }
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0;
            for (int k = 0; k < voices; ++k) {
                const double env = std::max(0.0, std::sin(2 * kPi * rates[k] * double(i) / rate + phases[k]));
                s += env * bands[k](rng.normal());
            }
            out[i] = float(s);
        }
        break;
    }
    case NoiseKind::Impulsive: {
        // Clanking: decaying metallic resonances at random moments (about three a second).
        BandPass ring(rng.uniform(1500.0, 4000.0), 15.0, rate), thud(rng.uniform(150.0, 400.0), 4.0, rate);
        double env = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (rng.uniform() < 3.0 / rate)
                env = rng.uniform(0.5, 1.5);
            env *= 0.9992;
            const double e = env * rng.normal();
            out[i] = float(ring(e) * 3.0 + thud(e) * 2.0 + 0.02 * rng.normal());
        }
        break;
    }
    case NoiseKind::Modulated: {
        // Pink noise swelling and fading at 0.5-2 Hz (a fan cycling, a passing vehicle).
        PinkFilter pink;
        const double f = rng.uniform(0.5, 2.0), ph = rng.uniform(0.0, 2 * kPi);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(pink(rng.normal()) * (1.0 + 0.8 * std::sin(2 * kPi * f * double(i) / rate + ph)));
        break;
    }
    case NoiseKind::Recording: break;
    }
    return out;
}

} // namespace

const char *toString(NoiseKind k)
{
    switch (k) {
    case NoiseKind::White: return "white";
    case NoiseKind::Pink: return "pink";
    case NoiseKind::Brown: return "brown";
    case NoiseKind::Babble: return "babble";
    case NoiseKind::Impulsive: return "impulsive";
    case NoiseKind::Modulated: return "modulated";
    case NoiseKind::Recording: return "recording";
    }
    return "?";
}

bool isStationary(NoiseKind k) { return k == NoiseKind::White || k == NoiseKind::Pink || k == NoiseKind::Brown; }

std::string NoiseSource::name() const
{
    return kind != NoiseKind::Recording ? toString(kind) : noiseSourceName(folder.empty() ? files.front() : folder);
}

std::string noiseSourceName(const std::string &spec)
{
    std::error_code ec;
    fs::path given = fs::absolute(spec, ec).lexically_normal();
    if (!given.has_filename()) // "noise/" normalises to a trailing separator
        given = given.parent_path();
    return given.filename().string();
}

NoiseSource parseNoiseSource(const std::string &spec)
{
    NoiseSource s;
    for (NoiseKind k : kGenerated)
        if (spec == toString(k)) {
            s.kind = k;
            s.stationary = isStationary(k);
            return s;
        }
    s.kind = NoiseKind::Recording;
    s.stationary = false;
    std::error_code ec;
    if (fs::is_directory(spec, ec)) {
        s.folder = spec;
        for (const auto &e : fs::recursive_directory_iterator(spec, ec)) {
            const auto ext = e.path().extension().string();
            if (e.is_regular_file() && (ext == ".wav" || ext == ".flac" || ext == ".WAV"))
                s.files.push_back(e.path().string());
        }
        std::sort(s.files.begin(), s.files.end());
        if (s.files.empty())
            throw std::invalid_argument(spec + ": folder holds no .wav or .flac noise recordings");
    } else if (fs::exists(spec, ec)) {
        s.files.push_back(spec);
    } else {
        throw std::invalid_argument("noise '" + spec +
                                    "' is neither white, pink, brown, babble, impulsive, modulated, nor an existing file or folder");
    }
    return s;
}

std::vector<float> makeNoise(const NoiseSource &source, std::size_t n, int rate, std::uint64_t seed)
{
    Rng rng(mixSeeds(seed, 0x401CE));
    if (source.kind != NoiseKind::Recording)
        return generated(source.kind, n, rate, rng);
    // A seeded choice among the recordings, a random start, looped to length.
    const std::string &file = source.files[std::size_t(rng.next() % source.files.size())];
    ReadOptions read;
    read.targetRate = rate;
    return loopedFrom(readAudio(file, read).samples, n, rng);
}

std::vector<float> stretchOf(const std::vector<float> &recording, std::size_t n, std::uint64_t seed)
{
    if (recording.empty())
        throw std::invalid_argument("no noise to take a stretch of");
    Rng rng(mixSeeds(seed, 0x57E7C));
    return loopedFrom(recording, n, rng);
}

NoiseConditions mismatchedConditions()
{
    return {{NoiseKind::White, NoiseKind::Pink, NoiseKind::Brown},
            {NoiseKind::Babble, NoiseKind::Impulsive, NoiseKind::Modulated}};
}

} // namespace asd
