// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/ReportExport.h"

#include "score/ScoreFiles.h"
#include "views/EmbeddingView.h"
#include "views/ResultsView.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <cstdio>

namespace asd::ui {

ReportInput reportFromViews(const QString &model, const QString &scorer, const DatasetIndex *dataset,
                            const EvaluationSummary &summary, const ResultsView &results, const EmbeddingView *embeddings)
{
    ReportInput in;
    in.model = model;
    in.scorer = scorer;
    in.dataset = dataset;
    in.summary = summary;
    in.scored = results.scores();
    for (const auto &c : in.scored)
        if (const auto t = results.thresholdOf(c))
            in.thresholds[groupKey(c.machineType, c.group)] = *t;
    in.roc = results.rocPlot()->toPixmap(480, 340).toImage();
    // On paper the histogram's axis says what it shows, not how to drag its line.
    QCPAxis *scoreAxis = results.histogramPlot()->xAxis;
    const QString onScreen = scoreAxis->label();
    scoreAxis->setLabel(QCoreApplication::translate("asd::ui::ReportExport", "Anomaly score"));
    in.histogram = results.histogramPlot()->toPixmap(480, 340).toImage();
    scoreAxis->setLabel(onScreen);
    in.histogramShowsThreshold = results.thresholdLineShown();
    if (embeddings && embeddings->pointCount() > 0) // wide enough for the legend beside the points
        in.embedding = embeddings->plot()->toPixmap(640, 380).toImage();
    return in;
}

int writeReportFromScoreFiles(const QString &out, const QString &scoresDir, const QString &datasetDir, const QString &model)
{
    try {
        const DatasetIndex index = scanDataset(datasetDir.toStdString());
        const ScoreFileReading reading = readScoreFiles(scoresDir.toStdString(), index);
        for (const auto &p : reading.problems)
            std::fprintf(stderr, "asd-workbench: %s: %s\n", p.file.c_str(), p.problem.c_str());
        if (reading.scored.empty()) {
            std::fprintf(stderr, "asd-workbench: %s holds no scores of %s's test clips\n", qPrintable(scoresDir),
                         qPrintable(datasetDir));
            return 1;
        }
        ResultsView results;
        results.resize(1200, 800);
        results.setScores(reading.scored, {}); // thresholds: the Results view's own default
        const EvaluationSummary summary = evaluate(reading.scored, defaultRule(reading.scored));
        writeReport(out, reportFromViews(model.isEmpty() ? scoresDir : model, QStringLiteral("the score files in ") + scoresDir,
                                         &index, summary, results, nullptr));
        std::printf("wrote the evaluation report of %zu clips to %s\n", reading.scored.size(), qPrintable(out));
        return reading.problems.empty() ? 0 : 3;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "asd-workbench: %s\n", e.what());
        return 1;
    }
}

} // namespace asd::ui
