// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/RunRecord.h"

#include "util/AtomicFile.h"
#include "util/JsonRange.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace asd {

namespace {

// NaN is not JSON: it is written as null and read back as NaN.
nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); }

double numberOrNan(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key) || j.at(key).is_null())
        return std::nan("");
    return numberInRange(j, key, -1e300, 1e300);
}

std::string text(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key))
        return {};
    if (!j.at(key).is_string())
        throw std::invalid_argument(std::string(key) + " is not text");
    return j.at(key).get<std::string>();
}

long long newestModification(const fs::path &folder)
{
    std::error_code ec;
    long long newest = 0;
    for (const auto &e : fs::directory_iterator(folder, ec)) {
        const auto t = fs::last_write_time(e.path(), ec);
        if (ec)
            continue;
        const auto onSystemClock = std::chrono::system_clock::now() + std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                                                     t - fs::file_time_type::clock::now());
        const auto s = std::chrono::duration_cast<std::chrono::milliseconds>(onSystemClock.time_since_epoch()).count();
        newest = std::max<long long>(newest, s);
    }
    return newest;
}

} // namespace

void RunRecord::setMetrics(const EvaluationSummary &s, const std::string &from)
{
    metricsFrom = from;
    // The headline figures as the DCASE evaluators name them: means over the IDs or sections
    // (not the AUC of all clips pooled), and the official score where there are domains.
    auc = s.aucPerGroupMean;
    pauc = s.paucPerGroupMean;
    mauc = s.maucMean;
    official = s.officialScore;
    rows.clear();
    for (const auto &g : s.groups)
        rows.push_back({g.machineType, g.group, g.domain == Domain::None ? "" : toString(g.domain), g.auc, g.pauc});
}

void writeRunRecord(const std::string &runDir, const RunRecord &r)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const auto &row : r.rows)
        rows.push_back({{"machine_type", row.machineType}, {"group", row.group}, {"domain", row.domain},
                        {"auc", number(row.auc)}, {"pauc", number(row.pauc)}});
    const nlohmann::json j{{"format", 1},        {"detector", r.detector}, {"data", r.dataDir},
                           {"started", r.started}, {"seconds", r.seconds}, {"epochs", r.epochs},
                           {"metrics_from", r.metricsFrom}, {"auc", number(r.auc)}, {"pauc", number(r.pauc)},
                           {"mauc", number(r.mauc)}, {"official", number(r.official)}, {"groups", rows}};
    writeTextAtomically((fs::path(runDir) / kRunRecordFileName).string(), j.dump(2) + "\n");
}

RunRecord runRecordFromJson(const std::string &textIn)
{
    const nlohmann::json j = nlohmann::json::parse(textIn);
    if (!j.is_object())
        throw std::invalid_argument("not a JSON object");
    RunRecord r;
    r.detector = text(j, "detector");
    r.dataDir = text(j, "data");
    r.started = text(j, "started");
    r.seconds = j.contains("seconds") ? numberInRange(j, "seconds", 0.0, 1e9) : 0.0;
    r.epochs = j.contains("epochs") ? numberInRange(j, "epochs", 0, 1000000) : 0;
    r.metricsFrom = text(j, "metrics_from");
    r.auc = numberOrNan(j, "auc");
    r.pauc = numberOrNan(j, "pauc");
    r.mauc = numberOrNan(j, "mauc");
    r.official = numberOrNan(j, "official");
    if (j.contains("groups")) {
        if (!j.at("groups").is_array())
            throw std::invalid_argument("groups is not a list");
        for (const auto &g : j.at("groups")) {
            if (!g.is_object())
                throw std::invalid_argument("a groups entry is not an object");
            r.rows.push_back({text(g, "machine_type"), text(g, "group"), text(g, "domain"), numberOrNan(g, "auc"),
                              numberOrNan(g, "pauc")});
        }
    }
    return r;
}

RunRecord readRunRecord(const std::string &runDir)
{
    const std::string path = (fs::path(runDir) / kRunRecordFileName).string();
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot be read");
    std::ostringstream content;
    content << in.rdbuf();
    try {
        return runRecordFromJson(content.str());
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": not a run record (" + e.what() + ")");
    }
}

void recordScoredMetrics(const std::string &runDir, const EvaluationSummary &summary, const std::string &dataDir)
{
    try {
        RunRecord r;
        if (fs::exists(fs::path(runDir) / kRunRecordFileName))
            r = readRunRecord(runDir);
        r.setMetrics(summary, "scored " + dataDir);
        writeRunRecord(runDir, r);
    } catch (const std::exception &) {
        // A damaged record is rewritten by the next fit; the scores are what the user asked for.
    }
}

bool isRunFolder(const std::string &folder)
{
    const fs::path f(folder);
    std::error_code ec;
    for (const char *name : {kRunRecordFileName, "detector.asd", "best.pt", "last.pt"})
        if (fs::is_regular_file(f / name, ec))
            return true;
    return false;
}

std::string runFolderOf(const std::string &runOrFile)
{
    std::error_code ec;
    if (fs::is_directory(runOrFile, ec))
        return runOrFile;
    const fs::path parent = fs::path(runOrFile).parent_path();
    const std::string name = fs::path(runOrFile).filename().string();
    for (const char *own : {"detector.asd", "best.pt", "last.pt"})
        if (name == own)
            return parent.empty() ? std::string(".") : parent.string();
    return {};
}

std::string newRunFolder(const std::string &workspace, const std::string &family)
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    const fs::path base = fs::path(workspace) / (family + "-" + stamp);
    fs::path candidate = base;
    std::error_code ec;
    for (int k = 2; fs::exists(candidate, ec); ++k)
        candidate = base.string() + "-" + std::to_string(k);
    return candidate.string();
}

void prepareRunFolder(const std::string &runDir, bool replace)
{
    if (isRunFolder(runDir) && !replace)
        throw std::runtime_error(runDir + " already holds a run; choose a new folder, or replace it (asd train --replace, "
                                          "or answer Replace in the workbench)");
    fs::create_directories(runDir);
}

void removeReplacedRunFiles(const std::string &runDir, const std::vector<std::string> &written)
{
    const fs::path f(runDir);
    std::error_code ec;
    for (const char *name : {kRunRecordFileName, "detector.asd", "best.pt", "last.pt"})
        if (std::find(written.begin(), written.end(), name) == written.end())
            fs::remove(f / name, ec);
    fs::remove_all(f / "scores", ec);
}

std::vector<RunEntry> listRuns(const std::string &workspace)
{
    std::vector<fs::path> candidates{fs::path(workspace)};
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(workspace, ec))
        if (e.is_directory(ec))
            candidates.push_back(e.path());
    std::vector<RunEntry> runs;
    for (const auto &folder : candidates) {
        if (!isRunFolder(folder.string()))
            continue;
        RunEntry entry;
        entry.folder = folder.string();
        entry.modified = newestModification(folder);
        if (fs::exists(folder / kRunRecordFileName, ec)) {
            try {
                entry.record = readRunRecord(entry.folder);
            } catch (const std::exception &e) {
                entry.problem = e.what();
            }
        }
        runs.push_back(std::move(entry));
    }
    std::sort(runs.begin(), runs.end(), [](const RunEntry &a, const RunEntry &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.folder < b.folder;
    });
    return runs;
}

std::string utcNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char b[32];
    std::strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return b;
}

} // namespace asd
