// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/MainWindow.h"
#include "workspace/Workspace.h"
#include "models/RunComparisonModel.h"

#include "models/DatasetTreeModel.h"
#include "models/MetricsTableModel.h"
#include "report/HtmlReport.h"
#include "score/ModelSession.h"
#include "score/ScoreFiles.h"
#include "util/AtomicFile.h"
#include "views/EmbeddingView.h"
#include "views/InspectorView.h"
#include "views/JobsView.h"
#include "views/NoiseView.h"
#include "views/RunsView.h"
#include "views/ResultsView.h"
#include "windows/EncodersDialog.h"
#include "windows/ReportExport.h"

#include <QFile>
#include <QAbstractButton>
#include <QTextBrowser>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QScreen>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

// The user guide's resource is in the static asd_ui library, whose resource initialiser the
// linker would drop: it is called explicitly (from the global namespace, as Qt requires).
static void initHelpResource() { Q_INIT_RESOURCE(help); }

namespace asd::ui {

namespace {
constexpr int kMaxRecent = 8;
const char *kRecentKey = "datasets/recent";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new DatasetTreeModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView), m_filterEdit(new QLineEdit), m_skipped(new QTableWidget(0, 2)),
      m_progress(new QProgressBar), m_modelLabel(new QLabel), m_tabs(new QTabWidget), m_inspector(new InspectorView),
      m_jobs(new JobsView), m_results(new ResultsView), m_embeddings(new EmbeddingView), m_noise(new NoiseView), m_runs(new RunsView),
      m_workspace(new Workspace(this))
{
    connect(m_workspace, &Workspace::datasetChanged, this, &MainWindow::showDataset);
    connect(m_workspace, &Workspace::modelChanged, this, &MainWindow::showModel);
    connect(m_workspace, &Workspace::scoresChanged, this, &MainWindow::showScores);
    connect(m_workspace, &Workspace::modelFailed, this, [this](const QString &path, const QString &why) {
        statusBar()->showMessage(tr("Cannot open model %1: %2").arg(path, why));
    });
    setWindowTitle(tr("ASD Workbench"));
    setAcceptDrops(true);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(DatasetTreeModel::FilterTextRole);
    m_filter->setRecursiveFilteringEnabled(true);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true); // keeps tens of thousands of rows fast
    m_tree->setIndentation(14);          // four levels deep: room for the names
    m_tree->setAlternatingRowColors(true);
    // Long DCASE names keep their domain and label at the start and their clip number and
    // attributes at the end in view.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    // Sortable: by name (IDs in order), or by the open run's score, the most anomalous first.
    m_filter->setSortRole(DatasetTreeModel::SortRole);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DatasetTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DatasetTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(DatasetTreeModel::NameColumn, 250);
    m_filterEdit->setPlaceholderText(tr("Filter: words in any order (e.g. valve anomaly, target id_02)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_filter->setFilterRegularExpression(DatasetTreeModel::filterExpression(text)); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentClip);
    // A fault the engineer has heard: marked from the tree, kept in the dataset's list.
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        const Clip *clip = m_model->clipAt(m_filter->mapToSource(m_tree->indexAt(at)));
        if (!clip)
            return;
        QMenu menu;
        const bool known = clip->knownAnomaly;
        const QString path = QString::fromStdString(clip->relativePath);
        menu.addAction(known ? tr("Not a Known Anomaly") : tr("Mark as Known Anomaly"), this,
                       [this, path, known] { markKnownAnomaly(path, !known); });
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });

    auto *browser = new QWidget;
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(m_filterEdit);
    browserLayout->addWidget(m_tree);

    auto *browserDock = new QDockWidget(tr("Dataset"), this);
    browserDock->setObjectName(QStringLiteral("datasetDock"));
    browserDock->setWidget(browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);

    m_tabs->addTab(m_inspector, tr("&Inspector"));
    m_tabs->addTab(m_jobs, tr("&Jobs"));
    m_tabs->addTab(m_results, tr("&Results"));
    m_tabs->addTab(m_embeddings, tr("&Embeddings"));
    m_tabs->addTab(m_noise, tr("&Noise lab"));
    m_tabs->addTab(m_runs, tr("R&uns"));
    connect(m_runs, &RunsView::openRun, this, [this](const QString &run) { openModel(run); });
    connect(m_inspector, &InspectorView::colourMapChanged, m_noise, &NoiseView::setColourMap);
    setCentralWidget(m_tabs);
    for (QObject *source : {static_cast<QObject *>(m_inspector), static_cast<QObject *>(m_jobs), static_cast<QObject *>(m_noise),
                            static_cast<QObject *>(m_embeddings), static_cast<QObject *>(m_runs)})
        connect(source, SIGNAL(status(QString)), statusBar(), SLOT(showMessage(QString)));
    connect(m_jobs, &JobsView::trainingFinished, this, [this](const QString &run) {
        // Read off the GUI thread: a network's weights take a moment, and the window must not stall.
        m_workspace->openModelInBackground(run);
        // The run appears in the Runs tab (its parent folder becomes the workspace once it is open).
        if (!m_runs->workspace().isEmpty())
            m_runs->refresh();
    });
    connect(m_jobs, &JobsView::scoringFinished, this, &MainWindow::onScoringFinished);
    connect(m_results, &ResultsView::runChosen, m_workspace, &Workspace::showScoredRun);
    connect(m_results, &ResultsView::clipActivated, this, [this](const QString &path) {
        if (selectClip(path))
            m_tabs->setCurrentWidget(m_inspector);
    });
    connect(m_embeddings, &EmbeddingView::clipActivated, this, [this](const QString &path) {
        if (selectClip(path))
            m_tabs->setCurrentWidget(m_inspector);
    });

    m_skipped->setHorizontalHeaderLabels({tr("File"), tr("Problem")});
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->verticalHeader()->hide();
    auto *dock = new QDockWidget(tr("Skipped files"), this);
    dock->setObjectName(QStringLiteral("skippedDock"));
    dock->setWidget(m_skipped);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_modelLabel->setText(tr("No model open"));
    statusBar()->addPermanentWidget(m_modelLabel);
    connect(&m_scanWatcher, &QFutureWatcher<ScanResult>::finished, this, &MainWindow::scanFinished);

    createActions();
    QMenu *view = menuBar()->insertMenu(menuBar()->actions().value(1), new QMenu(tr("&View"), this))->menu();
    browserDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    view->addAction(browserDock->toggleViewAction());
    view->addAction(dock->toggleViewAction());
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *a = view->addAction(m_tabs->tabText(i).remove(QLatin1Char('&')), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)));
    }

    // The skipped-files panel appears when a scan skipped something.
    dock->hide();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: most of the screen, never more than it (a 1280x800 laptop).
        const QRect screen = this->screen()->availableGeometry();
        resize(std::min(1400, screen.width() * 95 / 100), std::min(900, screen.height() * 95 / 100));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        // Wide enough for the clip names, their label and score; set once the window is laid
        // out (a dock's size set before that is not kept).
        QTimer::singleShot(0, this, [this, browserDock] {
            resizeDocks({browserDock}, {std::clamp(width() * 2 / 5, 260, 520)}, Qt::Horizontal);
        });
    m_tree->viewport()->installEventFilter(this); // the names refit when the dock is resized
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    m_cancelScan = true;
    m_scanWatcher.waitForFinished();
}

EncodersDialog *MainWindow::encodersDialog()
{
    if (!m_encodersDialog) {
        m_encodersDialog = new EncodersDialog(this);
        connect(m_encodersDialog, &EncodersDialog::encodersChanged, m_jobs, &JobsView::refreshEncoders);
    }
    return m_encodersDialog;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dataset…"), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("Open &Model…"), this, &MainWindow::chooseModel)->setShortcut(QKeySequence(tr("Ctrl+M")));
    file->addAction(tr("Pretrained &Encoders…"), this, [this] { encodersDialog()->show(); });
    file->addSeparator();
    m_exportActions.push_back(file->addAction(tr("Export &Scores…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for DCASE score and decision files"));
        if (!dir.isEmpty())
            exportScores(dir);
    }));
    m_exportActions.push_back(file->addAction(tr("Export Metrics as &CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), QStringLiteral("metrics.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportMetricsCsv(path);
    }));
    QAction *report = file->addAction(tr("Export &Report…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export evaluation report"), QStringLiteral("report.html"),
                                                          tr("HTML (*.html);;PDF (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    report->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportActions.push_back(report);
    // Enabled once there is something to export: scores of the test clips.
    for (QAction *a : m_exportActions)
        a->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), this, [this] {
        auto *guide = new QTextBrowser;
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->setWindowTitle(tr("ASD Workbench — User Guide"));
        guide->setOpenExternalLinks(true);
        guide->setMarkdown(userGuide());
        guide->resize(900, 700);
        guide->show();
    })->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard and Mouse"), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("Keyboard and Mouse"), shortcutsText(), QMessageBox::Close, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    help->addAction(tr("&About ASD Workbench"), this, [this] {
        QMessageBox::about(this, tr("About ASD Workbench"),
                           tr("<h3>ASD Workbench %1</h3><p>Machine anomalous sound detection: inspect "
                              "recordings, train and score detectors, measure AUC and pAUC.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

QString MainWindow::userGuide()
{
    initHelpResource();
    QFile readme(QStringLiteral(":/help/README.md"));
    return readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll()) : QString();
}

QString MainWindow::shortcutsText() const
{
    std::map<QString, QString> keys; // shortcut → what it does
    auto add = [&](const QKeySequence &k, QString what) {
        if (k.isEmpty())
            return;
        what.remove(QLatin1Char('&'));
        keys[k.toString(QKeySequence::NativeText)] = what.remove(QStringLiteral("…"));
    };
    for (const QAction *a : findChildren<QAction *>())
        add(a->shortcut(), a->text());
    for (const QAbstractButton *b : findChildren<QAbstractButton *>())
        add(b->shortcut(), b->text());
    QString text = tr("Keys\n");
    for (const auto &[key, what] : keys)
        text += QStringLiteral("  %1\t%2\n").arg(key, what);
    text += tr("\nMouse\n"
               "  Shift+drag on the spectrogram\tmeasure: Δt, Δf and the loudest cell; the spectrum over that span\n"
               "  Wheel, drag\tzoom and pan a plot's time or frequency axis\n"
               "  Double-click a plot\tsee the whole clip again\n"
               "  Click the anomaly curve\tplay from there\n"
               "  Drag the histogram's line\tmove the decision threshold\n"
               "  Click an embedding point\tlist its nearest neighbours; double-click: open the clip\n"
               "  Shift+drag on the embeddings\tlist the clips in the box\n");
    return text;
}

void MainWindow::chooseDataset()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("datasets/lastDir")).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Dataset Folder"), start);
    if (!dir.isEmpty())
        openDataset(dir);
}

void MainWindow::openDataset(const QString &folder)
{
    if (m_scanWatcher.isRunning()) {
        m_cancelScan = true;
        m_scanWatcher.waitForFinished();
    }
    m_cancelScan = false;
    m_scanning = folder;
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(tr("Scanning %1…").arg(QDir::toNativeSeparators(folder)));
    QPointer<QProgressBar> bar = m_progress;
    m_scanWatcher.setFuture(QtConcurrent::run([folder, bar, cancel = &m_cancelScan]() -> ScanResult {
        ScanOptions options;
        options.cancel = cancel;
        options.progress = [bar](std::size_t done, std::size_t total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, done, total] {
                    if (bar) {
                        bar->setRange(0, int(total));
                        bar->setValue(int(done));
                    }
                },
                Qt::QueuedConnection);
        };
        try {
            return {std::make_shared<const DatasetIndex>(scanDataset(folder.toStdString(), options)), {}};
        } catch (const std::exception &e) {
            return {nullptr, QString::fromStdString(e.what())};
        }
    }));
}

void MainWindow::scanFinished()
{
    m_progress->hide();
    const ScanResult result = m_scanWatcher.result();
    if (!result.index) {
        statusBar()->showMessage(tr("Could not open %1").arg(m_scanning));
        if (!m_cancelScan)
            QMessageBox::warning(this, tr("Could not open dataset"),
                                 tr("%1\n\nChoose a folder that holds recordings in a DCASE layout, a MIMII "
                                    "layout, or normal/ and anomaly/ subfolders.")
                                     .arg(result.error));
        Q_EMIT datasetFailed(m_scanning, result.error);
        return;
    }
    const DatasetIndex &index = *result.index;
    m_workspace->setDataset(result.index);
    if (index.clips.empty())
        showNoRecordings(m_scanning);
    m_skipped->setRowCount(int(index.skipped.size()));
    for (int i = 0; i < int(index.skipped.size()); ++i) {
        m_skipped->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(index.skipped[i].path)));
        m_skipped->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(index.skipped[i].error)));
    }
    m_skipped->resizeColumnToContents(0);
    // The panel only when something was skipped.
    findChild<QDockWidget *>(QStringLiteral("skippedDock"))->setVisible(!index.skipped.empty());
    setWindowTitle(tr("%1 — ASD Workbench").arg(QFileInfo(m_scanning).fileName()));
    statusBar()->showMessage(tr("%1: %n clip(s) in %2 classes, %3 skipped", nullptr, int(index.clips.size()))
                                 .arg(QDir::toNativeSeparators(m_scanning))
                                 .arg(index.classes.size())
                                 .arg(index.skipped.size()));
    addRecent(m_scanning);
    Q_EMIT datasetLoaded(m_scanning);
}

// A folder with no recordings: say which layouts are read, with a file name of each.
void MainWindow::showNoRecordings(const QString &folder)
{
    const QString text =
        tr("%1 holds no recordings the workbench can read. It reads these layouts (a file name of each):\n\n"
           "• DCASE 2020 Task 2: fan/train/normal_id_00_00000000.wav, fan/test/anomaly_id_02_00000012.wav\n"
           "• DCASE 2021–2025 Task 2: valve/train/section_00_source_train_normal_0000_pat_00.wav, with "
           "attributes_00.csv\n"
           "• MIMII: fan/id_00/normal/00000000.wav, fan/id_00/abnormal/00000000.wav\n"
           "• any folder with normal/ and anomaly/ (or abnormal/) subfolders of WAV or FLAC files")
            .arg(QDir::toNativeSeparators(folder));
    statusBar()->showMessage(tr("%1: no recordings found").arg(QDir::toNativeSeparators(folder)));
    m_emptyFolderMessage = text;
    if (!qEnvironmentVariableIsSet("ASD_NO_DIALOGS"))
        QMessageBox::information(this, tr("No recordings found"), text);
}

void MainWindow::showCurrentClip()
{
    if (const Clip *clip = m_model->clipAt(m_filter->mapToSource(m_tree->currentIndex()))) {
        m_inspector->showClip(*clip);
        m_noise->showClip(*clip);
    }
}

bool MainWindow::selectClip(const QString &path)
{
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex i = m_filter->index(r, 0, parent);
            if (i.data(DatasetTreeModel::ClipPathRole).toString() == path)
                return i;
            if (const QModelIndex hit = find(i); hit.isValid())
                return hit;
        }
        return {};
    };
    const QModelIndex hit = find({});
    if (!hit.isValid())
        return false;
    m_tree->setCurrentIndex(hit);
    m_tree->scrollTo(hit);
    return true;
}

bool MainWindow::openModel(const QString &path)
{
    try {
        m_workspace->openModel(path);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Cannot open model"),
                             tr("%1\n\nChoose a run folder, or the detector.asd file in one, written by ASD Workbench.")
                                 .arg(QString::fromUtf8(e.what())));
        return false;
    }
    return true;
}

// The clip names as wide as the longest needs, but leaving the score and label in view: the
// other columns (domain, attributes, length) are a scroll away.
void MainWindow::fitNameColumn()
{
    const int longest = std::max(m_tree->header()->sectionSizeHint(DatasetTreeModel::NameColumn), m_longestName);
    int others = 0;
    for (int column : {DatasetTreeModel::ScoreColumn, DatasetTreeModel::LabelColumn}) {
        m_tree->resizeColumnToContents(column);
        others += m_tree->header()->sectionSize(column);
    }
    // In a narrow dock the names come first; the score and label may then be a scroll away.
    const int room = m_tree->viewport()->width();
    m_tree->header()->resizeSection(DatasetTreeModel::NameColumn, std::max(160, std::min(longest, std::max(room - others, room * 3 / 5))));
}

bool MainWindow::markKnownAnomaly(const QString &relativePath, bool known)
{
    const auto dataset = m_workspace->dataset();
    if (!dataset)
        return false;
    try {
        setKnownAnomaly(dataset->root, relativePath.toStdString(), known);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Cannot change the known anomalies"), QString::fromUtf8(e.what()));
        return false;
    }
    statusBar()->showMessage(known ? tr("%1 is a known anomaly: fits learn from it, scoring leaves it out").arg(relativePath)
                                   : tr("%1 is no longer a known anomaly").arg(relativePath));
    openDataset(QString::fromStdString(dataset->root)); // the list is read with the dataset
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QMainWindow::eventFilter(watched, event);
}

// Every view shows the workspace's dataset: nothing of the previous one stays.
void MainWindow::showDataset()
{
    const auto dataset = m_workspace->dataset();
    m_inspector->clearClip(); // the previous dataset's clip is not in this one
    m_inspector->setDataset(dataset);
    m_results->comparison()->clear(); // runs scored on the previous dataset
    m_model->setDataset(dataset);
    m_tree->expandToDepth(0);
    // The widest clip name (of the first 2000) with the four levels it sits below, measured once
    // per dataset: the column refits on every resize of the dock.
    m_longestName = 0;
    if (dataset) {
        const QFontMetrics metrics(m_tree->font());
        for (std::size_t i = 0; i < std::min<std::size_t>(dataset->clips.size(), 2000); ++i)
            m_longestName = std::max(m_longestName, metrics.horizontalAdvance(DatasetTreeModel::shownName(dataset->clips[i])));
        m_longestName += 4 * m_tree->indentation() + 8;
    }
    fitNameColumn();
    m_jobs->setDataFolder(m_workspace->datasetFolder());
    m_noise->setDataFolder(m_workspace->datasetFolder());
}

void MainWindow::showModel()
{
    const auto session = m_workspace->model();
    m_inspector->setModel(session);
    m_noise->setModelPath(m_workspace->modelPath(), QString::fromStdString(session->teacherPath()));
    m_jobs->setOpenModel(m_workspace->modelPath());
    // The Runs tab lists the open run beside its siblings, when no workspace was chosen yet.
    if (m_runs->workspace().isEmpty() && !m_workspace->runFolder().isEmpty())
        m_runs->setWorkspace(QFileInfo(m_workspace->runFolder()).absolutePath());
    const QString description = QString::fromStdString(session->description());
    m_modelLabel->setText(tr("Model: %1").arg(QString::fromStdString(modelDisplayName(m_workspace->modelPath().toStdString()))));
    m_modelLabel->setToolTip(description);
    statusBar()->showMessage(tr("Model: %1").arg(description));
}

void MainWindow::showScores()
{
    const Workspace::Scores &s = m_workspace->scores();
    m_scorerName = s.scorer;
    std::map<std::string, double> byPath;
    for (const auto &c : s.clips)
        byPath[c.path] = c.score;
    m_model->setScores(byPath);
    fitNameColumn();
    m_results->setScores(s.clips, s.thresholds);
    m_results->setSource(s.clips.empty() ? QString()
                                         : tr("Scores of %1 (%2) on %3, %4: %5 clips")
                                               .arg(s.model, s.scorer, m_workspace->datasetFolder(), s.source)
                                               .arg(s.clips.size()));
    if (!s.clips.empty())
        m_results->addRunToComparison(s.model, s.scorer, s.metrics, int(s.clips.size()));
    if (s.embeddings.size() == s.clips.size())
        m_embeddings->setEmbeddings(s.clips, s.embeddings, s.trainingClips, s.trainingEmbeddings);
    else // read back from score files, which hold no embeddings
        m_embeddings->setEmbeddings({}, {}, {}, {});
    std::vector<std::pair<std::string, double>> normals;
    for (const auto &c : s.clips)
        if (c.label == Label::Normal)
            normals.emplace_back(groupKey(c.machineType, c.group), c.score);
    m_inspector->setReferenceScores(normals);
    for (QAction *a : m_exportActions)
        a->setEnabled(!s.clips.empty());
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a trained detector"), QString(),
                                                      tr("ASD Workbench detectors (*.asd *.pt)"));
    if (!path.isEmpty())
        openModel(path);
}

void MainWindow::onScoringFinished(const JobEvent &result)
{
    m_runs->refresh(); // the scored run's metrics
    m_workspace->setScores(result);
    m_tabs->setCurrentWidget(m_results);
}

void MainWindow::exportScores(const QString &folder)
{
    if (m_results->scores().empty()) {
        statusBar()->showMessage(tr("Nothing to export yet: score the test clips first (Jobs ▸ Score test clips)"));
        return;
    }
    try {
        // Each ID or section at its own threshold: scores differ in scale between them.
        writeScoreFiles(folder.toStdString(), m_results->scores(),
                        [this](const ScoredClip &c) { return m_results->thresholdOf(c); });
        statusBar()->showMessage(tr("Wrote DCASE score and decision files to %1").arg(folder));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::exportMetricsCsv(const QString &path)
{
    try {
        writeTextAtomically(path.toStdString(), m_jobs->metricsModel()->toCsv().toStdString());
        statusBar()->showMessage(tr("Wrote %1").arg(path));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::exportReport(const QString &path)
{
    const auto session = m_workspace->model();
    const QString model = session ? QString::fromStdString(session->description()) + QStringLiteral(" (") +
                                        m_workspace->modelPath() + QLatin1Char(')')
                                  : tr("(no model loaded)");
    try {
        writeReport(path, reportFromViews(model, m_scorerName, m_model->dataset().get(), m_workspace->scores().metrics,
                                          *m_results, m_embeddings));
        statusBar()->showMessage(tr("Wrote the evaluation report to %1").arg(path));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &dir : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(dir), this, [this, dir] { openDataset(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &folder)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    const QString abs = QFileInfo(folder).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    settings.setValue(QStringLiteral("datasets/lastDir"), abs);
    rebuildRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openDataset(event->mimeData()->urls().first().toLocalFile());
}

} // namespace asd::ui
