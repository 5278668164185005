// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

#include "analysis/Projection.h"

#include <qcustomplot.h>

#include "metrics/Evaluation.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;

namespace asd::ui {

// 2-D PCA or t-SNE projection of the test clips' embeddings, coloured by ID, label, domain or
// score (TensorBoard's projector): hovering names a clip, a click lists its nearest neighbours,
// a double click opens it in the inspector, the search box rings the clips whose names match,
// and Shift+drag selects a box of clips as a list.
class EmbeddingView : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingView(QWidget *parent = nullptr);
    ~EmbeddingView() override;
    // The test clips and, when given, the normal training clips they were compared against
    // (projected together; shown in grey while Training clips is on).
    void setEmbeddings(const std::vector<ScoredClip> &clips, const std::vector<std::vector<float>> &embeddings,
                       const std::vector<ScoredClip> &trainingClips = {},
                       const std::vector<std::vector<float>> &trainingEmbeddings = {});
    QCustomPlot *plot() const { return m_plot; }
    int pointCount() const { return int(std::min(m_points.size(), m_testCount)); } // test clips
    int trainingPointCount() const { return int(m_points.size() > m_testCount ? m_points.size() - m_testCount : 0); }
    QCheckBox *trainingBox() const { return m_showTraining; }
    QComboBox *colourBox() const { return m_colorBy; }
    // Selects a clip (a single click on its point) and lists its nearest neighbours in the
    // embedding space itself, not the 2-D projection, with their labels and scores.
    void selectPoint(int index);
    QListWidget *neighbourList() const { return m_neighbours; }
    QString hoverText() const;
    // Rings the clips whose file names contain the text (case-insensitive) and lists them;
    // returns how many match.
    int search(const QString &text);
    // The clips inside a rectangle of the plot's coordinates, listed (what Shift+drag does).
    int selectBox(const QRectF &coordinates);
    // The listed clips' paths (search, box, or a clip's neighbours).
    QStringList listedPaths() const;
    // Writes DIR/vectors.tsv and DIR/metadata.tsv for TensorBoard's Embedding Projector (the
    // training clips too); false, with status(), when there is nothing to export or it fails.
    bool exportProjector(const QString &dir);
    // 0: PCA, 1: t-SNE (computed on a worker thread; projectionReady() follows).
    void setMethod(int method);

Q_SIGNALS:
    void projectionReady();
    void status(const QString &message);

    void clipActivated(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showNothingYet(); // what to do to see embeddings here
    void redraw();
    void project();
    int nearest(const QPointF &pixel) const;
    bool shown(std::size_t i) const; // a test clip, or a training clip while they are shown
    QString describe(const ScoredClip &c, std::size_t i) const;
    void listClips(const QString &title, const std::vector<std::size_t> &indices);

    QComboBox *m_colorBy, *m_method;
    QLineEdit *m_search;
    QCheckBox *m_showTraining;
    QPushButton *m_export;
    std::size_t m_testCount = 0; // m_clips: the test clips, then the training clips
    QCPGraph *m_rings = nullptr; // the search's matches
    // The clicked clip and its nearest neighbours, marked on the plot.
    QCPGraph *m_clicked = nullptr, *m_neighbourRings = nullptr;
    int m_clickedIndex = -1;
    // Rings the points `indices` in a graph of their own (replacing `old`); null for none.
    QCPGraph *mark(QCPGraph *old, const std::vector<std::size_t> &indices, const QCPScatterStyle &style, const QString &name);
    QListWidget *m_neighbours;
    QCustomPlot *m_plot;
    QLabel *m_hover;
    std::vector<ScoredClip> m_clips;
    std::vector<std::pair<double, double>> m_points;
    std::vector<std::vector<float>> m_embeddings;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<Projection2d> m_watcher;
};

} // namespace asd::ui
