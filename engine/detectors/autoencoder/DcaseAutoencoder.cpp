// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/autoencoder/DcaseAutoencoder.h"

namespace asd {

namespace {

// Linear → BatchNorm1d → ReLU, with the reference's BN constants (Keras' momentum 0.99 is
// PyTorch's 0.01).
void addBlock(torch::nn::Sequential &s, int in, int out)
{
    s->push_back(torch::nn::Linear(in, out));
    s->push_back(torch::nn::BatchNorm1d(torch::nn::BatchNorm1dOptions(out).momentum(0.01).eps(1e-3)));
    s->push_back(torch::nn::ReLU());
}

} // namespace

DcaseAutoencoderImpl::DcaseAutoencoderImpl(int input, int hidden, int bottleneck)
{
    encoder = torch::nn::Sequential();
    addBlock(encoder, input, hidden);
    for (int i = 0; i < 3; ++i)
        addBlock(encoder, hidden, hidden);
    addBlock(encoder, hidden, bottleneck);
    decoder = torch::nn::Sequential();
    addBlock(decoder, bottleneck, hidden);
    for (int i = 0; i < 3; ++i)
        addBlock(decoder, hidden, hidden);
    decoder->push_back(torch::nn::Linear(hidden, input));
    register_module("encoder", encoder);
    register_module("decoder", decoder);
}

torch::Tensor DcaseAutoencoderImpl::forward(const torch::Tensor &x) { return decoder->forward(encoder->forward(x)); }

} // namespace asd
