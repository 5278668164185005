// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/ScriptArchiveCheck.h"

#include "encoders/checkpoint/ZipArchive.h"

#include <regex>
#include <sstream>
#include <stdexcept>

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

} // namespace

void checkScriptArchiveDeclaresOnly(const ByteSource &bytes, const std::string &path)
{
    std::size_t codeFiles = 0;
    try {
        const ZipArchive zip(bytes);
        for (const ZipRecord &r : zip.records()) {
            if (!isCode(r.name))
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
