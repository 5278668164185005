// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ResultsView.h"

#include "models/RunComparisonModel.h"

#include "metrics/Decision.h"
#include "metrics/RocAuc.h"

#include <QListWidget>
#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace asd::ui {

void ResultsView::addRunToComparison(const QString &run, const QString &detector, const EvaluationSummary &summary, int clips)
{
    m_comparison->addRun(run, detector, summary, clips);
    m_comparisonView->setVisible(m_comparison->rowCount() > 1);
}

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent), m_groups(new QComboBox), m_roc(new QCustomPlot), m_hist(new QCustomPlot),
      m_line(new QCPItemStraightLine(m_hist)), m_decision(new QLabel), m_source(new QLabel), m_picked(new QListWidget), m_thresholdEdit(new QLineEdit), m_comparison(new RunComparisonModel(this)),
      m_comparisonView(new QTableView)
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Machine ID / section")));
    m_groups->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // never cut off
    m_groups->setMinimumContentsLength(18);
    m_decision->setWordWrap(true);
    top->addWidget(m_groups);
    top->addWidget(new QLabel(tr("Threshold")));
    m_thresholdEdit->setValidator(new QDoubleValidator(m_thresholdEdit));
    m_thresholdEdit->setToolTip(tr("Type a threshold, or drag the red line in the histogram"));
    m_thresholdEdit->setMaximumWidth(120);
    connect(m_thresholdEdit, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const double t = QLocale().toDouble(m_thresholdEdit->text(), &ok);
        if (ok)
            setThreshold(t);
    });
    top->addWidget(m_thresholdEdit);
    top->addWidget(m_decision, 2);
    auto *plots = new QHBoxLayout;
    plots->addWidget(m_roc, 1);
    plots->addWidget(m_hist, 1);
    // A bar's clips, listed when it is clicked; opening one shows it in the inspector.
    m_picked->setMaximumWidth(260);
    m_picked->setToolTip(tr("The clips of the clicked histogram bar, highest score first; double-click one to open it"));
    m_picked->hide();
    plots->addWidget(m_picked);
    connect(m_hist, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *p, int dataIndex, QMouseEvent *) {
        if (auto *bars = qobject_cast<QCPBars *>(p))
            pickBin(dataIndex, bars->name() == tr("anomaly"));
    });
    connect(m_picked, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT clipActivated(item->data(Qt::UserRole).toString());
    });
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_comparison);
    sorted->setSortRole(RunComparisonModel::SortRole);
    m_comparisonView->setModel(sorted);
    m_comparisonView->setSortingEnabled(true);
    m_comparisonView->sortByColumn(RunComparisonModel::OfficialColumn, Qt::DescendingOrder);
    m_comparisonView->verticalHeader()->hide();
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(RunComparisonModel::DetectorColumn, QHeaderView::Stretch);
    m_comparisonView->setMaximumHeight(160);
    m_comparisonView->hide(); // until a second run is scored there is nothing to compare
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setToolTip(tr("Click a run to show its scores here, in the tree and in the embeddings"));
    connect(m_comparisonView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT runChosen(index.sibling(index.row(), RunComparisonModel::RunColumn).data().toString());
    });
    auto *layout = new QVBoxLayout(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSource(QString());
    layout->addWidget(m_source);
    layout->addLayout(top);
    layout->addLayout(plots, 1);
    layout->addWidget(m_comparisonView);

    m_roc->xAxis->setLabel(tr("False positive rate"));
    m_roc->yAxis->setLabel(tr("True positive rate"));
    m_roc->xAxis->setRange(0, 1);
    m_roc->yAxis->setRange(0, 1.02);
    m_roc->addGraph(); // pAUC region
    m_roc->addGraph(); // ROC
    m_roc->addGraph(); // chance
    m_roc->addGraph(); // the operating point of the threshold
    m_roc->graph(3)->setLineStyle(QCPGraph::lsNone);
    m_roc->graph(3)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xd6, 0x27, 0x28), 9));
    m_roc->graph(3)->setName(tr("at the threshold"));
    m_roc->graph(0)->setBrush(QColor(0xff, 0x7f, 0x0e, 90));
    m_roc->graph(0)->setPen(Qt::NoPen);
    m_roc->graph(0)->setName(tr("FPR ≤ 0.1 (pAUC)"));
    m_roc->graph(1)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    m_roc->graph(1)->setName(tr("ROC"));
    m_roc->graph(2)->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_roc->graph(2)->setData({0, 1}, {0, 1});
    m_roc->graph(2)->removeFromLegend();
    m_roc->legend->setVisible(true);
    m_roc->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_roc->setMinimumSize(260, 240);

    m_hist->xAxis->setLabel(tr("Anomaly score (drag the line to set the threshold)"));
    m_hist->yAxis->setLabel(tr("Clips"));
    // Enough digits that neighbouring ticks differ at any score scale (kNN distances are small).
    m_hist->xAxis->setNumberFormat(QStringLiteral("g"));
    m_hist->xAxis->setNumberPrecision(8);
    // Counts are whole clips: integer steps only.
    QSharedPointer<QCPAxisTickerFixed> counts(new QCPAxisTickerFixed);
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_hist->yAxis->setTicker(counts);
    m_hist->legend->setVisible(true);
    m_line->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    m_hist->setMinimumSize(260, 240);
    m_hist->installEventFilter(this);

    connect(m_groups, &QComboBox::currentIndexChanged, this, &ResultsView::showGroup);
}

int ResultsView::groupCount() const { return m_groups->count(); }
void ResultsView::setGroup(int index) { m_groups->setCurrentIndex(index); }
QString ResultsView::group() const { return m_groups->currentText(); }
QString ResultsView::decisionText() const { return m_decision->text(); }

void ResultsView::setSource(const QString &text)
{
    m_source->setText(text.isEmpty() ? tr("No scores yet: open a run that has scored this dataset, or score one "
                                          "(Jobs ▸ Score test clips).")
                                     : text);
}

QString ResultsView::source() const { return m_source->text(); }

void ResultsView::setScores(const std::vector<ScoredClip> &scores, const std::map<std::string, double> &thresholds)
{
    m_scores = scores;
    m_thresholds = thresholds;
    std::set<std::string> groups;
    for (const auto &s : scores)
        if (s.label != Label::Unknown)
            groups.insert(s.machineType + " " + s.group);
    m_groups->blockSignals(true);
    m_groups->clear();
    m_groups->addItem(tr("all machines"));
    for (const auto &g : groups)
        m_groups->addItem(QString::fromStdString(g));
    m_groups->blockSignals(false);
    showGroup();
}

std::string ResultsView::currentKey() const
{
    // "All machines" of a dataset with one ID or section is that section: its threshold shows.
    const int item = m_groups->currentIndex() <= 0 && m_groups->count() == 2 ? 1 : m_groups->currentIndex();
    return item <= 0 ? std::string() : m_groups->itemText(item).replace(QLatin1Char(' '), QLatin1Char('/')).toStdString();
}

std::vector<const ScoredClip *> ResultsView::selected() const
{
    std::vector<const ScoredClip *> out;
    const std::string key = currentKey();
    for (const auto &s : m_scores)
        if (s.label != Label::Unknown && (key.empty() || groupKey(s.machineType, s.group) == key))
            out.push_back(&s);
    return out;
}

std::optional<double> ResultsView::thresholdOf(const ScoredClip &clip) const
{
    const auto t = m_thresholds.find(groupKey(clip.machineType, clip.group));
    return t == m_thresholds.end() ? std::nullopt : std::optional<double>(t->second);
}

void ResultsView::showGroup()
{
    m_picked->clear(); // a bar of what was shown before
    m_picked->hide();
    const auto clips = selected();
    std::vector<double> scores;
    std::vector<int> labels;
    for (const auto *c : clips) {
        scores.push_back(c->score);
        labels.push_back(c->label == Label::Anomaly);
    }
    QVector<double> fx, fy, rx, ry;
    if (!scores.empty()) {
        const auto roc = rocCurve(scores, labels);
        for (const auto &p : roc) {
            if (std::isnan(p.fpr) || std::isnan(p.tpr))
                continue;
            rx << p.fpr;
            ry << p.tpr;
        }
        // The region pAUC integrates: under the curve up to FPR 0.1 (TPR interpolated there).
        for (int i = 0; i < rx.size() && rx[i] <= 0.1; ++i) {
            fx << rx[i];
            fy << ry[i];
            if (i + 1 < rx.size() && rx[i + 1] > 0.1) {
                fx << 0.1;
                fy << ry[i] + (0.1 - rx[i]) * (ry[i + 1] - ry[i]) / (rx[i + 1] - rx[i]);
            }
        }
    }
    m_roc->graph(0)->setData(fx, fy, true);
    m_roc->graph(1)->setData(rx, ry, true);
    const double auc = rocAuc(scores, labels), pauc = partialRocAuc(scores, labels, 0.1);
    m_roc->graph(1)->setName(std::isnan(auc) ? tr("ROC") : tr("ROC: AUC %1%, pAUC %2%").arg(100 * auc, 0, 'f', 2).arg(100 * pauc, 0, 'f', 2));
    m_roc->replot();

    // Histograms of the two classes on shared bins.
    m_hist->clearPlottables();
    if (!scores.empty()) {
        const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
        const int bins = std::clamp(int(std::sqrt(double(scores.size()))) * 2, 8, 60);
        const double width = (*hi - *lo) > 0 ? (*hi - *lo) / bins : 1.0;
        m_binLow = *lo;
        m_binWidth = width;
        m_bins = bins;
        for (int cls = 0; cls < 2; ++cls) {
            QVector<double> x(bins), y(bins, 0.0);
            for (int b = 0; b < bins; ++b)
                x[b] = *lo + (b + 0.5) * width;
            for (std::size_t i = 0; i < scores.size(); ++i)
                if (labels[i] == cls)
                    y[std::min(bins - 1, int((scores[i] - *lo) / width))] += 1;
            auto *bars = new QCPBars(m_hist->xAxis, m_hist->yAxis);
            bars->setWidth(width);
            bars->setData(x, y, true);
            const QColor colour = cls ? QColor(0xd6, 0x27, 0x28, 140) : QColor(0x1f, 0x77, 0xb4, 140);
            bars->setBrush(colour);
            bars->setPen(QPen(colour.darker(130)));
            bars->setName(cls ? tr("anomaly") : tr("normal"));
        }
        m_hist->rescaleAxes();
        m_hist->xAxis->scaleRange(1.1);
        m_hist->yAxis->setRangeLower(0);
        // The ID's own threshold, fitted on its training clips by the scoring run (the rule
        // of the CLI); on the pooled view each clip is decided at its own ID's.
        const auto fitted = m_thresholds.find(currentKey());
        m_threshold = fitted != m_thresholds.end() ? fitted->second : 0.5 * (*lo + *hi);
    }
    if (scores.empty()) { // no ranges left over from the scores shown before
        m_hist->xAxis->setRange(0, 5);
        m_hist->yAxis->setRange(0, 5);
    }
    m_hist->legend->setVisible(!scores.empty()); // an empty legend would show as a bare box
    m_line->setVisible(!currentKey().empty());
    showThreshold(m_threshold);
}

QStringList ResultsView::pickBin(int bin, bool anomaly)
{
    std::vector<const ScoredClip *> in;
    for (const ScoredClip *c : selected())
        if ((c->label == Label::Anomaly) == anomaly &&
            std::min(m_bins - 1, int((c->score - m_binLow) / m_binWidth)) == bin)
            in.push_back(c);
    std::sort(in.begin(), in.end(), [](const ScoredClip *a, const ScoredClip *b) { return a->score > b->score; });
    m_picked->clear();
    QStringList paths;
    for (const ScoredClip *c : in) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c->score, 0, 'g', 4).arg(QString::fromStdString(c->fileName)),
                                         m_picked);
        item->setData(Qt::UserRole, QString::fromStdString(c->path));
        item->setToolTip(QString::fromStdString(c->path));
        paths << QString::fromStdString(c->path);
    }
    m_picked->setVisible(!in.empty());
    return paths;
}

bool ResultsView::thresholdLineShown() const { return m_line->visible(); }

void ResultsView::setThreshold(double t)
{
    if (const std::string key = currentKey(); !key.empty())
        m_thresholds[key] = t;
    else // all machines shown: a threshold set here applies to every ID
        for (const auto &s : m_scores)
            m_thresholds[groupKey(s.machineType, s.group)] = t;
    showThreshold(t);
}

void ResultsView::showThreshold(double t)
{
    m_threshold = t;
    // Keep the line on screen so it can be grabbed, even when the fitted threshold lies
    // beyond every score of the chosen ID.
    const QCPRange x = m_hist->xAxis->range();
    if (m_line->visible() && !m_dragging && (t < x.lower || t > x.upper))
        m_hist->xAxis->setRange(std::min(x.lower, t - 0.05 * x.size()), std::max(x.upper, t + 0.05 * x.size()));
    m_line->point1->setCoords(t, 0);
    m_line->point2->setCoords(t, 1);
    updateDecision();
    m_hist->replot();
    Q_EMIT thresholdChanged(t);
}

void ResultsView::updateDecision()
{
    // Each clip against its own ID's threshold, so that the pooled view counts what the
    // exported decision files say.
    DecisionCounts d;
    for (const auto *c : selected()) {
        const double t = currentKey().empty() ? thresholdOf(*c).value_or(m_threshold) : m_threshold;
        const bool anomalous = c->score >= t, anomaly = c->label == Label::Anomaly;
        d.tp += anomalous && anomaly;
        d.fp += anomalous && !anomaly;
        d.fn += !anomalous && anomaly;
        d.tn += !anomalous && !anomaly;
    }
    // The operating point on the ROC: where these decisions sit.
    if (d.tp + d.fn > 0 && d.fp + d.tn > 0)
        m_roc->graph(3)->setData({double(d.fp) / (d.fp + d.tn)}, {double(d.tp) / (d.tp + d.fn)});
    else
        m_roc->graph(3)->data()->clear();
    m_roc->replot();
    m_thresholdEdit->setEnabled(!currentKey().empty() || !m_scores.empty());
    if (!m_thresholdEdit->hasFocus())
        m_thresholdEdit->setText(currentKey().empty() ? QString() : QLocale().toString(m_threshold, 'g', 6));
    m_thresholdEdit->setPlaceholderText(currentKey().empty() ? tr("per ID") : QString());
    if (d.tp + d.fp + d.fn + d.tn == 0) { // nothing labelled is scored: no decisions to count
        m_decision->clear();
        return;
    }
    const QString which = currentKey().empty() ? tr("each ID at its own threshold")
                                               : tr("threshold %1").arg(m_threshold, 0, 'g', 4);
    m_decision->setText(tr("%1 · precision %2 · recall %3 · F1 %4 (%5 true, %6 false alarms, %7 missed)")
                            .arg(which)
                            .arg(d.precision(), 0, 'f', 3)
                            .arg(d.recall(), 0, 'f', 3)
                            .arg(d.f1(), 0, 'f', 3)
                            .arg(d.tp)
                            .arg(d.fp)
                            .arg(d.fn));
}

bool ResultsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_hist)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *e = static_cast<QMouseEvent *>(event);
        const double px = m_hist->xAxis->coordToPixel(m_threshold);
        m_dragging = std::abs(e->position().x() - px) < 8;
        return m_dragging; // swallow the press so the plot does not pan
    }
    if (event->type() == QEvent::MouseMove && m_dragging) {
        const auto *e = static_cast<QMouseEvent *>(event);
        setThreshold(m_hist->xAxis->pixelToCoord(e->position().x()));
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && m_dragging) {
        m_dragging = false;
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace asd::ui
