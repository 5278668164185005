// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "audio/AudioError.h"

namespace asd {

// The sample rates a file may have; others are refused as damaged headers.
constexpr int kMinSampleRate = 1000, kMaxSampleRate = 768000;

// What a file's header says, read without decoding the samples.
struct AudioInfo {
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;
    std::string format; // e.g. "WAV PCM 16"
    double seconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

// How several channels become the one the models see. DCASE 2026's two-channel
// recordings use channel 0 (near microphone) in the baseline, so that is the default.
struct ChannelPolicy {
    enum class Mode { Pick, Average };
    Mode mode = Mode::Pick;
    int channel = 0;
    static ChannelPolicy pick(int c) { return {Mode::Pick, c}; }
    static ChannelPolicy average() { return {Mode::Average, 0}; }
};

struct ReadOptions {
    int targetRate = 0; // 0 keeps the file's rate; otherwise resample with soxr (high quality)
    ChannelPolicy channels;
};

struct Audio {
    std::vector<float> samples; // mono, float32 in [-1, 1]
    int sampleRate = 0;
};

// Throws AudioError naming the path: missing file, not audio, truncated, no samples,
// channel out of range.
AudioInfo probeAudio(const std::string &path);
Audio readAudio(const std::string &path, const ReadOptions &options = {});

// Writes mono float samples as 16-bit PCM WAV (the DCASE format), atomically.
void writeWav16(const std::string &path, const std::vector<float> &samples, int sampleRate);

// The models take a fixed number of samples: the first n, and shorter clips padded,
// never dropped. Repeat tiles the clip; Zeros appends silence.
enum class PadMode { Zeros, Repeat };
// Takes the samples by value: a decoded clip passed straight in is trimmed or padded in place.
std::vector<float> fitLength(std::vector<float> samples, std::size_t n, PadMode pad);

} // namespace asd
