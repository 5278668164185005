// SPDX-License-Identifier: GPL-3.0-or-later
// The gate every network checkpoint passes before LibTorch opens it: the zip container, the
// deflated code records and the declaration-only check of their lines.
#include "train/ScriptArchiveCheck.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        asd::checkScriptArchiveDeclaresOnly(asd::MemoryBytes(data, size), "fuzz.pt");
    } catch (const std::runtime_error &) {
        // refused with a message: what the gate must do with a bad file
    }
    return 0;
}
