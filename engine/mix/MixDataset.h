// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "mix/Noise.h"

namespace asd {

struct MixOptions {
    NoiseSource noise;
    double snrDb = 0.0;
    std::optional<double> snrMaxDb; // with it, each clip draws its SNR uniformly from [snrDb, snrMaxDb]
    bool mixTrain = false;          // training clips are mixed too, or copied clean
    std::uint64_t seed = 1;
    int threads = 0;
};

struct MixReport {
    int mixed = 0, copied = 0, rescaled = 0; // rescaled: scaled down to avoid clipping
    std::vector<std::string> failed;         // "path: reason"
};

// Writes a copy of the dataset under outDir with the same layout (and its CSVs), the test
// clips (and, if asked, the training clips) mixed with noise at the chosen SNR. A clip
// that cannot be read is reported and left out; the rest goes on.
MixReport writeMixedDataset(const std::string &dataDir, const std::string &outDir, const MixOptions &options);

} // namespace asd
