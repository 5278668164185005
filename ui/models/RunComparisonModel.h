// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "metrics/Evaluation.h"

namespace asd::ui {

// Which detector to trust on this data: one row per run scored in this session (a run
// scored again replaces its row), with the figures `asd compare` prints. Sorting is numeric
// (SortRole); the best official score (or mean AUC without domains) is highlighted.
class RunComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RunColumn, DetectorColumn, OfficialColumn, AucColumn, PaucColumn, MaucColumn, ClipsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RunComparisonModel(QObject *parent = nullptr);
    void addRun(const QString &run, const QString &detector, const EvaluationSummary &summary, int clips);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString run, detector;
        double official, auc, pauc, mauc;
        int clips;
        double rank() const { return std::isnan(official) ? auc : official; }
    };
    std::vector<Row> m_rows;
};

} // namespace asd::ui
