// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace asd::ui {

// A vertical playback cursor on its own buffered layer, so moving it redraws only the
// cursor and not the plot beneath (QCustomPlot's lmBuffered layers).
class PlaybackCursor {
public:
    PlaybackCursor(QCustomPlot *plot, const QColor &colour);
    void setPosition(double seconds); // < 0 hides it

private:
    QCustomPlot *m_plot;
    QCPItemStraightLine *m_line;
};

} // namespace asd::ui
