// SPDX-License-Identifier: GPL-3.0-or-later
// Network checkpoints (best.pt, last.pt) opened as asd score and the workbench open them:
// the gate, then LibTorch's own archive reader (zip records, pickles, tensor records), the
// metadata and the weights' shapes (train/Checkpoint.cpp). LibTorch is not instrumented, so
// libFuzzer is guided by the engine's code alone; a crash anywhere, LibTorch's included, is
// a finding.
#include "train/Checkpoint.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

namespace {

// loadCheckpoint reads a file, as users hand it one.
struct ScratchFile {
    std::string path = "/tmp/asd-fuzz-network-checkpoint-" + std::to_string(getpid()) + ".pt";
    ~ScratchFile() { std::remove(path.c_str()); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ScratchFile file;
    {
        std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), std::streamsize(size));
    }
    try {
        asd::loadCheckpoint(file.path, torch::kCPU);
    } catch (const std::runtime_error &) {
        // refused with a message naming the file: what a damaged or hostile checkpoint gets
    }
    return 0;
}
