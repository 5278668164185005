// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/CpuThreads.h"

#include <torch/torch.h>

#include <dlfcn.h>

#include <algorithm>
#include <thread>

namespace asd {

int cpuThreads(int threads) { return threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency())); }

void setCpuThreads(int openmpThreads, int blasThreads)
{
    torch::set_num_threads(cpuThreads(openmpThreads));
    // OpenBLAS's pool is not LibTorch's to size; its own call is found at run time, as the BLAS
    // LibTorch loads is chosen by the system's alternatives (Debian: libblas.so.3).
    using SetThreads = void (*)(int);
    if (const auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(cpuThreads(blasThreads));
}

} // namespace asd
