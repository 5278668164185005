// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "dsp/ExampleCache.h"

namespace asd {

struct Batch {
    torch::Tensor wav;    // (B, samples), float32; undefined when the model needs no waveform
    torch::Tensor mel;    // (B, 1, mels, frames)
    torch::Tensor labels; // (B,), int64
    std::vector<std::size_t> items; // cache indices in the batch
};

// Assembles batches on worker threads into a bounded queue, in order, while the training
// step runs. Clips that fail to decode are left out of their batch and reported once.
class BatchLoader {
public:
    BatchLoader(ExampleCache &cache, std::vector<std::vector<std::size_t>> batches, std::vector<std::int64_t> labels,
                bool needWaveform, int threads, std::size_t queueDepth = 4);
    ~BatchLoader();
    std::optional<Batch> next(); // nullopt at the end
    // Called from a worker thread for each clip that cannot be read.
    std::function<void(const std::string &error)> onBadClip;

private:
    void work();
    Batch assemble(const std::vector<std::size_t> &items);

    ExampleCache &m_cache;
    std::vector<std::vector<std::size_t>> m_batches;
    std::vector<std::int64_t> m_labels;
    bool m_needWaveform;
    std::size_t m_depth;
    std::atomic<std::size_t> m_nextToBuild{0};
    std::size_t m_nextToHand = 0;
    std::map<std::size_t, Batch> m_ready;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::vector<std::thread> m_threads;
};

} // namespace asd
