// SPDX-License-Identifier: GPL-3.0-or-later
#include "mix/HeardBackground.h"

#include "mix/Mixer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace asd {
namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0)
        m = 0.5 * (m + *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid)));
    return m;
}

// Per band, the mean power over frames: an independent noise adds its own mean to the machine's.
std::vector<double> bandPowers(const FeatureMatrix &m)
{
    std::vector<double> out(std::size_t(m.rows), 0.0);
    for (int b = 0; b < m.rows; ++b) {
        for (int t = 0; t < m.cols; ++t)
            out[std::size_t(b)] += std::pow(10.0, double(m.at(b, t)) / 10.0);
        out[std::size_t(b)] /= std::max(1, m.cols);
    }
    return out;
}

// Per band, the median over recordings of their band powers: a few faulty ones move nothing.
std::vector<double> typicalBandPowers(const std::vector<Hearing> &recordings)
{
    const std::size_t bands = recordings.front().bandPowers.size();
    std::vector<double> out(bands);
    std::vector<double> levels;
    for (std::size_t b = 0; b < bands; ++b) {
        levels.clear();
        for (const Hearing &h : recordings)
            if (h.bandPowers.size() == bands)
                levels.push_back(h.bandPowers[b]);
        out[b] = median(levels);
    }
    return out;
}

} // namespace

FeatureConfig hearingFeatures(int sampleRate)
{
    FeatureConfig c = featurePreset("dcase-baseline");
    c.sampleRate = c.mel.sampleRate = sampleRate;
    // Triangles of height 1 sum to 1 over every bin: the bands' powers add up to the frame's,
    // whatever the noise's spectrum.
    c.mel.norm = MelConfig::Norm::None;
    return c;
}

Hearing hear(const std::vector<float> &samples, const LogMelExtractor &logMel, const HearingSettings &settings)
{
    Hearing h;
    if (samples.empty())
        return h;
    h.meanPower = meanPower(samples);
    h.bandPowers = bandPowers(logMel.compute(samples));
    const int rate = logMel.config().sampleRate;
    const std::size_t block = std::max<std::size_t>(1, std::size_t(settings.blockSeconds * rate));
    const std::size_t blocks = samples.size() / block;
    if (blocks == 0)
        return h;
    std::vector<double> power(blocks);
    for (std::size_t k = 0; k < blocks; ++k) {
        double sum = 0;
        for (std::size_t i = k * block; i < (k + 1) * block; ++i)
            sum += double(samples[i]) * samples[i];
        power[k] = sum / double(block);
    }
    std::vector<std::size_t> order(blocks);
    std::iota(order.begin(), order.end(), 0);
    const std::size_t keep = std::max<std::size_t>(1, std::size_t(std::lround(settings.quietShare * double(blocks))));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return power[a] < power[b]; });
    order.resize(keep);
    std::sort(order.begin(), order.end()); // in the order they were heard
    const std::size_t fade = std::min(block / 2, std::size_t(settings.fadeSeconds * rate));
    for (std::size_t k : order) {
        const std::size_t at = h.quiet.size();
        h.quiet.insert(h.quiet.end(), samples.begin() + std::ptrdiff_t(k * block),
                       samples.begin() + std::ptrdiff_t((k + 1) * block));
        for (std::size_t i = 0; i < fade; ++i) { // raised-cosine ends
            const float g = float(0.5 - 0.5 * std::cos(3.14159265358979323846 * double(i) / double(fade)));
            h.quiet[at + i] *= g;
            h.quiet[at + block - 1 - i] *= g;
        }
    }
    return h;
}

HeardBackground heardBackground(const std::vector<Hearing> &scored, const std::vector<Hearing> &normal,
                                const LogMelExtractor &logMel, const HearingSettings &settings)
{
    HeardBackground bg;
    if (scored.empty() || normal.empty())
        return bg;
    const int rate = logMel.config().sampleRate;
    const std::size_t block = std::max<std::size_t>(1, std::size_t(settings.blockSeconds * rate));
    const std::size_t share = block * std::max<std::size_t>(1, std::size_t(settings.keptSeconds * rate) / block /
                                                                   scored.size());
    for (const Hearing &h : scored)
        bg.samples.insert(bg.samples.end(), h.quiet.begin(), h.quiet.begin() + std::ptrdiff_t(std::min(share, h.quiet.size())));
    if (bg.samples.empty())
        return bg;
    const std::vector<double> heard = typicalBandPowers(scored), usual = typicalBandPowers(normal);
    double excess = 0;
    for (std::size_t b = 0; b < heard.size() && b < usual.size(); ++b)
        excess += std::max(0.0, heard[b] - usual[b]);
    // The stretches measured as the recordings were: their band powers' sum against the excess
    // gives the share of their power that is the added noise.
    const std::vector<double> own = bandPowers(logMel.compute(bg.samples));
    const double ownSum = std::accumulate(own.begin(), own.end(), 0.0);
    if (excess > 0.0 && ownSum > 0.0)
        bg.noisePower = meanPower(bg.samples) * excess / ownSum;
    return bg;
}

} // namespace asd
