// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace asd {

// A fitted detector on disk: one file, "ASD-DETECTOR 1\n", a JSON header line (family,
// options, feature settings, per-group array shapes) and the float32 arrays the header
// describes, little-endian, in header order. Written atomically. The reader trusts nothing:
// a file from elsewhere can claim any size, so every length is checked against the file.
struct DetectorFile {
    nlohmann::json header;      // header["arrays"] is filled in by write() and checked by read()
    std::vector<std::vector<float>> arrays;
};

// A file to save a detector in, its header naming the family and the options it was made with.
DetectorFile newDetectorFile(const std::string &family, const std::map<std::string, std::string> &options);
void writeDetectorFile(const std::string &path, DetectorFile file);
// Throws std::runtime_error naming the file: missing, not a detector file, truncated, or
// arrays whose sizes disagree with the header.
DetectorFile readDetectorFile(const std::string &path);
// The options a detector was saved with. Throws std::runtime_error when the header lacks
// its options or groups, or an option is not text.
std::map<std::string, std::string> savedOptions(const DetectorFile &file);

// A number as options() writes it back ("%g": 0.1, 1e-05), so that numberSetting reads it.
std::string optionText(double value);

} // namespace asd
