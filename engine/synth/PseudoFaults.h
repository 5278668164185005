// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace asd {

// Faults added to a recording of a normal machine, to stand in for the anomalies a user does not
// have (the first-shot problem of DCASE 2023-2025): what the label-free estimate of a detector
// scores against held-out normal clips (detectors/LabelFreeEstimate.h). Each kind is a fault
// class of the DCASE machine types, not the synthetic machines' own faults (MachineSynth.h):
//   clicks      damped 3-kHz-ish resonances at a few per second (loose parts, bearing damage)
//   tone        a harmonic series that was not there (a whine, a new vibration mode)
//   burst       band-limited noise for a second (a leak, a hiss, a scrape)
//   modulation  the level swinging a few times a second (imbalance, a rubbing contact)
//   speed       the whole sound a few percent faster (a changed operating speed or pitch)
enum class PseudoFault { Clicks, Tone, Burst, Modulation, Speed };
const std::vector<PseudoFault> &pseudoFaults();
const char *toString(PseudoFault f);

// The clip with the fault added; additive faults at `levelDb` relative to the clip's RMS level
// (modulation depth and speed change scale with it too). Same inputs and seed, same output.
std::vector<float> withPseudoFault(const std::vector<float> &clip, int sampleRate, PseudoFault fault, double levelDb,
                                   std::uint64_t seed);

} // namespace asd
