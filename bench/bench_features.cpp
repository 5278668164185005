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

// Clips per second for decode + log-mel of every file, best of three passes.
double throughput(const std::vector<std::string> &files, const asd::LogMelExtractor &ex, int threads)
{
    double best = 1e30;
    for (int pass = 0; pass < 3; ++pass) {
        const auto t0 = std::chrono::steady_clock::now();
        asd::parallelFor(files.size(), threads, [&](std::size_t i) {
            const auto a = asd::readAudio(files[i]);
            const auto m = ex.compute(asd::fitLength(a.samples, 160000, asd::PadMode::Zeros));
            if (m.cols != 313)
                std::abort();
        });
        best = std::min(best, seconds(t0));
    }
    return files.size() / best;
}

// torchaudio.load + MelSpectrogram + AmplitudeToDB on the same files, one thread, best of
// three passes (bench/torchaudio_logmel.py); 0 when python3-torchaudio is missing.
double torchaudioThroughput(const fs::path &dir, int clips)
{
    const fs::path script = fs::path(ASD_BENCH_DIR) / "torchaudio_logmel.py";
    const std::string cmd = "/usr/bin/python3 " + script.string() + " " + dir.string() + " " + std::to_string(clips) +
                            " > " + (dir / "torchaudio.txt").string() + " 2>/dev/null";
    if (std::system(cmd.c_str()) != 0)
        return 0;
    double theirs = 0;
    if (FILE *f = std::fopen((dir / "torchaudio.txt").c_str(), "r")) {
        if (std::fscanf(f, "%lf", &theirs) != 1)
            theirs = 0;
        std::fclose(f);
    }
    return theirs;
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
    for (const char *preset : {"osscl", "stgram"}) {
        const asd::LogMelExtractor ex(asd::featurePreset(preset));
        for (int threads : {1, 0}) {
            const double rate = throughput(files, ex, threads);
            std::printf("%-16s %-12s %12.1f %14.2f\n", preset, threads == 1 ? "1" : "all", rate, 1000.0 / rate);
        }
    }

    // The ratio: this shared machine's speed drifts by tens of percent within minutes, so each
    // torchaudio measurement is paired with one of ours taken right beside it, and the median
    // of three such pairs is printed.
    const asd::LogMelExtractor osscl(asd::featurePreset("osscl"));
    std::vector<double> ratios;
    std::printf("\ntorchaudio beside ours, osscl configuration, one thread each:\n");
    for (int pair = 0; pair < 3; ++pair) {
        const double theirs = torchaudioThroughput(dir, clips);
        if (theirs <= 0) {
            std::printf("torchaudio comparison skipped: /usr/bin/python3 with torchaudio not found "
                        "(apt-get install python3-torchaudio)\n");
            return 0;
        }
        const double ours = throughput(files, osscl, 1);
        ratios.push_back(ours / theirs);
        std::printf("  torchaudio %7.1f clips/s   ours %7.1f clips/s   ratio %.2fx\n", theirs, ours, ours / theirs);
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("ratio ours/torchaudio per core (median of 3 pairs): %.2fx (goal >= 3x)\n", ratios[1]);
    return 0;
}
