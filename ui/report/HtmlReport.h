// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <map>
#include <vector>

#include "dataset/DatasetIndex.h"
#include "metrics/Evaluation.h"

namespace asd::ui {

// An evaluation report that reads like a lab's: a summary table first (run, detector, data,
// date, the headline figure, and per ID or section AUC, pAUC, threshold, precision, recall,
// F1), then each figure with its caption, then the most anomalous clips of each group with a
// small spectrogram each, and the files that were skipped. As self-contained HTML (opens in
// any browser) or as a PDF whose pages never split a table row, a figure from its caption,
// or a group's clips.
struct ReportInput {
    QString model;        // description of the detector and where it is
    QString scorer;
    const DatasetIndex *dataset = nullptr;
    EvaluationSummary summary;
    std::vector<ScoredClip> scored;           // the test clips and their scores
    std::map<std::string, double> thresholds; // "type/group" → decision threshold
    QImage roc, histogram, embedding;
    bool histogramShowsThreshold = false; // one ID or section: its threshold is drawn
    int clipsPerGroup = 5;                // most anomalous clips listed per group
};

QString buildHtmlReport(const ReportInput &input);
// Written atomically; throws std::runtime_error naming the path on failure.
void writeHtmlReport(const QString &path, const ReportInput &input);
// The same report as a PDF (A4 at 150 dpi), written atomically.
void writePdfReport(const QString &path, const ReportInput &input);
// HTML or PDF by the path's suffix (.pdf, otherwise HTML).
void writeReport(const QString &path, const ReportInput &input);
// The PDF's pages as images, painted as the PDF is (white A4 at `dpi`), for a preview and
// for tests that look at the layout.
std::vector<QImage> renderReportPages(const ReportInput &input, int dpi = 75);

} // namespace asd::ui
