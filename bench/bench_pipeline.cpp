// SPDX-License-Identifier: GPL-3.0-or-later
// The whole OS-SCL pipeline as a user runs it, on 10 s clips: training throughput of
// `asd train` (decoding and features on the loader threads, cached after the first epoch)
// and scoring throughput of `asd score` (decode + features + network, BatchNorm folded),
// beside the reference PyTorch code's figures that issue #5 measured on this 2-core CPU.
// bench_models times the network alone; this times what the user waits for.
//   bench_pipeline [TRAIN_CLIPS_PER_ID] [--default-allocator]
//   (default 24: 2 types x 2 IDs -> 96 clips, 3 batches; --default-allocator leaves glibc's
//   malloc as it is, to show what keepFreedMemoryForReuse gains)
#include "dataset/ClassMap.h"
#include "dataset/DatasetIndex.h"
#include "models/Scorer.h"
#include "synth/MachineSynth.h"
#include "train/Checkpoint.h"
#include "loader/BatchLoader.h"
#include "train/Trainer.h"
#include "util/Allocator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

using namespace asd;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
} // namespace

int main(int argc, char **argv)
{
    const int perId = argc > 1 ? std::atoi(argv[1]) : 24;
    const bool defaultAllocator = argc > 2 && std::string(argv[2]) == "--default-allocator";
    if (!defaultAllocator)
        asd::keepFreedMemoryForReuse(); // before any thread, as asd does: see util/Allocator.h
    const fs::path work = fs::temp_directory_path() / "asd-bench-pipeline";
    fs::remove_all(work);
    SynthOptions synth;
    synth.types = 2;
    synth.ids = 2;
    synth.trainPerId = perId;
    synth.testPerId = 8;
    synth.seconds = 10.0;
    writeSynthDataset((work / "data").string(), synth);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::printf("log-mel OS-SCL, 10 s clips, %d training clips, batch 32, %u hardware threads, %s\n\n", 4 * perId,
                cores, defaultAllocator ? "glibc's default allocator" : "freed memory kept for reuse (as asd runs)");

    TrainConfig c;
    c.dataDir = (work / "data").string();
    c.outDir = (work / "run").string();
    c.method = TrainingMethod::OsScl;
    c.input = InputVariant::LogMel;
    c.epochs = 3;
    c.batchSize = 32;
    c.evaluateEachEpoch = false;
    std::vector<double> perEpoch;
    std::atomic<bool> cancel{false};
    train(c, [&](const JobEvent &e) {
        if (e.kind == JobEvent::Kind::Epoch)
            perEpoch.push_back(e.samplesPerSecond);
    }, cancel);
    // Ours only: a ratio to the reference counts only when both ran in the same benchmark
    // (bench/pytorch_osscl.py beside this one, on the same machine and data).
    std::printf("training (asd train)          samples/s\n");
    for (std::size_t i = 0; i < perEpoch.size(); ++i)
        std::printf("  epoch %zu%-22s %9.2f\n", i + 1, i == 0 ? " (decoding)" : " (cached)", perEpoch[i]);

    // Scoring the test clips from their files, as asd score does: a fresh cache each time,
    // so decoding and features are inside the figure.
    LoadedCheckpoint cp = loadCheckpoint((work / "run" / "best.pt").string(), torch::kCPU);
    const ClassMap classes = ClassMap::fromKeys(cp.meta.classKeys);
    const DatasetIndex index = scanDataset((work / "data").string());
    std::vector<std::string> paths;
    std::vector<std::int64_t> labels;
    for (const auto &clip : index.clips)
        if (clip.split == Split::Test) {
            paths.push_back(clip.path);
            labels.push_back(classes.indexOf(clip));
        }
    std::printf("\nscoring (asd score), %zu test clips   ms per clip   clips/s\n", paths.size());
    for (const bool foldBn : {false, true}) {
        AsdNet net = scoringModel(cp);
        net->eval();
        if (foldBn)
            net->prepareForInference();
        for (int batch : {1, 8, 32}) {
            double best = 1e30;
            for (int pass = 0; pass < 2; ++pass) {
                ExampleCache cache(paths, cp.meta.features, cp.meta.samples);
                const auto t0 = Clock::now();
                runModel(net, cache, labels, torch::kCPU, batch, std::nullopt);
                best = std::min(best, since(t0));
            }
            const double ms = 1000.0 * best / double(paths.size());
            std::printf("  batch %-2d %-22s %9.1f %9.1f\n", batch, foldBn ? "BN folded (asd score)" : "BN as trained",
                        ms, 1000.0 / ms);
        }
    }
    fs::remove_all(work);
    return 0;
}
