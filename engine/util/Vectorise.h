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
