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

// CPU first, then every CUDA device LibTorch sees, with name and memory from the driver.
std::vector<ComputeDevice> listDevices();

// "NVIDIA H100 80GB HBM3, 79.1 GiB": what the CLI and the device menu show.
std::string describe(const ComputeDevice &device);

} // namespace asd
