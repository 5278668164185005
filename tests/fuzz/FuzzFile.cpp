// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzFile.h"

#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace asd::fuzz {

std::string writeInput(const std::uint8_t *data, std::size_t size, const char *suffix)
{
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("asd-fuzz-" + std::to_string(::getpid()) + suffix))
                                 .string();
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (f) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    return path;
}

} // namespace asd::fuzz
