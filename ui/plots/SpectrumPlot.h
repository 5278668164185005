// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include "dsp/DisplaySpectrogram.h"

namespace asd::ui {

// Level against frequency (Audacity's Plot Spectrum, Sonic Visualiser's spectrum layer) of a
// spectrum slice, with its loudest frequency marked and read out.
class SpectrumPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit SpectrumPlot(QWidget *parent = nullptr);

    // what: where the slice comes from ("0.512–0.896 s", "at 1.200 s", "whole clip").
    void setSlice(const SpectrumSlice &slice, FrequencyAxis axis, const QString &what);
    void clear();
    // The clip's group's normal clips behind the slice: their median and 10-90 % spread (an
    // empty band removes it). `what`: "section_00's 40 normal training clips".
    void setBand(const SpectrumBand &band, const QString &what);
    bool hasBand() const { return m_bandClips > 0; }
    const SpectrumSlice &slice() const { return m_slice; }
    QString peakText() const { return m_peak->text(); }

private:
    SpectrumSlice m_slice;
    QCPItemText *m_peak;
    QCPItemTracer *m_marker;
    QCPTextElement *m_title;
    QCPGraph *m_median, *m_low, *m_high;
    QString m_what, m_bandWhat;
    int m_bandClips = 0;
};

} // namespace asd::ui
