// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/checkpoint/ByteSource.h"

#include <cstring>
#include <stdexcept>

namespace asd {

std::uint64_t littleEndian(const std::string &s, std::size_t at, int n)
{
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = v << 8 | std::uint8_t(s.at(at + std::size_t(i)));
    return v;
}

void checkRange(std::uint64_t offset, std::uint64_t n, std::uint64_t size)
{
    if (offset > size || n > size - offset)
        throw std::runtime_error("it ends early (a record reaches byte " + std::to_string(offset) + " + " +
                                 std::to_string(n) + " of " + std::to_string(size) + "): truncated or damaged");
}

std::string ByteSource::readString(std::uint64_t offset, std::uint64_t n) const
{
    checkRange(offset, n, size());
    std::string s(std::size_t(n), '\0');
    read(offset, s.data(), n);
    return s;
}

FileBytes::FileBytes(const std::string &path) : m_file(std::fopen(path.c_str(), "rb"), std::fclose)
{
    if (!m_file)
        throw std::runtime_error(path + ": cannot be opened: " + std::strerror(errno));
    if (fseeko(m_file.get(), 0, SEEK_END) != 0)
        throw std::runtime_error(path + ": cannot be read (not a regular file?)");
    const off_t end = ftello(m_file.get());
    if (end < 0)
        throw std::runtime_error(path + ": cannot be read (not a regular file?)");
    m_size = std::uint64_t(end);
}

void FileBytes::read(std::uint64_t offset, void *to, std::uint64_t n) const
{
    checkRange(offset, n, m_size);
    if (fseeko(m_file.get(), off_t(offset), SEEK_SET) != 0 || std::fread(to, 1, n, m_file.get()) != n)
        throw std::runtime_error("read error at byte " + std::to_string(offset));
}

void MemoryBytes::read(std::uint64_t offset, void *to, std::uint64_t n) const
{
    checkRange(offset, n, m_size);
    if (n > 0)
        std::memcpy(to, m_data + offset, n);
}

} // namespace asd
