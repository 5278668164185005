// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>

#include <QAbstractItemModel>
#include <QRegularExpression>

#include <memory>
#include <vector>

#include "dataset/DatasetIndex.h"

namespace asd::ui {

// The dataset browser's tree: machine type → ID/section → split → clips, with the
// clip count of every inner node, and score, label, domain, attributes and length columns.
// The score is the open run's (Workspace); sorting by it puts the most anomalous clip first,
// each inner node ranked by the highest score below it.
class DatasetTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ScoreColumn, LabelColumn, DomainColumn, AttributesColumn, LengthColumn, ColumnCount };
    enum Role { ClipPathRole = Qt::UserRole + 1, ClipIndexRole, FilterTextRole, SortRole };

    explicit DatasetTreeModel(QObject *parent = nullptr);
    ~DatasetTreeModel() override;

    void setDataset(std::shared_ptr<const DatasetIndex> index);
    std::shared_ptr<const DatasetIndex> dataset() const { return m_index; }
    // The clip a row shows, or nullptr for an inner node.
    const Clip *clipAt(const QModelIndex &index) const;
    // Each clip's anomaly score, by its path; clips without one show none and sort last.
    void setScores(const std::map<std::string, double> &byPath);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString labelText(Label label); // as the label column shows it, translated
    // A clip's name as its row shows it: without the section prefix its parent row shows.
    static QString shownName(const Clip &clip);
    // What the filter box's text matches in FilterTextRole: every word, in any order
    // ("valve anomaly", "target id_02"), case-insensitively.
    static QRegularExpression filterExpression(const QString &text);

private:
    struct Node;
    std::shared_ptr<const DatasetIndex> m_index;
    std::unique_ptr<Node> m_root;
};

} // namespace asd::ui
