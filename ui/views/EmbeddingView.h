// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <qcustomplot.h>

#include "metrics/Evaluation.h"

class QComboBox;
class QLabel;

namespace asd::ui {

// 2-D PCA projection of the test clips' embeddings, coloured by ID, label or domain;
// hovering names the clip, clicking opens it in the inspector.
class EmbeddingView : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingView(QWidget *parent = nullptr);
    void setEmbeddings(const std::vector<ScoredClip> &clips, const std::vector<std::vector<float>> &embeddings);
    QCustomPlot *plot() const { return m_plot; }
    int pointCount() const { return int(m_points.size()); }
    QString hoverText() const;

Q_SIGNALS:
    void clipActivated(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void redraw();
    int nearest(const QPointF &pixel) const;

    QComboBox *m_colorBy;
    QCustomPlot *m_plot;
    QLabel *m_hover;
    std::vector<ScoredClip> m_clips;
    std::vector<std::pair<double, double>> m_points;
};

} // namespace asd::ui
