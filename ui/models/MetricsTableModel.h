// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "metrics/Evaluation.h"

namespace asd::ui {

// Per-ID/section AUC and pAUC rows followed by one row per machine type (pooled AUC and
// pAUC, mAUC) and the mean over types. Sorting is numeric (SortRole); the best and worst
// per-group AUC are highlighted.
class MetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, GroupColumn, DomainColumn, AucColumn, PaucColumn, MaucColumn, NormalColumn, AnomalyColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MetricsTableModel(QObject *parent = nullptr);
    void setSummary(const EvaluationSummary &summary);
    const EvaluationSummary &summary() const { return m_summary; }
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString type, group, domain;
        double auc, pauc, mauc;
        int normal, anomaly;
        bool summary;
    };
    EvaluationSummary m_summary;
    std::vector<Row> m_rows;
    int m_best = -1, m_worst = -1;
};

} // namespace asd::ui
