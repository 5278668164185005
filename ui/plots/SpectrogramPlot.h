// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include "plots/PlaybackCursor.h"

#include "dsp/DisplaySpectrogram.h"

namespace asd::ui {

// A time-frequency image with a colour scale and a hover read-out of time, frequency
// and level. Rows are drawn at their index and labelled with frequencies, because the
// image is resampled to the requested axis in the engine.
class SpectrogramPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit SpectrogramPlot(QWidget *parent = nullptr);

    // A spectrogram in dB on a linear, log or mel frequency axis.
    void setSpectrogram(const DisplaySpectrogram &s);
    // A difference of two spectrograms (spectrogramDifference), in dB on a diverging scale
    // centred on zero.
    void setDifference(const DisplaySpectrogram &d);
    // Any map [rows][cols] over `seconds`, rows labelled by `rowLabel` (e.g. mel band numbers).
    void setMap(const FeatureMatrix &m, double seconds, const QString &rowLabel, const QString &unit);
    void setGradient(const QCPColorGradient &g);
    void resetFrequencyRange(); // every row in view again
    // Colours span [top - range, top] with top the map's maximum, never below floor.
    void setLevels(double floorDb, double rangeDb);
    void setTitle(const QString &title);
    void setCursor(double seconds); // playback position; < 0 hides it

    const FeatureMatrix &map() const { return m_map; }
    QString readout() const { return m_readout; }

Q_SIGNALS:
    void hovered(const QString &readout);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void updateLevels();
    QCPColorMap *m_colorMap;
    QCPColorScale *m_scale;
    QCPTextElement *m_title = nullptr;
    PlaybackCursor m_cursor;
    FeatureMatrix m_map;
    DisplaySpectrogram m_spec;
    bool m_isSpectrogram = false;
    double m_seconds = 0.0, m_floor = -120.0, m_range = 80.0;
    QString m_unit = QStringLiteral("dB");
    QString m_readout;
};

} // namespace asd::ui
