// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/AnomalyCurvePlot.h"

#include <algorithm>

namespace asd::ui {

namespace {
QVector<double> stepTimes(std::size_t frames, double secondsPerFrame)
{
    QVector<double> t;
    for (std::size_t i = 0; i <= frames && frames; ++i) // the last frame's step ends at the clip's end
        t << double(i) * secondsPerFrame;
    return t;
}
} // namespace

AnomalyCurvePlot::AnomalyCurvePlot(QWidget *parent)
    : QCustomPlot(parent), m_graph(addGraph()), m_reference(addGraph()), m_peakLine(new QCPItemStraightLine(this)), m_peakLabel(new QCPItemText(this)),
      m_cursor(this, QColor(0xd6, 0x27, 0x28))
{
    const QColor curve(0xff, 0x7f, 0x0e);
    m_graph->setPen(QPen(curve, 1.5));
    m_graph->setLineStyle(QCPGraph::lsStepLeft);
    m_graph->setBrush(QBrush(QColor(curve.red(), curve.green(), curve.blue(), 60)));
    m_reference->setPen(QPen(QColor(120, 120, 120), 1.2));
    m_reference->setLineStyle(QCPGraph::lsStepLeft);
    m_reference->setLayer(QStringLiteral("background"));
    m_graph->setName(tr("this clip"));
    m_reference->removeFromLegend();
    // The legend (with a reference pinned) in a row above the axes, never over the curves.
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    plotLayout()->setRowStretchFactor(0, 0.001);
    m_peakLine->setPen(QPen(curve.darker(140), 1, Qt::DashLine));
    m_peakLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_peakLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_peakLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_peakLabel->setPadding(QMargins(4, 2, 4, 2));
    yAxis->setLabel(tr("Anomaly"));
    yAxis->ticker()->setTickCount(4);
    xAxis->setLabel(tr("Time (s)"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setMinimumHeight(90);
    setToolTip(tr("The detector's anomaly score along the clip. Click to play from there."));
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (m_peak >= 0 && e->button() == Qt::LeftButton)
            Q_EMIT playFrom(std::max(0.0, xAxis->pixelToCoord(e->position().x())));
    });
    setCurve({}, 0.0);
}

void AnomalyCurvePlot::setCurve(const std::vector<float> &scores, double secondsPerFrame)
{
    QVector<double> v(scores.begin(), scores.end());
    if (!scores.empty())
        v << double(scores.back());
    m_graph->setData(stepTimes(scores.size(), secondsPerFrame), v, true);
    const bool any = !scores.empty();
    m_peakLine->setVisible(any);
    m_peakLabel->setVisible(any);
    m_peak = -1.0;
    if (any) {
        const std::size_t top = std::size_t(std::max_element(scores.begin(), scores.end()) - scores.begin());
        // The middle of the loudest frame.
        m_peak = (double(top) + 0.5) * secondsPerFrame;
        m_peakLine->point1->setCoords(m_peak, 0);
        m_peakLine->point2->setCoords(m_peak, 1);
        m_peakLabel->position->setCoords(m_peak, 0.0);
        m_peakLabel->setText(tr("peak at %1 s").arg(m_peak, 0, 'f', 2));
    }
    rescale();
}


void AnomalyCurvePlot::setReferenceCurve(const std::vector<float> &scores, double secondsPerFrame, const QString &name)
{
    QVector<double> v(scores.begin(), scores.end());
    if (!scores.empty())
        v << double(scores.back());
    m_reference->setData(stepTimes(scores.size(), secondsPerFrame), v, true);
    m_reference->setName(name);
    if (scores.empty())
        m_reference->removeFromLegend();
    else
        m_reference->addToLegend();
    rescale();
}

void AnomalyCurvePlot::rescale()
{
    // The curves' own range, so that their shape (where the clip rises above the reference) shows.
    if (m_peak >= 0) {
        bool found = false;
        QCPRange range = m_graph->getValueRange(found);
        bool referenceFound = false;
        const QCPRange reference = m_reference->getValueRange(referenceFound);
        if (referenceFound)
            range.expand(reference);
        if (found)
            yAxis->setRange(range);
        yAxis->scaleRange(1.2, yAxis->range().center());
    }
    const bool withLegend = hasReferenceCurve() && m_peak >= 0;
    legend->setVisible(withLegend);
    legend->setMaximumSize(QWIDGETSIZE_MAX, withLegend ? QWIDGETSIZE_MAX : 0); // no empty row without one
    replot();
}

} // namespace asd::ui
