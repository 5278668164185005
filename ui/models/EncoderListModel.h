// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "encoders/EncoderFacts.h"

namespace asd::ui {

// The imported pretrained encoders, one row each: what `asd encoders` prints.
class EncoderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Architecture, Layers, Dimension, Parameters, Sha256, File, ColumnCount };
    explicit EncoderListModel(QObject *parent = nullptr);

    void setEncoders(std::vector<EncoderFacts> encoders);
    const std::vector<EncoderFacts> &encoders() const { return m_encoders; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<EncoderFacts> m_encoders;
};

} // namespace asd::ui
