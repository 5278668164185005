// SPDX-License-Identifier: GPL-3.0-or-later
// Training-step and scoring throughput of each input variant with 10 s clips (313 frames),
// on the CPU and on every CUDA device present, beside the same OS-SCL step and batch-1
// scoring in PyTorch when /usr/bin/python3 has torch (python3-torch). Prints figures.
//   bench_models [TRAIN_STEPS] [BATCH] [INPUTS]   (default 3 steps of batch 32, every input;
//   INPUTS: comma-separated, e.g. tfstgram or logmel,stgram)
#include "models/AsdNet.h"
#include "train/Losses.h"
#include "util/Allocator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

using namespace asd;
using Clock = std::chrono::steady_clock;

namespace {
double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct Figures {
    double trainSamplesPerSecond, scoreMsBatch1, scoreClipsPerSecondBatched;
};

Figures measure(InputVariant v, torch::Device device, int steps, int batch)
{
    torch::manual_seed(0);
    AsdNetOptions o;
    o.input = v;
    o.classes = 41;
    AsdNet net(o);
    net->to(device);
    torch::optim::AdamW opt(net->parameters(), torch::optim::AdamWOptions(1e-4).weight_decay(0.01));
    const auto wav = torch::randn({batch, 160000}, device) * 0.1;
    const auto mel = torch::randn({batch, 1, 128, 313}, device) * 10 - 20;
    const auto y = torch::randint(0, 41, {batch}, torch::TensorOptions().dtype(torch::kLong).device(device));
    auto step = [&] {
        const double lambda = 0.7;
        const auto perm = torch::randperm(batch, torch::TensorOptions().dtype(torch::kLong).device(device));
        const auto out = net->forward(lambda * wav + (1 - lambda) * wav.index_select(0, perm),
                                      lambda * mel + (1 - lambda) * mel.index_select(0, perm), y);
        const auto loss = mixupCrossEntropy(out.logits, y, y.index_select(0, perm), lambda) + supConLoss(out.embedding, y);
        opt.zero_grad();
        loss.backward();
        opt.step();
        return loss.item<double>();
    };
    net->train();
    step(); // warm-up
    auto t0 = Clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    Figures f;
    f.trainSamplesPerSecond = steps * batch / since(t0);

    net->eval();
    torch::NoGradGuard noGrad;
    net->forward(wav.slice(0, 0, 1), mel.slice(0, 0, 1), y.slice(0, 0, 1));
    const int clips = 16;
    t0 = Clock::now();
    for (int i = 0; i < clips; ++i)
        net->forward(wav.slice(0, i % batch, i % batch + 1), mel.slice(0, i % batch, i % batch + 1),
                     y.slice(0, i % batch, i % batch + 1))
            .logits.sum()
            .item<double>();
    f.scoreMsBatch1 = 1000 * since(t0) / clips;
    net->forward(wav, mel, y).logits.sum().item<double>(); // warm-up at this batch size
    t0 = Clock::now();
    net->forward(wav, mel, y).logits.sum().item<double>();
    f.scoreClipsPerSecondBatched = batch / since(t0);
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    const int steps = argc > 1 ? std::atoi(argv[1]) : 3;
    asd::keepFreedMemoryForReuse(); // before any thread: see util/Allocator.h
    const int batch = argc > 2 ? std::atoi(argv[2]) : 32;
    std::vector<InputVariant> inputs{InputVariant::LogMel, InputVariant::STgram, InputVariant::TFSTgram,
                                     InputVariant::TASTgram};
    if (argc > 3) {
        inputs.clear();
        std::stringstream names(argv[3]);
        for (std::string name; std::getline(names, name, ',');)
            inputs.push_back(inputVariantFromString(name));
    }
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads); // the same for PyTorch below
    std::printf("LibTorch %d.%d, %d intra-op threads, %u hardware threads; 10 s clips (128 x 313), batch %d\n\n",
                TORCH_VERSION_MAJOR, TORCH_VERSION_MINOR, torch::get_num_threads(), std::thread::hardware_concurrency(),
                batch);
    std::printf("%-8s %-10s %16s %18s %20s\n", "device", "input", "train samples/s", "score ms (batch 1)",
                "score clips/s (batch)");
    std::vector<torch::Device> devices{torch::kCPU};
    for (std::size_t i = 0; i < torch::cuda::device_count(); ++i)
        devices.emplace_back(torch::kCUDA, c10::DeviceIndex(i));
    std::optional<Figures> logmelCpu;
    for (const auto &d : devices)
        for (InputVariant v : inputs) {
            const Figures f = measure(v, d, steps, batch);
            if (d.is_cpu() && v == InputVariant::LogMel)
                logmelCpu = f;
            std::printf("%-8s %-10s %16.2f %18.1f %20.1f\n", d.str().c_str(), toString(v), f.trainSamplesPerSecond,
                        f.scoreMsBatch1, f.scoreClipsPerSecondBatched);
        }

    if (!logmelCpu)
        return 0; // the PyTorch side runs the log-mel network
    const std::string cmd = std::string("/usr/bin/python3 ") + ASD_BENCH_DIR + "/pytorch_osscl.py network " +
                            std::to_string(steps) + " " + std::to_string(batch) + " " + std::to_string(threads) + " > /tmp/asd-bench-pytorch.txt 2>/dev/null";
    if (std::system(cmd.c_str()) == 0) {
        double trainRef = 0, scoreRef = 0;
        if (FILE *f = std::fopen("/tmp/asd-bench-pytorch.txt", "r")) {
            if (std::fscanf(f, "%lf %lf", &trainRef, &scoreRef) == 2) {
                std::printf("\nPyTorch (python3-torch), same log-mel OS-SCL step and batch-1 scoring on the CPU:\n");
                std::printf("  train %.2f samples/s, score %.1f ms per clip\n", trainRef, scoreRef);
                // Scoring throughput: ours at its best (batched), the reference at its batch 1.
                std::printf("  ratio ours/PyTorch: training %.2fx (goal >= 1.5x), scoring %.2fx at batch 1 and "
                            "%.2fx batched against its batch 1 (goal >= 5x)\n",
                            logmelCpu->trainSamplesPerSecond / trainRef, scoreRef / logmelCpu->scoreMsBatch1,
                            logmelCpu->scoreClipsPerSecondBatched * scoreRef / 1000.0);
            }
            std::fclose(f);
        }
    } else {
        std::printf("\nPyTorch comparison skipped: /usr/bin/python3 with torch not found (apt-get install python3-torch)\n");
    }
    return 0;
}
