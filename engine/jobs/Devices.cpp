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

#include "jobs/TorchDevice.h"

namespace asd {

torch::Device parseDevice(const std::string &id)
{
    if (id == "cpu")
        return torch::kCPU;
    if (id.rfind("cuda", 0) == 0) {
        const std::size_t n = torch::cuda::device_count();
        const int index = id.size() > 5 && id[4] == ':' ? std::atoi(id.c_str() + 5) : 0;
        if (n == 0)
            throw std::runtime_error("device " + id + " requested, but this build of LibTorch sees no CUDA GPU "
                                     "(Debian's libtorch is CPU-only; build against an official CUDA LibTorch with "
                                     "-DTorch_DIR, or use --device cpu)");
        if (index < 0 || std::size_t(index) >= n)
            throw std::runtime_error("device " + id + " requested, but only cuda:0 to cuda:" + std::to_string(n - 1) +
                                     " exist (see 'asd devices')");
        return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw std::runtime_error("unknown device '" + id + "' (use cpu or cuda:K; see 'asd devices')");
}

} // namespace asd
