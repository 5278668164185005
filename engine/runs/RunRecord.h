// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Evaluation.h"

#include <optional>
#include <string>
#include <vector>

namespace asd {

// What a run folder says about itself, for the Runs panel and scripts: RUN/run.json, written
// by fitting and training (detector, data, when, how long) and updated by each scoring of a
// labelled folder (its per-ID metrics). Plain JSON, no LibTorch: the panel reads it without
// opening a checkpoint.
struct RunMetricsRow {
    std::string machineType, group, domain; // domain "" for a group's row over all its clips
    double auc = 0.0, pauc = 0.0;
};

struct RunRecord {
    std::string detector;   // as `asd train --detector` names it, with its options
    std::string dataDir;    // the folder it was fitted or trained on
    std::string started;    // UTC, ISO 8601
    double seconds = 0.0;   // fitting or training time so far
    int epochs = 0;         // epochs completed (network families)
    // The latest metrics: of the last evaluated epoch, or of the last scoring.
    std::string metricsFrom; // e.g. "epoch 10", "scored /data/valve"
    // Means over the IDs or sections (the DCASE evaluators' "average"), the mean over types of
    // each type's minimum (mAUC), and the DCASE 2023+ official score (NaN without domains).
    double auc = std::nan(""), pauc = std::nan(""), mauc = std::nan(""), official = std::nan("");
    std::vector<RunMetricsRow> rows;

    void setMetrics(const EvaluationSummary &summary, const std::string &from);
};

constexpr const char *kRunRecordFileName = "run.json";

// Writes RUN/run.json atomically.
void writeRunRecord(const std::string &runDir, const RunRecord &record);
// Throws std::runtime_error naming the file: missing, not JSON, or fields of the wrong kind
// or out of range. Unknown fields are ignored (newer versions may add some).
RunRecord readRunRecord(const std::string &runDir);
// Reads the record from JSON text (what readRunRecord parses; exposed for the fuzz target).
RunRecord runRecordFromJson(const std::string &text);
// Puts a scoring's metrics into RUN/run.json (creating a bare one for older runs). Fails
// quietly: a run folder that cannot be written must not fail the scoring that used it.
void recordScoredMetrics(const std::string &runDir, const EvaluationSummary &summary, const std::string &dataDir);

// A folder that holds a run: run.json, a detector file or a network checkpoint.
struct RunEntry {
    std::string folder;
    std::optional<RunRecord> record; // none for runs made before run.json, or unreadable
    std::string problem;             // why the record could not be read, if it could not
    long long modified = 0;          // milliseconds since 1970, of the newest file in it
};

// The runs in `workspace` itself and its immediate subfolders, newest first. An unreadable
// run.json shows as a run with its problem; nothing in one folder stops the listing.
std::vector<RunEntry> listRuns(const std::string &workspace);
bool isRunFolder(const std::string &folder);

// The run folder a detector lives in: the folder itself, or the folder of a run's detector
// file or checkpoint (RUN/detector.asd, RUN/best.pt); empty for a file outside a run folder.
std::string runFolderOf(const std::string &runOrFile);
// A run folder that does not exist yet in `workspace`, named after the family and the time:
// "bandstats-20261206-093000" (with "-2", "-3" ... when that is taken).
std::string newRunFolder(const std::string &workspace, const std::string &family);
// Makes `runDir` ready for a new fit: a folder that already holds a run is refused
// (std::runtime_error naming it and how to go on) unless `replace`.
void prepareRunFolder(const std::string &runDir, bool replace);
// After a replacing fit: the old run's files that the new one did not write (`written`, file
// names in the folder) and its RUN/scores go, so that no score files of the old detector stay
// beside the new one. Other files in the folder are left alone.
void removeReplacedRunFiles(const std::string &runDir, const std::vector<std::string> &written);

// Now, UTC, ISO 8601 ("2026-11-28T09:30:00Z").
std::string utcNow();

} // namespace asd
