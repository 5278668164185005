// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

#include "dataset/DatasetIndex.h"

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QTableWidget;
class QTreeView;

namespace asd::ui {

class DatasetTreeModel;

struct ScanResult {
    std::shared_ptr<const DatasetIndex> index;
    QString error;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Scans the folder off the GUI thread; datasetLoaded() follows.
    void openDataset(const QString &folder);
    DatasetTreeModel *datasetModel() const { return m_model; }
    QTreeView *datasetView() const { return m_tree; }

Q_SIGNALS:
    void datasetLoaded(const QString &folder);
    void datasetFailed(const QString &folder, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void chooseDataset();
    void scanFinished();
    void showClipDetails();
    void rebuildRecentMenu();
    void addRecent(const QString &folder);

    DatasetTreeModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    QLabel *m_details;
    QTableWidget *m_skipped;
    QProgressBar *m_progress;
    QMenu *m_recentMenu = nullptr;

    QString m_scanning;
    std::atomic<bool> m_cancelScan{false};
    QFutureWatcher<ScanResult> m_scanWatcher;
};

} // namespace asd::ui
