// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/Devices.h"
#include "devices/TorchDevice.h"

#include <torch/torch.h>

#include <dlfcn.h>

#include <cstddef>
#include <cstdio>
#include <thread>

namespace asd {
namespace {

// Names and memory of the CUDA devices, from the CUDA driver (libcuda.so.1, installed with
// every NVIDIA driver) opened at run time. Linking the CUDA runtime instead would tie the
// engine to the CUDA toolkit's headers, which neither Debian's CPU LibTorch nor a bare GPU
// server with only official LibTorch provides. The driver numbers devices as the runtime does
// (both honour CUDA_VISIBLE_DEVICES), so ordinal i is LibTorch's cuda:i.
class CudaDriver {
public:
    CudaDriver()
    {
        m_lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
        if (!m_lib)
            return;
        m_init = reinterpret_cast<Init>(dlsym(m_lib, "cuInit"));
        m_get = reinterpret_cast<DeviceGet>(dlsym(m_lib, "cuDeviceGet"));
        m_name = reinterpret_cast<DeviceGetName>(dlsym(m_lib, "cuDeviceGetName"));
        m_totalMem = reinterpret_cast<DeviceTotalMem>(dlsym(m_lib, "cuDeviceTotalMem_v2"));
        m_ready = m_init && m_get && m_name && m_totalMem && m_init(0) == 0;
    }
    ~CudaDriver()
    {
        if (m_lib)
            dlclose(m_lib);
    }
    CudaDriver(const CudaDriver &) = delete;
    CudaDriver &operator=(const CudaDriver &) = delete;

    // Fills name and memory for ordinal i; false where the driver cannot say.
    bool describe(int ordinal, std::string &name, std::int64_t &memoryBytes) const
    {
        int device = 0;
        char buffer[256] = {0};
        std::size_t bytes = 0;
        if (!m_ready || m_get(&device, ordinal) != 0 || m_name(buffer, int(sizeof buffer) - 1, device) != 0 ||
            m_totalMem(&bytes, device) != 0)
            return false;
        name = buffer;
        memoryBytes = std::int64_t(bytes);
        return true;
    }

private:
    // The four driver entry points used, as declared in cuda.h (CUresult is an int, 0 = success).
    using Init = int (*)(unsigned int);
    using DeviceGet = int (*)(int *, int);
    using DeviceGetName = int (*)(char *, int, int);
    using DeviceTotalMem = int (*)(std::size_t *, int);
    void *m_lib = nullptr;
    Init m_init = nullptr;
    DeviceGet m_get = nullptr;
    DeviceGetName m_name = nullptr;
    DeviceTotalMem m_totalMem = nullptr;
    bool m_ready = false;
};

} // namespace

std::vector<ComputeDevice> listDevices()
{
    std::vector<ComputeDevice> out;
    out.push_back({"cpu", "CPU (" + std::to_string(std::thread::hardware_concurrency()) + " threads)", 0});
    const auto n = torch::cuda::device_count(); // 0 with Debian's CPU-only LibTorch
    if (n == 0)
        return out;
    const CudaDriver driver;
    for (std::size_t i = 0; i < n; ++i) {
        ComputeDevice d{"cuda:" + std::to_string(i), "CUDA device " + std::to_string(i), 0};
        driver.describe(int(i), d.name, d.memoryBytes);
        out.push_back(d);
    }
    return out;
}

std::string describe(const ComputeDevice &device)
{
    if (device.memoryBytes <= 0)
        return device.name;
    char memory[32];
    std::snprintf(memory, sizeof memory, ", %.1f GiB", double(device.memoryBytes) / (1024.0 * 1024.0 * 1024.0));
    return device.name + memory;
}

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
