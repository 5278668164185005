// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>

#include <climits>
#endif

namespace asd {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0);             // large blocks from the heap, where freed ones are reused
    mallopt(M_TRIM_THRESHOLD, INT_MAX); // and the heap is not shrunk after every step
#endif
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace asd
