// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TFgramNet.h"

namespace asd {

namespace nn = torch::nn;

namespace {

// [conv k3 p1 + BN + ReLU, conv k3 dilation 2 p2 + BN + ReLU], no biases.
nn::Sequential dilatedBlock(int in, int out)
{
    return nn::Sequential(nn::Conv1d(nn::Conv1dOptions(in, out, 3).padding(1).bias(false)), nn::BatchNorm1d(out),
                          nn::ReLU(), nn::Conv1d(nn::Conv1dOptions(out, out, 3).padding(2).dilation(2).bias(false)),
                          nn::BatchNorm1d(out), nn::ReLU());
}

} // namespace

TFgramNetImpl::TFgramNetImpl(int frames, int mels) : m_frames(frames)
{
    conv0 = register_module("conv0", nn::Sequential(nn::Conv1d(nn::Conv1dOptions(1, 64, 11).stride(5).padding(5).bias(false)),
                                                    nn::BatchNorm1d(64), nn::ReLU()));
    block1 = register_module("block1", dilatedBlock(64, 64));
    block2 = register_module("block2", dilatedBlock(64, mels));
    block3 = register_module("block3", dilatedBlock(mels, mels));
    // Xavier-uniform convolutions; BatchNorm weight 1, bias 0 (PANNs init_layer / init_bn).
    for (auto &m : modules(false)) {
        if (auto *conv = m->as<nn::Conv1d>())
            nn::init::xavier_uniform_(conv->weight);
    }
}

torch::Tensor TFgramNetImpl::forward(torch::Tensor wav)
{
    auto x = conv0->forward(wav.unsqueeze(1));
    x = torch::max_pool1d(block1->forward(x), 4);
    x = std::get<0>(torch::adaptive_max_pool1d(block2->forward(x), {2 * m_frames}));
    x = std::get<0>(torch::adaptive_max_pool1d(block3->forward(x), {m_frames}));
    return x.unsqueeze(1);
}

} // namespace asd
