// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

namespace asd {

// Runs body(i) for i in [0, n) on `threads` threads (0: all cores), the calling thread
// among them. After each item, onDone(doneCount) runs on the calling thread's items only,
// so a progress callback never needs a lock. Stops early when *cancel becomes true.
// The first exception thrown by a body is rethrown after all threads have joined.
void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)> &body,
                 const std::function<void(std::size_t done)> &onDone = {},
                 const std::atomic<bool> *cancel = nullptr);

} // namespace asd
