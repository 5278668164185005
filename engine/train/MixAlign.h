// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "dsp/LogMel.h"
#include "mix/Noise.h"
#include "models/AsdNet.h"
#include "loader/BatchLoader.h"
#include "train/TrainConfig.h"

namespace asd {

// "Retain, not denoise" (reference §8): the student should embed a machine+noise mixture
// where the frozen teacher's embeddings of its parts would mix,
//   L_align = || student(x_mix) − (λ·teacher(machine) + (1−λ)·teacher(noise)) ||²,
// (mean over the batch and the embedding), or towards teacher(machine) alone for the
// "denoise" baseline (λ = 1).
// The student's loss is tagging + w·L_align. At w = 1 (PyTorch's mean squared error per
// dimension) the alignment is about 1 % of the loss (0.008 against 0.68 for the tagging),
// so the tagging trains the student: right for a weak teacher such as OS-SCL on little
// data, whose embeddings miss the faults (bench/osscl_synthetic.sh). With a teacher that
// detects well, w = 128 (the squared distance per clip of a 128-dimensional embedding)
// makes the student embed like it, and the alignment target decides how the student
// handles noise (bench/mixalign_robustness.sh).
torch::Tensor mixtureAlignmentLoss(const torch::Tensor &student, const torch::Tensor &teacherMachine,
                                   const torch::Tensor &teacherNoise, double lambda);

// Multi-label tagging head: one logit per machine class and per noise kind, trained with
// binary cross-entropy on a multi-hot target (the clip's class and the noise it was mixed with).
class TaggingHeadImpl : public torch::nn::Module {
public:
    TaggingHeadImpl(int embeddingDim, int classes, int noiseKinds);
    torch::Tensor forward(const torch::Tensor &embedding) { return linear->forward(embedding); }

private:
    torch::nn::Linear linear{nullptr};
};
TORCH_MODULE(TaggingHead);

// A batch's clips mixed with noise: for each clip i (where chosen), a source drawn from
// `noises` at an SNR drawn from [snrMinDb, snrMaxDb], seeded per clip. noiseWav/noiseMel hold
// the noise as it sounds inside the mixture; kinds[i] is the source index, or -1 for a clip
// left clean (then its rows are the clean clip and zeros).
struct NoisyBatch {
    torch::Tensor wav, mel, noiseWav, noiseMel;
    std::vector<int> kinds;
};
NoisyBatch mixWithNoise(const Batch &batch, const std::vector<NoiseSource> &noises, double snrMinDb, double snrMaxDb,
                        const LogMelExtractor &extractor, std::uint64_t seed, double probability = 1.0);

// One training or validation step of the mixture-aligned student: mixes each clip of the
// batch with a noise drawn from the configured sources at an SNR drawn from the range,
// then returns tagging BCE + alignment loss (and its parts).
class MixtureAlignment {
public:
    MixtureAlignment(const TrainConfig &config, AsdNet teacher, int classes, const FeatureConfig &features,
                     torch::Device device);
    torch::Tensor loss(const Batch &batch, AsdNet &student, std::uint64_t seed, std::map<std::string, double> &parts);
    TaggingHead tagger() const { return m_tagger; }

private:
    TrainConfig m_config;
    AsdNet m_teacher;
    TaggingHead m_tagger{nullptr};
    std::vector<NoiseSource> m_noises;
    LogMelExtractor m_extractor;
    int m_classes;
    torch::Device m_device;
};

} // namespace asd
