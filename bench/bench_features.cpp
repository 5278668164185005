// SPDX-License-Identifier: GPL-3.0-or-later
// Log-mel throughput for 10 s clips (decode + features), one thread and all threads,
// beside torchaudio's MelSpectrogram on the same clips when python3-torchaudio is installed.
// Goal (issue #4): at least 3x torchaudio per core. Prints figures; asserts nothing.
//   bench_features [CLIPS]   (default 200)
#include "audio/AudioFile.h"
#include "dsp/LogMel.h"
#include "synth/MachineSynth.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {
double seconds(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

int main(int argc, char **argv)
{
    const int clips = argc > 1 ? std::stoi(argv[1]) : 200;
    const fs::path dir = fs::temp_directory_path() / "asd-bench-features";
    std::vector<std::string> files;
    for (int i = 0; i < clips; ++i) {
        const fs::path p = dir / ("clip_" + std::to_string(i) + ".wav");
        if (!fs::exists(p)) {
            const auto voice = asd::machineVoice(i % 4, 0, 1);
            asd::writeWav16(p.string(), asd::synthesizeClip(voice, {asd::FaultKind::None, 0, 1, 1, std::uint64_t(i)}, 10.0, 16000), 16000);
        }
        files.push_back(p.string());
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::printf("%d clips of 10 s at 16 kHz, %u hardware threads\n\n", clips, cores);
    std::printf("%-16s %-12s %12s %14s\n", "preset", "threads", "clips/s", "ms per clip");
    double oursPerCore = 0;
    for (const char *preset : {"osscl", "stgram"}) {
        const asd::LogMelExtractor ex(asd::featurePreset(preset));
        for (int threads : {1, 0}) {
            // Best of three passes: this shared machine's speed drifts between runs.
            double s = 1e30;
            for (int pass = 0; pass < 3; ++pass) {
                const auto t0 = std::chrono::steady_clock::now();
                asd::parallelFor(files.size(), threads, [&](std::size_t i) {
                    const auto a = asd::readAudio(files[i]);
                    const auto m = ex.compute(asd::fitLength(a.samples, 160000, asd::PadMode::Zeros));
                    if (m.cols != 313)
                        std::abort();
                });
                s = std::min(s, seconds(t0));
            }
            std::printf("%-16s %-12s %12.1f %14.2f\n", preset, threads == 1 ? "1" : "all", files.size() / s,
                        1000.0 * s / files.size());
            if (threads == 1 && std::string(preset) == "osscl")
                oursPerCore = files.size() / s;
        }
    }

    // torchaudio on the same files: torchaudio.load + MelSpectrogram + AmplitudeToDB, one
    // thread, also the best of three passes.
    const fs::path script = fs::path(ASD_BENCH_DIR) / "torchaudio_logmel.py";
    const std::string cmd = "/usr/bin/python3 " + script.string() + " " + dir.string() + " " + std::to_string(clips) +
                            " > " + (dir / "torchaudio.txt").string() + " 2>/dev/null";
    if (std::system(cmd.c_str()) == 0) {
        FILE *f = std::fopen((dir / "torchaudio.txt").c_str(), "r");
        double theirs = 0;
        if (f && std::fscanf(f, "%lf", &theirs) == 1 && theirs > 0) {
            std::printf("\ntorchaudio 1 thread (osscl config): %.1f clips/s\n", theirs);
            std::printf("ratio ours/torchaudio per core: %.2fx (goal >= 3x)\n", oursPerCore / theirs);
        }
        if (f)
            std::fclose(f);
    } else {
        std::printf("\ntorchaudio comparison skipped: /usr/bin/python3 with torchaudio not found "
                    "(apt-get install python3-torchaudio)\n");
    }
    return 0;
}
