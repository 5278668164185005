// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/DisplaySpectrogram.h"

#include "dsp/MelFilterbank.h"

#include <algorithm>
#include <limits>
#include <cmath>
#include <stdexcept>

namespace asd {
namespace {

// Axis position u in [0, 1] <-> frequency.
double toUnit(double hz, FrequencyAxis axis, double lo, double hi)
{
    switch (axis) {
    case FrequencyAxis::Linear: return (hz - lo) / (hi - lo);
    case FrequencyAxis::Log: return std::log(std::max(hz, lo) / lo) / std::log(hi / lo);
    case FrequencyAxis::Mel: {
        const double a = hzToMel(lo, MelConfig::Scale::Htk), b = hzToMel(hi, MelConfig::Scale::Htk);
        return (hzToMel(hz, MelConfig::Scale::Htk) - a) / (b - a);
    }
    }
    return 0.0;
}

double fromUnit(double u, FrequencyAxis axis, double lo, double hi)
{
    switch (axis) {
    case FrequencyAxis::Linear: return lo + u * (hi - lo);
    case FrequencyAxis::Log: return lo * std::pow(hi / lo, u);
    case FrequencyAxis::Mel: {
        const double a = hzToMel(lo, MelConfig::Scale::Htk), b = hzToMel(hi, MelConfig::Scale::Htk);
        return melToHz(a + u * (b - a), MelConfig::Scale::Htk);
    }
    }
    return lo;
}

} // namespace

double DisplaySpectrogram::rowOf(double hz) const { return toUnit(hz, axis, fMin, fMax) * db.rows - 0.5; }
double DisplaySpectrogram::hzOf(double row) const { return fromUnit((row + 0.5) / db.rows, axis, fMin, fMax); }

namespace {

// Columns [c0, c1] whose cells cover [t0, t1] (at least one), or {-1, -1} for an empty map.
std::pair<int, int> columnsOf(const DisplaySpectrogram &s, double t0, double t1)
{
    if (s.db.cols == 0 || s.db.rows == 0 || s.seconds <= 0)
        return {-1, -1};
    if (t1 < t0)
        std::swap(t0, t1);
    const double dt = s.seconds / s.db.cols;
    const int c0 = std::clamp(int(std::floor(t0 / dt)), 0, s.db.cols - 1);
    const int c1 = std::clamp(int(std::ceil(t1 / dt)) - 1, c0, s.db.cols - 1);
    return {c0, c1};
}

} // namespace

RegionMeasure measureRegion(const DisplaySpectrogram &s, double t0, double t1, double f0, double f1)
{
    RegionMeasure m;
    const auto [c0, c1] = columnsOf(s, t0, t1);
    if (c0 < 0)
        return m;
    if (f1 < f0)
        std::swap(f0, f1);
    f0 = std::clamp(f0, s.fMin, s.fMax);
    f1 = std::clamp(f1, s.fMin, s.fMax);
    const int r0 = std::clamp(int(std::lround(s.rowOf(f0))), 0, s.db.rows - 1);
    const int r1 = std::clamp(int(std::lround(s.rowOf(f1))), r0, s.db.rows - 1);
    m.seconds = std::min(std::max(t0, t1), s.seconds) - std::max(std::min(t0, t1), 0.0);
    m.hz = f1 - f0;
    m.peakDb = -std::numeric_limits<double>::infinity();
    const double dt = s.seconds / s.db.cols;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            if (s.db.at(r, c) > m.peakDb) {
                m.peakDb = s.db.at(r, c);
                m.peakHz = s.rowHz[std::size_t(r)];
                m.peakSeconds = (c + 0.5) * dt;
            }
    return m;
}

SpectrumSlice spectrumSlice(const DisplaySpectrogram &s, double t0, double t1)
{
    SpectrumSlice out;
    const auto [c0, c1] = columnsOf(s, t0, t1);
    if (c0 < 0)
        return out;
    out.peakDb = -std::numeric_limits<double>::infinity();
    for (int r = 0; r < s.db.rows; ++r) {
        double power = 0.0; // averaged as power, not as dB
        for (int c = c0; c <= c1; ++c)
            power += std::pow(10.0, s.db.at(r, c) / 10.0);
        const double db = 10.0 * std::log10(std::max(power / (c1 - c0 + 1), 1e-10));
        out.hz.push_back(s.rowHz[std::size_t(r)]);
        out.db.push_back(db);
        if (db > out.peakDb) {
            out.peakDb = db;
            out.peakHz = s.rowHz[std::size_t(r)];
        }
    }
    return out;
}

DisplaySpectrogram displaySpectrogram(const std::vector<float> &samples, int rate, const DisplayRequest &r)
{
    if (r.width < 1 || r.height < 1 || rate <= 0)
        throw std::invalid_argument("displaySpectrogram: empty pixel grid or bad sample rate");
    const Stft stft(r.stft);
    const FeatureMatrix power = stft.spectrogram(samples); // [bins][frames]
    const double nyquist = rate / 2.0;
    DisplaySpectrogram d;
    d.axis = r.axis;
    d.fMax = r.fMax > 0 ? std::min(r.fMax, nyquist) : nyquist;
    d.fMin = r.axis == FrequencyAxis::Log ? std::max(r.fMin, 20.0) : std::max(r.fMin, 0.0);
    d.seconds = double(samples.size()) / rate;
    d.db = FeatureMatrix(r.height, r.width);
    d.rowHz.resize(r.height);
    if (power.cols == 0)
        return d;

    const double binHz = double(rate) / r.stft.nFft;
    // Each row averages the power of the bins its frequency band covers; a band narrower
    // than a bin interpolates between the two nearest bins.
    std::vector<int> binLo(r.height), binHi(r.height);
    std::vector<double> binAt(r.height);
    for (int y = 0; y < r.height; ++y) {
        const double f0 = fromUnit(double(y) / r.height, r.axis, d.fMin, d.fMax);
        const double f1 = fromUnit(double(y + 1) / r.height, r.axis, d.fMin, d.fMax);
        d.rowHz[y] = fromUnit((y + 0.5) / r.height, r.axis, d.fMin, d.fMax);
        binLo[y] = int(std::ceil(f0 / binHz));
        binHi[y] = std::min(power.rows - 1, int(std::floor(f1 / binHz)));
        binAt[y] = std::min(d.rowHz[y] / binHz, double(power.rows - 1));
    }
    std::vector<double> column(power.rows);
    for (int x = 0; x < r.width; ++x) {
        // Frames under this pixel column; when zoomed in, the nearest frame. The loudest
        // frame wins so short impacts survive decimation.
        const int t0 = std::min(power.cols - 1, int(double(x) * power.cols / r.width));
        const int t1 = std::max(t0, std::min(power.cols - 1, int(double(x + 1) * power.cols / r.width) - 1));
        for (int k = 0; k < power.rows; ++k) {
            float m = power.at(k, t0);
            for (int t = t0 + 1; t <= t1; ++t)
                m = std::max(m, power.at(k, t));
            column[k] = m;
        }
        for (int y = 0; y < r.height; ++y) {
            double p;
            if (binHi[y] >= binLo[y]) {
                p = 0.0;
                for (int k = binLo[y]; k <= binHi[y]; ++k)
                    p += column[k];
                p /= (binHi[y] - binLo[y] + 1);
            } else {
                const int k = int(binAt[y]);
                const double frac = binAt[y] - k;
                p = column[k] * (1.0 - frac) + column[std::min(k + 1, power.rows - 1)] * frac;
            }
            d.db.at(y, x) = float(10.0 * std::log10(std::max(p, 1e-10)));
        }
    }
    return d;
}

} // namespace asd

namespace asd {

WaveformEnvelope waveformEnvelope(const std::vector<float> &samples, int sampleRate, int columns)
{
    WaveformEnvelope e;
    e.seconds = sampleRate > 0 ? double(samples.size()) / sampleRate : 0.0;
    if (columns < 1 || samples.empty())
        return e;
    e.min.resize(columns);
    e.max.resize(columns);
    const std::size_t n = samples.size();
    for (int c = 0; c < columns; ++c) {
        const std::size_t a = std::size_t(double(c) * n / columns);
        const std::size_t b = std::max(a + 1, std::size_t(double(c + 1) * n / columns));
        const auto [lo, hi] = std::minmax_element(samples.begin() + std::ptrdiff_t(std::min(a, n - 1)),
                                                  samples.begin() + std::ptrdiff_t(std::min(b, n)));
        e.min[c] = *lo;
        e.max[c] = *hi;
    }
    return e;
}

SpectrumBand spectrumBand(const std::vector<SpectrumSlice> &slices)
{
    SpectrumBand band;
    if (slices.empty())
        return band;
    band.hz = slices.front().hz;
    std::vector<const SpectrumSlice *> same;
    for (const SpectrumSlice &s : slices)
        if (s.hz == band.hz && !s.hz.empty())
            same.push_back(&s);
    band.clips = int(same.size());
    if (same.empty()) {
        band.hz.clear();
        return band;
    }
    std::vector<double> levels(same.size());
    const auto quantile = [&levels](double q) { // linear between order statistics, as numpy's default
        const double at = q * double(levels.size() - 1);
        const std::size_t i = std::size_t(at);
        return i + 1 < levels.size() ? levels[i] + (at - double(i)) * (levels[i + 1] - levels[i]) : levels[i];
    };
    for (std::size_t r = 0; r < band.hz.size(); ++r) {
        for (std::size_t k = 0; k < same.size(); ++k)
            levels[k] = same[k]->db[r];
        std::sort(levels.begin(), levels.end());
        band.median.push_back(quantile(0.5));
        band.low.push_back(quantile(0.1));
        band.high.push_back(quantile(0.9));
    }
    return band;
}

DisplaySpectrogram spectrogramDifference(const DisplaySpectrogram &a, const DisplaySpectrogram &b, bool levelMatched)
{
    if (a.db.rows != b.db.rows || a.rowHz != b.rowHz)
        throw std::invalid_argument("spectrograms with other frequency rows cannot be subtracted");
    DisplaySpectrogram d = a;
    const double seconds = std::min(a.seconds, b.seconds);
    if (a.db.cols == 0 || b.db.cols == 0 || seconds <= 0) {
        d.db = FeatureMatrix(a.db.rows, 0);
        d.seconds = 0;
        return d;
    }
    // a's columns that lie within both, each against b's column at the same time.
    const int cols = std::max(1, int(std::floor(seconds / a.seconds * a.db.cols)));
    d.db = FeatureMatrix(a.db.rows, cols);
    d.seconds = a.seconds * cols / a.db.cols;
    for (int c = 0; c < cols; ++c) {
        const double t = (c + 0.5) * a.seconds / a.db.cols;
        const int cb = std::clamp(int(t / b.seconds * b.db.cols), 0, b.db.cols - 1);
        for (int r = 0; r < a.db.rows; ++r)
            d.db.at(r, c) = a.db.at(r, c) - b.db.at(r, cb);
    }
    if (levelMatched && !d.db.data.empty()) {
        std::vector<float> cells = d.db.data;
        auto middle = cells.begin() + std::ptrdiff_t(cells.size() / 2);
        std::nth_element(cells.begin(), middle, cells.end());
        const float offset = *middle;
        for (float &v : d.db.data)
            v -= offset;
    }
    return d;
}

} // namespace asd
