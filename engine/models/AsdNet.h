// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

#include "models/Heads.h"
#include "models/MobileFaceNet.h"
#include "models/TFgramNet.h"
#include "models/TgramNet.h"
#include "models/InputVariant.h"

namespace asd {

struct AsdNetOptions {
    InputVariant input = InputVariant::LogMel;
    int classes = 1;
    int mels = 128;
    int frames = 313;
    bool perturbationHead = true; // OS-SCL's FPH between the embedding and ArcFace
    int fphReduction = 64;
    bool fphLeakyRelu = false;
    double margin = 0.4;
    double scale = 30.0;
};

// Noisy-ArcMix's parameter-free temporal attention (reference §3.4):
// a_t = sigmoid(max_f X[f,t] + mean_f X[f,t]); TAgram = a_t · X. (B, 1, F, T) in and out.
torch::Tensor temporalAttention(const torch::Tensor &logMel);

struct AsdNetOutput {
    torch::Tensor logits;    // margin logits for the given labels (B, classes)
    torch::Tensor embedding; // the feature ArcFace sees: FPH output (L2-normalised) or MFN output
    torch::Tensor backbone;  // the MobileFaceNet output, before the FPH
};

// The ID-classification detector of STgram-MFN, Noisy-ArcMix and OS-SCL:
// input maps (mel and learned Tgram/TFgram/TAgram) → MobileFaceNet → [FPH] → ArcFace.
class AsdNetImpl : public torch::nn::Module {
public:
    explicit AsdNetImpl(const AsdNetOptions &options);

    // The stacked input channels in the reference order: (B, C, mels, frames).
    torch::Tensor inputMaps(const torch::Tensor &wav, const torch::Tensor &mel);
    torch::Tensor embedMaps(const torch::Tensor &maps); // the backbone (and FPH) on inputMaps' output
    torch::Tensor headOf(const torch::Tensor &backbone); // the FPH on MobileFaceNet's output, if any
    torch::Tensor embed(const torch::Tensor &wav, const torch::Tensor &mel);
    AsdNetOutput forward(const torch::Tensor &wav, const torch::Tensor &mel, const torch::Tensor &labels);
    const AsdNetOptions &options() const { return m_options; }
    // For scoring only: eval mode with BatchNorm folded into the convolutions. The network
    // then has other parameters than its checkpoint, so it is never trained or saved again.
    void prepareForInference();

    TgramNet tgram{nullptr};
    TFgramNet tfgram{nullptr};
    MobileFaceNet mobilefacenet{nullptr};
    FeaturePerturbationHead fph{nullptr};
    ArcFaceHead arcface{nullptr};

private:
    AsdNetOptions m_options;
};
TORCH_MODULE(AsdNet);

// A copy of net's weights prepared for inference (BatchNorm folded), on net's device: what
// the trainer scores its validation and test clips with after each epoch, about a third
// faster than the network as it trains, which is left as it is.
AsdNet inferenceCopyOf(const AsdNet &net);

std::int64_t parameterCount(torch::nn::Module &module);

} // namespace asd
