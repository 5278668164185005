// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "models/InputVariant.h"

namespace asd {

// Plain C++ (no torch) so the GUI can fill it in.

enum class TrainingMethod {
    OsScl,       // Noisy-ArcMix CE + noise-supervised SupCon on FPH features, EMA (reference §4.1)
    NoisyArcMix, // mixup CE with the margin on the unmixed label (reference §4.2)
    ArcFace,     // plain ArcFace CE (STgram-MFN, reference §4.3)
    MixAlign     // student aligned to a frozen teacher on machine+noise mixtures (reference §8)
};
const char *toString(TrainingMethod m);
TrainingMethod methodFromString(const std::string &s); // throws std::invalid_argument

struct TrainConfig {
    std::string dataDir;
    std::string outDir; // run folder: checkpoints, score files, metrics
    TrainingMethod method = TrainingMethod::OsScl;
    InputVariant input = InputVariant::LogMel;
    std::string featurePreset = "osscl";
    int epochs = 300;
    int batchSize = 64;
    double learningRate = 1e-4;
    double minLearningRate = 1e-5; // cosine schedule floor, stepped per epoch
    double weightDecay = 0.01;     // AdamW (OS-SCL, Noisy-ArcMix)
    double margin = -1.0;          // ArcFace m; < 0: the method's own (0.4 OS-SCL, 0.7 others)
    double scale = 30.0;           // ArcFace s
    double mixupAlpha = 0.5;       // λ ~ Beta(α, α)
    double supconTemperature = 0.02;
    double supconBaseTemperature = 0.07;
    int fphReduction = 64;
    bool fphLeakyRelu = false;
    // EMA of the weights (OS-SCL). The reference's fixed 0.9999 per step stays near the
    // random start for thousands of steps, so the decay warms up as min(d, (1+t)/(10+t))
    // unless emaWarmup is false.
    double emaDecay = 0.9999;
    bool emaWarmup = true;
    double validationFraction = 0.05;
    double clipSeconds = 10.0; // first N seconds, zero-padded if shorter (reference §0.4)
    std::uint64_t seed = 2024;
    std::string device = "cpu"; // "cpu" or "cuda:K"
    int threads = 0;            // torch intra-op threads in the worker; 0: all cores
    int loaderThreads = 2;      // decode + feature workers
    bool evaluateEachEpoch = true; // score the labelled test split as training goes
    // Every how many epochs it is scored. 0: after the first and the last epoch, and between
    // them as many epochs, spread evenly, as keep the evaluation within a tenth of the
    // training's time (issue #15's budget; Trainer's planEvaluations).
    int evaluationInterval = 0;
    bool resume = false;
    bool replace = false; // a new run into a folder that holds one replaces it (else refused)
    // Mixture alignment ("retain, not denoise"): the teacher run or checkpoint, the noises
    // mixed in during training, the SNR range, and λ of the target λ·T(machine) + (1−λ)·T(noise).
    std::string teacher;
    std::vector<std::string> noises{"white", "pink", "brown", "babble", "impulsive", "modulated"};
    double snrMinDb = -6.0, snrMaxDb = 6.0;
    double alignLambda = 0.5;
    bool alignToMachineOnly = false; // the "denoise" baseline: target T(machine)
    double alignWeight = 1.0;        // of L_align against the tagging loss; see MixAlign.h
    // Noise augmentation for the classification methods: half of the training clips in every
    // batch are mixed with one of `noises` at an SNR from the range above, so the detector
    // learns what the machine sounds like under the plant's noise (issue #7). Off by default,
    // as in the references.
    bool augmentWithNoise = false;

    double effectiveMargin() const { return margin >= 0 ? margin : method == TrainingMethod::OsScl ? 0.4 : 0.7; }
};

} // namespace asd
