// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace asd {

// SHA-256 (FIPS 180-4), so that users can compare a downloaded checkpoint with the digest its
// publisher gives. Streaming: update() any number of times, then hex() once.
class Sha256 {
public:
    Sha256();
    void update(const void *data, std::size_t size);
    std::string hex(); // lower-case, 64 digits; the object is spent afterwards

private:
    void block(const std::uint8_t *p);
    std::uint32_t m_h[8];
    std::uint8_t m_buffer[64];
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

// The digest of a whole file, or std::runtime_error naming it when it cannot be read.
std::string sha256OfFile(const std::string &path);

} // namespace asd
