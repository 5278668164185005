// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace asd {

// Background noise for robustness tests and training (retain-not-denoise, reference §8).
// Stationary: white, pink, brown; non-stationary: babble-like crowd, impulsive clanking,
// amplitude-modulated; or recordings from files and folders.
enum class NoiseKind { White, Pink, Brown, Babble, Impulsive, Modulated, Recording };
const char *toString(NoiseKind k);
bool isStationary(NoiseKind k);

struct NoiseSource {
    NoiseKind kind = NoiseKind::Pink;
    std::vector<std::string> files; // Recording: audio files (a folder is expanded)
    std::string folder;             // Recording: the folder given, if one was
    // "pink", or the recording's file or folder name without its path ("noisex92"), short
    // enough for a sweep table's row or a plot legend.
    std::string name() const;
    // Recordings are stationary or not as the caller says (factory floors mostly are not).
    bool stationary = true;
};

// "white", "pink", "brown", "babble", "impulsive", "modulated", or a path to an audio file
// or a folder of them. Throws std::invalid_argument naming the problem.
NoiseSource parseNoiseSource(const std::string &spec);
// The name NoiseSource::name() gives, from the spec alone: a detector fitted with a
// recording says which one after the recording is gone.
std::string noiseSourceName(const std::string &spec);

// n samples of noise at `rate`. Recordings are read once per call, resampled to `rate`
// with soxr, started at a seeded random offset and looped or cropped to length. The
// same seed gives the same noise.
std::vector<float> makeNoise(const NoiseSource &source, std::size_t n, int rate, std::uint64_t seed);
// n samples of a noise already in memory, from a seeded random start, looped. Throws
// std::invalid_argument for an empty one.
std::vector<float> stretchOf(const std::vector<float> &recording, std::size_t n, std::uint64_t seed);

// The paper's conditions (reference §8): train with one noise family, test with another.
struct NoiseConditions {
    std::vector<NoiseKind> train, test;
};
NoiseConditions mismatchedConditions(); // stationary for training, non-stationary for testing

} // namespace asd
