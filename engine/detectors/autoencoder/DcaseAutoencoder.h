// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// The DCASE 2020-2024 Task 2 autoencoder baseline network (nttcslab/dcase2023_task2_baseline_ae,
// networks/dcase2023t2_ae/network.py; first-shot-methods §1.3): five stacked 128-band log-mel
// frames (640 values) through 128-128-128-128-8 and back; every hidden block is
// Linear → BatchNorm1d(momentum 0.01, eps 1e-3) → ReLU, the bottleneck included; the output
// layer is a bare Linear. 267,928 trainable parameters.
struct DcaseAutoencoderImpl : torch::nn::Module {
    explicit DcaseAutoencoderImpl(int input = 640, int hidden = 128, int bottleneck = 8);

    // x̂ = decoder(encoder(x)); x is [batch, input].
    torch::Tensor forward(const torch::Tensor &x);

    torch::nn::Sequential encoder{nullptr}, decoder{nullptr};
};
TORCH_MODULE(DcaseAutoencoder);

} // namespace asd
