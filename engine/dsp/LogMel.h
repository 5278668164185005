// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "dsp/FeatureMatrix.h"
#include "dsp/MelFilterbank.h"
#include "dsp/Stft.h"

namespace asd {

struct LogConfig {
    enum class Kind {
        PowerToDb, // torchaudio AmplitudeToDB(stype=power): 10 log10(max(x, amin))
        Librosa    // DCASE baseline: 20/power * log10(x + eps)
    };
    Kind kind = Kind::PowerToDb;
    double amin = 1e-10;
    double eps = 2.220446049250313e-16; // sys.float_info.epsilon
    double topDb = 0.0;                 // > 0: floor at (clip maximum - topDb), as AmplitudeToDB(top_db)
};

// Everything that turns a waveform into the model's log-mel input. Stored with every
// model: a detector only works on the features it was trained on (reference §2, C.8).
struct FeatureConfig {
    std::string name;
    int sampleRate = 16000;
    StftConfig stft;
    MelConfig mel;
    LogConfig log;

    nlohmann::json toJson() const;
    static FeatureConfig fromJson(const nlohmann::json &j);
};

// osscl:          n_fft 2048, hop 512, 128 mels, zero centre padding, Slaney scale and norm,
//                 10 log10(max(x, 1e-10)) — OS-SCL and Noisy-ArcMix (reference §2)
// stgram:         n_fft 1024, hop 512, 128 mels, reflect padding, HTK scale, no norm,
//                 10 log10(max(x, 1e-10)) — STgram-MFN
// dcase-baseline: n_fft 1024, hop 512, 128 mels, reflect padding (librosa < 0.10),
//                 Slaney scale and norm, 10 log10(x + eps) — the DCASE 2020-2024 AE baselines
FeatureConfig featurePreset(const std::string &name); // throws std::invalid_argument
std::vector<std::string> featurePresetNames();

// Log-mel spectrogram [n_mels][frames]. Thread-safe: several threads may call compute().
class LogMelExtractor {
public:
    explicit LogMelExtractor(const FeatureConfig &config);
    const FeatureConfig &config() const { return m_config; }
    int frames(std::size_t samples) const { return m_stft.frames(samples); }
    FeatureMatrix compute(const std::vector<float> &samples) const;

private:
    FeatureConfig m_config;
    Stft m_stft;
    MelFilterbank m_mel;
};

// Applies the log step in place.
void applyLog(const LogConfig &log, double power, FeatureMatrix &m);

} // namespace asd
