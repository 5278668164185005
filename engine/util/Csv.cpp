// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Csv.h"

#include <fstream>
#include <stdexcept>

namespace asd {
namespace {
std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}
} // namespace

std::vector<std::string> splitCsvLine(const std::string &line)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto pos = line.find(',', start);
        out.push_back(trim(line.substr(start, pos - start)));
        if (pos == std::string::npos)
            return out;
        start = pos + 1;
    }
}

std::vector<CsvRow> readCsv(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path + ": cannot open");
    std::vector<CsvRow> rows;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (trim(line).empty())
            continue;
        rows.push_back({n, splitCsvLine(line)});
    }
    return rows;
}

} // namespace asd
