// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include "plots/PlaybackCursor.h"

#include <vector>

namespace asd::ui {

// Where in the clip it sounds wrong: a detector's per-frame anomaly score on the clip's time
// axis, its peak marked. Clicking plays the clip from the clicked time.
class AnomalyCurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit AnomalyCurvePlot(QWidget *parent = nullptr);
    // Frame t covers [t, t+1) · secondsPerFrame; an empty curve clears the plot.
    void setCurve(const std::vector<float> &scores, double secondsPerFrame);
    double peakSeconds() const { return m_peak; } // < 0 without a curve
    // The pinned reference clip's curve in grey behind the clip's, on the same value axis:
    // what a normal clip of the group scores frame by frame. Empty removes it.
    void setReferenceCurve(const std::vector<float> &scores, double secondsPerFrame, const QString &name);
    bool hasReferenceCurve() const { return !m_reference->data()->isEmpty(); }
    void setCursor(double seconds) { m_cursor.setPosition(seconds); }

Q_SIGNALS:
    void playFrom(double seconds);

private:
    void rescale();
    QCPGraph *m_graph, *m_reference;
    QCPItemStraightLine *m_peakLine;
    QCPItemText *m_peakLabel;
    PlaybackCursor m_cursor;
    double m_peak = -1.0;
};

} // namespace asd::ui
