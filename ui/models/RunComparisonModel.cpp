// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RunComparisonModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>

namespace asd::ui {

RunComparisonModel::RunComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunComparisonModel::addRun(const QString &run, const QString &detector, const EvaluationSummary &s, int clips)
{
    const Row row{run, detector, s.officialScore, s.aucPerGroupMean, s.paucPerGroupMean, s.maucMean, clips};
    const auto same = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.run == run; });
    if (same != m_rows.end()) {
        *same = row;
        const int r = int(same - m_rows.begin());
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        // The highlight may move to another row.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
        return;
    }
    beginInsertRows({}, rowCount(), rowCount());
    m_rows.push_back(row);
    endInsertRows();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void RunComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RunComparisonModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RunComparisonModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const auto figure = [&](double v) -> QVariant {
        if (role == SortRole)
            return std::isnan(v) ? -1.0 : v;
        return std::isnan(v) ? QStringLiteral("–") : QString::number(100.0 * v, 'f', 2);
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case RunColumn: return r.run;
        case DetectorColumn: return r.detector;
        case OfficialColumn: return figure(r.official);
        case AucColumn: return figure(r.auc);
        case PaucColumn: return figure(r.pauc);
        case MaucColumn: return figure(r.mauc);
        case ClipsColumn: return r.clips;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetectorColumn)
        return r.detector;
    if (role == Qt::TextAlignmentRole && index.column() >= OfficialColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && m_rows.size() > 1) {
        const auto best = std::max_element(m_rows.begin(), m_rows.end(),
                                           [](const Row &a, const Row &b) { return a.rank() < b.rank(); });
        if (int(best - m_rows.begin()) == index.row())
            return QBrush(QColor(0xd8, 0xf0, 0xd8));
    }
    return {};
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn: return tr("Run");
    case DetectorColumn: return tr("Detector");
    case OfficialColumn: return tr("Official score");
    case AucColumn: return tr("Mean AUC");
    case PaucColumn: return tr("Mean pAUC");
    case MaucColumn: return tr("Mean mAUC");
    case ClipsColumn: return tr("Clips");
    }
    return {};
}

} // namespace asd::ui
