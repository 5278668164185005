// SPDX-License-Identifier: GPL-3.0-or-later
// The DCASE autoencoder's fit against its arithmetic (issue #32): fits `dcase-ae` on a dataset's
// normal training clips through the job `asd train` runs (log-mel, training, thresholds), counts
// the network's floating-point operations over the training, and times a 2048 × 2048 fp32 matrix
// product on the threads the fit uses, in the same run: the fit's time against the time its
// arithmetic takes at that rate. Prints figures.
//   bench_autoencoder [DATA] [EPOCHS]   (default ../shared/data/dcase2022-valve-sec00, 100)
#include "dataset/DatasetIndex.h"
#include "detectors/ClipFeatures.h"
#include "detectors/FitRun.h"
#include "detectors/autoencoder/AutoencoderDetector.h"
#include "detectors/autoencoder/DcaseAutoencoder.h"
#include "dsp/LogMel.h"
#include "util/CpuThreads.h"

#include "MatrixProductRate.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace asd;
using Clock = std::chrono::steady_clock;

namespace {
double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

} // namespace

int main(int argc, char **argv)
{
    const std::string data = argc > 1 ? argv[1] : "../shared/data/dcase2022-valve-sec00";
    const int epochs = argc > 2 ? std::atoi(argv[2]) : 100;
    if (!std::filesystem::is_directory(data)) {
        std::fprintf(stderr, "bench_autoencoder: %s is not a folder (give a dataset: bench_autoencoder DATA [EPOCHS])\n",
                     data.c_str());
        return 1;
    }
    // What one epoch trains on: every normal training clip's stacked frames (5 per vector).
    const DatasetIndex index = scanDataset(data);
    const LogMelExtractor logMel(featurePreset("dcase-baseline"));
    long vectors = 0, clips = 0;
    for (const Clip &c : index.clips)
        if (c.split == Split::Train && c.label != Label::Anomaly) {
            vectors += wholeClipLogMel(logMel, c.path).cols - AutoencoderDetector::kFrames + 1;
            ++clips;
        }
    // Multiply-adds per vector through the network's linear layers; a training step costs about
    // three times its forward pass (forward, gradients of the activations and of the weights).
    long macs = 0;
    for (const auto &p : DcaseAutoencoder()->named_parameters())
        if (p.key().find("weight") != std::string::npos && p.value().dim() == 2)
            macs += p.value().numel();
    const double trainingFlop = 3.0 * 2.0 * double(macs) * double(vectors) * epochs;

    const double rate = matrixProductRate(1, 0); // the fit's threads
    const std::string out = (std::filesystem::temp_directory_path() / "bench_autoencoder_run").string();
    std::filesystem::remove_all(out);
    FitConfig config;
    config.dataDir = data;
    config.outDir = out;
    config.family = "dcase-ae";
    config.options = {{"epochs", std::to_string(epochs)}};
    std::atomic<bool> cancel{false};
    const auto t0 = Clock::now();
    fitDetector(config, [](const JobEvent &) {}, cancel);
    const double fit = since(t0);
    std::filesystem::remove_all(out);

    std::printf("dcase-ae on %s: %ld training clips, %ld vectors of 640 values, %d epochs, batch 256\n", data.c_str(),
                clips, vectors, epochs);
    std::printf("network: %ld multiply-adds per vector; training %.0f GFLOP\n", macs, trainingFlop / 1e9);
    std::printf("fp32 matrix product (2048², the fit's threads): %.0f GFLOP/s -> the arithmetic takes %.1f s\n", rate,
                trainingFlop / rate / 1e9);
    std::printf("fit (log-mel, training, thresholds): %.1f s = %.1fx the arithmetic's time\n", fit,
                fit / (trainingFlop / rate / 1e9));
    return 0;
}
