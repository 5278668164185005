// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"

#include "audio/AudioFile.h"
#include "dsp/DisplaySpectrogram.h"
#include "metrics/Decision.h"
#include "plots/ColorMaps.h"
#include "util/AtomicFile.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>

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

QString pct(double v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(100.0 * v, 'f', 2); }
QString esc(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }

const char *kStyle = "body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:.5em 0}"
                     "td,th{border:1px solid #bbb;padding:2px 6px;text-align:right}th{background:#eee}"
                     "td.l,th.l{text-align:left}tr.sum td{font-weight:bold;background:#f6f6f6}"
                     "p.caption{font-style:italic;margin-top:2px}h1{font-size:150%}h2{font-size:120%;margin-top:1em}";

// A figure and its caption: one block, never split between pages.
QString figure(const QImage &image, const QString &name, const QString &caption, int number, const ImageSource &source)
{
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"></p><p class=\"caption\">Figure %4. %3</p>\n")
        .arg(source(image, name))
        .arg(image.width())
        .arg(caption.toHtmlEscaped())
        .arg(number);
}

// A clip's spectrogram as a small picture (log-frequency, viridis), for the list of the most
// anomalous clips; a null image when the clip cannot be read.
QImage thumbnail(const std::string &path, int width, int height)
{
    try {
        const Audio audio = readAudio(path);
        DisplayRequest r;
        r.axis = FrequencyAxis::Log;
        r.width = width;
        r.height = height;
        const DisplaySpectrogram s = displaySpectrogram(audio.samples, audio.sampleRate, r);
        const float top = *std::max_element(s.db.data.begin(), s.db.data.end());
        QCPColorGradient gradient = colorMap(QStringLiteral("viridis")); // colorize() caches its lookup table
        QImage image(s.db.cols, s.db.rows, QImage::Format_RGB32);
        std::vector<double> row(std::size_t(s.db.cols));
        for (int y = 0; y < s.db.rows; ++y) {
            for (int x = 0; x < s.db.cols; ++x)
                row[std::size_t(x)] = s.db.at(s.db.rows - 1 - y, x); // low frequencies at the bottom
            gradient.colorize(row.data(), QCPRange(top - 80.0, top), reinterpret_cast<QRgb *>(image.scanLine(y)), s.db.cols);
        }
        return image;
    } catch (const std::exception &) {
        return {};
    }
}

// The report as blocks, each kept whole on a PDF page: the summary, the dataset, each figure,
// each group's most anomalous clips, the skipped files.
std::vector<QString> reportBlocks(const ReportInput &in, const ImageSource &source)
{
    std::vector<QString> blocks;
    const EvaluationSummary &s = in.summary;
    const bool official = !std::isnan(s.officialScore) && !s.groups.empty();
    QString h = QStringLiteral("<h1>Anomalous sound detection report</h1>\n<table>");
    const auto row = [&h](const QString &name, const QString &value) {
        h += QStringLiteral("<tr><th class=\"l\">%1</th><td class=\"l\">%2</td></tr>").arg(name, value);
    };
    row(QStringLiteral("Detector"), in.model.toHtmlEscaped());
    row(QStringLiteral("Scored by"), in.scorer.toHtmlEscaped());
    if (in.dataset)
        row(QStringLiteral("Data"), QStringLiteral("%1 (%2 clips)").arg(esc(in.dataset->root)).arg(in.dataset->clips.size()));
    row(QStringLiteral("Date"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    row(QStringLiteral("Evaluation"), QStringLiteral("%1 rule; pAUC at FPR ≤ %2 (McClish-standardised, as scikit-learn)")
                                          .arg(QString::fromLatin1(toString(s.rule)))
                                          .arg(s.maxFpr));
    if (official)
        row(QStringLiteral("<b>Official score</b>"), QStringLiteral("<b>%1 %</b> (DCASE 2023+: harmonic mean of AUC source, AUC "
                                                                    "target and pAUC over sections)")
                                                         .arg(pct(s.officialScore)));
    row(official ? QStringLiteral("Mean AUC") : QStringLiteral("<b>Mean AUC</b>"),
        QStringLiteral("%1 % over IDs or sections (pAUC %2 %)").arg(pct(s.aucPerGroupMean), pct(s.paucPerGroupMean)));
    h += QStringLiteral("</table>\n");

    // Per ID or section (and domain): the figures and the decisions at each one's threshold.
    h += QStringLiteral("<h2>Results per ID or section (%)</h2>\n<table><tr><th class=\"l\">Type</th><th class=\"l\">"
                        "Group</th><th class=\"l\">Domain</th><th>AUC</th><th>pAUC</th><th>Threshold</th>"
                        "<th>Precision</th><th>Recall</th><th>F1</th><th>Normal</th><th>Anomalous</th></tr>\n");
    for (const auto &g : s.groups) {
        std::vector<double> scores;
        std::vector<int> labels;
        for (const auto &c : in.scored)
            if (c.machineType == g.machineType && c.group == g.group && (g.domain == Domain::None || c.domain == g.domain) &&
                c.label != Label::Unknown) {
                scores.push_back(c.score);
                labels.push_back(c.label == Label::Anomaly);
            }
        const auto t = in.thresholds.find(groupKey(g.machineType, g.group));
        QString decided = QStringLiteral("<td>–</td><td>–</td><td>–</td><td>–</td>");
        if (t != in.thresholds.end() && !scores.empty()) {
            const DecisionCounts d = decide(scores, labels, t->second);
            decided = QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td>")
                          .arg(t->second, 0, 'g', 4)
                          .arg(pct(d.precision()), pct(d.recall()), pct(d.f1()));
        } else if (!std::isnan(g.f1)) { // the decision files' own calls
            decided = QStringLiteral("<td class=\"l\">decision file</td><td>%1</td><td>%2</td><td>%3</td>")
                          .arg(pct(g.precision), pct(g.recall), pct(g.f1));
        }
        h += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td><td>%4</td><td>%5</td>%6"
                            "<td>%7</td><td>%8</td></tr>\n")
                 .arg(esc(g.machineType), esc(g.group),
                      g.domain == Domain::None ? QStringLiteral("all") : QString::fromLatin1(toString(g.domain)), pct(g.auc),
                      pct(g.pauc), decided)
                 .arg(g.nNormal)
                 .arg(g.nAnomaly);
    }
    for (const auto &t : s.types)
        h += QStringLiteral("<tr class=\"sum\"><td class=\"l\">%1</td><td class=\"l\">mean over IDs</td><td></td><td>%2</td>"
                            "<td>%3</td><td colspan=\"6\" class=\"l\">mAUC (lowest ID) %4; IDs pooled: AUC %5, pAUC %6</td></tr>\n")
                 .arg(esc(t.machineType), pct(t.aucMean), pct(t.paucMean), pct(t.mauc), pct(t.auc), pct(t.pauc));
    h += QStringLiteral("</table>\n");
    blocks.push_back(h);

    if (in.dataset) {
        const DatasetIndex &d = *in.dataset;
        QString b = QStringLiteral("<h2>Data</h2>\n<p>%1: %2 clips in %3 classes, %4 skipped.</p>\n<table><tr><th class=\"l\">"
                                   "Machine type</th><th class=\"l\">ID / section</th><th class=\"l\">Split</th><th>Normal</th>"
                                   "<th>Anomaly</th><th>Unlabelled</th></tr>\n")
                        .arg(esc(d.root))
                        .arg(d.clips.size())
                        .arg(d.classes.size())
                        .arg(d.skipped.size());
        std::map<std::tuple<std::string, std::string, std::string>, std::array<int, 3>> counts;
        for (const auto &g : d.groups()) {
            Clip probe;
            probe.id = g.id;
            probe.section = g.section;
            counts[{g.machineType, groupName(probe), toString(g.split)}][int(g.label)] += g.count;
        }
        for (const auto &[k, n] : counts)
            b += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td><td>%4</td><td>%5</td>"
                                "<td>%6</td></tr>\n")
                     .arg(esc(std::get<0>(k)), esc(std::get<1>(k)), esc(std::get<2>(k)))
                     .arg(n[0])
                     .arg(n[1])
                     .arg(n[2]);
        blocks.push_back(b + QStringLiteral("</table>\n"));
    }

    int number = 0;
    if (!in.roc.isNull())
        blocks.push_back(QStringLiteral("<h2>Figures</h2>\n") +
                         figure(in.roc, QStringLiteral("roc.png"),
                                QStringLiteral("ROC curve of the test clips; shaded: FPR ≤ %1, the part pAUC measures.").arg(s.maxFpr),
                                ++number, source));
    if (!in.histogram.isNull())
        blocks.push_back(figure(in.histogram, QStringLiteral("histogram.png"),
                                in.histogramShowsThreshold
                                    ? QStringLiteral("Anomaly scores of normal and anomalous test clips; the red line is the "
                                                     "decision threshold.")
                                    : QStringLiteral("Anomaly scores of normal and anomalous test clips of all IDs or sections; "
                                                     "each is decided at its own threshold (table above)."),
                                ++number, source));
    if (!in.embedding.isNull())
        blocks.push_back(figure(in.embedding, QStringLiteral("embedding.png"),
                                QStringLiteral("The detector's embeddings of the test clips, projected by PCA."), ++number, source));

    // The clips an engineer listens to first: each group's highest scores.
    std::map<std::string, std::vector<const ScoredClip *>> byGroup;
    for (const auto &c : in.scored)
        byGroup[groupKey(c.machineType, c.group)].push_back(&c);
    bool first = true;
    for (auto &[key, clips] : byGroup) {
        std::sort(clips.begin(), clips.end(), [](const ScoredClip *a, const ScoredClip *b) { return a->score > b->score; });
        clips.resize(std::min<std::size_t>(clips.size(), std::size_t(std::max(0, in.clipsPerGroup))));
        if (clips.empty())
            continue;
        const auto t = in.thresholds.find(key);
        QString b = first ? QStringLiteral("<h2>Most anomalous clips</h2>\n") : QString();
        first = false;
        b += QStringLiteral("<p><b>%1</b>%2</p>\n<table><tr><th>#</th><th class=\"l\">Clip</th><th class=\"l\">Label</th>"
                            "<th>Score</th><th class=\"l\">Spectrogram (log frequency)</th></tr>\n")
                 .arg(esc(key), t == in.thresholds.end() ? QString() : QStringLiteral(", threshold %1").arg(t->second, 0, 'g', 4));
        int rank = 0;
        for (const ScoredClip *c : clips) {
            ++rank;
            const QImage picture = c->path.empty() ? QImage() : thumbnail(c->path, 240, 48);
            const bool above = t != in.thresholds.end() ? c->score >= t->second : c->decision == 1;
            b += QStringLiteral("<tr><td>%1</td><td class=\"l\">%2</td><td class=\"l\">%3</td><td>%4%5</td><td class=\"l\">%6</td></tr>\n")
                     .arg(rank)
                     .arg(esc(c->fileName),
                          c->label == Label::Anomaly  ? QStringLiteral("anomaly")
                          : c->label == Label::Normal ? QStringLiteral("normal")
                                                      : QStringLiteral("–"))
                     .arg(c->score, 0, 'g', 4)
                     .arg(above ? QStringLiteral(" ▲") : QString(),
                          picture.isNull() ? QStringLiteral("(cannot be read)")
                                           : QStringLiteral("<img src=\"%1\" width=\"240\" height=\"48\">")
                                                 .arg(source(picture, QStringLiteral("clip-%1-%2.png").arg(esc(key)).arg(rank))));
        }
        blocks.push_back(b + QStringLiteral("</table>\n"));
    }
    if (!byGroup.empty())
        blocks.push_back(QStringLiteral("<p>▲: decided anomalous (at or above the group's threshold, or so called in the decision file).</p>\n"));

    if (in.dataset && !in.dataset->skipped.empty()) {
        QString b = QStringLiteral("<h2>Skipped files</h2>\n<table><tr><th class=\"l\">File</th><th class=\"l\">Problem</th></tr>\n");
        for (const auto &sk : in.dataset->skipped)
            b += QStringLiteral("<tr><td class=\"l\">%1</td><td class=\"l\">%2</td></tr>\n").arg(esc(sk.path), esc(sk.error));
        blocks.push_back(b + QStringLiteral("</table>\n"));
    }
    return blocks;
}

// Paints the blocks on pages of `pageSize` device pixels (margins included): a block that does
// not fit below the last starts a page; one taller than a page is cut at page ends. `newPage`
// hands over the finished page and prepares the next.
void paintPages(const std::vector<QString> &blocks, const std::vector<std::pair<QString, QImage>> &images, QPaintDevice *device,
                QPainter &painter, const QSize &pageSize, const std::function<void()> &newPage)
{
    const int dpi = device->logicalDpiX();
    const int margin = dpi * 15 / 25; // 15 mm
    const QRectF content(margin, margin, pageSize.width() - 2 * margin, pageSize.height() - 2 * margin);
    const double gap = dpi * 0.12;
    // The images were made for a 96 dpi screen: each pixel a 96th of an inch on paper too.
    const double scale = dpi / 96.0;
    double y = 0;
    for (const QString &html : blocks) {
        QTextDocument doc; // laid out in 96 dpi units, as the images were drawn
        doc.setDefaultStyleSheet(QString::fromLatin1(kStyle));
        QFont font = doc.defaultFont();
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        for (const auto &[name, image] : images)
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        doc.setDocumentMargin(0);
        doc.setTextWidth(content.width() / scale);
        doc.setHtml(html);
        const double height = doc.size().height() * scale;
        if (y > 0 && y + height > content.height()) {
            newPage();
            y = 0;
        }
        // Taller than a page (a long table): in page-high slices.
        for (double offset = 0; offset < height; offset += content.height()) {
            if (offset > 0) {
                newPage();
                y = 0;
            }
            painter.save();
            painter.translate(content.left(), content.top() + y - offset);
            painter.scale(scale, scale);
            const QRectF visible(0, offset / scale, content.width() / scale, std::min(height - offset, content.height()) / scale);
            doc.drawContents(&painter, visible);
            painter.restore();
            y += std::min(height - offset, content.height());
        }
        y += gap;
    }
}

// The images the blocks name, collected as the PDF's resources.
std::vector<QString> pdfBlocks(const ReportInput &in, std::vector<std::pair<QString, QImage>> &images)
{
    return reportBlocks(in, [&images](const QImage &image, const QString &name) {
        images.emplace_back(name, image);
        return name;
    });
}

} // namespace

QString buildHtmlReport(const ReportInput &input)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ASD evaluation report</title>\n"
                               "<style>%1</style></head><body>\n")
                    .arg(QString::fromLatin1(kStyle));
    for (const QString &block : reportBlocks(input, dataUri))
        h += block;
    return h + QStringLiteral("</body></html>\n");
}

void writeHtmlReport(const QString &path, const ReportInput &input)
{
    writeTextAtomically(path.toStdString(), buildHtmlReport(input).toStdString());
}

void writePdfReport(const QString &path, const ReportInput &input)
{
    std::vector<std::pair<QString, QImage>> images;
    const std::vector<QString> blocks = pdfBlocks(input, images);
    writeAtomically(path.toStdString(), [&](const std::string &tmp) {
        QPdfWriter pdf(QString::fromStdString(tmp));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(150);
        pdf.setTitle(QStringLiteral("ASD evaluation report"));
        pdf.setCreator(QStringLiteral("ASD Workbench"));
        QPainter painter(&pdf);
        paintPages(blocks, images, &pdf, painter, QSize(pdf.width(), pdf.height()), [&pdf] { pdf.newPage(); });
    });
}

std::vector<QImage> renderReportPages(const ReportInput &input, int dpi)
{
    std::vector<std::pair<QString, QImage>> images;
    const std::vector<QString> blocks = pdfBlocks(input, images);
    const QSize a4(int(std::lround(210.0 / 25.4 * dpi)), int(std::lround(297.0 / 25.4 * dpi)));
    std::vector<QImage> pages;
    const auto blank = [&] {
        QImage page(a4, QImage::Format_RGB32);
        page.fill(Qt::white);
        page.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        page.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        return page;
    };
    QImage page = blank();
    auto painter = std::make_unique<QPainter>(&page);
    paintPages(blocks, images, &page, *painter, a4, [&] {
        painter->end();
        pages.push_back(page);
        page = blank();
        painter->begin(&page);
    });
    painter->end();
    pages.push_back(page);
    return pages;
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
