// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/ScriptArchiveCheck.h"

#include "encoders/checkpoint/ZipArchive.h"

#include <cstdint>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace asd {

namespace {

// The lines of a declaration-only TorchScript class file (LibTorch 1.13's module export):
//   class Module(Module):
//     __parameters__ = ["weight", "bias", ]      __buffers__ = [...]
//     __annotations__ = []                       __annotations__["0"] = __torch__.x.Module
//     (an optimizer's state names its entries "params/12" and the like)
//     name : Tensor                              name : __torch__.___torch_mangle_3.Module
bool declarationLine(const std::string &line)
{
    static const std::regex allowed(
        R"(|class [A-Za-z_][A-Za-z0-9_]*\([A-Za-z_][A-Za-z0-9_.]*\):)"
        R"(|  __(parameters|buffers)__ = \[("[^"\\]*", )*\])"
        R"(|  __annotations__ = \[\])"
        R"(|  (__annotations__\["[^"\\]*"\] =|[A-Za-z_][A-Za-z0-9_]* :) [A-Za-z_][A-Za-z0-9_.]*(\[[A-Za-z0-9_., \[\]]*\])?)");
    return line.size() < 4096 && std::regex_match(line, allowed);
}

bool isCode(const std::string &name)
{
    const auto slash = name.find('/');
    return slash != std::string::npos && name.compare(slash + 1, 5, "code/") == 0 && name.size() > 3 &&
           name.compare(name.size() - 3, 3, ".py") == 0;
}

// LibTorch 1.13's archive reader names the archive after its first record's folder and,
// before anything else, reads FOLDER/version, which must be a format it knows (1 to 10): it
// throws from its constructor otherwise, leaking its zip reader's state (found by
// fuzz_network_checkpoint). The records it then reads must be there too.
void checkLibTorchFindsItsRecords(const ByteSource &bytes, const ZipArchive &zip)
{
    if (zip.records().empty())
        throw std::runtime_error("an empty archive");
    const std::string &first = zip.records().front().name;
    const std::string folder = first.substr(0, first.find('/'));
    for (const char *required : {"/version", "/data.pkl", "/constants.pkl"})
        if (!zip.find(folder + required))
            throw std::runtime_error("no " + folder + required + " record");
    const std::string version = readRecord(bytes, *zip.find(folder + "/version"), 16);
    static const std::regex known(R"(([1-9]|10)\n?)");
    if (!std::regex_match(version, known))
        throw std::runtime_error("an archive format version LibTorch 1.13 does not read");
}

// Walks a pickle's opcodes (the ones LibTorch 1.13's unpickler reads) as LibTorch would run
// them, counting its stack and marks, and refuses what LibTorch does not check itself (each
// found by fuzz_network_checkpoint): an argument that runs past the record's end (LibTorch
// reserves a string's claimed length first: five bytes claiming 4 GB allocated 4 GB), a memo
// index out of reach (it sizes its memo to the index: 31 GB), and an opcode that takes more
// from the stack than is above the innermost mark, or a mark that is not there (it pops
// without looking: a MARK where an empty tuple belonged corrupted the heap and aborted
// asd score), or SETITEMS with a key short of its value.
void checkPickle(const std::string &pickle, const std::string &name)
{
    std::size_t at = 0, depth = 0;
    std::vector<std::size_t> marks;
    auto refuse = [&](const std::string &what) {
        throw std::runtime_error(name + ": " + what + " (byte " + std::to_string(at) + ")");
    };
    auto need = [&](std::uint64_t n) {
        if (n > pickle.size() - at)
            refuse("a pickle argument claiming " + std::to_string(n) + " bytes, past the record's end");
    };
    auto skip = [&](std::uint64_t n) { need(n); at += std::size_t(n); };
    auto counted = [&](int width) {
        need(std::uint64_t(width));
        const std::uint64_t n = littleEndian(pickle, at, width);
        at += std::size_t(width);
        skip(n);
    };
    // n values taken, then `pushed` put back; none from below the innermost mark.
    auto take = [&](std::size_t n, std::size_t pushed) {
        if (depth - (marks.empty() ? 0 : marks.back()) < n)
            refuse("a pickle opcode taking more than its stack holds");
        depth = depth - n + pushed;
    };
    // Everything above the innermost mark; returns how many.
    auto toMark = [&]() {
        if (marks.empty())
            refuse("a pickle opcode without its mark");
        const std::size_t n = depth - marks.back();
        depth = marks.back();
        marks.pop_back();
        return n;
    };
    while (at < pickle.size()) {
        const std::uint8_t op = std::uint8_t(pickle[at++]);
        switch (op) {
        case '.': // STOP
            take(1, 1);
            return;
        case '(': marks.push_back(depth); break;
        case '0': take(1, 0); break;
        case '1': toMark(); break;
        case 'N': case 0x88: case 0x89: case ')': case '}': case ']': take(0, 1); break;
        case 'K': skip(1); take(0, 1); break;
        case 'M': skip(2); take(0, 1); break;
        case 'J': skip(4); take(0, 1); break;
        case 'G': skip(8); take(0, 1); break;
        case 0x8a: case 0x8c: case 'C': counted(1); take(0, 1); break; // LONG1, SHORT_BINUNICODE, SHORT_BINBYTES
        case 'X': case 'B': counted(4); take(0, 1); break;             // BINUNICODE, BINBYTES
        case 0x8d: case 0x8e: counted(8); take(0, 1); break;           // BINUNICODE8, BINBYTES8
        case 'h': skip(1); take(0, 1); break;                          // BINGET
        case 'j': skip(4); take(0, 1); break;                          // LONG_BINGET
        case 'q': skip(1); take(1, 1); break;                          // BINPUT
        case 0x94: take(1, 1); break;                                  // MEMOIZE
        case 'r': // LONG_BINPUT: a pickler numbers its entries from 0, so a valid index is
                  // below the pickle's length
            need(4);
            if (littleEndian(pickle, at, 4) >= pickle.size())
                refuse("a pickle memo index beyond anything the pickle could hold");
            at += 4;
            take(1, 1);
            break;
        case 'c': // GLOBAL: two lines
            for (int line = 0; line < 2; ++line) {
                const std::size_t end = pickle.find('\n', at);
                if (end == std::string::npos)
                    refuse("a pickle GLOBAL without its end of line");
                at = end + 1;
            }
            take(0, 1);
            break;
        case 't': case 'l': toMark(); take(0, 1); break;       // TUPLE, LIST
        case 'd':                                             // DICT
            if (toMark() % 2)
                refuse("a pickle dict with a key short of its value");
            take(0, 1);
            break;
        case 0x85: take(1, 1); break; // TUPLE1..3
        case 0x86: take(2, 1); break;
        case 0x87: take(3, 1); break;
        case 'a': take(2, 1); break;  // APPEND
        case 's': take(3, 1); break;  // SETITEM
        case 'e': toMark(); take(1, 1); break; // APPENDS
        case 'u':                             // SETITEMS
            if (toMark() % 2)
                refuse("a pickle SETITEMS with a key short of its value");
            take(1, 1);
            break;
        case 0x93: case 'R': case 0x81: take(2, 1); break; // STACK_GLOBAL, REDUCE, NEWOBJ
        case 'b': take(2, 1); break;                       // BUILD
        case 'Q': take(1, 1); break;                       // BINPERSID
        case 0x80: skip(1); break;                         // PROTO
        case 0x95: skip(8); break;                         // FRAME
        default:
            --at;
            refuse("pickle opcode " + std::to_string(op) + ", which ASD Workbench's checkpoints do not use");
        }
    }
    refuse("a pickle without its STOP");
}

bool isPickle(const std::string &name)
{
    return name.size() > 4 && (name.compare(name.size() - 4, 4, ".pkl") == 0 ||
                               (name.size() > 10 && name.compare(name.size() - 10, 10, ".debug_pkl") == 0));
}

} // namespace

void checkScriptArchiveDeclaresOnly(const ByteSource &bytes, const std::string &path)
{
    std::size_t codeFiles = 0;
    try {
        const ZipArchive zip(bytes);
        for (const ZipRecord &r : zip.records()) {
            const std::string name = foldedCase(r.name); // as LibTorch looks its records up
            if (isPickle(name))
                checkPickle(readRecord(bytes, r, std::uint64_t(64) << 20), r.name);
            if (!isCode(name))
                continue;
            ++codeFiles;
            std::istringstream lines(readRecord(bytes, r, std::uint64_t(1) << 20));
            int number = 0;
            for (std::string line; std::getline(lines, line);) {
                ++number;
                if (!declarationLine(line))
                    throw std::runtime_error(r.name + ", line " + std::to_string(number) +
                                             ", is TorchScript code, not a declaration (" +
                                             line.substr(0, 80) + "): ASD Workbench does not run code from checkpoints");
            }
        }
        checkLibTorchFindsItsRecords(bytes, zip);
    } catch (const std::runtime_error &e) {
        throw std::runtime_error(path + ": not a checkpoint ASD Workbench wrote (" + e.what() + ")");
    }
    if (codeFiles == 0)
        throw std::runtime_error(path + ": not a checkpoint ASD Workbench wrote (no module declarations in it)");
}

} // namespace asd
