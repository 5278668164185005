// SPDX-License-Identifier: GPL-3.0-or-later
// BEATs throughput on 10 s clips (bench/encoder_throughput.sh runs it beside the official code).
//   bench_encoder [CKPT] [--device cpu|cuda:K] [--compare REF.f32] [--lora] | --write FILE
// Without CKPT a real-size BEATs (90.3 M parameters) with seeded random weights is written to
// a temporary .safetensors first. Prints clips/s at batch 1 and 8, the peak resident memory,
// and with --compare the largest difference from the reference's tokens of the first clip.
// --write FILE only writes that real-size checkpoint (for `asd encoders import`), and exits.
// --lora also times LoRA fine-tuning (r = 8 on every fully-connected layer; forward, backward
// and an Adam step on the adapters) at batch 8 on 10 s clips, as encoder-lora trains.
#include "encoders/PretrainedEncoder.h"
#include "encoders/beats/KaldiFbank.h"
#include "encoders/checkpoint/EncoderWeights.h"
#include "util/CpuThreads.h"
#include "util/Sha256.h"

#include "MatrixProductRate.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

using namespace asd;

namespace {

std::string randomRealSizeCheckpoint(std::string path = {})
{
    const nlohmann::ordered_json cfg = {{"encoder_layers", 12},   {"encoder_embed_dim", 768}, {"encoder_ffn_embed_dim", 3072},
                                        {"encoder_attention_heads", 12}, {"embed_dim", 512}, {"deep_norm", true},
                                        {"conv_pos", 128},        {"conv_pos_groups", 16},    {"num_buckets", 320},
                                        {"max_distance", 800},    {"gru_rel_pos", true}};
    torch::manual_seed(0);
    Beats beats(BeatsConfig::fromJson(cfg));
    EncoderWeights w;
    w.config = cfg;
    for (const auto &p : beats->named_parameters())
        w.tensors.emplace_back(p.key(), p.value());
    if (path.empty())
        path = (std::filesystem::temp_directory_path() / "asd-bench-beats-real.safetensors").string();
    writeSafetensors(path, w);
    return path;
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string checkpoint, device = "cpu", compare;
    bool lora = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--device" && i + 1 < argc)
            device = argv[++i];
        else if (a == "--compare" && i + 1 < argc)
            compare = argv[++i];
        else if (a == "--lora")
            lora = true;
        else if (a == "--write" && i + 1 < argc) {
            std::printf("wrote %s\n", randomRealSizeCheckpoint(argv[++i]).c_str());
            return 0;
        }
        else
            checkpoint = a;
    }
    const bool made = checkpoint.empty();
    if (made)
        checkpoint = randomRealSizeCheckpoint();
    // Opening reads the weights and hashes the file; the hash runs beside the read. The whole
    // open, then each part alone, in this run (the page cache warm for all three).
    auto seconds = [](auto &&f) {
        const auto start = std::chrono::steady_clock::now();
        f();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    // The parts alone once before, so that the open is not the first to touch the file.
    seconds([&] { readEncoderWeights(checkpoint); });
    std::shared_ptr<PretrainedEncoder> encoder;
    const double open = seconds([&] { encoder = PretrainedEncoder::open(checkpoint, device); });
    const double readAlone = seconds([&] { readEncoderWeights(checkpoint); });
    const double hashAlone = seconds([&] { sha256OfFile(checkpoint); });
    std::printf("open %.2f s (%.0f MB; reading the weights alone %.2f s, its SHA-256 alone %.2f s)\n", open,
                double(std::filesystem::file_size(checkpoint)) / 1e6, readAlone, hashAlone);
    if (made)
        std::filesystem::remove(checkpoint);
    std::printf("encoder: %d layers, %d dims, %.1f M parameters, %s\n", encoder->layers(), encoder->dim(),
                double(encoder->facts().parameters) / 1e6, device.c_str());
    // The clips beats_reference.py draws: torch.manual_seed(1), uniform in ±0.1.
    torch::manual_seed(1);
    const torch::Tensor waves = (torch::rand({8, 160000}) * 2 - 1) * 0.1;
    std::vector<std::vector<float>> clips;
    for (int i = 0; i < 8; ++i)
        clips.emplace_back(waves[i].data_ptr<float>(), waves[i].data_ptr<float>() + 160000);
    if (!compare.empty()) {
        const torch::Tensor ours = encoder->tokens({clips[0]});
        torch::Tensor reference = torch::empty_like(ours[0]);
        std::ifstream(compare, std::ios::binary)
            .read(reinterpret_cast<char *>(reference.data_ptr<float>()), std::streamsize(reference.numel() * 4));
        std::printf("largest difference from the reference's tokens (real size, 10 s): %.2e\n",
                    (ours[0] - reference).abs().max().item<double>());
    }
    // LibTorch's OpenMP threads and OpenBLAS's (util/CpuThreads.h): as many of each as cores,
    // then one OpenMP thread beside OpenBLAS's.
    const int cores = cpuThreads(0);
    // What the arithmetic allows: the network's FLOPs a clip at the matrix product's rate on the
    // threads the encoder families use (issue #32: a goal beyond it is out of reach in fp32).
    const std::int64_t tokens = encoder->tokens({clips[0]}).size(1);
    const double flop = 2 * encoder->network()->config.multiplyAdds(tokens);
    const double rate = matrixProductRate(1, cores);
    std::printf("network: %.1f GFLOP a 10 s clip (%lld tokens); fp32 matrix product (2048², 1 OpenMP and %d "
                "OpenBLAS threads): %.0f GFLOP/s -> the arithmetic alone: %.2f clips/s\n",
                flop / 1e9, static_cast<long long>(tokens), cores, rate, rate * 1e9 / flop);
    for (auto [openmp, blas] : {std::pair{cores, cores}, std::pair{1, cores}, std::pair{1, 1}}) {
        setCpuThreads(openmp, blas);
        for (int batch : {1, 8}) {
            const std::vector<std::vector<float>> x(clips.begin(), clips.begin() + batch);
            encoder->tokens(x); // warm-up
            int runs = 0;
            const auto start = std::chrono::steady_clock::now();
            double seconds = 0;
            while (runs < 2 || seconds < 10) {
                encoder->tokens(x);
                ++runs;
                seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            }
            std::printf("asd (LibTorch; %d OpenMP, %d OpenBLAS threads)  batch %d: %.2f clips/s (%.0f GFLOP/s)\n",
                        openmp, blas, batch, runs * batch / seconds, runs * batch / seconds * flop / 1e9);
        }
    }
    // Two clips at once, each on its own thread with one OpenMP and one OpenBLAS thread.
    if (cores >= 2) {
        setCpuThreads(1, 1);
        int runs = 0;
        const auto start = std::chrono::steady_clock::now();
        double seconds = 0;
        while (runs < 2 || seconds < 10) {
            std::thread other([&] { encoder->tokens({clips[1]}); });
            encoder->tokens({clips[0]});
            other.join();
            runs += 2;
            seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        }
        std::printf("asd (LibTorch; 2 clips at once, each 1 OpenMP and 1 OpenBLAS thread): %.2f clips/s\n",
                    runs / seconds);
    }
    if (lora) {
        Beats net = encoder->network();
        net->attachLora(LoraOptions());
        std::vector<torch::Tensor> adapters;
        for (const auto &[name, p] : net->loraParameters())
            adapters.push_back(p);
        torch::optim::Adam adam(adapters, torch::optim::AdamOptions(1e-4));
        const torch::Tensor batch = waves.to(net->parameters().front().device());
        auto step = [&] {
            adam.zero_grad();
            net->forward(beatsFbank(batch)).mean(1).pow(2).sum().backward();
            adam.step();
        };
        step(); // warm-up
        int runs = 0;
        const auto start = std::chrono::steady_clock::now();
        double seconds = 0;
        while (runs < 2 || seconds < 20) {
            step();
            ++runs;
            seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        }
        std::printf("LoRA fine-tuning (r = 8, every fully-connected layer), batch 8: %.2f clips/s\n", runs * 8 / seconds);
    }
    std::printf("peak resident memory: %.0f MB\n", peakRssMb());
    return 0;
}
