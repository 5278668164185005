// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <torch/torch.h>

namespace asd {

// Low-rank adaptation (Hu et al., "LoRA", ICLR 2022) of one frozen fully-connected layer:
//   y = W x + b + (α / r) · B A x,   A: [r][in], B: [out][r].
// B starts at zero, so an adapted encoder starts as the pretrained one; A is initialised as
// peft does (Kaiming uniform, a = √5). "Fully-connected LoRA" in Han, Jiang et al., "Exploring
// Self-Supervised Audio Models for Generalized Anomalous Sound Detection" (2025; reference §8)
// puts it on every fully-connected layer of the encoder: attention q, k, v and output
// projections and the feed-forward layers.
struct LoraImpl : torch::nn::Module {
    LoraImpl(int in, int out, int rank, double alpha);
    torch::Tensor forward(const torch::Tensor &x); // (α / r) · B A x, to add to W x + b
    torch::Tensor delta() const;                   // (α / r) · B A: what merging adds to W

    torch::Tensor A, B;
    double scale;
    bool enabled = true; // off: the layer as pretrained (a frozen teacher's pass)
};
TORCH_MODULE(Lora);

// Which layers get adapters, rank and α. Defaults: r = 8, α = 16 (peft's common choice; the
// paper's values were not published), every fully-connected layer.
struct LoraOptions {
    int rank = 8;
    double alpha = 16.0;
    bool attention = true;   // q_proj, k_proj, v_proj, out_proj
    bool feedForward = true; // fc1, fc2
    // "all", "attention" or "ffn"; throws std::invalid_argument for anything else.
    static LoraOptions withTargets(const std::string &targets, int rank, double alpha);
    std::string targets() const;
};

} // namespace asd
