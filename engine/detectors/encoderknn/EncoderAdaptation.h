// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "detectors/Detector.h"
#include "encoders/adaptation/GroupAdapter.h"
#include "encoders/adaptation/Lora.h"
#include "encoders/beats/Beats.h"
#include "mix/Noise.h"

namespace asd {

// Adapting a pretrained encoder to the user's machines (or, with noises, training its
// noise-robust student; see AdaptationOptions) (Han, Jiang et al., "Exploring
// Self-Supervised Audio Models for Generalized ASD", 2025; reference §8; README.md beside
// this file): fully-connected LoRA in the encoder, a machine-aware group adapter after it,
// pseudo-attribute codes from an online codebook, and a loss of three parts on the normalised
// embedding z:
//   ArcFace cross-entropy over the labels that exist (section, and attributes where the file
//   names carry them), the dual-level contrastive loss (section; section × code), and the
//   codebook's commitment loss.
struct AdaptationOptions {
    int epochs = 10;
    int batch = 8;
    double learningRate = 1e-4;
    double seconds = 4.0; // random crop per clip and epoch (shorter clips are tiled)
    LoraOptions lora;
    int bottleneck = 64;  // group adapter
    int codes = 8;        // pseudo-attribute codes
    double temperature = 0.1;
    double margin = 0.2;  // ArcFace
    unsigned seed = 0;
    // "Retain, not denoise" (reference §8) with the pretrained encoder as the frozen teacher:
    // given noises, the student (the encoder with LoRA and the adapter) learns from machine+noise
    // mixtures at SNRs in [snrMin, snrMax] with multi-label tagging (section, noise kind) plus
    // alignWeight · ‖student(mix) − (λ·teacher(machine) + (1−λ)·teacher(noise))‖²
    // (train/MixAlign.h), instead of the ArcFace and contrastive losses. λ = 1 is the denoise
    // baseline.
    std::vector<NoiseSource> noises;
    double lambda = 0.5;
    double alignWeight = 1.0;
    double snrMin = -6.0, snrMax = 6.0;
};

struct AdaptedEncoder {
    GroupAdapter adapter{nullptr};
    std::vector<std::string> machineTypes; // the adapter's groups, in order
    std::vector<double> trainingLoss; // per epoch, kept in the detector file
};

// The embedding the detector compares: pooled tokens [batch][tokens][D] → [batch][E].
using TokenPooling = std::function<torch::Tensor(const torch::Tensor &tokens)>;

// The metrics of the labelled test clips with the encoder and adapter as they are (after an epoch).
using AdaptationMonitor = std::function<EvaluationSummary(const AdaptedEncoder &)>;

// Trains LoRA (attached to `encoder` here) and a group adapter on the normal clips' waveforms
// (16 kHz, one per clip, in `clips` order); a tenth of the clips (at least one, when there are
// five or more) is held out for the validation loss. Reports each epoch through ctx.epoch and
// stops early when ctx.cancel is set; `monitor`, when given, supplies each epoch's test metrics.
// The LoRA stays attached, unmerged.
AdaptedEncoder adaptEncoder(Beats encoder, int layer, const TokenPooling &pool, const std::vector<const Clip *> &clips,
                            const std::vector<std::vector<float>> &waveforms, const AdaptationOptions &options,
                            const FitContext &ctx, const AdaptationMonitor &monitor = {});

} // namespace asd
