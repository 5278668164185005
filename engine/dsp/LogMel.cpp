// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/LogMel.h"

#include "util/JsonRange.h"
#include "util/Vectorise.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace asd {

namespace {

// Natural log of a positive, normal, finite float: the Cephes logf polynomial (error below
// 2 ulp), written without branches so the compiler vectorises the loop in applyLog, which
// libm's scalar logf prevents. Inputs here are clamped to amin (1e-10), so always normal.
inline float lnNormal(float x)
{
    std::uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    float e = float(int((bits >> 23) & 0xffu) - 126); // x = m * 2^e with m in [0.5, 1)
    bits = (bits & 0x007fffffu) | 0x3f000000u;
    float m;
    std::memcpy(&m, &bits, sizeof m);
    const float low = float(m < 0.70710678f); // fold m into [sqrt(0.5), sqrt(2))
    e -= low;
    const float f = m + low * m - 1.0f, z = f * f;
    float y = 7.0376836292e-2f;
    y = y * f - 1.1514610310e-1f;
    y = y * f + 1.1676998740e-1f;
    y = y * f - 1.2420140846e-1f;
    y = y * f + 1.4249322787e-1f;
    y = y * f - 1.6668057665e-1f;
    y = y * f + 2.0000714765e-1f;
    y = y * f - 2.4999993993e-1f;
    y = y * f + 3.3333331174e-1f;
    y = y * f * z - 2.12194440e-4f * e - 0.5f * z;
    return f + y + 0.693359375f * e;
}

} // namespace

FeatureConfig featurePreset(const std::string &name)
{
    FeatureConfig c;
    c.name = name;
    c.mel.nMels = 128;
    c.stft.hop = 512;
    if (name == "osscl") {
        c.stft.nFft = c.stft.winLength = 2048;
        c.stft.padding = StftConfig::Padding::Zeros;
        c.mel.scale = MelConfig::Scale::Slaney;
        c.mel.norm = MelConfig::Norm::Slaney;
    } else if (name == "stgram") {
        c.stft.nFft = c.stft.winLength = 1024;
        c.stft.padding = StftConfig::Padding::Reflect;
        c.mel.scale = MelConfig::Scale::Htk;
        c.mel.norm = MelConfig::Norm::None;
    } else if (name == "dcase-baseline") {
        c.stft.nFft = c.stft.winLength = 1024;
        c.stft.padding = StftConfig::Padding::Reflect;
        c.mel.scale = MelConfig::Scale::Slaney;
        c.mel.norm = MelConfig::Norm::Slaney;
        c.log.kind = LogConfig::Kind::Librosa;
    } else {
        throw std::invalid_argument("unknown feature preset '" + name + "' (choose osscl, stgram or dcase-baseline)");
    }
    c.mel.nFft = c.stft.nFft;
    c.mel.sampleRate = c.sampleRate;
    return c;
}

std::vector<std::string> featurePresetNames() { return {"osscl", "stgram", "dcase-baseline"}; }

nlohmann::json FeatureConfig::toJson() const
{
    return {{"name", name},
            {"sample_rate", sampleRate},
            {"n_fft", stft.nFft},
            {"win_length", stft.winLength},
            {"hop_length", stft.hop},
            {"center", stft.center},
            {"pad_mode", stft.padding == StftConfig::Padding::Zeros ? "constant" : "reflect"},
            {"power", stft.power},
            {"n_mels", mel.nMels},
            {"f_min", mel.fMin},
            {"f_max", mel.fMax},
            {"mel_scale", mel.scale == MelConfig::Scale::Slaney ? "slaney" : "htk"},
            {"norm", mel.norm == MelConfig::Norm::Slaney ? "slaney" : "none"},
            {"log", log.kind == LogConfig::Kind::PowerToDb ? "power_to_db" : "librosa"},
            {"amin", log.amin},
            {"eps", log.eps},
            {"top_db", log.topDb}};
}

FeatureConfig FeatureConfig::fromJson(const nlohmann::json &j)
{
    FeatureConfig c;
    c.name = j.at("name").get<std::string>();
    c.sampleRate = numberInRange(j, "sample_rate", 1000, 384000);
    c.stft.nFft = numberInRange(j, "n_fft", 16, 65536);
    c.stft.winLength = numberInRange(j, "win_length", 1, c.stft.nFft);
    c.stft.hop = numberInRange(j, "hop_length", 1, 65536);
    c.stft.center = j.at("center").get<bool>();
    c.stft.padding = j.at("pad_mode") == "constant" ? StftConfig::Padding::Zeros : StftConfig::Padding::Reflect;
    c.stft.power = numberInRange(j, "power", 0.1, 4.0);
    c.mel.sampleRate = c.sampleRate;
    c.mel.nFft = c.stft.nFft;
    c.mel.nMels = numberInRange(j, "n_mels", 1, 1024);
    c.mel.fMin = numberInRange(j, "f_min", 0.0, c.sampleRate / 2.0);
    c.mel.fMax = numberInRange(j, "f_max", -1.0 * c.sampleRate, c.sampleRate / 2.0);
    c.mel.scale = j.at("mel_scale") == "slaney" ? MelConfig::Scale::Slaney : MelConfig::Scale::Htk;
    c.mel.norm = j.at("norm") == "slaney" ? MelConfig::Norm::Slaney : MelConfig::Norm::None;
    c.log.kind = j.at("log") == "power_to_db" ? LogConfig::Kind::PowerToDb : LogConfig::Kind::Librosa;
    c.log.amin = j.at("amin").get<double>();
    c.log.eps = j.at("eps").get<double>();
    c.log.topDb = j.at("top_db").get<double>();
    return c;
}

LogMelExtractor::LogMelExtractor(const FeatureConfig &config)
    : m_config(config), m_stft(config.stft), m_mel(config.mel)
{
    if (config.mel.nFft != config.stft.nFft)
        throw std::invalid_argument("LogMelExtractor: mel and STFT n_fft differ");
}

FeatureMatrix LogMelExtractor::compute(const std::vector<float> &samples) const
{
    // Spectra are gathered kBlock frames at a time, bin-major, and filtered straight into
    // the [mel][frame] result.
    constexpr int B = MelFilterbank::kBlock;
    const int nFrames = m_stft.frames(samples.size()), nBins = m_stft.bins();
    FeatureMatrix out(m_mel.mels(), nFrames);
    std::vector<float> block(std::size_t(nBins) * B, 0.0f);
    m_stft.forEachFrame(samples, [&](int t, const float *spectrum) {
        const int j = t % B;
        for (int k = 0; k < nBins; ++k)
            block[std::size_t(k) * B + std::size_t(j)] = spectrum[k];
        if (j == B - 1 || t == nFrames - 1)
            m_mel.applyBlock(block.data(), j + 1, out.data.data() + (t - j), std::size_t(nFrames));
    });
    applyLog(m_config.log, m_config.stft.power, out);
    return out;
}

ASD_VECTOR_CLONES void applyLog(const LogConfig &log, double power, FeatureMatrix &m)
{
    if (log.kind == LogConfig::Kind::PowerToDb) {
        // 10 log10(x) as (10 / ln 10) ln(x), vectorised; agrees with log10f to float rounding.
        const float amin = float(log.amin), k = float(10.0 / std::log(10.0));
        float *v = m.data.data();
        const std::size_t n = m.data.size();
#pragma omp simd
        for (std::size_t i = 0; i < n; ++i)
            v[i] = v[i] < amin ? k * lnNormal(amin) : v[i] == v[i] ? k * lnNormal(v[i]) : v[i]; // NaN stays NaN
    } else {
        const double scale = 20.0 / power;
        for (float &v : m.data)
            v = float(scale * std::log10(double(v) + log.eps));
    }
    if (log.topDb > 0.0 && !m.data.empty()) {
        const float floor = *std::max_element(m.data.begin(), m.data.end()) - float(log.topDb);
        for (float &v : m.data)
            v = std::max(v, floor);
    }
}

} // namespace asd
