// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace asd {

// DCASE CSVs are plain comma-separated lines without quoting; a trailing '\r'
// (files made on Windows) and surrounding spaces are dropped.
std::vector<std::string> splitCsvLine(const std::string &line);

struct CsvRow {
    int lineNumber; // 1-based, for error messages
    std::vector<std::string> fields;
};

// Reads all non-empty lines; throws std::runtime_error naming the file if it cannot be opened.
std::vector<CsvRow> readCsv(const std::string &path);

} // namespace asd
