// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TgramNet.h"

namespace asd {

namespace nn = torch::nn;

TgramNetImpl::TgramNetImpl(int frames, int mels, int nFft, int hop)
{
    conv_extrctor = register_module(
        "conv_extrctor", nn::Conv1d(nn::Conv1dOptions(1, mels, nFft).stride(hop).padding(nFft / 2).bias(false)));
    conv_encoder = nn::Sequential();
    for (int i = 0; i < 3; ++i) {
        conv_encoder->push_back(nn::LayerNorm(nn::LayerNormOptions({frames})));
        conv_encoder->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)));
        conv_encoder->push_back(nn::Conv1d(nn::Conv1dOptions(mels, mels, 3).padding(1).bias(false)));
    }
    register_module("conv_encoder", conv_encoder);
}

torch::Tensor TgramNetImpl::forward(torch::Tensor wav)
{
    return conv_encoder->forward(conv_extrctor->forward(wav.unsqueeze(1))).unsqueeze(1);
}

} // namespace asd
