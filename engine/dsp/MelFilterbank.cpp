// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/MelFilterbank.h"
#include "util/Vectorise.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace asd {
namespace {
// Slaney's Auditory Toolbox scale: linear below 1 kHz (200/3 Hz per mel), log above.
constexpr double kFSp = 200.0 / 3.0, kMinLogHz = 1000.0, kMinLogMel = kMinLogHz / kFSp;
const double kLogStep = std::log(6.4) / 27.0;
} // namespace

double hzToMel(double hz, MelConfig::Scale scale)
{
    if (scale == MelConfig::Scale::Htk)
        return 2595.0 * std::log10(1.0 + hz / 700.0);
    return hz >= kMinLogHz ? kMinLogMel + std::log(hz / kMinLogHz) / kLogStep : hz / kFSp;
}

double melToHz(double mel, MelConfig::Scale scale)
{
    if (scale == MelConfig::Scale::Htk)
        return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
    return mel >= kMinLogMel ? kMinLogHz * std::exp(kLogStep * (mel - kMinLogMel)) : kFSp * mel;
}

MelFilterbank::MelFilterbank(const MelConfig &c) : m_config(c)
{
    const double fMax = c.fMax > 0 ? c.fMax : c.sampleRate / 2.0;
    if (c.nMels < 1 || c.nFft < 2 || c.fMin < 0 || c.fMin >= fMax)
        throw std::invalid_argument("MelFilterbank: need n_mels >= 1 and 0 <= f_min < f_max");
    const int nFreqs = c.nFft / 2 + 1;
    // torchaudio: all_freqs = linspace(0, sample_rate // 2, n_freqs)
    std::vector<double> freqs(nFreqs);
    for (int k = 0; k < nFreqs; ++k)
        freqs[k] = double(c.sampleRate / 2) * k / (nFreqs - 1);
    const double mMin = hzToMel(c.fMin, c.scale), mMax = hzToMel(fMax, c.scale);
    std::vector<double> fPts(c.nMels + 2);
    for (int i = 0; i < c.nMels + 2; ++i)
        fPts[i] = melToHz(mMin + (mMax - mMin) * i / (c.nMels + 1), c.scale);

    m_first.resize(c.nMels);
    m_weights.resize(c.nMels);
    m_centres.resize(c.nMels);
    for (int m = 0; m < c.nMels; ++m) {
        const double lo = fPts[m], mid = fPts[m + 1], hi = fPts[m + 2];
        const double norm = c.norm == MelConfig::Norm::Slaney ? 2.0 / (hi - lo) : 1.0;
        m_centres[m] = mid;
        m_first[m] = -1;
        for (int k = 0; k < nFreqs; ++k) {
            const double down = (freqs[k] - lo) / (mid - lo), up = (hi - freqs[k]) / (hi - mid);
            const double w = std::max(0.0, std::min(down, up)) * norm;
            if (w > 0.0) {
                if (m_first[m] < 0)
                    m_first[m] = k;
                // Keep interior zeros so the run stays contiguous.
                m_weights[m].resize(std::size_t(k - m_first[m]), 0.0f);
                m_weights[m].push_back(float(w));
            }
        }
        if (m_first[m] < 0)
            m_first[m] = 0; // an empty filter (too many mels for n_fft): all zeros, as torchaudio
    }
}

ASD_VECTOR_CLONES void MelFilterbank::applyBlock(const float *block, int frames, float *mel,
                                                 std::size_t stride) const
{
    // One vector of kBlock frames (GCC/Clang vector extension): the compiler would otherwise
    // vectorise along the filter, back into sums across lanes.
    using Frames = float __attribute__((vector_size(kBlock * sizeof(float))));
    for (int m = 0; m < m_config.nMels; ++m) {
        const float *s = block + std::size_t(m_first[m]) * kBlock;
        const float *w = m_weights[m].data();
        const int n = int(m_weights[m].size());
        Frames acc = {};
        for (int i = 0; i < n; ++i) {
            Frames v;
            std::memcpy(&v, s + std::size_t(i) * kBlock, sizeof v);
            acc += w[i] * v;
        }
        float sums[kBlock];
        std::memcpy(sums, &acc, sizeof sums);
        for (int j = 0; j < frames; ++j)
            mel[std::size_t(m) * stride + std::size_t(j)] = sums[j];
    }
}

double MelFilterbank::weight(int mel, int bin) const
{
    const int i = bin - m_first[mel];
    return i >= 0 && i < int(m_weights[mel].size()) ? m_weights[mel][i] : 0.0;
}

} // namespace asd
