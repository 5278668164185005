// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors/DetectorFile.h"

#include <cstdio>

#include "util/AtomicFile.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace asd {

namespace {
const char *const kMagic = "ASD-DETECTOR 1";
// A header line longer than this is not one we wrote.
constexpr std::size_t kMaxHeaderBytes = 16u << 20;
} // namespace

DetectorFile newDetectorFile(const std::string &family, const std::map<std::string, std::string> &options)
{
    DetectorFile file;
    file.header["family"] = family;
    file.header["options"] = options;
    return file;
}

void writeDetectorFile(const std::string &path, DetectorFile file)
{
    nlohmann::json sizes = nlohmann::json::array();
    for (const auto &a : file.arrays)
        sizes.push_back(a.size());
    file.header["arrays"] = sizes;
    writeAtomically(path, [&](const std::string &tmp) {
        std::ofstream out(tmp, std::ios::binary);
        out << kMagic << '\n' << file.header.dump() << '\n';
        for (const auto &a : file.arrays)
            out.write(reinterpret_cast<const char *>(a.data()), std::streamsize(a.size() * sizeof(float)));
        out.flush();
        if (!out)
            throw std::runtime_error("the stream failed");
    });
}

DetectorFile readDetectorFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open the detector file");
    auto fail = [&](const std::string &what) { return std::runtime_error(path + ": " + what); };
    std::string line;
    if (!std::getline(in, line) || line != kMagic)
        throw fail("not an ASD Workbench detector file (asd train and the workbench's Fit write one, detector.asd, "
                   "into each run folder)");
    std::string headerText;
    for (char c; in.get(c) && c != '\n';) {
        headerText.push_back(c);
        if (headerText.size() > kMaxHeaderBytes)
            throw fail("detector header too long: the file is damaged");
    }
    DetectorFile file;
    try {
        file.header = nlohmann::json::parse(headerText);
    } catch (const nlohmann::json::exception &) {
        throw fail("the detector header is not valid JSON: the file is damaged");
    }
    if (!file.header.is_object() || !file.header.contains("arrays") || !file.header["arrays"].is_array() ||
        !file.header.contains("family") || !file.header["family"].is_string())
        throw fail("the detector header lacks its family or arrays");
    const auto start = in.tellg();
    in.seekg(0, std::ios::end);
    const auto left = std::uint64_t(in.tellg() - start);
    in.seekg(start);
    std::uint64_t expected = 0;
    for (const auto &n : file.header["arrays"]) {
        if (!n.is_number_unsigned())
            throw fail("the detector header has a bad array size");
        expected += n.get<std::uint64_t>() * sizeof(float);
        if (expected > left)
            throw fail("truncated: the header describes more data than the file holds");
    }
    if (expected != left)
        throw fail("the file holds " + std::to_string(left - expected) + " bytes more than its header describes");
    for (const auto &n : file.header["arrays"]) {
        std::vector<float> a(n.get<std::size_t>());
        in.read(reinterpret_cast<char *>(a.data()), std::streamsize(a.size() * sizeof(float)));
        if (!in)
            throw fail("truncated while reading the detector's arrays");
        file.arrays.push_back(std::move(a));
    }
    return file;
}

std::map<std::string, std::string> savedOptions(const DetectorFile &file)
{
    const nlohmann::json &h = file.header;
    if (!h.contains("options") || !h["options"].is_object() || !h.contains("groups") || !h["groups"].is_array())
        throw std::runtime_error("the header lacks its options or groups");
    std::map<std::string, std::string> options;
    for (const auto &[k, v] : h["options"].items()) {
        if (!v.is_string())
            throw std::runtime_error("option " + k + " is not text");
        options[k] = v.get<std::string>();
    }
    return options;
}

std::string optionText(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

} // namespace asd
