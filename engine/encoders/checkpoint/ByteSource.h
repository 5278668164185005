// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace asd {

// Random access to the bytes of a checkpoint, from a file (weights of hundreds of MB are read
// record by record, straight into their tensors) or from memory (the fuzz targets). Every read
// is checked against the size, so no offset a hostile file declares reaches past its end.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual std::uint64_t size() const = 0;
    // Copies [offset, offset + n); throws std::runtime_error when that is not inside the source.
    virtual void read(std::uint64_t offset, void *to, std::uint64_t n) const = 0;
    std::string readString(std::uint64_t offset, std::uint64_t n) const;
};

// The unsigned little-endian number in bytes [at, at + n) of s (n <= 8), as zip headers and
// pickles store them; std::out_of_range when that runs past s.
std::uint64_t littleEndian(const std::string &s, std::size_t at, int n);

class FileBytes : public ByteSource {
public:
    explicit FileBytes(const std::string &path); // throws std::runtime_error naming the file
    std::uint64_t size() const override { return m_size; }
    void read(std::uint64_t offset, void *to, std::uint64_t n) const override;

private:
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> m_file;
    std::uint64_t m_size = 0;
};

class MemoryBytes : public ByteSource {
public:
    MemoryBytes(const std::uint8_t *data, std::uint64_t size) : m_data(data), m_size(size) {}
    std::uint64_t size() const override { return m_size; }
    void read(std::uint64_t offset, void *to, std::uint64_t n) const override;

private:
    const std::uint8_t *m_data;
    std::uint64_t m_size;
};

// Throws unless [offset, offset + n) lies within size (written so that it cannot overflow).
void checkRange(std::uint64_t offset, std::uint64_t n, std::uint64_t size);

} // namespace asd
