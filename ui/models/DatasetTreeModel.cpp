// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DatasetTreeModel.h"
#include <functional>
#include <cmath>

#include <QColor>

#include <map>

namespace asd::ui {

struct DatasetTreeModel::Node {
    Node *parent = nullptr;
    int row = 0;
    QString name;
    int clip = -1;  // index into DatasetIndex::clips for leaves
    int count = 0;  // clips below an inner node
    int anomalies = 0;
    double score = -HUGE_VAL; // a clip's, or the highest below an inner node; -inf: none
    std::vector<std::unique_ptr<Node>> children;

    // Inner nodes have a handful of children, so a linear look-up is cheapest.
    Node *child(const QString &childName)
    {
        for (auto &c : children)
            if (c->name == childName)
                return c.get();
        return append(childName);
    }
    Node *append(const QString &childName)
    {
        auto n = std::make_unique<Node>();
        n->parent = this;
        n->row = int(children.size());
        n->name = childName;
        children.push_back(std::move(n));
        return children.back().get();
    }
};

DatasetTreeModel::DatasetTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

DatasetTreeModel::~DatasetTreeModel() = default;

void DatasetTreeModel::setDataset(std::shared_ptr<const DatasetIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_root = std::make_unique<Node>();
    if (m_index) {
        // Clips are sorted by path, so types, groups and splits come out in order.
        for (int i = 0; i < int(m_index->clips.size()); ++i) {
            const Clip &c = m_index->clips[i];
            Node *type = m_root->child(QString::fromStdString(c.machineType));
            Node *group = type->child(QString::fromStdString(groupName(c)));
            Node *split = group->child(QString::fromLatin1(toString(c.split)));
            Node *leaf = split->append(QString::fromStdString(c.fileName));
            leaf->clip = i;
            for (Node *n = split; n; n = n->parent) {
                ++n->count;
                n->anomalies += c.label == Label::Anomaly;
            }
        }
    }
    endResetModel();
}

QString DatasetTreeModel::shownName(const Clip &clip)
{
    // The row sits below its section, which DCASE 2021+ names repeat at the start
    // ("section_00_source_test_anomaly_0002.wav"): shown without it, the rest fits.
    const QString name = QString::fromStdString(clip.fileName);
    const QString section = QString::fromStdString(groupName(clip)) + QLatin1Char('_');
    return name.startsWith(section) ? name.mid(section.size()) : name;
}

void DatasetTreeModel::setScores(const std::map<std::string, double> &byPath)
{
    // The highest score below each node, leaves first; then every row's score cell changed.
    std::function<double(Node &)> rank = [&](Node &n) {
        n.score = -HUGE_VAL;
        if (n.clip >= 0) {
            const auto s = byPath.find(m_index->clips[std::size_t(n.clip)].path);
            if (s != byPath.end() && std::isfinite(s->second))
                n.score = s->second;
        }
        for (auto &c : n.children)
            n.score = std::max(n.score, rank(*c));
        return n.score;
    };
    if (!m_index)
        return;
    rank(*m_root);
    std::function<void(const QModelIndex &, const Node &)> changed = [&](const QModelIndex &parent, const Node &n) {
        if (n.children.empty())
            return;
        Q_EMIT dataChanged(index(0, ScoreColumn, parent), index(int(n.children.size()) - 1, ScoreColumn, parent));
        for (const auto &c : n.children)
            changed(index(c->row, 0, parent), *c);
    };
    changed({}, *m_root);
}

const Clip *DatasetTreeModel::clipAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_index)
        return nullptr;
    const auto *n = static_cast<const Node *>(index.internalPointer());
    return n->clip >= 0 ? &m_index->clips[n->clip] : nullptr;
}

QModelIndex DatasetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex DatasetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = static_cast<const Node *>(child.internalPointer());
    Node *p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int DatasetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return int(p->children.size());
}

int DatasetTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QRegularExpression DatasetTreeModel::filterExpression(const QString &text)
{
    QString pattern = QStringLiteral("^");
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
}

QString DatasetTreeModel::labelText(Label label)
{
    return label == Label::Normal ? tr("normal") : label == Label::Anomaly ? tr("anomaly") : tr("unlabelled");
}

QVariant DatasetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = static_cast<const Node *>(index.internalPointer());
    const Clip *clip = n->clip >= 0 ? &m_index->clips[n->clip] : nullptr;
    if (role == ClipPathRole)
        return clip ? QString::fromStdString(clip->path) : QVariant();
    if (role == ClipIndexRole)
        return n->clip;
    if (role == FilterTextRole) {
        // What the filter box matches: name, label (as the files spell it and as shown, which
        // differs in a translation), domain, machine type and ID or section.
        if (!clip)
            return n->name;
        return n->name + QLatin1Char(' ') + QLatin1String(toString(clip->label)) + QLatin1Char(' ') +
               labelText(clip->label) + QLatin1Char(' ') + QLatin1String(toString(clip->domain)) + QLatin1Char(' ') +
               QString::fromStdString(clip->machineType) + QLatin1Char(' ') + QString::fromStdString(groupName(*clip)) +
               (clip->knownAnomaly ? QStringLiteral(" known ") + tr("known anomaly") : QString());
    }
    if (role == SortRole) {
        if (index.column() == ScoreColumn)
            return n->score;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && clip)
        return QString::fromStdString(clip->path);
    if (role == Qt::ForegroundRole && clip && (clip->label == Label::Anomaly || clip->knownAnomaly) && index.column() == LabelColumn)
        return QColor(0xc0, 0x39, 0x2b);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (clip)
            return shownName(*clip);
        return tr("%1 (%n clips)", nullptr, n->count).arg(n->name);
    case ScoreColumn:
        return clip && std::isfinite(n->score) ? QString::number(n->score, 'g', 4) : QVariant();
    case LabelColumn:
        if (clip)
            return clip->knownAnomaly ? tr("known anomaly") : labelText(clip->label);
        return n->anomalies ? tr("%1 anomalies").arg(n->anomalies) : QVariant();
    case DomainColumn:
        return clip && clip->domain != Domain::None ? QString::fromLatin1(toString(clip->domain)) : QVariant();
    case AttributesColumn: {
        if (!clip)
            return {};
        QStringList parts;
        for (const auto &[k, v] : clip->attributes)
            parts << QString::fromStdString(k) + QLatin1Char('=') + QString::fromStdString(v);
        return parts.join(QLatin1String(", "));
    }
    case LengthColumn:
        return clip ? tr("%1 s").arg(clip->audio.seconds(), 0, 'f', 2) : QVariant();
    }
    return {};
}

QVariant DatasetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Clip");
    case ScoreColumn: return tr("Score");
    case LabelColumn: return tr("Label");
    case DomainColumn: return tr("Domain");
    case AttributesColumn: return tr("Attributes");
    case LengthColumn: return tr("Length");
    }
    return {};
}

} // namespace asd::ui
