// SPDX-License-Identifier: MIT
#include "core/live/livetreemodel.h"

#include <algorithm>
#include <QLocale>
#include <unordered_map>

namespace hearth::core {

LiveTreeModel::LiveTreeModel(int maxRecords, QObject *parent)
    : QAbstractListModel(parent), m_forest(maxRecords)
{
}

int LiveTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

Qt::ItemFlags LiveTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LiveTreeModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StartRole, "start");
    names.insert(TraceIdRole, "traceId");
    names.insert(SpanIdRole, "spanId");
    names.insert(ServiceRole, "service");
    names.insert(LevelRole, "level");
    names.insert(DepthRole, "depth");
    names.insert(ChildCountRole, "childCount");
    names.insert(ExpandedRole, "expanded");
    names.insert(ErrorInsideRole, "errorInside");
    names.insert(PendingRole, "pending");
    names.insert(DurationRole, "duration");
    names.insert(TokensRole, "tokens");
    names.insert(KeyRole, "key");
    return names;
}

const TraceForest::Node *LiveTreeModel::node(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visible.size()))
        return nullptr;
    return m_visible[static_cast<size_t>(row)];
}

QString LiveTreeModel::displayMessage(const LiveRecord &r)
{
    QString text = r.message.isEmpty() ? r.spanName : r.message;
    if (r.httpStatus > 0 && !text.contains(QStringLiteral("→")))
        text += QStringLiteral(" → ") + QString::number(r.httpStatus);
    return text;
}

namespace {

QString compactCount(qint64 v)
{
    if (v < 0)
        v = 0;
    if (v < 10000)
        return QString::number(v);
    if (v < 1000000)
        return QString::number(static_cast<double>(v) / 1e3, 'f', v < 100000 ? 1 : 0)
            + QLatin1Char('k');
    return QString::number(static_cast<double>(v) / 1e6, 'f', 1) + QLatin1Char('M');
}

} // namespace

QString LiveTreeModel::tokenText(const TraceForest::Node &node)
{
    const LiveRecord &r = node.record;
    auto pair = [](qint64 in, qint64 out) -> QString {
        return QStringLiteral("↗") + compactCount(in) + QStringLiteral(" ↙") + compactCount(out);
    };
    if (r.modelRequest)
        return pair(r.inputTokens, r.outputTokens);
    if (node.sumInput >= 0 || node.sumOutput >= 0)
        return QStringLiteral("∑ ") + pair(node.sumInput, node.sumOutput);
    if (r.hasTokens())
        return pair(r.inputTokens, r.outputTokens);
    return {};
}

QVariant LiveTreeModel::data(const QModelIndex &index, int role) const
{
    const TraceForest::Node *n = index.isValid() ? node(index.row()) : nullptr;
    if (!n || index.column() != 0)
        return {};
    const LiveRecord &r = n->record;
    switch (role) {
    case Qt::DisplayRole:
        return displayMessage(r);
    case Qt::ToolTipRole:
        return r.spanName;
    case StartRole:
        return static_cast<qint64>(r.startUs);
    case TraceIdRole:
        return r.traceId;
    case SpanIdRole:
        return r.spanId;
    case ServiceRole:
        return r.serviceName;
    case LevelRole:
        return r.level;
    case DepthRole:
        return n->depth;
    case ChildCountRole:
        return static_cast<int>(n->children.size());
    case ExpandedRole:
        return n->expanded;
    case ErrorInsideRole:
        return n->errorInside;
    case PendingRole:
        return r.pending();
    case DurationRole:
        return r.duration >= 0 && !r.pending() ? QVariant(r.duration) : QVariant();
    case TokensRole:
        return tokenText(*n);
    case KeyRole:
        return r.key();
    default:
        return {};
    }
}

TraceForest::MergeStats LiveTreeModel::merge(const std::vector<LiveRecord> &records)
{
    const auto stats = m_forest.merge(records);
    if (stats.added == 0 && stats.updated == 0 && stats.droppedRoots == 0)
        return stats;
    applyVisible(m_forest.flatten());
    m_forest.releaseDropped();
    if (!m_visible.empty() && stats.updated > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    return stats;
}

void LiveTreeModel::applyVisible(std::vector<TraceForest::Node *> next)
{
    // Nodes dropped from the forest are still allocated (releaseDropped comes after), so pointer
    // comparison is safe here.
    size_t removedFront = 0;
    bool frontKnown = true;
    if (!m_visible.empty() && !next.empty()) {
        const auto first = std::find(m_visible.begin(), m_visible.end(), next.front());
        frontKnown = first != m_visible.end();
        removedFront = static_cast<size_t>(first - m_visible.begin());
    } else if (next.empty()) {
        removedFront = m_visible.size();
    }
    const size_t kept = m_visible.size() - removedFront;
    const bool prefixMatches = frontKnown && kept <= next.size()
        && std::equal(m_visible.begin() + static_cast<std::ptrdiff_t>(removedFront),
                      m_visible.end(), next.begin());
    if (prefixMatches) {
        if (removedFront > 0) {
            beginRemoveRows(QModelIndex(), 0, static_cast<int>(removedFront) - 1);
            m_visible.erase(m_visible.begin(),
                            m_visible.begin() + static_cast<std::ptrdiff_t>(removedFront));
            endRemoveRows();
        }
        if (next.size() > m_visible.size()) {
            beginInsertRows(QModelIndex(), static_cast<int>(m_visible.size()),
                            static_cast<int>(next.size()) - 1);
            m_visible = std::move(next);
            endInsertRows();
        }
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::unordered_map<const TraceForest::Node *, int> newRows;
    newRows.reserve(next.size());
    for (size_t i = 0; i < next.size(); ++i)
        newRows.emplace(next[i], static_cast<int>(i));
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &idx : before) {
        const auto it = newRows.find(node(idx.row()));
        after.append(it == newRows.end() ? QModelIndex() : createIndex(it->second, 0));
    }
    m_visible = std::move(next);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LiveTreeModel::clear()
{
    beginResetModel();
    m_forest.clear();
    m_visible.clear();
    endResetModel();
}

void LiveTreeModel::setExpanded(int row, bool expanded)
{
    auto *n = const_cast<TraceForest::Node *>(node(row));
    if (!n || n->expanded == expanded || n->children.empty()) {
        if (n)
            m_forest.setExpanded(n, expanded);
        return;
    }
    m_forest.setExpanded(n, expanded);
    std::vector<TraceForest::Node *> next = m_forest.flatten();
    const int delta = static_cast<int>(next.size()) - rowCount();
    if (delta > 0) {
        beginInsertRows(QModelIndex(), row + 1, row + delta);
        m_visible = std::move(next);
        endInsertRows();
    } else if (delta < 0) {
        beginRemoveRows(QModelIndex(), row + 1, row - delta);
        m_visible = std::move(next);
        endRemoveRows();
    }
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {ExpandedRole});
}

void LiveTreeModel::toggleExpanded(int row)
{
    if (const auto *n = node(row))
        setExpanded(row, !n->expanded);
}

void LiveTreeModel::setAllExpanded(bool expanded)
{
    m_forest.setAllExpanded(expanded);
    applyVisible(m_forest.flatten());
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ExpandedRole});
}

void LiveTreeModel::setLocalFilter(const LocalFilter &filter)
{
    m_forest.setLocalFilter(filter);
    applyVisible(m_forest.flatten());
}

int LiveTreeModel::rowOf(const QString &traceId, const QString &spanId) const
{
    const auto *target = m_forest.find(traceId, spanId);
    if (!target)
        return -1;
    const auto it = std::find(m_visible.begin(), m_visible.end(), target);
    return it == m_visible.end() ? -1 : static_cast<int>(it - m_visible.begin());
}

int LiveTreeModel::rowAtOrAfter(Micros us) const
{
    for (size_t i = 0; i < m_visible.size(); ++i)
        if (m_visible[i]->record.startUs >= us)
            return static_cast<int>(i);
    return rowCount() - 1;
}

} // namespace hearth::core
