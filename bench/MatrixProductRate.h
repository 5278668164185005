// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/CpuThreads.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

// The best of five 2048² fp32 products, in GFLOP/s, on LibTorch's OpenMP and OpenBLAS threads
// as given (util/CpuThreads.h): the rate a network's arithmetic is set against.
inline double matrixProductRate(int openmpThreads, int blasThreads)
{
    asd::setCpuThreads(openmpThreads, blasThreads);
    const auto a = torch::randn({2048, 2048}), b = torch::randn({2048, 2048});
    a.mm(b);
    double best = 1e30;
    for (int i = 0; i < 5; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        a.mm(b).sum().item<float>();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return 2.0 * 2048 * 2048 * 2048 / best / 1e9;
}
