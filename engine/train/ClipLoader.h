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

#include "dsp/LogMel.h"

namespace asd {

// What the models take from one clip: the fixed-length waveform and its log-mel.
struct Example {
    std::vector<float> wav;
    FeatureMatrix mel;
};

// Decodes and extracts each clip once and keeps the result while it fits in the memory
// budget, so later epochs cost no decoding (features computed once per clip, not every
// epoch). Beyond the budget clips are recomputed. Thread-safe.
class ExampleCache {
public:
    // keepWaveform false drops each clip's waveform once its log-mel is made (log-mel-only
    // models), so four times as many clips fit in the budget.
    ExampleCache(std::vector<std::string> paths, const FeatureConfig &features, std::size_t samples,
                 std::size_t budgetBytes = std::size_t(2) << 30, bool keepWaveform = true);
    // nullptr when the clip cannot be read; the reason is in error(i).
    std::shared_ptr<const Example> get(std::size_t i);
    std::string error(std::size_t i) const;
    std::size_t size() const { return m_paths.size(); }
    const LogMelExtractor &extractor() const { return m_extractor; }
    std::size_t samples() const { return m_samples; }

private:
    std::vector<std::string> m_paths;
    LogMelExtractor m_extractor;
    std::size_t m_samples;
    std::size_t m_budget, m_used = 0;
    bool m_keepWaveform;
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<const Example>> m_cache;
    std::vector<std::string> m_errors;
};

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
