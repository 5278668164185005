// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <string>
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

} // namespace asd
