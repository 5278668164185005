// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "encoders/checkpoint/ByteSource.h"

namespace asd {

// The zip container torch.save has written since PyTorch 1.6: records stored uncompressed
// (method 0), each 64-byte aligned, zip64 fields where sizes need them; LibTorch's TorchScript
// archives also deflate (method 8) their code files. Only the central
// directory is trusted for names and sizes; every offset is checked against the file.
struct ZipRecord {
    std::string name;
    std::uint64_t dataOffset = 0; // where the record's bytes start in the source
    std::uint64_t size = 0;       // uncompressed
    bool deflated = false;        // LibTorch's own archives deflate their TorchScript code files
    std::uint64_t storedSize = 0; // bytes in the source
};

// A record name as miniz compares it, which LibTorch and PyTorch use with its default
// flags: ASCII letters in lower case.
std::string foldedCase(std::string name);

// A record's content, inflated where it is deflated. Throws std::runtime_error when it is
// larger than maxSize or its compressed data is damaged.
std::string readRecord(const ByteSource &bytes, const ZipRecord &record, std::uint64_t maxSize);

class ZipArchive {
public:
    // Throws std::runtime_error saying what is wrong (not a zip, truncated, compressed record).
    explicit ZipArchive(const ByteSource &bytes);

    const std::vector<ZipRecord> &records() const { return m_records; }
    // The record LibTorch and PyTorch read for this name: matched ignoring ASCII case, as
    // their miniz lookup does (the constructor refuses two names that differ only in case).
    const ZipRecord *find(const std::string &name) const;
    const ByteSource &bytes() const { return m_bytes; }

private:
    const ByteSource &m_bytes;
    std::vector<ZipRecord> m_records;
    std::map<std::string, std::size_t> m_byFoldedName; // name in lower case -> index in m_records
};

} // namespace asd
