// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace asd::fuzz {

// The readers take paths, as users give them: the input goes to a file of this process's own.
std::string writeInput(const std::uint8_t *data, std::size_t size, const char *suffix);

} // namespace asd::fuzz
