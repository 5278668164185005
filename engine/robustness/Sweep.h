// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "events/JobEvent.h"
#include "mix/Noise.h"
#include "score/ScoreRun.h"

namespace asd {

// Robustness sweep: scores the test clips with one or more trained detectors under each
// noise and SNR (plus the clean data), emitting one Condition event with the metrics per
// condition and detector. Each condition is mixed once, so the detectors compared (say a
// teacher, its denoise student and its mixture-aligned student) hear the same mixtures.
struct SweepConfig {
    std::vector<std::string> checkpoints; // run folders or .pt files
    std::string dataDir, workDir;         // workDir holds the mixed copies (removed after)
    std::vector<NoiseSource> noises;
    std::vector<double> snrs{6.0, 0.0, -6.0}; // the MIMII levels
    bool knn = false; // otherwise the detector's own score (kNN for mixture-aligned students)
    EmbeddingLayer layer = EmbeddingLayer::Head; // the layer kNN compares
    // The normal training clips (the nearest-neighbour bank and the decision threshold's
    // reference) get the test clips' noise too, as in MIMII where the whole plant is noisy;
    // false keeps them clean.
    bool noisyReference = true;
    std::string device = "cpu";
    std::uint64_t seed = 1;
    // The clean condition first; false leaves it out (the cluster tasks after the first of
    // asd sweep --slurm, which would each score it again).
    bool includeClean = true;
};
void sweep(const SweepConfig &config, const JobListener &listener, const std::atomic<bool> &cancel);

} // namespace asd
