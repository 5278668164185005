// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "dataset/DatasetIndex.h"
#include "metrics/Evaluation.h"

namespace asd {

// DCASE score file of a clip's group:
//   2020:  anomaly_score_<type>_id_<XX>.csv
//   2021+: anomaly_score_<type>_section_<SS>_test.csv
// and the matching decision_result_... file. Lines: "<file name>,<value>".
std::string scoreFileName(const Clip &clip);
std::string decisionFileName(const Clip &clip);

// Writes one score file per (type, group), atomically.
void writeScoreFiles(const std::string &dir, const std::vector<const Clip *> &clips, const std::vector<double> &scores);

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
ScoreFileReading readScoreFiles(const std::string &dir, const DatasetIndex &data);

} // namespace asd
