// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

namespace asd {

// j[key] as a number within [lo, hi]. Sizes read from files users bring (a checkpoint's
// classes, frames, FFT size) are checked before anything is allocated from them: a file that
// claims 2^31 classes gets a message, not a 1 TB allocation.
template <typename T>
T numberInRange(const nlohmann::json &j, const char *key, T lo, T hi)
{
    const nlohmann::json &v = j.at(key);
    if (!v.is_number())
        throw std::invalid_argument(std::string(key) + " is not a number");
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < double(lo) || d > double(hi))
        throw std::invalid_argument(std::string(key) + " = " + v.dump() + " lies outside " + std::to_string(lo) +
                                    " to " + std::to_string(hi));
    return v.get<T>();
}

} // namespace asd
