// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/adaptation/Lora.h"

#include <cmath>
#include <stdexcept>

namespace asd {

LoraImpl::LoraImpl(int in, int out, int rank, double alpha) : scale(alpha / rank)
{
    if (rank < 1 || in < 1 || out < 1)
        throw std::invalid_argument("LoRA needs a rank of at least 1");
    A = register_parameter("A", torch::empty({rank, in}));
    B = register_parameter("B", torch::zeros({out, rank}));
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(A, std::sqrt(5.0));
}

torch::Tensor LoraImpl::forward(const torch::Tensor &x) { return scale * torch::matmul(torch::matmul(x, A.t()), B.t()); }

torch::Tensor LoraImpl::delta() const { return scale * torch::matmul(B, A); }

LoraOptions LoraOptions::withTargets(const std::string &targets, int rank, double alpha)
{
    LoraOptions o;
    o.rank = rank;
    o.alpha = alpha;
    if (targets == "attention")
        o.feedForward = false;
    else if (targets == "ffn")
        o.attention = false;
    else if (targets != "all")
        throw std::invalid_argument("lora-targets: all (every fully-connected layer), attention or ffn");
    return o;
}

std::string LoraOptions::targets() const { return attention && feedForward ? "all" : attention ? "attention" : "ffn"; }

} // namespace asd
