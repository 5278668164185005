// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "dataset/DatasetIndex.h"
#include "report/HtmlReport.h"

namespace asd::ui {

class EmbeddingView;
class ResultsView;

// What the report shows, taken from the views as they are on screen (File ▸ Export Report) or
// from views filled off screen (asd-workbench --report): one composition for both.
ReportInput reportFromViews(const QString &model, const QString &scorer, const DatasetIndex *dataset,
                            const EvaluationSummary &summary, const ResultsView &results, const EmbeddingView *embeddings);

// The headless report (asd-workbench --report OUT.html|OUT.pdf --scores DIR DATASET): the score
// files of DIR joined with DATASET's labels, evaluated, drawn as the Results view draws them and
// written as HTML or PDF. Returns the exit status; problems with the score files go to stderr.
int writeReportFromScoreFiles(const QString &out, const QString &scoresDir, const QString &datasetDir,
                              const QString &model);

} // namespace asd::ui
