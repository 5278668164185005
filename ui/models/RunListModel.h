// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "runs/RunRecord.h"

namespace asd::ui {

// Every run folder under a workspace (runs/RunRecord.h): its detector, data, date, duration
// and headline metrics, newest first. Rename and delete act on the folders themselves.
class RunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RunColumn, DetectorColumn, DataColumn, DateColumn, DurationColumn, OfficialColumn, AucColumn, PaucColumn, MaucColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FolderRole = Qt::UserRole + 2;

    explicit RunListModel(QObject *parent = nullptr);
    void setWorkspace(const QString &folder); // lists it again
    QString workspace() const { return m_workspace; }
    void refresh();
    const RunEntry &run(int row) const { return m_runs[std::size_t(row)]; }

    // Both return an empty string on success, else what went wrong, for the user.
    QString renameRun(int row, const QString &newName);
    QString removeRun(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_workspace;
    std::vector<RunEntry> m_runs;
};

// Two runs' per-group metrics side by side (one run: its own), matched by machine type, group
// and domain; the differences B − A coloured where they exceed half a point.
class RunDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, GroupColumn, DomainColumn, AucA, AucB, AucDiff, PaucA, PaucB, PaucDiff, ColumnCount };

    explicit RunDiffModel(QObject *parent = nullptr);
    void setRuns(const QString &nameA, const RunRecord &a, const QString &nameB = {}, const RunRecord *b = nullptr);
    void clear();
    bool comparing() const { return m_comparing; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int columnAt(int visible) const;
    struct Row {
        QString type, group, domain;
        double aucA, aucB, paucA, paucB;
    };
    std::vector<Row> m_rows;
    QString m_nameA, m_nameB;
    bool m_comparing = false;
};

} // namespace asd::ui
