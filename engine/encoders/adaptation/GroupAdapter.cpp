// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/adaptation/GroupAdapter.h"

#include <cmath>

namespace asd {

GroupAdapterImpl::GroupAdapterImpl(int dim, int groups, int bottleneck)
{
    down = register_parameter("down", torch::randn({groups, bottleneck, dim}) / std::sqrt(double(dim)));
    up = register_parameter("up", torch::zeros({groups, dim, bottleneck}));
}

torch::Tensor GroupAdapterImpl::forward(const torch::Tensor &x, const torch::Tensor &group)
{
    // Each clip's own group's matrices, gathered: [batch][bottleneck][dim] and [batch][dim][bottleneck].
    const torch::Tensor hidden = torch::gelu(torch::matmul(down.index_select(0, group), x.unsqueeze(2)));
    return x + torch::matmul(up.index_select(0, group), hidden).squeeze(2);
}

} // namespace asd
