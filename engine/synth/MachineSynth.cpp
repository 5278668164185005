// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/MachineSynth.h"

#include "audio/AudioFile.h"
#include "util/AtomicFile.h"
#include "util/ParallelFor.h"
#include "util/Random.h"
#include "dsp/Filters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace asd {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct TypeArchetype {
    const char *name;
    MachineKind kind;
    double shaftHz;
    int harmonics;
    double resonance[2];
};

// Six archetypes after the DCASE machine types; `--types N` takes the first N.
const TypeArchetype kArchetypes[] = {
    {"fan", MachineKind::Rotating, 48.0, 12, {850.0, 2300.0}},
    {"valve", MachineKind::Impulsive, 2.5, 0, {1800.0, 4200.0}},
    {"pump", MachineKind::Rotating, 29.0, 16, {600.0, 1500.0}},
    {"slider", MachineKind::Periodic, 0.8, 0, {1200.0, 3100.0}},
    {"gearbox", MachineKind::Rotating, 21.0, 24, {1100.0, 3600.0}},
    {"bearing", MachineKind::Rotating, 95.0, 8, {2600.0, 5200.0}},
};
constexpr int kArchetypeCount = int(sizeof(kArchetypes) / sizeof(kArchetypes[0]));

} // namespace

const char *toString(FaultKind f)
{
    switch (f) {
    case FaultKind::None: return "none";
    case FaultKind::BearingImpulses: return "bearing-impulses";
    case FaultKind::Imbalance: return "imbalance";
    case FaultKind::HarmonicShift: return "harmonic-shift";
    case FaultKind::Rubbing: return "rubbing";
    }
    return "?";
}

const std::vector<FaultKind> &synthFaults()
{
    static const std::vector<FaultKind> all{FaultKind::BearingImpulses, FaultKind::Imbalance, FaultKind::HarmonicShift,
                                            FaultKind::Rubbing};
    return all;
}

const std::vector<std::string> &synthMachineTypes()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto &a : kArchetypes)
            n.emplace_back(a.name);
        return n;
    }();
    return names;
}

MachineVoice machineVoice(int typeIndex, int machineId, std::uint64_t seed)
{
    const TypeArchetype &a = kArchetypes[typeIndex % kArchetypeCount];
    Rng rng(mixSeeds(mixSeeds(seed, 0xA5D0 + typeIndex), machineId));
    MachineVoice v;
    v.type = a.name;
    v.kind = a.kind;
    // IDs sit a few percent apart in speed and resonance: close enough to confuse a
    // detector that has not learned them, far enough for one that has.
    v.shaftHz = a.shaftHz * (1.0 + 0.035 * machineId / 2.0 + rng.uniform(-0.005, 0.005));
    const int nHarm = a.harmonics > 0 ? a.harmonics : 8;
    for (int k = 0; k < nHarm; ++k)
        v.harmonicGains.push_back(std::pow(0.78, k) * rng.uniform(0.6, 1.4));
    v.resonanceHz[0] = a.resonance[0] * rng.uniform(0.93, 1.07);
    v.resonanceHz[1] = a.resonance[1] * rng.uniform(0.93, 1.07);
    v.noiseLevel = 0.015 * rng.uniform(0.8, 1.2);
    v.backgroundLevel = 0.008 * rng.uniform(0.7, 1.3);
    return v;
}

std::vector<float> synthesizeClip(const MachineVoice &voice, const ClipRecipe &recipe, double seconds, int rate)
{
    const auto n = static_cast<std::size_t>(std::llround(seconds * rate));
    std::vector<double> x(n, 0.0);
    Rng rng(recipe.seed);
    const double sev = std::clamp(recipe.severity, 0.0, 1.0);
    double speed = voice.shaftHz * recipe.speedFactor * (1.0 + rng.uniform(-0.004, 0.004));
    std::vector<double> gains = voice.harmonicGains;
    if (recipe.fault == FaultKind::HarmonicShift) {
        speed *= 1.0 + 0.06 * sev; // a worn drive runs off its usual speed
        for (std::size_t k = 1; k < gains.size(); k += 2)
            gains[k] *= 1.0 + 1.5 * sev;
    }

    // A worn or loosened part shifts the structure's resonances a little.
    const double resonanceShift = recipe.fault == FaultKind::HarmonicShift ? 1.0 + 0.08 * sev : 1.0;
    BandPass res0(voice.resonanceHz[0] * resonanceShift, 8.0, rate), res1(voice.resonanceHz[1] * resonanceShift, 6.0, rate);
    switch (voice.kind) {
    case MachineKind::Rotating: {
        std::vector<double> phase(gains.size());
        for (auto &p : phase)
            p = rng.uniform(0.0, 2.0 * kPi);
        const double imbalanceDepth = recipe.fault == FaultKind::Imbalance ? 0.45 * sev : 0.0;
        const double wobbleHz = rng.uniform(0.1, 0.3); // slow speed wander of a real drive
        double theta = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double t = double(i) / rate;
            theta += 2.0 * kPi * speed * (1.0 + 0.002 * std::sin(2.0 * kPi * wobbleHz * t)) / rate;
            double s = 0.0;
            for (std::size_t k = 0; k < gains.size(); ++k) {
                const double f = (k + 1) * speed;
                if (f < 0.45 * rate)
                    s += gains[k] * std::sin((k + 1) * theta + phase[k]);
            }
            const double am = 1.0 + imbalanceDepth * std::sin(theta);
            const double broadband = voice.noiseLevel * rng.normal();
            x[i] = 0.05 * s * am + res0(broadband) * 4.0 + res1(broadband) * 2.0 + 0.3 * broadband;
        }
        break;
    }
    case MachineKind::Impulsive: {
        // Valve: an actuator cycle with an opening and a closing impact, each ringing the body.
        const double period = 1.0 / speed;
        double next = rng.uniform(0.0, period);
        for (std::size_t i = 0; i < n; ++i) {
            const double t = double(i) / rate;
            double e = voice.noiseLevel * 0.3 * rng.normal();
            if (t >= next) {
                e += 0.8;
                next += (rng.uniform() < 0.5 ? 0.35 : 0.65) * period * rng.uniform(0.97, 1.03);
            }
            x[i] = res0(e) * 1.5 + res1(e) * 1.0 + 0.02 * e;
        }
        break;
    }
    case MachineKind::Periodic: {
        // Slider: a stroke back and forth; friction noise swells with the carriage speed.
        const double stroke = speed;
        double phase = rng.uniform(0.0, 2.0 * kPi);
        for (std::size_t i = 0; i < n; ++i) {
            phase += 2.0 * kPi * stroke / rate;
            const double v = std::abs(std::sin(phase));
            double harm = 0.0;
            for (std::size_t k = 0; k < gains.size(); ++k)
                harm += gains[k] * std::sin(2.0 * kPi * 110.0 * (k + 1) * v * 0.5 + k);
            const double fr = voice.noiseLevel * rng.normal() * (0.3 + 2.0 * v);
            x[i] = res0(fr) * 3.0 + res1(fr) * 2.0 + 0.01 * harm * v;
        }
        break;
    }
    }

    // Faults that add energy on top of the machine's own sound.
    if (recipe.fault == FaultKind::Imbalance && voice.kind != MachineKind::Rotating) {
        // Machines without a shaft rattle instead: a fast amplitude modulation of the body's sound.
        const double rattleHz = rng.uniform(9.0, 14.0);
        for (std::size_t i = 0; i < n; ++i)
            x[i] *= 1.0 + 0.45 * sev * std::sin(2.0 * kPi * rattleHz * double(i) / rate);
    } else if (recipe.fault == FaultKind::BearingImpulses) {
        // Outer-race defect: impacts at ~3.6x shaft rate ringing a high structural mode.
        BandPass ring(std::min(3800.0, 0.4 * rate), 12.0, rate);
        const double rateHz = 3.6 * std::max(speed, 5.0);
        double next = rng.uniform(0.0, 1.0 / rateHz);
        for (std::size_t i = 0; i < n; ++i) {
            double e = 0.0;
            if (double(i) / rate >= next) {
                e = 0.6 * sev * rng.uniform(0.7, 1.3);
                next += 1.0 / rateHz;
            }
            x[i] += ring(e) * 2.0;
        }
    } else if (recipe.fault == FaultKind::Rubbing) {
        // Contact rubbing: bursts of band-limited noise at random moments.
        BandPass band(std::min(2500.0, 0.4 * rate), 1.5, rate);
        std::size_t i = 0;
        while (i < n) {
            i += static_cast<std::size_t>(rng.uniform(0.15, 0.8) * rate);
            const auto len = static_cast<std::size_t>(rng.uniform(0.05, 0.25) * rate);
            for (std::size_t j = 0; j < len && i + j < n; ++j) {
                const double env = std::sin(kPi * double(j) / len);
                x[i + j] += band(0.25 * sev * env * rng.normal());
            }
            i += len;
        }
    }

    // Background: stationary pink floor plus occasional non-stationary events (a passing
    // forklift, a distant impact), louder and busier in the target domain.
    PinkFilter pink;
    BandPass eventBand(rng.uniform(300.0, 900.0), 2.0, rate);
    const double bg = voice.backgroundLevel * recipe.backgroundFactor;
    double eventEnv = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (rng.uniform() < 0.6 * recipe.backgroundFactor / rate)
            eventEnv = rng.uniform(0.5, 2.0);
        eventEnv *= 0.9997;
        x[i] += bg * (pink(rng.normal()) * 3.0 + eventBand(rng.normal()) * eventEnv * 4.0);
    }

    // Normalise to a typical recording level, the same for every clip of the machine, so
    // loudness itself does not give a fault away; only clip if it would overflow.
    std::vector<float> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<float>(std::clamp(x[i] * 2.0, -1.0, 1.0));
    return out;
}

int writeSynthDataset(const std::string &outDir, const SynthOptions &opt,
                      const std::function<void(int, int)> &progress)
{
    namespace fs = std::filesystem;
    struct Job {
        std::string path;
        MachineVoice voice;
        ClipRecipe recipe;
    };
    std::vector<Job> jobs;
    const std::vector<FaultKind> &faults = opt.faults.empty() ? synthFaults() : opt.faults;
    char name[256];
    for (int t = 0; t < opt.types; ++t) {
        const std::string type = kArchetypes[t % kArchetypeCount].name +
                                 (t >= kArchetypeCount ? std::to_string(t / kArchetypeCount + 1) : std::string());
        const fs::path typeDir = fs::path(outDir) / type;
        std::ostringstream attributes;
        attributes << "file_name,d1p,d1v\n";
        for (int k = 0; k < opt.ids; ++k) {
            const int id = 2 * k; // DCASE numbers MIMII IDs 00, 02, 04, 06
            MachineVoice voice = machineVoice(t, id, opt.seed);
            voice.type = type;
            const int speedCode = int(std::lround(voice.shaftHz * 60.0)); // rpm, as an attribute
            auto seedOf = [&](int split, int label, int i) {
                return mixSeeds(mixSeeds(mixSeeds(mixSeeds(opt.seed, t), id), split * 2 + label), i);
            };
            if (opt.layout == SynthOptions::Layout::Dcase2020) {
                for (int i = 0; i < opt.trainPerId; ++i) {
                    std::snprintf(name, sizeof(name), "train/normal_id_%02d_%08d.wav", id, i);
                    jobs.push_back({(typeDir / name).string(), voice, {FaultKind::None, 0, 1, 1, seedOf(0, 0, i)}});
                }
                for (int label = 0; label < 2; ++label) {
                    for (int i = 0; i < opt.testPerId; ++i) {
                        std::snprintf(name, sizeof(name), "test/%s_id_%02d_%08d.wav", label ? "anomaly" : "normal",
                                      id, i);
                        ClipRecipe r{label ? faults[std::size_t(i) % faults.size()] : FaultKind::None, opt.severity, 1, 1, seedOf(1, label, i)};
                        jobs.push_back({(typeDir / name).string(), voice, r});
                    }
                }
                continue;
            }
            // DCASE 2023 layout: one section per type; the "ID" becomes an operating
            // condition attribute, and about 1% of training (at least one clip) and half
            // of the test clips come from a target domain at another speed and background.
            const int targetTrain = std::max(1, opt.trainPerId / 99);
            for (int i = 0; i < opt.trainPerId + targetTrain; ++i) {
                const bool target = i >= opt.trainPerId;
                std::snprintf(name, sizeof(name), "section_00_%s_train_normal_%04d_spd_%d.wav",
                              target ? "target" : "source", k * 1000 + i, speedCode);
                jobs.push_back({(typeDir / "train" / name).string(), voice,
                                {FaultKind::None, 0, target ? 1.08 : 1.0, target ? 2.0 : 1.0, seedOf(0, 0, i)}});
                attributes << type << "/train/" << name << ",spd," << speedCode << "\n";
            }
            for (int label = 0; label < 2; ++label) {
                for (int i = 0; i < opt.testPerId; ++i) {
                    const bool target = i % 2 == 1;
                    std::snprintf(name, sizeof(name), "section_00_%s_test_%s_%04d_spd_%d.wav",
                                  target ? "target" : "source", label ? "anomaly" : "normal",
                                  k * 1000 + label * 500 + i, speedCode);
                    ClipRecipe r{label ? faults[std::size_t(i) % faults.size()] : FaultKind::None, opt.severity, target ? 1.08 : 1.0,
                                 target ? 2.0 : 1.0, seedOf(1, label, i)};
                    jobs.push_back({(typeDir / "test" / name).string(), voice, r});
                    attributes << type << "/test/" << name << ",spd," << speedCode << "\n";
                }
            }
        }
        if (opt.layout == SynthOptions::Layout::Dcase2023)
            writeTextAtomically((typeDir / "attributes_00.csv").string(), attributes.str());
    }

    parallelFor(
        jobs.size(), opt.threads,
        [&](std::size_t i) {
            const auto &j = jobs[i];
            writeWav16(j.path, synthesizeClip(j.voice, j.recipe, opt.seconds, opt.sampleRate), opt.sampleRate);
        },
        [&](std::size_t done) {
            if (progress)
                progress(int(done), int(jobs.size()));
        });
    return int(jobs.size());
}

} // namespace asd
