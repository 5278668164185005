// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/MainWindow.h"

#include "models/DatasetTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace asd::ui {

namespace {
constexpr int kMaxRecent = 8;
const char *kRecentKey = "datasets/recent";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new DatasetTreeModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView), m_filterEdit(new QLineEdit), m_details(new QLabel), m_skipped(new QTableWidget(0, 2)),
      m_progress(new QProgressBar)
{
    setWindowTitle(tr("ASD Workbench"));
    setAcceptDrops(true);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(DatasetTreeModel::FilterTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true); // keeps tens of thousands of rows fast
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(DatasetTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(DatasetTreeModel::NameColumn, 360);
    m_filterEdit->setPlaceholderText(tr("Filter by name, label or domain (e.g. anomaly, target, id_02)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showClipDetails);

    auto *browser = new QWidget;
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(m_filterEdit);
    browserLayout->addWidget(m_tree);

    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setMargin(12);
    m_details->setText(tr("Open a dataset folder (File ▸ Open Dataset, or drop a folder here) to browse its clips."));

    auto *splitter = new QSplitter;
    splitter->addWidget(browser);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

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
    connect(&m_scanWatcher, &QFutureWatcher<ScanResult>::finished, this, &MainWindow::scanFinished);

    createActions();
    dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    menuBar()->actions().value(0)->menu()->insertAction(nullptr, dock->toggleViewAction());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    m_cancelScan = true;
    m_scanWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dataset…"), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ASD Workbench"), this, [this] {
        QMessageBox::about(this, tr("About ASD Workbench"),
                           tr("<h3>ASD Workbench %1</h3><p>Machine anomalous sound detection: inspect "
                              "recordings, train and score detectors, measure AUC and pAUC.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
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
    m_model->setDataset(result.index);
    m_tree->expandToDepth(0);
    m_skipped->setRowCount(int(index.skipped.size()));
    for (int i = 0; i < int(index.skipped.size()); ++i) {
        m_skipped->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(index.skipped[i].path)));
        m_skipped->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(index.skipped[i].error)));
    }
    m_skipped->resizeColumnToContents(0);
    setWindowTitle(tr("%1 — ASD Workbench").arg(QFileInfo(m_scanning).fileName()));
    statusBar()->showMessage(tr("%1: %n clip(s) in %2 classes, %3 skipped", nullptr, int(index.clips.size()))
                                 .arg(QDir::toNativeSeparators(m_scanning))
                                 .arg(index.classes.size())
                                 .arg(index.skipped.size()));
    addRecent(m_scanning);
    Q_EMIT datasetLoaded(m_scanning);
}

void MainWindow::showClipDetails()
{
    const Clip *clip = m_model->clipAt(m_filter->mapToSource(m_tree->currentIndex()));
    if (!clip) {
        m_details->clear();
        return;
    }
    QString attrs;
    for (const auto &[k, v] : clip->attributes)
        attrs += QStringLiteral("%1 = %2<br>").arg(QString::fromStdString(k).toHtmlEscaped(),
                                                    QString::fromStdString(v).toHtmlEscaped());
    m_details->setText(tr("<h3>%1</h3><table>"
                          "<tr><td>Machine type</td><td>%2</td></tr>"
                          "<tr><td>Group</td><td>%3</td></tr>"
                          "<tr><td>Split / label</td><td>%4 / %5</td></tr>"
                          "<tr><td>Domain</td><td>%6</td></tr>"
                          "<tr><td>Audio</td><td>%7 Hz, %8 channel(s), %9 s, %10</td></tr>"
                          "<tr><td>Attributes</td><td>%11</td></tr></table><p>%12</p>")
                           .arg(QString::fromStdString(clip->fileName).toHtmlEscaped(),
                                QString::fromStdString(clip->machineType).toHtmlEscaped(),
                                QString::fromStdString(groupName(*clip)), QLatin1String(toString(clip->split)),
                                QLatin1String(toString(clip->label)), QLatin1String(toString(clip->domain)))
                           .arg(clip->audio.sampleRate)
                           .arg(clip->audio.channels)
                           .arg(clip->audio.seconds(), 0, 'f', 2)
                           .arg(QString::fromStdString(clip->audio.format),
                                attrs.isEmpty() ? tr("none") : attrs,
                                QString::fromStdString(clip->path).toHtmlEscaped()));
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
