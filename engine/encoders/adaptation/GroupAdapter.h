// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace asd {

// The machine-aware group adapter of Han, Jiang et al. (2025; reference §8): one encoder serves
// every machine type, and a light adapter after it keeps a parameter group per machine type.
// The paper gives no equations; the design here: a residual bottleneck per group,
//   h = x + U_g · GELU(D_g · x),   D_g: [bottleneck][dim], U_g: [dim][bottleneck], U_g = 0 at first,
// with g the clip's machine type, so the adapter starts as the identity and a machine type's
// gradients reach only its own group.
struct GroupAdapterImpl : torch::nn::Module {
    GroupAdapterImpl(int dim, int groups, int bottleneck = 64);
    // x: [batch][dim], group: [batch] int64 in [0, groups).
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &group);

    torch::Tensor down, up; // [groups][bottleneck][dim], [groups][dim][bottleneck]
};
TORCH_MODULE(GroupAdapter);

} // namespace asd
