// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace asd {

// LibTorch's CPU work runs on two pools of threads: OpenMP's (element-wise operations,
// oneDNN's convolutions) and OpenBLAS's own (matrix products). With several threads in both,
// they take the cores from each other: OpenMP's idle threads spin while OpenBLAS's wait. The
// DCASE autoencoder's training, small matrix products between element-wise passes, ran 4×
// slower on 2 cores with both pools at 2 threads than with one OpenMP thread.
//
// The matrix products on `blasThreads` threads (where LibTorch's BLAS is OpenBLAS; elsewhere
// nothing changes), the rest of LibTorch's CPU work on `openmpThreads`. 0: all cores.
void setCpuThreads(int openmpThreads, int blasThreads);

// The cores a job may use when it asks for `threads` (0: all of them).
int cpuThreads(int threads);

} // namespace asd
