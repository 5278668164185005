// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace asd {

// A place to train and score: the CPU or one CUDA device.
struct ComputeDevice {
    std::string id;   // "cpu", "cuda:0", ... as accepted by --device
    std::string name; // "CPU (2 threads)", "NVIDIA H100 80GB HBM3"
    std::int64_t memoryBytes = 0; // 0 where unknown
};

std::vector<ComputeDevice> listDevices();

} // namespace asd
