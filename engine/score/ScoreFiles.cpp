// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/ScoreFiles.h"

#include "util/AtomicFile.h"
#include "util/Csv.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace asd {
namespace {

std::string groupFileStem(const std::string &type, const std::string &group)
{
    // 2021+ score files name the test split; 2020 ones do not.
    return type + "_" + group + (group.rfind("section_", 0) == 0 ? "_test" : "");
}

} // namespace

std::string scoreFileName(const std::string &type, const std::string &group)
{
    return "anomaly_score_" + groupFileStem(type, group) + ".csv";
}

std::string decisionFileName(const std::string &type, const std::string &group)
{
    return "decision_result_" + groupFileStem(type, group) + ".csv";
}

void writeScoreFiles(const std::string &dir, const std::vector<ScoredClip> &scores, const ThresholdOf &thresholdOf)
{
    removeLeftoverTemporaries(dir);
    std::map<std::string, std::ostringstream> files;
    for (const auto &s : scores) {
        char value[32];
        std::snprintf(value, sizeof(value), "%.9g", s.score);
        files[scoreFileName(s.machineType, s.group)] << s.fileName << "," << value << "\n";
        if (const auto threshold = thresholdOf ? thresholdOf(s) : std::nullopt)
            files[decisionFileName(s.machineType, s.group)] << s.fileName << "," << (s.score >= *threshold ? 1 : 0)
                                                             << "\n";
    }
    for (auto &[name, text] : files)
        writeTextAtomically((fs::path(dir) / name).string(), text.str());
}

ScoreFileReading readScoreFiles(const std::string &dir, const DatasetIndex &data, const std::string &match)
{
    ScoreFileReading out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw std::runtime_error(dir + ": score folder not found");

    // Test clips by (type, group), which the files must cover exactly.
    std::map<std::pair<std::string, std::string>, std::map<std::string, const Clip *>> tests;
    for (const auto &c : data.clips)
        if (c.split != Split::Train)
            tests[{c.machineType, groupName(c)}][c.fileName] = &c;

    std::set<std::pair<std::string, std::string>> covered;
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().filename().string().rfind("anomaly_score_", 0) == 0 &&
            e.path().extension() == ".csv" &&
            (match.empty() || e.path().filename().string().find(match) != std::string::npos))
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty())
        out.problems.push_back({dir, match.empty() ? "no anomaly_score_*.csv files"
                                                   : "no anomaly_score_*.csv files with '" + match + "' in their names"});

    // Which machine type and ID or section a score file is for; empty with a problem when
    // the name says neither.
    struct Target {
        std::string type, group, rest;
    };
    auto targetOf = [&](const std::string &name, bool report) -> std::optional<Target> {
        const std::string rest = name.substr(std::string("anomaly_score_").size());
        std::size_t pos = rest.find("_section_");
        const bool isSection = pos != std::string::npos;
        if (!isSection)
            pos = rest.find("_id_");
        if (pos == std::string::npos) {
            if (report)
                out.problems.push_back({name, "file name has neither _id_XX nor _section_SS"});
            return std::nullopt;
        }
        const std::string before = rest.substr(0, pos);
        const std::string group = (isSection ? "section_" : "id_") + rest.substr(pos + (isSection ? 9 : 4), 2);
        std::string type;
        for (const auto &t : data.machineTypes())
            if (before.size() >= t.size() && before.compare(before.size() - t.size(), t.size(), t) == 0 &&
                t.size() > type.size())
                type = t;
        if (type.empty() || !tests.count({type, group})) {
            if (report)
                out.problems.push_back({name, "the dataset has no test clips for this machine type and " +
                                                  std::string(isSection ? "section" : "ID")});
            return std::nullopt;
        }
        return Target{type, group, rest};
    };
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> filesFor;
    for (const auto &path : files)
        if (const auto t = targetOf(path.filename().string(), false))
            filesFor[{t->type, t->group}].push_back(path.filename().string());
    for (const auto &[key, names] : filesFor)
        if (names.size() > 1) {
            std::string list;
            for (const auto &n : names)
                list += (list.empty() ? "" : ", ") + n;
            for (const auto &n : names)
                out.problems.push_back({n, std::to_string(names.size()) + " score files for " + key.first + " " +
                                               key.second + " (" + list +
                                               "); the official evaluator reads one, so none is used: choose with --match"});
            covered.insert(key);
        }

    for (const auto &path : files) {
        const std::string name = path.filename().string();
        const auto target = targetOf(name, true);
        if (!target || filesFor[{target->type, target->group}].size() > 1)
            continue;
        const std::string &type = target->type, &group = target->group, &rest = target->rest;
        const auto it = tests.find({type, group});
        covered.insert(it->first);
        std::set<std::string> seen;
        for (const auto &row : readCsv(path.string())) {
            const std::string where = name + " line " + std::to_string(row.lineNumber);
            if (row.fields.size() < 2) {
                out.problems.push_back({where, "expected <file name>,<score>"});
                continue;
            }
            const std::string clipName = fs::path(row.fields[0]).filename().string();
            char *end = nullptr;
            const double score = std::strtod(row.fields[1].c_str(), &end);
            if (end == row.fields[1].c_str() || *end != '\0' || !std::isfinite(score)) {
                out.problems.push_back({where, "score '" + row.fields[1] + "' is not a finite number"});
                continue;
            }
            const auto clip = it->second.find(clipName);
            if (clip == it->second.end()) {
                out.problems.push_back({clipName, "scored in " + name + " but not a test clip of the dataset"});
                continue;
            }
            if (!seen.insert(clipName).second) {
                out.problems.push_back({clipName, "scored twice in " + name});
                continue;
            }
            const Clip &c = *clip->second;
            if (!c.knownAnomaly) // a known fault is not a test clip, though scored before it was marked
                out.scored.push_back({c.fileName, c.machineType, group, c.domain, c.label, score, c.path});
        }
        for (const auto &[clipName, clip] : it->second)
            if (!seen.count(clipName) && !clip->knownAnomaly)
                out.problems.push_back({clipName, "test clip has no score in " + name});
        // The matching decision file, when there is one: "<file name>,0|1".
        const fs::path decisions = path.parent_path() / ("decision_result_" + rest);
        if (fs::exists(decisions)) {
            std::map<std::string, int> byClip;
            for (const auto &row : readCsv(decisions.string())) {
                if (row.fields.size() < 2 || (row.fields[1] != "0" && row.fields[1] != "1")) {
                    out.problems.push_back({decisions.filename().string() + " line " + std::to_string(row.lineNumber),
                                            "expected <file name>,0 or 1"});
                    continue;
                }
                byClip[fs::path(row.fields[0]).filename().string()] = row.fields[1] == "1";
            }
            for (auto &sc : out.scored)
                if (sc.machineType == type && sc.group == group)
                    if (const auto d = byClip.find(sc.fileName); d != byClip.end())
                        sc.decision = d->second;
        }
    }
    for (const auto &[key, clips] : tests)
        if (!covered.count(key) && !files.empty())
            out.problems.push_back({key.first + " " + key.second, "no score file for these " +
                                                                      std::to_string(clips.size()) + " test clips"});
    return out;
}

} // namespace asd
