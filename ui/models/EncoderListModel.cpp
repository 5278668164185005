// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EncoderListModel.h"

#include <QLocale>

namespace asd::ui {

EncoderListModel::EncoderListModel(QObject *parent) : QAbstractTableModel(parent) {}

void EncoderListModel::setEncoders(std::vector<EncoderFacts> encoders)
{
    beginResetModel();
    m_encoders = std::move(encoders);
    endResetModel();
}

int EncoderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_encoders.size());
}

int EncoderListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EncoderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EncoderFacts &f = m_encoders[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= Layers && index.column() <= Parameters)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Sha256 || index.column() == File))
        return QString::fromStdString(index.column() == Sha256 ? f.sha256 : f.file);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return QString::fromStdString(f.name);
    case Architecture: return QStringLiteral("%1 (%2)").arg(QString::fromStdString(f.architecture), QString::fromStdString(f.format));
    case Layers: return f.layers;
    case Dimension: return f.dim;
    case Parameters: return QLocale().toString(qlonglong(f.parameters));
    case Sha256: return QString::fromStdString(f.sha256);
    case File: return QString::fromStdString(f.file);
    }
    return {};
}

QVariant EncoderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Architecture: return tr("Architecture");
    case Layers: return tr("Layers");
    case Dimension: return tr("Dimension");
    case Parameters: return tr("Parameters");
    case Sha256: return tr("SHA-256");
    case File: return tr("File");
    }
    return {};
}

} // namespace asd::ui
