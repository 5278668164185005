// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace asd {

// What a checkpoint is, as `asd encoders` and the GUI list it (plain C++: no torch).
struct EncoderFacts {
    std::string name;
    std::string file;   // absolute path
    std::string sha256; // of the whole file, to compare with the publisher's
    std::string format; // "torch" or "safetensors"
    std::string architecture = "BEATs";
    int layers = 0;
    int dim = 0;
    std::int64_t parameters = 0;
};

} // namespace asd
