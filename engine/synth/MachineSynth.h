// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace asd {

// Sound archetypes of the machines DCASE records. Rotating machines are harmonic
// series of a shaft rate with structural resonances; the valve opens and closes with
// resonant impacts; the slider runs a periodic stroke with friction noise.
enum class MachineKind { Rotating, Impulsive, Periodic };

// What makes one machine ID sound like itself. IDs of one type differ only subtly
// (a few percent of speed, harmonic weights, resonance positions): the "similar IDs"
// false-alarm problem that OS-SCL addresses.
struct MachineVoice {
    std::string type;
    MachineKind kind = MachineKind::Rotating;
    double shaftHz = 50.0;
    std::vector<double> harmonicGains; // gain of harmonic k+1
    double resonanceHz[2] = {900.0, 2400.0};
    double noiseLevel = 0.02;    // broadband machine noise
    double backgroundLevel = 0.01;
};

// Faults added to test clips, each at a severity in (0, 1].
enum class FaultKind { None, BearingImpulses, Imbalance, HarmonicShift, Rubbing };
const char *toString(FaultKind f);
// The four faults, in the order the test clips take them.
const std::vector<FaultKind> &synthFaults();

struct ClipRecipe {
    FaultKind fault = FaultKind::None;
    double severity = 1.0;
    double speedFactor = 1.0;      // operating condition (2021+ target domain runs at another speed)
    double backgroundFactor = 1.0; // target domain: a different, louder background
    std::uint64_t seed = 0;
};

// The voice of (type index, machine ID) for a dataset seed; deterministic.
MachineVoice machineVoice(int typeIndex, int machineId, std::uint64_t seed);
std::vector<float> synthesizeClip(const MachineVoice &voice, const ClipRecipe &recipe, double seconds,
                                  int sampleRate);

// The machine types `asd synth --types N` takes, in order.
const std::vector<std::string> &synthMachineTypes();

struct SynthOptions {
    enum class Layout { Dcase2020, Dcase2023 };
    Layout layout = Layout::Dcase2020;
    int types = 2;
    int ids = 3;           // machine IDs per type (2020) or operating conditions (2023)
    int trainPerId = 20;   // normal training clips per ID
    int testPerId = 10;    // test clips per ID and label (normal and anomaly)
    double seconds = 10.0;
    int sampleRate = 16000;
    double severity = 1.0; // scales every fault
    // The faults of the anomalous test clips, taken in turn; empty: all four.
    std::vector<FaultKind> faults;
    std::uint64_t seed = 1;
    int threads = 0;       // 0: all cores
};

// Writes a complete dataset: <type>/train, <type>/test (and attributes_00.csv for the
// 2023 layout). Same options and seed give byte-identical files. Returns the number of
// clips written.
int writeSynthDataset(const std::string &outDir, const SynthOptions &options,
                      const std::function<void(int done, int total)> &progress = {});

} // namespace asd
