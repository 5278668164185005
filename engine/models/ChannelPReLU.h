// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// PReLU with one slope per channel (He et al. 2015): y = max(0, x) + a_c · min(0, x), the
// activation of every MobileFaceNet block (reference-methods §3.3). It computes what
// torch::nn::PReLU computes, under the same parameter name, so checkpoints are unchanged; its
// backward pass is one loop over the activations, where LibTorch 1.13's prelu_backward took a
// third of an OS-SCL training step on the CPU (PyTorch's profiler, batch 16, 10 s clips);
// this loop takes a third of its time (bench_models's training step: 15 to 22 samples/s
// together with channels-last activations, see MobileFaceNet.cpp). Its forward pass is a
// vectorised loop too: LibTorch's ran element by element (perf: 8 % of asd score).
class ChannelPReLUImpl : public torch::nn::Module {
public:
    explicit ChannelPReLUImpl(int channels, double init = 0.25);
    torch::Tensor forward(const torch::Tensor &x); // (B, C, ...) with C = channels
    torch::Tensor weight;                          // (C)
};
TORCH_MODULE(ChannelPReLU);

// y = prelu(x, a) in x's layout: float CPU tensors by a vectorised loop, anything else by
// LibTorch's prelu.
torch::Tensor preluForward(const torch::Tensor &x, const torch::Tensor &a);

// x = prelu(x, a), overwriting x where it is a float CPU tensor contiguous in its layout
// that needs no gradient; otherwise x is replaced by preluForward(x, a). For a convolution's
// output in inference, which nothing else reads.
void preluInPlace(torch::Tensor &x, const torch::Tensor &a);

// The gradients of y = prelu(x, a) for the output gradient g, (dL/dx, dL/da); float CPU
// tensors in either layout, anything else by LibTorch's own prelu_backward.
std::pair<torch::Tensor, torch::Tensor> preluBackward(const torch::Tensor &g, const torch::Tensor &x,
                                                      const torch::Tensor &a);

} // namespace asd
