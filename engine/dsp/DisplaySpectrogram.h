// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "dsp/FeatureMatrix.h"
#include "dsp/Stft.h"

namespace asd {

enum class FrequencyAxis { Linear, Log, Mel };

struct DisplayRequest {
    StftConfig stft{1024, 1024, 256, true, StftConfig::Padding::Zeros, 2.0};
    FrequencyAxis axis = FrequencyAxis::Linear;
    int width = 800;  // pixel columns
    int height = 256; // pixel rows, lowest frequency first
    double fMin = 0.0; // Hz; the log axis starts at max(fMin, 20 Hz)
    double fMax = 0.0; // 0: Nyquist
};

// A spectrogram already resampled to the pixel grid in the requested frequency axis,
// in dB (10 log10 power, floor 1e-10). A QCPColorMap stretches its image linearly
// between corner coordinates, so a log or mel axis must be resampled here and only
// labelled in the view (workbench-anchors C.5).
struct DisplaySpectrogram {
    FeatureMatrix db;           // [height][width]
    std::vector<double> rowHz;  // centre frequency of each row
    double seconds = 0.0;       // duration covered by the columns
    double fMin = 0.0, fMax = 0.0;
    FrequencyAxis axis = FrequencyAxis::Linear;

    // Row (fractional) at which a frequency sits, for axis tick labels and hover read-outs.
    double rowOf(double hz) const;
    double hzOf(double row) const;
};

DisplaySpectrogram displaySpectrogram(const std::vector<float> &samples, int sampleRate, const DisplayRequest &r);

// Where one recording differs from another made with the same settings: a − b in dB, cell by
// cell at the same times, over the duration both cover. Throws std::invalid_argument when
// their frequency rows differ.
// Level-matched: minus the median cell difference, so a recording louder overall shows the
// bands that differ in shape rather than a colour everywhere.
DisplaySpectrogram spectrogramDifference(const DisplaySpectrogram &a, const DisplaySpectrogram &b, bool levelMatched = false);

// The inspector's measure tool (Sonic Visualiser's): a time-frequency rectangle's extent and its
// loudest cell. Times in seconds, frequencies in Hz, both clamped to the spectrogram; the cells
// whose centres fall inside are read (at least the one nearest each edge).
struct RegionMeasure {
    double seconds = 0.0, hz = 0.0;  // Δt, Δf of the rectangle as clamped
    double peakSeconds = 0.0, peakHz = 0.0, peakDb = 0.0;
};
RegionMeasure measureRegion(const DisplaySpectrogram &s, double t0, double t1, double f0, double f1);

// Level against frequency over [t0, t1] (one column when they are equal): each row's mean power
// in dB, and the loudest row.
struct SpectrumSlice {
    std::vector<double> hz, db; // per row, lowest frequency first
    double peakHz = 0.0, peakDb = 0.0;
};
SpectrumSlice spectrumSlice(const DisplaySpectrogram &s, double t0, double t1);

// What a group's normal clips sound like, band by band: the median of their whole-clip spectra
// and the 10th to 90th percentile between them, so a clip's band outside it stands out.
// Slices whose rows differ from the first's are left out; an empty band when none are given.
struct SpectrumBand {
    std::vector<double> hz, median, low, high;
    int clips = 0;
};
SpectrumBand spectrumBand(const std::vector<SpectrumSlice> &slices);

} // namespace asd

namespace asd {

// Minimum and maximum sample under each of `columns` pixel columns (the Audacity and
// Sonic Visualiser way of drawing a long waveform without aliasing).
struct WaveformEnvelope {
    std::vector<float> min, max;
    double seconds = 0.0;
};
WaveformEnvelope waveformEnvelope(const std::vector<float> &samples, int sampleRate, int columns);

} // namespace asd
