// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <qcustomplot.h>

#include <map>
#include <optional>

#include "metrics/Evaluation.h"

class QComboBox;
class QLabel;
class QListWidget;
class QLineEdit;
class QTableView;

namespace asd::ui {

class RunComparisonModel;

// After scoring: the ROC curve of the chosen ID/section with the FPR ≤ 0.1 region that
// pAUC measures shaded, normal and anomaly score histograms with a draggable decision
// threshold, and precision, recall and F1 at that threshold; below, every run scored in
// this session side by side, to tell which detector to trust on this data.
class ResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);
    // thresholds: each "type/group"'s decision threshold as the scoring run fitted it on the
    // training clips; each ID or section keeps its own (scores differ in scale between them).
    void setScores(const std::vector<ScoredClip> &scores, const std::map<std::string, double> &thresholds);
    const std::vector<ScoredClip> &scores() const { return m_scores; }
    // Which run's scores the plots show, and where they come from ("" while there are none).
    void setSource(const QString &text);
    QString source() const;
    double threshold() const { return m_threshold; }
    // Sets the shown ID's threshold (all IDs' when all machines are shown).
    void setThreshold(double t);
    // The threshold a clip is decided with: its ID's or section's, as fitted or as set here.
    std::optional<double> thresholdOf(const ScoredClip &clip) const;
    QString group() const;
    void setGroup(int index);
    int groupCount() const;
    QCustomPlot *rocPlot() const { return m_roc; }
    QCustomPlot *histogramPlot() const { return m_hist; }
    QLineEdit *thresholdEdit() const { return m_thresholdEdit; }
    // The histogram's threshold line: shown for one ID or section (and for "all machines" when
    // there is only one), not over several IDs, each decided at its own.
    bool thresholdLineShown() const;
    QString decisionText() const;
    // A scored run joins the comparison (a run scored again replaces its row).
    void addRunToComparison(const QString &run, const QString &detector, const EvaluationSummary &summary, int clips);
    RunComparisonModel *comparison() const { return m_comparison; }

    // Lists the clips of one histogram bar (what clicking it does): bin from the lowest score,
    // the normal or the anomalous bar. Returns their paths, also shown in pickedList().
    QStringList pickBin(int bin, bool anomaly);
    QListWidget *pickedList() const { return m_picked; }

Q_SIGNALS:
    void thresholdChanged(double t);
    void clipActivated(const QString &path); // a listed clip, to open in the inspector
    void runChosen(const QString &run);      // a row of the comparison: show that run's scores

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showGroup();
    void showThreshold(double t); // draws it and the decisions; keeps the thresholds as they are
    void updateDecision();
    std::vector<const ScoredClip *> selected() const;

    std::string currentKey() const; // "type/group", empty for all machines
    std::vector<ScoredClip> m_scores;
    std::map<std::string, double> m_thresholds;
    QComboBox *m_groups;
    QCustomPlot *m_roc, *m_hist;
    QCPItemStraightLine *m_line;
    QLabel *m_decision;
    QLabel *m_source;
    QListWidget *m_picked; // the clips of the clicked histogram bar
    double m_binLow = 0.0, m_binWidth = 1.0;
    int m_bins = 0;
    QLineEdit *m_thresholdEdit;
    RunComparisonModel *m_comparison;
    QTableView *m_comparisonView;
    double m_threshold = 0.0;
    bool m_dragging = false;
};

} // namespace asd::ui
