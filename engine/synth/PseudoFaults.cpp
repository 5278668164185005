// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/PseudoFaults.h"

#include "util/Random.h"

#include <cmath>

namespace asd {

namespace {
constexpr double kPi = 3.14159265358979323846;

double rms(const std::vector<float> &x)
{
    double s = 0.0;
    for (float v : x)
        s += double(v) * v;
    return x.empty() ? 0.0 : std::sqrt(s / double(x.size()));
}

// Adds `part` scaled to `level` times the clip's RMS (over the part's own active stretch, so
// that a short burst is as loud while it lasts as a steady tone).
void addAtLevel(std::vector<float> &out, const std::vector<float> &part, double level, double clipRms)
{
    double s = 0.0;
    std::size_t active = 0;
    for (float v : part)
        if (v != 0.0f) {
            s += double(v) * v;
            ++active;
        }
    if (active == 0 || s <= 0.0)
        return;
    const double gain = level * clipRms / std::sqrt(s / double(active));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] += float(gain * part[i]);
}
} // namespace

const std::vector<PseudoFault> &pseudoFaults()
{
    static const std::vector<PseudoFault> all{PseudoFault::Clicks, PseudoFault::Tone, PseudoFault::Burst,
                                              PseudoFault::Modulation, PseudoFault::Speed};
    return all;
}

const char *toString(PseudoFault f)
{
    switch (f) {
    case PseudoFault::Clicks: return "clicks";
    case PseudoFault::Tone: return "tone";
    case PseudoFault::Burst: return "burst";
    case PseudoFault::Modulation: return "modulation";
    case PseudoFault::Speed: return "speed";
    }
    return "";
}

std::vector<float> withPseudoFault(const std::vector<float> &clip, int sampleRate, PseudoFault fault, double levelDb,
                                   std::uint64_t seed)
{
    Rng rng(mixSeeds(seed, std::uint64_t(fault) + 1));
    const double level = std::pow(10.0, levelDb / 20.0), clipRms = std::max(rms(clip), 1e-6);
    const double sr = sampleRate, nyquist = 0.5 * sr;
    const std::size_t n = clip.size();
    std::vector<float> out = clip, part(n, 0.0f);
    if (n < 2)
        return out;
    switch (fault) {
    case PseudoFault::Clicks: {
        // 4-12 impacts a second, each a resonance decaying in 3 ms.
        const double rate = rng.uniform(4.0, 12.0), f = std::min(rng.uniform(1500.0, 4500.0), 0.8 * nyquist);
        const std::size_t ring = std::size_t(0.015 * sr);
        for (double t = rng.uniform(0.0, 1.0 / rate); t * sr < double(n); t += (0.7 + 0.6 * rng.uniform()) / rate) {
            const std::size_t start = std::size_t(t * sr);
            const double a = 0.5 + rng.uniform();
            for (std::size_t i = 0; i < ring && start + i < n; ++i) {
                const double u = double(i) / sr;
                part[start + i] += float(a * std::exp(-u / 0.003) * std::sin(2.0 * kPi * f * u));
            }
        }
        // Impacts are short: their level is the clip's level while they ring.
        addAtLevel(out, part, level, clipRms);
        break;
    }
    case PseudoFault::Tone: {
        const double f0 = rng.uniform(150.0, 1200.0);
        for (int h = 1; h <= 3 && h * f0 < 0.9 * nyquist; ++h) {
            const double phase = rng.uniform(0.0, 2.0 * kPi);
            for (std::size_t i = 0; i < n; ++i)
                part[i] += float(std::sin(2.0 * kPi * h * f0 * double(i) / sr + phase) / h);
        }
        addAtLevel(out, part, level, clipRms);
        break;
    }
    case PseudoFault::Burst: {
        // A resonant band (two-pole filter of white noise, Q about 4) for about a second.
        const double fc = std::min(rng.uniform(500.0, 6000.0), 0.8 * nyquist), q = 4.0;
        const double w = 2.0 * kPi * fc / sr, r = 1.0 - w / (2.0 * q);
        const double a1 = 2.0 * r * std::cos(w), a2 = -r * r;
        const std::size_t length = std::min(n, std::size_t(rng.uniform(0.6, 1.4) * sr));
        const std::size_t start = n > length ? std::size_t(rng.uniform() * double(n - length)) : 0;
        double y1 = 0.0, y2 = 0.0;
        for (std::size_t i = 0; i < length; ++i) {
            const double y = rng.normal() + a1 * y1 + a2 * y2;
            y2 = y1;
            y1 = y;
            const double fade = std::min({1.0, double(i) / (0.02 * sr), double(length - i) / (0.02 * sr)});
            part[start + i] = float(y * fade);
        }
        addAtLevel(out, part, level, clipRms);
        break;
    }
    case PseudoFault::Modulation: {
        // Depth equal to the level: -10 dB swings the clip by ±32 %.
        const double fm = rng.uniform(2.0, 10.0), depth = std::min(level, 0.9);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(clip[i] * (1.0 + depth * std::sin(2.0 * kPi * fm * double(i) / sr)));
        break;
    }
    case PseudoFault::Speed: {
        // 10 % of the level faster (-10 dB: 3 %), by linear interpolation, the end repeated.
        const double factor = 1.0 + 0.1 * level;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = std::fmod(double(i) * factor, double(n - 1));
            const std::size_t k = std::size_t(x);
            const double frac = x - double(k);
            out[i] = float((1.0 - frac) * clip[k] + frac * clip[std::min(k + 1, n - 1)]);
        }
        break;
    }
    }
    for (float &v : out)
        v = std::max(-1.0f, std::min(1.0f, v));
    return out;
}

} // namespace asd
