// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <optional>

#include "plots/PlaybackCursor.h"

#include "dsp/DisplaySpectrogram.h"

namespace asd::ui {

// A time-frequency image with a colour scale, a hover read-out of time, frequency and level
// under a crosshair, and a measure tool: Shift+drag a rectangle to read Δt, Δf and its loudest
// cell (Sonic Visualiser's). Rows are drawn at their index and labelled with frequencies,
// because the image is resampled to the requested axis in the engine.
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
    QCPColorGradient gradient() const { return m_colorMap->gradient(); }
    void resetFrequencyRange(); // every row in view again
    // Colours span [top - range, top] with top the map's maximum, never below floor.
    void setLevels(double floorDb, double rangeDb);
    // The level colours top out at for plots shown side by side (the noise lab's clean clip and
    // its mixture), so that one colour is one level in both; none: the map's own maximum.
    void setSharedTop(std::optional<double> topDb);
    QCPRange levelRange() const; // the levels the colours span now
    void setTitle(const QString &title);
    void setCursor(double seconds); // playback position; < 0 hides it

    const FeatureMatrix &map() const { return m_map; }
    const DisplaySpectrogram &spectrogram() const { return m_spec; }
    QString readout() const { return m_readout; }
    bool crosshairVisible() const;

    // The measure tool's rectangle (what Shift+drag makes), in seconds and Hz; its read-out is
    // drawn in the rectangle and emitted. Spectrograms only.
    RegionMeasure measure(double t0, double t1, double f0, double f1);
    void clearMeasure();
    bool hasMeasure() const { return m_measureRect->visible(); }
    QString measureText() const { return m_measureLabel->text(); }

Q_SIGNALS:
    void hovered(const QString &readout); // empty when the mouse leaves
    void hoveredTime(double seconds);     // < 0 when the mouse leaves
    // A rectangle was measured (t0 ≤ t1, seconds): the spectrum slice follows it.
    void measured(double t0, double t1, const RegionMeasure &m);
    void measureCleared();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateLevels();
    QCPColorMap *m_colorMap;
    QCPColorScale *m_scale;
    QCPTextElement *m_title = nullptr;
    QCPItemStraightLine *m_crossTime, *m_crossFrequency;
    QCPItemRect *m_measureRect;
    QCPItemText *m_measureLabel;
    std::optional<QPointF> m_dragFrom; // seconds, row: a measure being dragged
    PlaybackCursor m_cursor;
    FeatureMatrix m_map;
    DisplaySpectrogram m_spec;
    bool m_isSpectrogram = false;
    double m_seconds = 0.0, m_floor = -120.0, m_range = 80.0;
    std::optional<double> m_sharedTop;
    QString m_unit = QStringLiteral("dB");
    QString m_readout;
};

} // namespace asd::ui
