// SPDX-License-Identifier: GPL-3.0-or-later
// How long the dataset index takes for a large DCASE-2020-style tree.
// Goal (issue #3): 50 000 files index in well under 2 s. Prints figures; asserts nothing.
//   bench_scan [FILES] [DIR]   (default 50000 files in a temporary folder)
#include "dataset/DatasetIndex.h"

#include <sndfile.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    const int files = argc > 1 ? std::stoi(argv[1]) : 50000;
    const fs::path dir = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / "asd-bench-scan";
    const int types = 6, ids = 4;
    const int perGroup = files / (types * ids);

    if (!fs::exists(dir / "done")) {
        std::printf("writing %d short WAV files to %s ...\n", perGroup * types * ids, dir.c_str());
        std::vector<short> pcm(160, 0);
        for (int t = 0; t < types; ++t) {
            const fs::path train = dir / ("type" + std::to_string(t)) / "train";
            fs::create_directories(train);
            for (int id = 0; id < ids; ++id)
                for (int i = 0; i < perGroup; ++i) {
                    char name[64];
                    std::snprintf(name, sizeof(name), "normal_id_%02d_%08d.wav", 2 * id, i);
                    SF_INFO info{};
                    info.samplerate = 16000;
                    info.channels = 1;
                    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
                    SNDFILE *f = sf_open((train / name).c_str(), SFM_WRITE, &info);
                    sf_write_short(f, pcm.data(), sf_count_t(pcm.size()));
                    sf_close(f);
                }
        }
        fs::create_directories(dir / "done");
    }

    for (int threads : {1, 0}) {
        for (bool headers : {false, true}) {
            asd::ScanOptions o;
            o.threads = threads;
            o.readHeaders = headers;
            const auto t0 = std::chrono::steady_clock::now();
            const auto index = asd::scanDataset(dir.string(), o);
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            std::printf("scan %zu clips, %s, %s: %.3f s (%.0f files/s)\n", index.clips.size(),
                        headers ? "reading headers" : "names only",
                        threads == 1 ? "1 thread" : "all threads", s, index.clips.size() / s);
        }
    }
    std::printf("(goal: 50 000 files in well under 2 s; the second pass of each row benefits from the OS file cache)\n");
    return 0;
}
