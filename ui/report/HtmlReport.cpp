// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"

#include "util/AtomicFile.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <functional>

#include <cmath>

namespace asd::ui {

namespace {

// An image as the HTML refers to it: embedded as a data URI (a browser needs nothing else), or
// by a name that a QTextDocument resolves to the image (the PDF).
using ImageSource = std::function<QString(const QImage &, const QString &name)>;

QString dataUri(const QImage &image, const QString &)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString imageTag(const QImage &image, const QString &name, const QString &alt, const ImageSource &source)
{
    if (image.isNull())
        return {};
    return QStringLiteral("<figure><img alt=\"%1\" src=\"%2\"><figcaption>%1</figcaption></figure>\n")
        .arg(alt.toHtmlEscaped(), source(image, name));
}

QString pct(double v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(100.0 * v, 'f', 2); }

} // namespace

QString buildReport(const ReportInput &in, const ImageSource &source)
{
    QString h;
    h += QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ASD evaluation report</title>\n"
        "<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #bbb;padding:.25em .6em;text-align:right}th{background:#eee}"
        "td:first-child,td:nth-child(2),td:nth-child(3){text-align:left}tr.sum td{font-weight:bold;background:#f6f6f6}"
        "figure{display:inline-block;margin:0 1em 1em 0}img{max-width:34em;border:1px solid #ddd}</style></head><body>\n");
    h += QStringLiteral("<h1>Anomalous sound detection: evaluation report</h1>\n<p>Made by ASD Workbench on %1.</p>\n")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    h += QStringLiteral("<h2>Run</h2>\n<table><tr><th>Detector</th><td>%1</td></tr><tr><th>Scorer</th><td>%2</td></tr>"
                        "<tr><th>Evaluation rule</th><td>%3, pAUC at FPR ≤ %4 (scikit-learn, McClish-standardised)</td></tr>"
                        "</table>\n")
             .arg(in.model.toHtmlEscaped(), in.scorer.toHtmlEscaped(), QString::fromLatin1(toString(in.summary.rule)))
             .arg(in.summary.maxFpr);
    if (in.dataset) {
        const DatasetIndex &d = *in.dataset;
        h += QStringLiteral("<h2>Dataset</h2>\n<p>%1: %2 clips in %3 classes, %4 skipped.</p>\n")
                 .arg(QString::fromStdString(d.root).toHtmlEscaped())
                 .arg(d.clips.size())
                 .arg(d.classes.size())
                 .arg(d.skipped.size());
        h += QStringLiteral("<table><tr><th>Machine type</th><th>ID / section</th><th>Split</th><th>Normal</th><th>Anomaly</th><th>Unlabelled</th></tr>\n");
        std::map<std::tuple<std::string, std::string, std::string>, std::array<int, 3>> counts;
        for (const auto &g : d.groups()) {
            Clip probe;
            probe.id = g.id;
            probe.section = g.section;
            counts[{g.machineType, groupName(probe), toString(g.split)}][int(g.label)] += g.count;
        }
        for (const auto &[k, n] : counts)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                     .arg(QString::fromStdString(std::get<0>(k)).toHtmlEscaped(), QString::fromStdString(std::get<1>(k)),
                          QString::fromStdString(std::get<2>(k)))
                     .arg(n[0])
                     .arg(n[1])
                     .arg(n[2]);
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<h2>Results (%)</h2>\n<table><tr><th>Machine type</th><th>ID / section</th><th>Domain</th>"
                        "<th>AUC</th><th>pAUC</th><th>mAUC</th><th>Normal</th><th>Anomaly</th></tr>\n");
    for (const auto &g : in.summary.groups)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td></td><td>%6</td><td>%7</td></tr>\n")
                 .arg(QString::fromStdString(g.machineType).toHtmlEscaped(), QString::fromStdString(g.group),
                      g.domain == Domain::None ? QStringLiteral("all") : QString::fromLatin1(toString(g.domain)),
                      pct(g.auc), pct(g.pauc))
                 .arg(g.nNormal)
                 .arg(g.nAnomaly);
    for (const auto &t : in.summary.types)
        h += QStringLiteral("<tr class=\"sum\"><td>%1</td><td>all (pooled)</td><td></td><td>%2</td><td>%3</td><td>%4</td><td></td><td></td></tr>\n")
                 .arg(QString::fromStdString(t.machineType).toHtmlEscaped(), pct(t.auc), pct(t.pauc), pct(t.mauc));
    h += QStringLiteral("<tr class=\"sum\"><td>mean</td><td>over types</td><td></td><td>%1</td><td>%2</td><td>%3</td><td></td><td></td></tr>\n")
             .arg(pct(in.summary.aucMean), pct(in.summary.paucMean), pct(in.summary.maucMean));
    h += QStringLiteral("<tr class=\"sum\"><td>harmonic mean</td><td>over IDs</td><td></td><td>%1</td><td>%2</td><td></td><td></td><td></td></tr>\n")
             .arg(pct(in.summary.aucHmean), pct(in.summary.paucHmean));
    h += QStringLiteral("</table>\n");
    if (!std::isnan(in.summary.officialScore))
        h += QStringLiteral("<p>DCASE 2023/24 official score (harmonic mean of AUC<sub>source</sub>, AUC<sub>target</sub>, pAUC): %1%</p>\n")
                 .arg(pct(in.summary.officialScore));
    h += QStringLiteral("<h2>Curves</h2>\n<p>%1</p>\n").arg(in.decision.toHtmlEscaped());
    h += imageTag(in.roc, QStringLiteral("roc.png"), QStringLiteral("ROC curve (shaded: FPR ≤ 0.1, the region pAUC measures)"), source);
    h += imageTag(in.histogram, QStringLiteral("histogram.png"),
                  QStringLiteral("Anomaly scores of normal and anomalous clips, with the decision threshold"), source);
    h += imageTag(in.embedding, QStringLiteral("embedding.png"), QStringLiteral("Embeddings of the test clips (PCA)"), source);
    if (in.dataset && !in.dataset->skipped.empty()) {
        h += QStringLiteral("<h2>Skipped files</h2>\n<table><tr><th>File</th><th>Problem</th></tr>\n");
        for (const auto &s : in.dataset->skipped)
            h += QStringLiteral("<tr><td>%1</td><td style=\"text-align:left\">%2</td></tr>\n")
                     .arg(QString::fromStdString(s.path).toHtmlEscaped(), QString::fromStdString(s.error).toHtmlEscaped());
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString buildHtmlReport(const ReportInput &input) { return buildReport(input, dataUri); }

void writeHtmlReport(const QString &path, const ReportInput &input)
{
    writeTextAtomically(path.toStdString(), buildHtmlReport(input).toStdString());
}

void writePdfReport(const QString &path, const ReportInput &input)
{
    QTextDocument document;
    const QString html = buildReport(input, [&document](const QImage &image, const QString &name) {
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        return name;
    });
    QFont font = document.defaultFont();
    font.setPointSizeF(8.5); // the tables' columns fit an A4 page
    document.setDefaultFont(font);
    document.setHtml(html);
    writeAtomically(path.toStdString(), [&](const std::string &tmp) {
        QPdfWriter pdf(QString::fromStdString(tmp));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(QStringLiteral("ASD evaluation report"));
        pdf.setCreator(QStringLiteral("ASD Workbench"));
        document.print(&pdf);
    });
}

void writeReport(const QString &path, const ReportInput &input)
{
    removeLeftoverTemporaries(QFileInfo(path).absolutePath().toStdString());
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        writePdfReport(path, input);
    else
        writeHtmlReport(path, input);
}

} // namespace asd::ui
