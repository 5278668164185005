// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/BatchLoader.h"

#include "audio/AudioFile.h"

namespace asd {

BatchLoader::BatchLoader(ExampleCache &cache, std::vector<std::vector<std::size_t>> batches,
                         std::vector<std::int64_t> labels, bool needWaveform, int threads, std::size_t queueDepth)
    : m_cache(cache), m_batches(std::move(batches)), m_labels(std::move(labels)), m_needWaveform(needWaveform),
      m_depth(std::max<std::size_t>(1, queueDepth))
{
    for (int t = 0; t < std::max(1, threads); ++t)
        m_threads.emplace_back([this] { work(); });
}

BatchLoader::~BatchLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (auto &t : m_threads)
        t.join();
}

void BatchLoader::work()
{
    for (;;) {
        const std::size_t b = m_nextToBuild++;
        if (b >= m_batches.size())
            return;
        {
            // Bounded: stay at most m_depth batches ahead of the consumer.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || b < m_nextToHand + m_depth; });
            if (m_stop)
                return;
        }
        Batch batch;
        std::exception_ptr error;
        try {
            batch = assemble(m_batches[b]);
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (error && !m_error)
                m_error = error;
            m_ready.emplace(b, std::move(batch));
        }
        m_changed.notify_all();
    }
}

Batch BatchLoader::assemble(const std::vector<std::size_t> &items)
{
    std::vector<std::shared_ptr<const Example>> examples;
    Batch batch;
    for (std::size_t i : items) {
        if (auto e = m_cache.get(i)) {
            examples.push_back(std::move(e));
            batch.items.push_back(i);
        } else if (onBadClip) {
            onBadClip(m_cache.error(i));
        }
    }
    const auto n = std::int64_t(examples.size());
    if (n == 0)
        return batch;
    const int mels = examples[0]->mel.rows, frames = examples[0]->mel.cols;
    batch.mel = torch::empty({n, 1, mels, frames});
    float *mel = batch.mel.data_ptr<float>();
    const std::size_t melSize = std::size_t(mels) * frames;
    for (std::int64_t k = 0; k < n; ++k)
        std::copy(examples[k]->mel.data.begin(), examples[k]->mel.data.end(), mel + k * melSize);
    if (m_needWaveform) {
        const auto samples = std::int64_t(examples[0]->wav.size());
        batch.wav = torch::empty({n, samples});
        float *w = batch.wav.data_ptr<float>();
        for (std::int64_t k = 0; k < n; ++k)
            std::copy(examples[k]->wav.begin(), examples[k]->wav.end(), w + k * samples);
    }
    batch.labels = torch::empty({n}, torch::kInt64);
    for (std::int64_t k = 0; k < n; ++k)
        batch.labels[k] = m_labels[batch.items[std::size_t(k)]];
    return batch;
}

std::optional<Batch> BatchLoader::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (m_nextToHand < m_batches.size()) {
        m_changed.wait(lock, [&] { return m_ready.count(m_nextToHand) || m_error; });
        if (m_error)
            std::rethrow_exception(m_error);
        Batch b = std::move(m_ready[m_nextToHand]);
        m_ready.erase(m_nextToHand);
        ++m_nextToHand;
        m_changed.notify_all();
        if (b.mel.defined())
            return b;
        // A batch whose clips all failed: skip it.
    }
    return std::nullopt;
}

} // namespace asd
