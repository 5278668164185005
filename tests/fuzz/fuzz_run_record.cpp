// SPDX-License-Identifier: GPL-3.0-or-later
// A run folder's run.json, as the Runs panel and `asd` read it from any folder a user points at.
#include "runs/RunRecord.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        asd::runRecordFromJson(std::string(reinterpret_cast<const char *>(data), size));
    } catch (const std::exception &) {
        // refused with a message: what the reader must do with a bad file
    }
    return 0;
}
