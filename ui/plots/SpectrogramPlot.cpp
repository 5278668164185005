// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/SpectrogramPlot.h"

#include "plots/ColorMaps.h"

#include <algorithm>
#include <cmath>

namespace asd::ui {

SpectrogramPlot::SpectrogramPlot(QWidget *parent)
    : QCustomPlot(parent), m_colorMap(new QCPColorMap(xAxis, yAxis)), m_scale(new QCPColorScale(this)),
      m_cursor(this, Qt::white)
{
    plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("dB"));
    m_colorMap->setColorScale(m_scale);
    m_colorMap->setInterpolate(false);
    m_colorMap->setGradient(colorMap(QStringLiteral("viridis")));
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    xAxis->setLabel(tr("Time (s)"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Time and frequency both zoom and scroll (Sonic Visualiser); the frequency axis stays
    // within the map's rows, the time axis is kept in the clip by the view that owns it.
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &r) {
        const QCPRange full(-0.5, std::max(0, m_map.rows) - 0.5);
        QCPRange kept = r.size() >= full.size() ? full : r;
        if (kept.lower < full.lower)
            kept = QCPRange(full.lower, full.lower + kept.size());
        if (kept.upper > full.upper)
            kept = QCPRange(full.upper - kept.size(), full.upper);
        if (kept != r)
            yAxis->setRange(kept);
    });
    setMouseTracking(true);
    setMinimumHeight(160);
    const QPen cross(QColor(255, 255, 255, 160), 1, Qt::DashLine);
    m_crossTime = new QCPItemStraightLine(this);
    m_crossFrequency = new QCPItemStraightLine(this);
    for (QCPItemStraightLine *line : {m_crossTime, m_crossFrequency}) {
        line->setPen(cross);
        line->setVisible(false);
        line->setSelectable(false);
    }
    m_measureRect = new QCPItemRect(this);
    m_measureRect->setPen(QPen(Qt::white, 1.5));
    m_measureRect->setBrush(QColor(255, 255, 255, 40));
    m_measureRect->setVisible(false);
    m_measureLabel = new QCPItemText(this);
    m_measureLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_measureLabel->setTextAlignment(Qt::AlignLeft);
    m_measureLabel->setColor(Qt::white);
    m_measureLabel->setBrush(QColor(0, 0, 0, 150));
    m_measureLabel->setPadding(QMargins(4, 2, 4, 2));
    m_measureLabel->setVisible(false);
}

bool SpectrogramPlot::crosshairVisible() const { return m_crossTime->visible(); }

RegionMeasure SpectrogramPlot::measure(double t0, double t1, double f0, double f1)
{
    if (!m_isSpectrogram || m_spec.db.data.empty())
        return {};
    if (t1 < t0)
        std::swap(t0, t1);
    if (f1 < f0)
        std::swap(f0, f1);
    const RegionMeasure m = measureRegion(m_spec, t0, t1, f0, f1);
    m_measureRect->topLeft->setCoords(std::max(t0, 0.0), m_spec.rowOf(std::min(f1, m_spec.fMax)));
    m_measureRect->bottomRight->setCoords(std::min(t1, m_seconds), m_spec.rowOf(std::max(f0, m_spec.fMin)));
    m_measureRect->setVisible(true);
    m_measureLabel->setText(tr("Δt %1 s   Δf %2 Hz\npeak %3 Hz, %4 dB at %5 s")
                                .arg(m.seconds, 0, 'f', 3)
                                .arg(m.hz, 0, 'f', 0)
                                .arg(m.peakHz, 0, 'f', 0)
                                .arg(m.peakDb, 0, 'f', 1)
                                .arg(m.peakSeconds, 0, 'f', 3));
    m_measureLabel->position->setCoords(std::max(t0, 0.0), m_spec.rowOf(std::min(f1, m_spec.fMax)));
    m_measureLabel->setVisible(true);
    replot(rpQueuedReplot);
    Q_EMIT measured(std::max(t0, 0.0), std::min(t1, m_seconds), m);
    return m;
}

void SpectrogramPlot::clearMeasure()
{
    const bool had = m_measureRect->visible();
    m_measureRect->setVisible(false);
    m_measureLabel->setVisible(false);
    m_dragFrom.reset();
    replot(rpQueuedReplot);
    if (had)
        Q_EMIT measureCleared();
}

void SpectrogramPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) && m_isSpectrogram) {
        m_dragFrom = QPointF(xAxis->pixelToCoord(event->pos().x()), yAxis->pixelToCoord(event->pos().y()));
        return; // no range drag while measuring
    }
    QCustomPlot::mousePressEvent(event);
}

void SpectrogramPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        const QPointF from = *m_dragFrom;
        m_dragFrom.reset();
        const double t = xAxis->pixelToCoord(event->pos().x()), row = yAxis->pixelToCoord(event->pos().y());
        if (std::abs(xAxis->coordToPixel(from.x()) - event->pos().x()) < 3 &&
            std::abs(yAxis->coordToPixel(from.y()) - event->pos().y()) < 3)
            clearMeasure(); // a Shift+click without a drag takes the measure away
        else
            measure(from.x(), t, m_spec.hzOf(from.y()), m_spec.hzOf(row));
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void SpectrogramPlot::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    m_crossTime->setVisible(false);
    m_crossFrequency->setVisible(false);
    m_readout.clear();
    replot(rpQueuedReplot);
    Q_EMIT hovered(QString());
    Q_EMIT hoveredTime(-1.0);
}

void SpectrogramPlot::setTitle(const QString &title)
{
    if (!m_title) {
        plotLayout()->insertRow(0);
        m_title = new QCPTextElement(this, title, QFont(font().family(), font().pointSize(), QFont::Bold));
        plotLayout()->addElement(0, 0, m_title);
    }
    m_title->setText(title);
}

void SpectrogramPlot::setSpectrogram(const DisplaySpectrogram &s)
{
    m_spec = s;
    m_isSpectrogram = true;
    setMap(s.db, s.seconds, tr("Frequency (Hz)"), tr("dB"));
    // Label the row axis with frequencies at the rows where they fall.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Round frequencies: every kHz (or 2 kHz) on a linear axis, decades on log and mel axes.
    std::vector<double> candidates;
    if (s.axis == FrequencyAxis::Linear) {
        const double step = s.fMax > 10000 ? 2000 : 1000;
        for (double hz = 0; hz <= s.fMax; hz += step)
            candidates.push_back(hz);
    } else {
        candidates = {20, 50, 100, 200, 500, 1000, 2000, 4000, 8000, 16000};
    }
    for (double hz : candidates) {
        if (hz < s.fMin || hz > s.fMax)
            continue;
        ticker->addTick(s.rowOf(hz), hz >= 1000 ? QStringLiteral("%1k").arg(hz / 1000) : QString::number(hz));
    }
    yAxis->setTicker(ticker);
    m_isSpectrogram = true;
}

void SpectrogramPlot::setMap(const FeatureMatrix &m, double seconds, const QString &rowLabel, const QString &unit)
{
    clearMeasure(); // it measured the map that goes
    m_map = m;
    m_seconds = seconds;
    m_unit = unit;
    if (rowLabel != tr("Frequency (Hz)")) {
        m_isSpectrogram = false;
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    yAxis->setLabel(rowLabel);
    m_scale->axis()->setLabel(unit);
    QCPColorMapData *data = m_colorMap->data();
    data->setSize(m.cols, m.rows);
    // Cell centres: column c at (c + 0.5) * seconds / cols, row r at r.
    const double dt = m.cols > 0 ? seconds / m.cols : 1.0;
    data->setRange(QCPRange(dt / 2, std::max(dt / 2, seconds - dt / 2)), QCPRange(0, std::max(0, m.rows - 1)));
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c)
            data->setCell(c, r, m.at(r, c));
    xAxis->setRange(0, seconds);
    yAxis->setRange(-0.5, m.rows - 0.5);
    updateLevels();
    replot();
}

void SpectrogramPlot::resetFrequencyRange()
{
    yAxis->setRange(-0.5, m_map.rows - 0.5);
    replot();
}

void SpectrogramPlot::setDifference(const DisplaySpectrogram &d)
{
    setSpectrogram(d);
    m_unit = tr("dB difference");
    m_scale->axis()->setLabel(m_unit);
    m_colorMap->setGradient(differenceColorMap());
    updateLevels();
    replot();
}

void SpectrogramPlot::setGradient(const QCPColorGradient &g)
{
    if (m_unit == tr("dB difference"))
        return; // a difference keeps its diverging map
    m_colorMap->setGradient(g);
    replot();
}

void SpectrogramPlot::setLevels(double floorDb, double rangeDb)
{
    m_floor = floorDb;
    m_range = rangeDb;
    updateLevels();
    replot();
}

void SpectrogramPlot::setSharedTop(std::optional<double> topDb)
{
    m_sharedTop = topDb;
    updateLevels();
    replot();
}

QCPRange SpectrogramPlot::levelRange() const { return m_colorMap->dataRange(); }

void SpectrogramPlot::updateLevels()
{
    if (m_map.data.empty())
        return;
    const auto [lo, hi] = std::minmax_element(m_map.data.begin(), m_map.data.end());
    if (m_unit == tr("dB difference")) {
        // Symmetric about zero, so white means "the same", within the chosen range.
        const double reach = std::clamp(double(std::max(std::abs(*lo), std::abs(*hi))), 1.0, std::max(1.0, m_range / 2));
        m_colorMap->setDataRange(QCPRange(-reach, reach));
    } else if (m_unit == tr("dB")) {
        const double top = m_sharedTop.value_or(*hi);
        m_colorMap->setDataRange(QCPRange(std::max(top - m_range, m_floor), top));
    } else {
        m_colorMap->setDataRange(QCPRange(*lo, *hi > *lo ? *hi : *lo + 1));
    }
}

void SpectrogramPlot::setCursor(double seconds) { m_cursor.setPosition(seconds); }

void SpectrogramPlot::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (m_map.data.empty())
        return;
    const double t = xAxis->pixelToCoord(event->pos().x());
    const double row = yAxis->pixelToCoord(event->pos().y());
    const int c = int(std::floor(t / m_seconds * m_map.cols)), r = int(std::lround(row));
    if (c < 0 || c >= m_map.cols || r < 0 || r >= m_map.rows)
        return;
    m_crossTime->point1->setCoords(t, 0);
    m_crossTime->point2->setCoords(t, 1);
    m_crossFrequency->point1->setCoords(0, row);
    m_crossFrequency->point2->setCoords(1, row);
    m_crossTime->setVisible(true);
    m_crossFrequency->setVisible(true);
    if (m_dragFrom) { // the rectangle follows the mouse while it is dragged
        m_measureRect->topLeft->setCoords(m_dragFrom->x(), m_dragFrom->y());
        m_measureRect->bottomRight->setCoords(t, row);
        m_measureRect->setVisible(true);
    }
    replot(rpQueuedReplot);
    Q_EMIT hoveredTime(t);
    if (m_isSpectrogram)
        m_readout = tr("%1 s   %2 Hz   %3 dB").arg(t, 0, 'f', 3).arg(m_spec.hzOf(row), 0, 'f', 0).arg(m_map.at(r, c), 0, 'f', 1);
    else
        m_readout = tr("%1 s   row %2   %3 %4").arg(t, 0, 'f', 3).arg(r).arg(m_map.at(r, c), 0, 'f', 2).arg(m_unit);
    Q_EMIT hovered(m_readout);
}

} // namespace asd::ui
