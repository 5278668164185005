// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace asd::ui {

class RunDiffModel;
class RunListModel;

// Every run under a workspace folder (kept in the settings): select one to see its per-ID
// metrics below, two to compare them side by side; open a run's model in the workbench,
// rename or delete its folder.
class RunsView : public QWidget {
    Q_OBJECT
public:
    explicit RunsView(QWidget *parent = nullptr);
    void setWorkspace(const QString &folder);
    QString workspace() const;
    RunListModel *runs() const { return m_runs; }
    RunDiffModel *details() const { return m_diff; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRun(const QString &folder); // the workbench opens its model
    void status(const QString &message);

private:
    QList<int> selectedRows() const;
    void selectionChanged();
    void renameSelected();
    void deleteSelected();

    RunListModel *m_runs;
    RunDiffModel *m_diff;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_workspaceEdit;
    QTableView *m_table, *m_detailsView;
    QLabel *m_detailsLabel;
    QPushButton *m_open, *m_rename, *m_delete;
};

} // namespace asd::ui
