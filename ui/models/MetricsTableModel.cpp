// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MetricsTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace asd::ui {

MetricsTableModel::MetricsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MetricsTableModel::setSummary(const EvaluationSummary &s)
{
    beginResetModel();
    m_summary = s;
    m_rows.clear();
    m_best = m_worst = -1;
    const double nan = std::nan("");
    for (const auto &g : s.groups) {
        m_rows.push_back({QString::fromStdString(g.machineType), QString::fromStdString(g.group),
                          g.domain == Domain::None ? tr("all") : QString::fromLatin1(toString(g.domain)), g.auc, g.pauc,
                          nan, g.nNormal, g.nAnomaly, false});
        const int r = int(m_rows.size()) - 1;
        if (g.domain == Domain::None && !std::isnan(g.auc)) {
            if (m_best < 0 || g.auc > m_rows[m_best].auc)
                m_best = r;
            if (m_worst < 0 || g.auc < m_rows[m_worst].auc)
                m_worst = r;
        }
    }
    for (const auto &t : s.types)
        m_rows.push_back({QString::fromStdString(t.machineType), tr("all (pooled)"), QString(), t.auc, t.pauc, t.mauc, 0,
                          0, true});
    if (!s.types.empty())
        m_rows.push_back({tr("mean"), tr("over types"), QString(), s.aucMean, s.paucMean, s.maucMean, 0, 0, true});
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int MetricsTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[index.row()];
    auto number = [&](double v) -> QVariant {
        if (role == SortRole)
            return std::isnan(v) ? -1.0 : v;
        return std::isnan(v) ? QVariant() : QVariant(QString::number(100.0 * v, 'f', 2));
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case TypeColumn: return r.type;
        case GroupColumn: return r.group;
        case DomainColumn: return r.domain;
        case AucColumn: return number(r.auc);
        case PaucColumn: return number(r.pauc);
        case MaucColumn: return number(r.mauc);
        case NormalColumn: return r.summary ? QVariant() : QVariant(r.normal);
        case AnomalyColumn: return r.summary ? QVariant() : QVariant(r.anomaly);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AucColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.summary) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && m_best != m_worst) {
        if (index.row() == m_best)
            return QBrush(QColor(0xd4, 0xed, 0xda));
        if (index.row() == m_worst)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
    }
    if (role == Qt::ToolTipRole && (index.row() == m_best || index.row() == m_worst))
        return index.row() == m_best ? tr("Best AUC") : tr("Worst AUC: look at this ID first");
    return {};
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // Short headers keep every column in view beside the Jobs form; the tooltips say it all.
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case TypeColumn: return tip ? tr("Machine type") : tr("Type");
    case GroupColumn: return tip ? tr("Machine ID (DCASE 2020) or section (2021 on)") : tr("ID / section");
    case DomainColumn: return tr("Domain");
    case AucColumn: return tip ? tr("Area under the ROC curve, in %") : tr("AUC");
    case PaucColumn: return tip ? tr("Partial AUC for false-positive rates up to 0.1 (McClish-standardised, as scikit-learn), in %")
                                : tr("pAUC");
    case MaucColumn: return tip ? tr("Minimum AUC over the type's IDs or sections, in %") : tr("mAUC");
    case NormalColumn: return tip ? tr("Normal test clips") : tr("Normal");
    case AnomalyColumn: return tip ? tr("Anomalous test clips") : tr("Anomaly");
    }
    return {};
}

QString MetricsTableModel::toCsv() const
{
    QString csv = QStringLiteral("machine_type,group,domain,auc,pauc,mauc,n_normal,n_anomaly\n");
    auto num = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'f', 6); };
    for (const Row &r : m_rows)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(r.type, r.group, r.domain, num(r.auc), num(r.pauc), num(r.mauc),
                        r.summary ? QString() : QString::number(r.normal),
                        r.summary ? QString() : QString::number(r.anomaly));
    return csv;
}

} // namespace asd::ui
