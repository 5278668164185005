// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ChannelPReLU.h"

#include <torch/torch.h>

namespace asd {

// prelu(bn(x)): MobileFaceNet's BatchNorm2d followed by its ChannelPReLU (reference-methods
// §3.3), the two modules' own parameters and buffers, computed as they compute it. In
// training mode on channels-last float CPU activations it is one pass for the batch
// statistics and one for the output, and two passes back, where the two modules take five
// passes forward and eight back (ATen's BatchNorm reads its input three times); the
// BatchNorm's output is never stored, as the backward pass recomputes it from x. On these
// memory-bound layers that is most of their time (bench_models; MobileFaceNet.cpp). Anything
// else (eval mode, other layouts, types or devices) runs the two modules.
torch::Tensor batchNormPReLU(const torch::Tensor &x, torch::nn::BatchNorm2dImpl &bn, ChannelPReLUImpl &prelu);

// bn(x) by the same passes (the identity for the activation): the BatchNorm after each
// bottleneck's linear projection, where ATen's reads its input three times.
torch::Tensor batchNorm(const torch::Tensor &x, torch::nn::BatchNorm2dImpl &bn);

} // namespace asd
