// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/ExampleCache.h"

#include "audio/AudioFile.h"

namespace asd {

ExampleCache::ExampleCache(std::vector<std::string> paths, const FeatureConfig &features, std::size_t samples,
                           std::size_t budgetBytes, bool keepWaveform)
    : m_paths(std::move(paths)), m_extractor(features), m_samples(samples), m_budget(budgetBytes),
      m_keepWaveform(keepWaveform), m_cache(m_paths.size()), m_errors(m_paths.size())
{
}

std::shared_ptr<const Example> ExampleCache::get(std::size_t i)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_cache[i])
            return m_cache[i];
        if (!m_errors[i].empty())
            return nullptr;
    }
    auto e = std::make_shared<Example>();
    try {
        ReadOptions read;
        read.targetRate = m_extractor.config().sampleRate;
        e->wav = fitLength(readAudio(m_paths[i], read).samples, m_samples, PadMode::Zeros);
        e->mel = m_extractor.compute(e->wav);
        if (!m_keepWaveform)
            std::vector<float>().swap(e->wav);
    } catch (const std::exception &ex) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_errors[i] = ex.what();
        return nullptr;
    }
    const std::size_t bytes = (e->wav.size() + e->mel.data.size()) * sizeof(float);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_cache[i] && m_used + bytes <= m_budget) {
        m_cache[i] = e;
        m_used += bytes;
    }
    return e;
}

std::string ExampleCache::error(std::size_t i) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_errors[i];
}

} // namespace asd
