// SPDX-License-Identifier: GPL-3.0-or-later
// DCASE file names and attribute tokens, as a dataset scan meets them.
#include "dataset/ClipName.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    asd::parseDcaseName(text);
    asd::parseAttributeTokens(text);
    return 0;
}
