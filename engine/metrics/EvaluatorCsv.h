// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "metrics/Evaluation.h"

namespace asd {

// The result CSV the official DCASE evaluators write, so that figures drop into the tables papers
// use. A summary made with the PerGroup rule gives the 2020 evaluator's result_<team>.csv: per
// machine type its "id, AUC, pAUC" rows and their "Average". One made with the SourceTarget rule
// gives nttcslab's dcase2023/2024/2025_task2_evaluator's teams_result/<team>_result.csv: per
// machine type a block of section rows (AUC (all), AUC (source),
// AUC (target), pAUC, precision/recall/F1 per domain, fractions) and its arithmetic, harmonic,
// source and target harmonic means; then the same over all machine types, sections and domains,
// and the official score. Numbers are written as Python writes them (shortest round trip);
// figures without decision files are empty in the section rows and "nan" in the means, as
// there. The evaluator's jackknife confidence interval row is not written. One made with the
// PerDomain rule gives the 2021 evaluator's teams_result/<team>_result.csv: per machine type a
// "section, domain, AUC, pAUC, precision, recall, F1 score" row per domain and section (on that
// domain's own clips; "nan" without decision files) and their arithmetic and harmonic means,
// then both over all machine types, sections and domains.
std::string evaluatorResultCsv(const EvaluationSummary &summary);

} // namespace asd
