// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include "plots/PlaybackCursor.h"

#include <vector>

namespace asd::ui {

// A waveform drawn as its per-pixel min/max envelope, with a playback cursor.
class WaveformPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit WaveformPlot(QWidget *parent = nullptr);
    void setSamples(const std::vector<float> &samples, int sampleRate);
    void setCursor(double seconds);
    int pointCount() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    std::vector<float> m_samples;
    int m_rate = 0;
    QCPGraph *m_max, *m_min;
    PlaybackCursor m_cursor;
};

} // namespace asd::ui
