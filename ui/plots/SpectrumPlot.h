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
    const SpectrumSlice &slice() const { return m_slice; }
    QString peakText() const { return m_peak->text(); }

private:
    SpectrumSlice m_slice;
    QCPItemText *m_peak;
    QCPItemTracer *m_marker;
    QCPTextElement *m_title;
};

} // namespace asd::ui
