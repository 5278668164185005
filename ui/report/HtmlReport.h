// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include "dataset/DatasetIndex.h"
#include "metrics/Evaluation.h"

namespace asd::ui {

// A self-contained HTML evaluation report: run settings, dataset summary, per-ID/section
// table with the means and mAUC, ROC curve and score histograms as embedded images, and
// the files that were skipped. Opens in any browser; nothing outside the file is needed.
struct ReportInput {
    QString model;        // description of the detector and where it is
    QString scorer;
    const DatasetIndex *dataset = nullptr;
    EvaluationSummary summary;
    QImage roc, histogram, embedding;
    QString decision;     // threshold and precision/recall/F1 line
};

QString buildHtmlReport(const ReportInput &input);
// Written atomically; throws std::runtime_error naming the path on failure.
void writeHtmlReport(const QString &path, const ReportInput &input);
// The same report as a PDF (A4, the images at print resolution), written atomically.
void writePdfReport(const QString &path, const ReportInput &input);
// HTML or PDF by the path's suffix (.pdf, otherwise HTML).
void writeReport(const QString &path, const ReportInput &input);

} // namespace asd::ui
