// SPDX-License-Identifier: GPL-3.0-or-later
// Fitted detector files, which users copy between machines: the container, its header and
// the saved options.
#include "FuzzFile.h"
#include "detectors/DetectorFile.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = asd::fuzz::writeInput(data, size, ".asd");
    try {
        const asd::DetectorFile file = asd::readDetectorFile(path);
        asd::savedOptions(file);
    } catch (const std::runtime_error &) {
        // A clear error is the right answer to a damaged file.
    }
    std::remove(path.c_str());
    return 0;
}
