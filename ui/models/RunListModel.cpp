// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RunListModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <filesystem>
#include <map>
#include <tuple>

namespace fs = std::filesystem;

namespace asd::ui {

namespace {

QVariant percent(double v, int role)
{
    if (role == RunListModel::SortRole)
        return std::isnan(v) ? -1.0 : v;
    return std::isnan(v) ? QVariant() : QVariant(QString::number(100.0 * v, 'f', 2));
}

QString duration(double seconds)
{
    if (seconds < 0.1)
        return QStringLiteral("< 0.1 s");
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60, 0, 'f', 1);
    return QStringLiteral("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunListModel::setWorkspace(const QString &folder)
{
    m_workspace = folder;
    refresh();
}

void RunListModel::refresh()
{
    beginResetModel();
    m_runs = m_workspace.isEmpty() ? std::vector<RunEntry>() : listRuns(m_workspace.toStdString());
    endResetModel();
}

QString RunListModel::renameRun(int row, const QString &newName)
{
    if (row < 0 || row >= rowCount())
        return tr("No run selected.");
    const QString name = newName.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("'%1' is not a folder name.").arg(newName);
    const QFileInfo from(QString::fromStdString(m_runs[std::size_t(row)].folder));
    const QString to = from.dir().filePath(name);
    if (QFileInfo::exists(to))
        return tr("%1 exists already.").arg(to);
    if (!QDir().rename(from.filePath(), to))
        return tr("%1 could not be renamed (no permission, or in use?).").arg(from.filePath());
    refresh();
    return {};
}

QString RunListModel::removeRun(int row)
{
    if (row < 0 || row >= rowCount())
        return tr("No run selected.");
    const QString folder = QString::fromStdString(m_runs[std::size_t(row)].folder);
    if (QDir(folder) == QDir(m_workspace))
        return tr("The workspace itself is not deleted from here.");
    std::error_code ec;
    fs::remove_all(folder.toStdString(), ec);
    refresh();
    return ec ? tr("%1 could not be deleted completely: %2").arg(folder, QString::fromStdString(ec.message())) : QString();
}

int RunListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }
int RunListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_runs.size()))
        return {};
    const RunEntry &e = m_runs[std::size_t(index.row())];
    const RunRecord *r = e.record ? &*e.record : nullptr;
    if (role == FolderRole)
        return QString::fromStdString(e.folder);
    if (role == Qt::ToolTipRole) {
        if (!e.problem.empty())
            return QString::fromStdString(e.problem);
        if (index.column() == DataColumn && r)
            return QString::fromStdString(r->dataDir);
        if (index.column() >= AucColumn && r && !r->metricsFrom.empty())
            return tr("From %1").arg(QString::fromStdString(r->metricsFrom));
        return QString::fromStdString(e.folder);
    }
    if (role == Qt::ForegroundRole && !e.problem.empty())
        return QBrush(QColor(180, 0, 0));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case RunColumn: return QFileInfo(QString::fromStdString(e.folder)).fileName();
    case DetectorColumn:
        return r ? QString::fromStdString(r->detector) : e.problem.empty() ? tr("(no run.json)") : tr("(unreadable run.json)");
    case DataColumn: return r ? QFileInfo(QString::fromStdString(r->dataDir)).fileName() : QString();
    case DateColumn: {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.modified);
        return role == SortRole ? QVariant(e.modified) : QVariant(QLocale().toString(t, QLocale::ShortFormat));
    }
    case DurationColumn:
        if (role == SortRole)
            return r ? r->seconds : -1.0;
        return r && r->seconds > 0 ? duration(r->seconds) : QString();
    case OfficialColumn: return percent(r ? r->official : std::nan(""), role);
    case AucColumn: return percent(r ? r->auc : std::nan(""), role);
    case PaucColumn: return percent(r ? r->pauc : std::nan(""), role);
    case MaucColumn: return percent(r ? r->mauc : std::nan(""), role);
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section >= AucColumn)
        return tr("Mean over machine types, of the last evaluated epoch or the last scoring of labelled clips");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn: return tr("Run");
    case DetectorColumn: return tr("Detector");
    case DataColumn: return tr("Data");
    case DateColumn: return tr("Date");
    case DurationColumn: return tr("Duration");
    case OfficialColumn: return tr("Official score");
    case AucColumn: return tr("Mean AUC");
    case PaucColumn: return tr("Mean pAUC");
    case MaucColumn: return tr("mAUC");
    }
    return {};
}

RunDiffModel::RunDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunDiffModel::setRuns(const QString &nameA, const RunRecord &a, const QString &nameB, const RunRecord *b)
{
    beginResetModel();
    m_rows.clear();
    m_nameA = nameA;
    m_nameB = nameB;
    m_comparing = b != nullptr;
    const double nan = std::nan("");
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> at;
    auto rowFor = [&](const RunMetricsRow &m) -> Row & {
        const auto key = std::make_tuple(m.machineType, m.group, m.domain);
        const auto it = at.find(key);
        if (it != at.end())
            return m_rows[it->second];
        at[key] = m_rows.size();
        m_rows.push_back({QString::fromStdString(m.machineType), QString::fromStdString(m.group),
                          QString::fromStdString(m.domain), nan, nan, nan, nan});
        return m_rows.back();
    };
    for (const auto &m : a.rows) {
        Row &r = rowFor(m);
        r.aucA = m.auc;
        r.paucA = m.pauc;
    }
    if (b)
        for (const auto &m : b->rows) {
            Row &r = rowFor(m);
            r.aucB = m.auc;
            r.paucB = m.pauc;
        }
    endResetModel();
}

void RunDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_comparing = false;
    endResetModel();
}

int RunDiffModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int RunDiffModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : (m_comparing ? ColumnCount : 5); }

// One run shows type, group, domain, AUC and pAUC; two runs every column.
int RunDiffModel::columnAt(int visible) const
{
    static const int single[] = {TypeColumn, GroupColumn, DomainColumn, AucA, PaucA};
    return m_comparing ? visible : single[visible];
}

QVariant RunDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= columnCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const int column = columnAt(index.column());
    const double diff = column == AucDiff ? r.aucB - r.aucA : column == PaucDiff ? r.paucB - r.paucA : std::nan("");
    if (role == Qt::BackgroundRole && std::isfinite(diff) && std::abs(diff) >= 0.005)
        return QBrush(diff > 0 ? QColor(200, 240, 200) : QColor(250, 205, 205));
    if (role == Qt::ToolTipRole && (column == AucDiff || column == PaucDiff))
        return tr("%1 minus %2, in points").arg(m_nameB, m_nameA);
    if (role != Qt::DisplayRole)
        return {};
    auto shown = [](double v, bool signedDiff = false) -> QVariant {
        if (!std::isfinite(v))
            return {};
        return signedDiff ? QString::asprintf("%+.2f", 100.0 * v) : QString::number(100.0 * v, 'f', 2);
    };
    switch (column) {
    case TypeColumn: return r.type;
    case GroupColumn: return r.group;
    case DomainColumn: return r.domain.isEmpty() ? tr("all") : r.domain;
    case AucA: return shown(r.aucA);
    case AucB: return shown(r.aucB);
    case AucDiff: return shown(diff, true);
    case PaucA: return shown(r.paucA);
    case PaucB: return shown(r.paucB);
    case PaucDiff: return shown(diff, true);
    }
    return {};
}

QVariant RunDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (columnAt(section)) {
    case TypeColumn: return tr("Type");
    case GroupColumn: return tr("ID / section");
    case DomainColumn: return tr("Domain");
    case AucA: return m_comparing ? tr("AUC %1").arg(m_nameA) : tr("AUC");
    case AucB: return tr("AUC %1").arg(m_nameB);
    case AucDiff: return tr("Δ AUC");
    case PaucA: return m_comparing ? tr("pAUC %1").arg(m_nameA) : tr("pAUC");
    case PaucB: return tr("pAUC %1").arg(m_nameB);
    case PaucDiff: return tr("Δ pAUC");
    }
    return {};
}

} // namespace asd::ui
