// SPDX-License-Identifier: GPL-3.0-or-later
// Audio decoding (libsndfile, then resampling to 16 kHz with soxr), as a scan and the
// inspector meet any file with an audio name.
#include "FuzzFile.h"
#include "audio/AudioFile.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = asd::fuzz::writeInput(data, size, ".wav");
    try {
        asd::probeAudio(path);
        asd::ReadOptions options;
        options.targetRate = 16000;
        asd::readAudio(path, options);
    } catch (const asd::AudioError &) {
        // A clear error naming the file is the right answer to a bad one.
    }
    std::remove(path.c_str());
    return 0;
}
