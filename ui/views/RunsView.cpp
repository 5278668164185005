// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/RunsView.h"

#include "models/RunListModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace asd::ui {

namespace {
constexpr const char *kWorkspaceKey = "runs/workspace";

bool dialogsAllowed() { return qEnvironmentVariableIsEmpty("ASD_NO_DIALOGS"); }
} // namespace

RunsView::RunsView(QWidget *parent)
    : QWidget(parent), m_runs(new RunListModel(this)), m_diff(new RunDiffModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_workspaceEdit(new QLineEdit), m_table(new QTableView), m_detailsView(new QTableView), m_detailsLabel(new QLabel),
      m_open(new QPushButton(tr("&Open model"))), m_rename(new QPushButton(tr("Re&name…"))), m_delete(new QPushButton(tr("&Delete…")))
{
    m_workspaceEdit->setPlaceholderText(tr("Workspace: the folder your run folders are in"));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *reload = new QPushButton(tr("&Refresh"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Workspace:")));
    top->addWidget(m_workspaceEdit, 1);
    top->addWidget(browse);
    top->addWidget(reload);

    m_sorted->setSourceModel(m_runs);
    m_sorted->setSortRole(RunListModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunListModel::DetectorColumn, QHeaderView::Stretch);

    m_detailsView->setModel(m_diff);
    m_detailsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detailsView->verticalHeader()->hide();
    m_detailsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detailsLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *upper = new QWidget;
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_table);
    upperLayout->addLayout(buttons);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailsLabel);
    lowerLayout->addWidget(m_detailsView);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(upper);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace with run folders"), workspace());
        if (!dir.isEmpty())
            setWorkspace(dir);
    });
    connect(reload, &QPushButton::clicked, this, &RunsView::refresh);
    connect(m_workspaceEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_workspaceEdit->text() != m_runs->workspace())
            setWorkspace(m_workspaceEdit->text());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsView::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_open->click(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1)
            Q_EMIT openRun(QString::fromStdString(m_runs->run(rows.front()).folder));
    });
    connect(m_rename, &QPushButton::clicked, this, &RunsView::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &RunsView::deleteSelected);

    const QString saved = QSettings().value(QLatin1String(kWorkspaceKey)).toString();
    if (!saved.isEmpty())
        setWorkspace(saved);
    selectionChanged();
}

void RunsView::setWorkspace(const QString &folder)
{
    m_workspaceEdit->setText(folder);
    QSettings().setValue(QLatin1String(kWorkspaceKey), folder);
    m_runs->setWorkspace(folder);
    selectionChanged();
    Q_EMIT status(tr("%n run(s) in %1", nullptr, m_runs->rowCount()).arg(folder));
}

QString RunsView::workspace() const { return m_runs->workspace(); }

void RunsView::refresh()
{
    m_runs->refresh();
    selectionChanged();
}

QList<int> RunsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << m_sorted->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RunsView::selectionChanged()
{
    const QList<int> rows = selectedRows();
    m_open->setEnabled(rows.size() == 1);
    m_rename->setEnabled(rows.size() == 1);
    m_delete->setEnabled(!rows.isEmpty());
    auto name = [this](int row) { return QFileInfo(QString::fromStdString(m_runs->run(row).folder)).fileName(); };
    const RunRecord none;
    auto record = [&](int row) -> const RunRecord & {
        const auto &r = m_runs->run(row).record;
        return r ? *r : none;
    };
    if (rows.size() == 1) {
        const RunEntry &e = m_runs->run(rows.front());
        m_diff->setRuns(name(rows.front()), record(rows.front()));
        m_detailsLabel->setText(!e.problem.empty()   ? QString::fromStdString(e.problem)
                                : !e.record          ? tr("%1 was made before runs recorded themselves: open it and score it to fill its metrics in.").arg(name(rows.front()))
                                : e.record->rows.empty() ? tr("%1: no metrics yet (score it on labelled clips).").arg(name(rows.front()))
                                                         : tr("%1: per-group metrics from %2.")
                                                               .arg(name(rows.front()), QString::fromStdString(e.record->metricsFrom)));
    } else if (rows.size() == 2) {
        // The runs are listed newest first: the older one is A, and the differences say what
        // the newer run changed.
        const int older = m_runs->run(rows[0]).modified <= m_runs->run(rows[1]).modified ? rows[0] : rows[1];
        const int newer = older == rows[0] ? rows[1] : rows[0];
        m_diff->setRuns(name(older), record(older), name(newer), &record(newer));
        m_detailsLabel->setText(tr("%2 (newer) against %1: green where %2 is better by half a point or more, red where worse.")
                                    .arg(name(older), name(newer)));
    } else {
        m_diff->clear();
        m_detailsLabel->setText(rows.isEmpty() ? tr("Select a run to see its per-group metrics, two to compare them.")
                                               : tr("Select one run, or two to compare."));
    }
}

void RunsView::renameSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const QString old = QFileInfo(QString::fromStdString(m_runs->run(rows.front()).folder)).fileName();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename run"), tr("New folder name:"), QLineEdit::Normal, old, &ok);
    if (!ok || name == old)
        return;
    const QString problem = m_runs->renameRun(rows.front(), name);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Rename run"), problem);
    selectionChanged();
}

void RunsView::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList folders;
    for (int r : rows)
        folders << QString::fromStdString(m_runs->run(r).folder);
    if (dialogsAllowed() &&
        QMessageBox::question(this, tr("Delete runs"),
                              tr("Delete these folders and everything in them?\n\n%1").arg(folders.join(QLatin1Char('\n')))) !=
            QMessageBox::Yes)
        return;
    // From the last row up: each removal lists the workspace again.
    QStringList problems;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (const QString p = m_runs->removeRun(*it); !p.isEmpty())
            problems << p;
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Delete runs"), problems.join(QLatin1Char('\n')));
    selectionChanged();
}

} // namespace asd::ui
