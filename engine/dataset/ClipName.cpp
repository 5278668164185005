// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ClipName.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace asd {

const char *toString(Layout l)
{
    switch (l) {
    case Layout::Dcase2020: return "dcase2020";
    case Layout::Dcase2021Plus: return "dcase2021+";
    case Layout::Mimii: return "mimii";
    case Layout::Folders: return "folders";
    }
    return "?";
}
const char *toString(Split s) { return s == Split::Train ? "train" : s == Split::Test ? "test" : "unknown"; }
const char *toString(Label l) { return l == Label::Normal ? "normal" : l == Label::Anomaly ? "anomaly" : "unknown"; }
const char *toString(Domain d) { return d == Domain::Source ? "source" : d == Domain::Target ? "target" : "none"; }

std::string groupKey(const std::string &machineType, const std::string &group) { return machineType + "/" + group; }

std::string detectorGroup(const Clip &clip) { return groupKey(clip.machineType, groupName(clip)); }

std::string groupName(const Clip &clip)
{
    auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    if (clip.section >= 0)
        return "section_" + two(clip.section);
    if (clip.id >= 0)
        return "id_" + two(clip.id);
    return "all";
}

namespace {

std::vector<std::string> splitTokens(const std::string &s)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto pos = s.find('_', start);
        out.push_back(s.substr(start, pos - start));
        if (pos == std::string::npos)
            return out;
        start = pos + 1;
    }
}

bool isNumber(const std::string &s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// An ID or section number: a few digits. A longer run of digits is no DCASE name (and would
// overflow an int; found by tests/fuzz/fuzz_clip_name).
bool isGroupNumber(const std::string &s) { return isNumber(s) && s.size() <= 6; }

Label labelOf(const std::string &s)
{
    return s == "normal" ? Label::Normal : s == "anomaly" ? Label::Anomaly : Label::Unknown;
}

Domain domainOf(const std::string &s)
{
    return s == "source" ? Domain::Source : s == "target" ? Domain::Target : Domain::None;
}

} // namespace

Attributes parseAttributeTokens(const std::string &text)
{
    Attributes out;
    if (text.empty())
        return out;
    const auto t = splitTokens(text);
    std::size_t i = 0;
    for (; i + 1 < t.size(); i += 2)
        out.emplace_back(t[i], t[i + 1]);
    if (i < t.size())
        out.emplace_back("attr", t[i]);
    return out;
}

std::optional<ClipName> parseDcaseName(const std::string &fileName)
{
    const auto dot = fileName.rfind('.');
    if (dot == std::string::npos)
        return std::nullopt;
    const auto t = splitTokens(fileName.substr(0, dot));
    ClipName n;
    // 2020 labelled: {normal,anomaly}_id_XX_NNNNNNNN
    if (t.size() == 4 && labelOf(t[0]) != Label::Unknown && t[1] == "id" && isGroupNumber(t[2]) && isNumber(t[3])) {
        n.layout = Layout::Dcase2020;
        n.label = labelOf(t[0]);
        n.id = std::stoi(t[2]);
        return n;
    }
    // 2020 unlabelled evaluation clip: id_XX_NNNNNNNN
    if (t.size() == 3 && t[0] == "id" && isGroupNumber(t[1]) && isNumber(t[2])) {
        n.layout = Layout::Dcase2020;
        n.id = std::stoi(t[1]);
        return n;
    }
    if (t.size() < 3 || t[0] != "section" || !isGroupNumber(t[1]))
        return std::nullopt;
    n.layout = Layout::Dcase2021Plus;
    n.section = std::stoi(t[1]);
    // 2022-24 unlabelled: section_SS_NNNN
    if (t.size() == 3 && isNumber(t[2])) {
        n.split = Split::Test;
        return n;
    }
    if (t.size() < 5 || domainOf(t[2]) == Domain::None)
        return std::nullopt;
    n.domain = domainOf(t[2]);
    // 2021 unlabelled: section_SS_{source,target}_test_NNNN
    if (t.size() == 5 && t[3] == "test" && isNumber(t[4])) {
        n.split = Split::Test;
        return n;
    }
    if (t.size() < 6 || (t[3] != "train" && t[3] != "test") || labelOf(t[4]) == Label::Unknown || !isNumber(t[5]))
        return std::nullopt;
    n.split = t[3] == "train" ? Split::Train : Split::Test;
    n.label = labelOf(t[4]);
    std::string rest;
    for (std::size_t i = 6; i < t.size(); ++i)
        rest += (i > 6 ? "_" : "") + t[i];
    n.attributes = parseAttributeTokens(rest);
    return n;
}

} // namespace asd
