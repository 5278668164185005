// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader behind attribute, ground-truth, score and decision files.
#include "FuzzFile.h"
#include "util/Csv.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = asd::fuzz::writeInput(data, size, ".csv");
    try {
        for (const auto &row : asd::readCsv(path))
            (void)row.fields.size();
    } catch (const std::exception &) {
        // A clear error is the right answer to a bad file.
    }
    std::remove(path.c_str());
    return 0;
}
