// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dsp/LogMel.h"

namespace asd {

// The noise a plant adds to its recordings, heard in the recordings themselves (issue #33,
// part 3): the plant got noisier after a detector was fitted, and nobody recorded the new noise
// on its own. Its sound comes from the quietest stretches of the recordings to be scored (a
// valve's pauses, a pump's troughs), which hold the noise with little of the machine; its level
// from how far their spectrum lies above the normal training recordings'. Levels are per mel
// band: a recording's mean power over its frames (an independent noise adds its own), then the
// median over recordings (a few faulty ones move nothing). Detectors learn their normal clips
// under it (detectors/ClipFeatures.h, `noise=heard`).

struct HearingSettings {
    double blockSeconds = 0.25; // the stretches compared and kept
    double quietShare = 0.2;    // the quietest fifth of each recording's stretches is kept
    double fadeSeconds = 0.01;  // each kept stretch fades in and out: no clicks where they join
    // The background keeps at most this much, an equal share of whole stretches from each
    // recording: 12.8 MB a group at 16 kHz, however long the recordings (a hundred clips of
    // 10 s give exactly this).
    double keptSeconds = 200.0;
};

// One recording as hearing needs it.
struct Hearing {
    std::vector<float> quiet;          // its quietest stretches, faded, one after the other
    std::vector<double> bandPowers;    // per mel band, the mean power over frames
    double meanPower = 0.0;            // of the whole recording
};
Hearing hear(const std::vector<float> &samples, const LogMelExtractor &logMel, const HearingSettings &settings = {});

struct HeardBackground {
    std::vector<float> samples; // the scored recordings' quiet stretches
    // The mean power of the noise they add to a recording, beyond what the normal recordings
    // hold; 0 where the scored recordings are no louder in any band.
    double noisePower = 0.0;
    bool heard() const { return !samples.empty() && noisePower > 0.0; }
};

// From recordings to be scored and the normal training recordings of the same machine: the
// noise's stretches (the scored recordings' quiet ones) and its power, the excess of the scored
// recordings' typical band powers over the normal ones', in units of the stretches' own power.
// Nothing is heard without recordings on both sides.
HeardBackground heardBackground(const std::vector<Hearing> &scored, const std::vector<Hearing> &normal,
                                const LogMelExtractor &logMel, const HearingSettings &settings = {});

// Hearing's log-mel: the DCASE baseline's (n_fft 1024, hop 512, 128 mels) at `sampleRate`, its
// triangles unnormalised.
FeatureConfig hearingFeatures(int sampleRate);

} // namespace asd
