// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ASD_VECTOR_CLONES on a hot DSP loop makes GCC compile it twice, for x86-64-v3 (AVX2, FMA)
// and for the baseline, and pick one at load time: Debian builds for baseline x86-64, whose
// 4-wide SSE2 leaves half of every AVX2 machine's vector width unused.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define ASD_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define ASD_VECTOR_CLONES
#endif

namespace asd {

// The kernel compiled for the widest vector instructions this CPU runs, for kernels compiled
// once per instruction set with __attribute__((target(...))) and picked at load time
// (backends/PackedBank, backends/Coreset).
template <typename Kernel>
Kernel forWidestVectors(Kernel sse2, Kernel avx2, Kernel avx512)
{
#if defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return avx2;
#endif
    return sse2;
}

} // namespace asd
