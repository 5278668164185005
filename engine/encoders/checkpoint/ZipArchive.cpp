// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/checkpoint/ZipArchive.h"

#include <zlib.h>

#include <algorithm>
#include <stdexcept>

namespace asd {

namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50, kZip64End = 0x06064b50, kZip64Locator = 0x07064b50,
                        kDirectoryEntry = 0x02014b50, kLocalHeader = 0x04034b50;
constexpr std::uint64_t kMaxRecords = 1'000'000;

} // namespace

// LibTorch and PyTorch look records up through miniz without MZ_ZIP_FLAG_CASE_SENSITIVE, so
// "x/cOde/m.py" is what they read for "x/code/m.py" (found by fuzz_network_checkpoint: a
// record the code gate skipped by its case reached LibTorch's compiler and crashed it).
std::string foldedCase(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return name;
}

ZipArchive::ZipArchive(const ByteSource &bytes) : m_bytes(bytes)
{
    const std::uint64_t size = bytes.size();
    if (size < 22)
        throw std::runtime_error("not a zip archive (too short)");
    // The end-of-directory record sits in the last 22 + 65535 bytes (its comment is at most 64 KiB).
    const std::uint64_t tailSize = std::min<std::uint64_t>(size, 22 + 65535);
    const std::string tail = bytes.readString(size - tailSize, tailSize);
    std::size_t end = std::string::npos;
    for (std::size_t i = tail.size() - 22 + 1; i-- > 0;)
        if (littleEndian(tail, i, 4) == kEndOfDirectory) {
            end = i;
            break;
        }
    if (end == std::string::npos)
        throw std::runtime_error("not a zip archive (no end-of-directory record): not a checkpoint written by "
                                 "torch.save, or truncated");
    std::uint64_t count = littleEndian(tail, end + 10, 2), dirSize = littleEndian(tail, end + 12, 4),
                  dirOffset = littleEndian(tail, end + 16, 4);
    const std::uint64_t endAt = size - tailSize + end;
    if (count == 0xffff || dirSize == 0xffffffff || dirOffset == 0xffffffff) {
        if (endAt < 20)
            throw std::runtime_error("damaged zip archive (zip64 locator missing)");
        const std::string locator = bytes.readString(endAt - 20, 20);
        if (littleEndian(locator, 0, 4) != kZip64Locator)
            throw std::runtime_error("damaged zip archive (zip64 locator missing)");
        const std::string end64 = bytes.readString(littleEndian(locator, 8, 8), 56);
        if (littleEndian(end64, 0, 4) != kZip64End)
            throw std::runtime_error("damaged zip archive (zip64 end record missing)");
        count = littleEndian(end64, 32, 8);
        dirSize = littleEndian(end64, 40, 8);
        dirOffset = littleEndian(end64, 48, 8);
    }
    if (count > kMaxRecords)
        throw std::runtime_error("damaged zip archive (" + std::to_string(count) + " records)");
    checkRange(dirOffset, dirSize, size);
    const std::string dir = bytes.readString(dirOffset, dirSize);
    std::size_t at = 0;
    for (std::uint64_t r = 0; r < count; ++r) {
        if (at + 46 > dir.size() || littleEndian(dir, at, 4) != kDirectoryEntry)
            throw std::runtime_error("damaged zip archive (central directory entry " + std::to_string(r) + ")");
        const std::uint64_t method = littleEndian(dir, at + 10, 2);
        std::uint64_t compressed = littleEndian(dir, at + 20, 4), uncompressed = littleEndian(dir, at + 24, 4);
        const std::size_t nameLength = littleEndian(dir, at + 28, 2), extraLength = littleEndian(dir, at + 30, 2),
                          commentLength = littleEndian(dir, at + 32, 2);
        std::uint64_t localOffset = littleEndian(dir, at + 42, 4);
        if (at + 46 + nameLength + extraLength + commentLength > dir.size())
            throw std::runtime_error("damaged zip archive (central directory entry " + std::to_string(r) + ")");
        ZipRecord record;
        record.name = dir.substr(at + 46, nameLength);
        // Zip64: the extra field 0x0001 holds, in order, each field stored as all ones.
        for (std::size_t e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
            const std::uint64_t id = littleEndian(dir, e, 2), length = littleEndian(dir, e + 2, 2);
            std::size_t field = e + 4;
            const std::size_t fieldEnd = std::min<std::size_t>(field + length, at + 46 + nameLength + extraLength);
            if (id == 1) {
                for (std::uint64_t *v : {&uncompressed, &compressed, &localOffset})
                    if (*v == 0xffffffff && field + 8 <= fieldEnd) {
                        *v = littleEndian(dir, field, 8);
                        field += 8;
                    }
            }
            e += 4 + length;
        }
        if (method != 0 && method != 8)
            throw std::runtime_error("record " + record.name + " is compressed with method " + std::to_string(method) +
                                     " (torch.save stores records, LibTorch stores or deflates them)");
        record.deflated = method == 8;
        if (!record.deflated && compressed != uncompressed)
            throw std::runtime_error("damaged zip archive (record " + record.name + " has two sizes)");
        const std::string local = bytes.readString(localOffset, 30);
        if (littleEndian(local, 0, 4) != kLocalHeader)
            throw std::runtime_error("damaged zip archive (record " + record.name + " has no local header)");
        record.dataOffset = localOffset + 30 + littleEndian(local, 26, 2) + littleEndian(local, 28, 2);
        record.size = uncompressed;
        record.storedSize = compressed;
        checkRange(record.dataOffset, record.storedSize, size);
        // miniz finds either of two records whose names differ only in case; the gates read one.
        if (!m_byFoldedName.emplace(foldedCase(record.name), m_records.size()).second)
            throw std::runtime_error("damaged zip archive (two records named " + record.name + ")");
        m_records.push_back(std::move(record));
        at += 46 + nameLength + extraLength + commentLength;
    }
}

std::string readRecord(const ByteSource &bytes, const ZipRecord &record, std::uint64_t maxSize)
{
    if (record.size > maxSize)
        throw std::runtime_error("record " + record.name + " is " + std::to_string(record.size) + " bytes, more than " +
                                 std::to_string(maxSize) + " expected");
    if (!record.deflated)
        return bytes.readString(record.dataOffset, record.size);
    std::string in = bytes.readString(record.dataOffset, record.storedSize), out(record.size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) // raw deflate, as zip stores it
        throw std::runtime_error("zlib could not start");
    z.next_in = reinterpret_cast<Bytef *>(in.data());
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_FINISH);
    const auto produced = z.total_out;
    inflateEnd(&z);
    if (status != Z_STREAM_END || produced != record.size)
        throw std::runtime_error("damaged zip archive (record " + record.name + " does not inflate to its size)");
    return out;
}

const ZipRecord *ZipArchive::find(const std::string &name) const
{
    const auto found = m_byFoldedName.find(foldedCase(name));
    return found == m_byFoldedName.end() ? nullptr : &m_records[found->second];
}

} // namespace asd
