// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dataset/DatasetIndex.h"
#include "metrics/Evaluation.h"

namespace asd {

// DCASE score file of a machine type's group ("id_00" or "section_00"):
//   2020:  anomaly_score_<type>_id_<XX>.csv
//   2021+: anomaly_score_<type>_section_<SS>_test.csv
// and the matching decision_result_... file. Lines: "<file name>,<value>".
std::string scoreFileName(const std::string &machineType, const std::string &group);
std::string decisionFileName(const std::string &machineType, const std::string &group);

// Writes one score file per (type, group), atomically; where `threshold` gives a value for
// a clip, also the decision files (1 = anomalous: score at or above the threshold).
using ThresholdOf = std::function<std::optional<double>(const ScoredClip &)>;
void writeScoreFiles(const std::string &dir, const std::vector<ScoredClip> &scores, const ThresholdOf &threshold = {});

struct ScoreFileProblem {
    std::string file; // score file or clip name
    std::string problem;
};

struct ScoreFileReading {
    std::vector<ScoredClip> scored; // labelled test clips that have a score
    std::vector<ScoreFileProblem> problems;
};

// Reads every anomaly_score_*.csv in dir (also the baseline's DCASE202xT2<type>... and
// _seed..._Eval forms) and joins them with the dataset's labels and domains. Test clips
// without a score line, lines naming no test clip, unparseable lines, and score files for
// types or groups the dataset lacks are all reported by name, never ignored.
// The official evaluators read exactly one file per machine type and section, so two files
// for the same one (two seeds or tags of a baseline run, a renamed copy) are never pooled:
// both are reported and neither is read. `match`, when not empty, keeps only the files whose
// name contains it (choose a seed or tag).
ScoreFileReading readScoreFiles(const std::string &dir, const DatasetIndex &data, const std::string &match = {});

} // namespace asd
