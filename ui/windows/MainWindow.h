// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

#include "dataset/DatasetIndex.h"

class QAction;
class QLabel;
class QTabWidget;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QTableWidget;
class QTreeView;

namespace asd {
class ModelSession;
struct JobEvent;
}

namespace asd::ui {

class DatasetTreeModel;
class EmbeddingView;
class RunsView;
class EncodersDialog;
class InspectorView;
class JobsView;
class NoiseView;
class ResultsView;
class Workspace;

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
    // Opens a trained detector (a .pt file or a run folder) for the inspector.
    bool openModel(const QString &path);
    DatasetTreeModel *datasetModel() const { return m_model; }
    QTreeView *datasetView() const { return m_tree; }
    InspectorView *inspector() const { return m_inspector; }
    JobsView *jobs() const { return m_jobs; }
    ResultsView *results() const { return m_results; }
    EmbeddingView *embeddings() const { return m_embeddings; }
    NoiseView *noiseLab() const { return m_noise; }
    RunsView *runs() const { return m_runs; }
    // What is open: the dataset, the run and its scores, which every view shows.
    Workspace *workspace() const { return m_workspace; }
    QTabWidget *tabs() const { return m_tabs; }
    // What the window said of the last folder that held no recordings (the layouts it reads).
    QString emptyFolderMessage() const { return m_emptyFolderMessage; }
    // Help ▸ Keyboard and Mouse: every shortcut the window's actions and buttons have (read
    // from them, so the list cannot drift), then what the mouse does in the plots.
    QString shortcutsText() const;
    // Help ▸ User Guide: the README, built into the program.
    static QString userGuide();
    // File ▸ Export …: enabled once there are scores to export.
    const std::vector<QAction *> &exportActions() const { return m_exportActions; }
    // File ▸ Pretrained Encoders…, made on first use.
    EncodersDialog *encodersDialog();
    // Select a clip of the open dataset by path (tree, inspector); false if not in it.
    bool selectClip(const QString &path);
    // Adds the clip (a path relative to the dataset's root) to the dataset's
    // known_anomalies.txt or takes it off, then reads the dataset again.
    bool markKnownAnomaly(const QString &relativePath, bool known);
    void exportScores(const QString &folder);
    void exportMetricsCsv(const QString &path);
    void exportReport(const QString &path);

Q_SIGNALS:
    void datasetLoaded(const QString &folder);
    void datasetFailed(const QString &folder, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    EncodersDialog *m_encodersDialog = nullptr;
    std::vector<QAction *> m_exportActions; // enabled once there are scores to export
    void createActions();
    void chooseDataset();
    void scanFinished();
    void showCurrentClip();
    void onScoringFinished(const JobEvent &result);
    void showDataset();
    void fitNameColumn();
    int m_longestName = 0; // pixels the widest clip name of the open dataset needs
    void showModel();
    void showScores();
    void showNoRecordings(const QString &folder);
    void chooseModel();
    void rebuildRecentMenu();
    void addRecent(const QString &folder);

    DatasetTreeModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    QTableWidget *m_skipped;
    QProgressBar *m_progress;
    QLabel *m_modelLabel; // the open model, kept in view: passing status messages replace each other
    QTabWidget *m_tabs;
    InspectorView *m_inspector;
    JobsView *m_jobs;
    ResultsView *m_results;
    EmbeddingView *m_embeddings;
    NoiseView *m_noise;
    RunsView *m_runs;
    Workspace *m_workspace;
    QString m_emptyFolderMessage;
    QString m_scorerName;
    QMenu *m_recentMenu = nullptr;

    QString m_scanning;
    std::atomic<bool> m_cancelScan{false};
    QFutureWatcher<ScanResult> m_scanWatcher;
};

} // namespace asd::ui
