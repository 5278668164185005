// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/PlaybackCursor.h"

namespace asd::ui {

PlaybackCursor::PlaybackCursor(QCustomPlot *plot, const QColor &colour) : m_plot(plot), m_line(new QCPItemStraightLine(plot))
{
    plot->addLayer(QStringLiteral("cursor"), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    m_line->setLayer(QStringLiteral("cursor"));
    m_line->setPen(QPen(colour, 1.5));
    m_line->setVisible(false);
}

void PlaybackCursor::setPosition(double seconds)
{
    m_line->setVisible(seconds >= 0);
    m_line->point1->setCoords(seconds, 0);
    m_line->point2->setCoords(seconds, 1);
    m_plot->layer(QStringLiteral("cursor"))->replot();
}

} // namespace asd::ui
