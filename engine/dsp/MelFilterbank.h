// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include "dsp/FeatureMatrix.h"

namespace asd {

struct MelConfig {
    enum class Scale { Slaney, Htk };
    enum class Norm { None, Slaney }; // Slaney: each triangle has unit area (2 / bandwidth)
    int sampleRate = 16000;
    int nFft = 2048;
    int nMels = 128;
    double fMin = 0.0;
    double fMax = 0.0; // 0: sample rate / 2
    Scale scale = Scale::Slaney;
    Norm norm = Norm::Slaney;
};

double hzToMel(double hz, MelConfig::Scale scale);
double melToHz(double mel, MelConfig::Scale scale);

// Triangular filters on n_fft/2+1 linear bins, built as torchaudio.functional.melscale_fbanks
// does. Each filter is non-zero on a short run of bins, so only that run is stored.
class MelFilterbank {
public:
    explicit MelFilterbank(const MelConfig &config);
    const MelConfig &config() const { return m_config; }
    int mels() const { return m_config.nMels; }

    // Frames go through the filters kBlock at a time, held bin-major (block[k * kBlock + j]
    // is bin k of frame j), so each weight multiplies a whole vector of frames: no sum across
    // a vector's lanes, which short filters would otherwise spend most of their time on.
    static constexpr int kBlock = 8;
    // mel[m * stride + j] = sum_k W[m][k] * block[k * kBlock + j] for j < frames (<= kBlock)
    void applyBlock(const float *block, int frames, float *mel, std::size_t stride) const;
    double weight(int mel, int bin) const; // for tests and plots
    double centreHz(int mel) const { return m_centres[mel]; }

private:
    MelConfig m_config;
    std::vector<int> m_first;                  // first non-zero bin of each filter
    std::vector<std::vector<float>> m_weights; // weights from m_first on
    std::vector<double> m_centres;
};

} // namespace asd
