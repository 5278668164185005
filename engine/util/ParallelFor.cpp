// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ParallelFor.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace asd {

void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)> &body,
                 const std::function<void(std::size_t)> &onDone, const std::atomic<bool> *cancel)
{
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const unsigned nThreads = std::min<std::size_t>(threads > 0 ? unsigned(threads) : hw, std::max<std::size_t>(n, 1));
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto worker = [&](bool report) {
        for (std::size_t i; !failed && (i = next++) < n;) {
            if (cancel && cancel->load())
                return;
            try {
                body(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                failed = true;
                return;
            }
            const std::size_t d = ++done;
            if (report)
                onDone(d);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < nThreads; ++t)
        pool.emplace_back(worker, false);
    worker(bool(onDone));
    for (auto &t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

} // namespace asd
