// SPDX-License-Identifier: GPL-3.0-or-later
#include "mix/MixDataset.h"

#include "audio/AudioFile.h"
#include "dataset/DatasetIndex.h"
#include "mix/Mixer.h"
#include "util/ParallelFor.h"
#include "util/Random.h"

#include <cstdio>
#include <limits>
#include <filesystem>
#include <mutex>

namespace fs = std::filesystem;

namespace asd {

MixReport writeMixedDataset(const std::string &dataDir, const std::string &outDir, const MixOptions &o)
{
    const DatasetIndex index = scanDataset(dataDir);
    fs::create_directories(outDir);
    // The CSVs that carry labels, domains and attributes go along unchanged.
    for (const auto &e : fs::recursive_directory_iterator(index.root))
        if (e.is_regular_file() && e.path().extension() == ".csv") {
            const fs::path to = fs::path(outDir) / e.path().lexically_relative(index.root);
            fs::create_directories(to.parent_path());
            fs::copy_file(e.path(), to, fs::copy_options::overwrite_existing);
        }
    MixReport report;
    std::mutex mutex;
    parallelFor(index.clips.size(), o.threads, [&](std::size_t i) {
        const Clip &c = index.clips[i];
        const fs::path to = fs::path(outDir) / c.relativePath;
        try {
            fs::create_directories(to.parent_path());
            if (c.split == Split::Train && !o.mixTrain) {
                fs::copy_file(c.path, to, fs::copy_options::overwrite_existing);
                std::lock_guard<std::mutex> lock(mutex);
                ++report.copied;
                return;
            }
            const Audio a = readAudio(c.path);
            // Per-clip seed from the clip's name: the same clip gets the same noise in every run.
            const std::uint64_t seed = mixSeeds(o.seed, nameSeed(c.relativePath));
            Rng rng(seed);
            const double snr = o.snrMaxDb ? rng.uniform(o.snrDb, *o.snrMaxDb) : o.snrDb;
            const Mixture m = mixAtSnr(a.samples, makeNoise(o.noise, a.samples.size(), a.sampleRate, seed), snr);
            writeWav16(to.string(), m.samples, a.sampleRate);
            std::lock_guard<std::mutex> lock(mutex);
            ++report.mixed;
            report.rescaled += m.scale < 1.0;
        } catch (const std::exception &e) {
            std::lock_guard<std::mutex> lock(mutex);
            report.failed.push_back(c.path + ": " + e.what());
        }
    });
    for (const auto &s : index.skipped)
        report.failed.push_back(s.path + ": " + s.error);
    return report;
}

} // namespace asd
