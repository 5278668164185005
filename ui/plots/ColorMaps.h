// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QStringList>

namespace asd::ui {

// Perceptually uniform colour maps (matplotlib's viridis, magma, cividis) and grey.
// QCustomPlot's presets have none of them, so they are defined by colour stops
// sampled from the matplotlib tables (workbench-anchors C.5).
QStringList colorMapNames();
QCPColorGradient colorMap(const QString &name);
// A diverging map for differences (matplotlib's RdBu reversed: blue below zero, white at
// zero, red above).
QCPColorGradient differenceColorMap();
// Tableau 10, the usual categorical palette of plotting tools, for one colour per ID or line.
QColor categoricalColor(int index);

} // namespace asd::ui
