// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/SpectrumPlot.h"

namespace asd::ui {

SpectrumPlot::SpectrumPlot(QWidget *parent)
    : QCustomPlot(parent), m_peak(new QCPItemText(this)), m_marker(new QCPItemTracer(this)),
      m_title(new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold)))
{
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    addGraph();
    graph(0)->setPen(QPen(QColor(31, 119, 180), 1.5));
    // The normal band under the clip's curve: grey spread, dashed median.
    m_low = addGraph();
    m_high = addGraph();
    m_median = addGraph();
    const QColor grey(120, 120, 120);
    m_low->setPen(QPen(grey.lighter(150), 0.5));
    m_high->setPen(QPen(grey.lighter(150), 0.5));
    m_high->setBrush(QColor(grey.red(), grey.green(), grey.blue(), 50));
    m_high->setChannelFillGraph(m_low);
    m_median->setPen(QPen(grey, 1.2, Qt::DashLine));
    for (QCPGraph *g : {m_low, m_high, m_median})
        g->setLayer(QStringLiteral("background"));
    graph(0)->setName(tr("this clip"));
    m_median->setName(tr("normal median"));
    m_high->setName(tr("normal 10–90 %"));
    m_low->removeFromLegend();
    // The legend in a row under the axes, where it never covers the curves.
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    plotLayout()->setRowStretchFactor(2, 0.001);
    xAxis->setLabel(tr("Frequency (Hz)"));
    yAxis->setLabel(tr("Level (dB)"));
    m_marker->setStyle(QCPItemTracer::tsCircle);
    m_marker->setSize(7);
    m_marker->setPen(QPen(QColor(214, 39, 40), 1.5));
    // The read-out in the top right corner, where it never covers the curve's peak.
    m_peak->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_peak->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_peak->position->setCoords(0.99, 0.03);
    m_peak->setColor(QColor(214, 39, 40));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setMinimumHeight(180);
    clear();
}

void SpectrumPlot::setSlice(const SpectrumSlice &slice, FrequencyAxis axis, const QString &what)
{
    m_slice = slice;
    graph(0)->setData(QVector<double>(slice.hz.begin(), slice.hz.end()), QVector<double>(slice.db.begin(), slice.db.end()),
                      true);
    const bool log = axis == FrequencyAxis::Log;
    xAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    xAxis->setTicker(log ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog) : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    if (!slice.hz.empty()) {
        xAxis->setRange(slice.hz.front(), slice.hz.back());
        const auto [lo, hi] = std::minmax_element(slice.db.begin(), slice.db.end());
        yAxis->setRange(std::max(*lo, *hi - 100.0) - 3.0, *hi + 8.0); // room for the peak label
    }
    m_marker->setGraph(slice.hz.empty() ? nullptr : graph(0)); // a tracer on an empty graph complains
    m_marker->setGraphKey(slice.peakHz);
    m_marker->setVisible(!slice.hz.empty());
    m_peak->setText(slice.hz.empty() ? QString() : tr("peak %1 Hz, %2 dB").arg(slice.peakHz, 0, 'f', 0).arg(slice.peakDb, 0, 'f', 1));
    m_peak->setVisible(!slice.hz.empty());
    m_what = what;
    m_title->setText(m_bandClips ? tr("Spectrum, %1, against %2").arg(what, m_bandWhat) : tr("Spectrum, %1").arg(what));
    replot(rpQueuedReplot);
}

void SpectrumPlot::setBand(const SpectrumBand &band, const QString &what)
{
    m_bandClips = band.clips;
    m_bandWhat = what;
    const QVector<double> hz(band.hz.begin(), band.hz.end());
    m_median->setData(hz, QVector<double>(band.median.begin(), band.median.end()), true);
    m_low->setData(hz, QVector<double>(band.low.begin(), band.low.end()), true);
    m_high->setData(hz, QVector<double>(band.high.begin(), band.high.end()), true);
    legend->setVisible(m_bandClips > 0);
    m_title->setText(m_bandClips ? tr("Spectrum, %1, against %2").arg(m_what, m_bandWhat) : tr("Spectrum, %1").arg(m_what));
    replot(rpQueuedReplot);
}

void SpectrumPlot::clear()
{
    setSlice({}, FrequencyAxis::Linear, tr("none"));
}

} // namespace asd::ui
