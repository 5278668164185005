// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/Devices.h"

#include <torch/torch.h>

#include <thread>

namespace asd {

std::vector<ComputeDevice> listDevices()
{
    std::vector<ComputeDevice> out;
    out.push_back({"cpu", "CPU (" + std::to_string(std::thread::hardware_concurrency()) + " threads)", 0});
    // Device names and memory need the CUDA runtime API, which the engine does not link
    // on purpose (it builds against CPU-only LibTorch too); the index is what --device takes.
    const auto n = torch::cuda::device_count();
    for (std::size_t i = 0; i < n; ++i)
        out.push_back({"cuda:" + std::to_string(i), "CUDA device " + std::to_string(i), 0});
    return out;
}

} // namespace asd
