// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/AnomalyCurvePlot.h"

#include <algorithm>

namespace asd::ui {

AnomalyCurvePlot::AnomalyCurvePlot(QWidget *parent)
    : QCustomPlot(parent), m_graph(addGraph()), m_peakLine(new QCPItemStraightLine(this)), m_peakLabel(new QCPItemText(this)),
      m_cursor(this, QColor(0xd6, 0x27, 0x28))
{
    const QColor curve(0xff, 0x7f, 0x0e);
    m_graph->setPen(QPen(curve, 1.5));
    m_graph->setLineStyle(QCPGraph::lsStepLeft);
    m_graph->setBrush(QBrush(QColor(curve.red(), curve.green(), curve.blue(), 60)));
    m_peakLine->setPen(QPen(curve.darker(140), 1, Qt::DashLine));
    m_peakLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_peakLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_peakLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_peakLabel->setPadding(QMargins(4, 2, 4, 2));
    yAxis->setLabel(tr("Anomaly"));
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
    QVector<double> t, v;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        t << double(i) * secondsPerFrame;
        v << double(scores[i]);
    }
    if (!scores.empty()) { // the last frame's step ends at the clip's end
        t << double(scores.size()) * secondsPerFrame;
        v << double(scores.back());
    }
    m_graph->setData(t, v, true);
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
        // The curve's own range, so that its shape (where it rises) shows.
        m_graph->rescaleValueAxis();
        yAxis->scaleRange(1.2, yAxis->range().center());
    }
    replot();
}

} // namespace asd::ui
