// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "metrics/Evaluation.h"

namespace asd {

// The result CSV nttcslab's dcase2023/2024/2025_task2_evaluator writes (teams_result/
// <team>_result.csv), from a summary made with the SourceTarget rule, so that figures drop into
// the tables papers use: per machine type a block of section rows (AUC (all), AUC (source),
// AUC (target), pAUC, precision/recall/F1 per domain, fractions) and its arithmetic, harmonic,
// source and target harmonic means; then the same over all machine types, sections and domains,
// and the official score. Numbers are written as Python writes them (shortest round trip);
// figures without decision files are empty in the section rows and "nan" in the means, as
// there. The evaluator's jackknife confidence interval row is not written.
// Throws std::invalid_argument for a summary of another rule.
std::string evaluatorResultCsv(const EvaluationSummary &summary);

} // namespace asd
