// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/WaveformPlot.h"

#include "dsp/DisplaySpectrogram.h"

namespace asd::ui {

WaveformPlot::WaveformPlot(QWidget *parent)
    : QCustomPlot(parent), m_max(addGraph()), m_min(addGraph()), m_cursor(this, QColor(0xd6, 0x27, 0x28))
{
    const QColor wave(0x1f, 0x77, 0xb4);
    m_max->setPen(QPen(wave));
    m_min->setPen(QPen(wave));
    m_max->setBrush(QBrush(wave));
    m_max->setChannelFillGraph(m_min); // fill between min and max
    m_max->setAdaptiveSampling(false);
    m_min->setAdaptiveSampling(false);
    yAxis->setRange(-1, 1);
    yAxis->setLabel(tr("Amplitude"));
    yAxis->ticker()->setTickCount(3); // readable at a waveform's low height
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setMinimumHeight(110);
}

void WaveformPlot::setSamples(const std::vector<float> &samples, int sampleRate)
{
    m_samples = samples;
    m_rate = sampleRate;
    redraw();
    xAxis->setRange(0, m_rate > 0 ? double(m_samples.size()) / m_rate : 1.0);
    replot();
}

void WaveformPlot::redraw()
{
    // Twice the pixel width keeps peaks sharp without drawing every sample.
    const int columns = std::max(100, 2 * axisRect()->width());
    const WaveformEnvelope e = waveformEnvelope(m_samples, m_rate, columns);
    QVector<double> t(int(e.min.size())), lo(t.size()), hi(t.size());
    for (int i = 0; i < t.size(); ++i) {
        t[i] = (i + 0.5) * e.seconds / t.size();
        lo[i] = e.min[i];
        hi[i] = e.max[i];
    }
    m_min->setData(t, lo, true);
    m_max->setData(t, hi, true);
    const double peak = std::max(0.05, std::max(std::abs(*std::min_element(lo.begin(), lo.end())),
                                                std::abs(*std::max_element(hi.begin(), hi.end()))));
    if (!t.isEmpty())
        yAxis->setRange(-1.05 * peak, 1.05 * peak);
}

int WaveformPlot::pointCount() const { return m_max->dataCount(); }

void WaveformPlot::setCursor(double seconds) { m_cursor.setPosition(seconds); }

void WaveformPlot::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    if (!m_samples.empty()) {
        redraw();
        replot();
    }
}

} // namespace asd::ui
