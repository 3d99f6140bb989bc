// SPDX-License-Identifier: MIT
#include "core/live/queryresultmodel.h"

#include <algorithm>
#include <map>
#include <set>

namespace hearth::core {

QueryResultModel::QueryResultModel(QObject *parent) : QAbstractTableModel(parent) { }

void QueryResultModel::setResult(QueryResult result)
{
    beginResetModel();
    m_result = std::move(result);
    m_order.resize(m_result.rows.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    endResetModel();
}

void QueryResultModel::clear()
{
    setResult(QueryResult());
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.columns.size());
}

QString QueryResultModel::columnName(int column) const
{
    return column >= 0 && column < m_result.columns.size() ? m_result.columns[column].name
                                                           : QString();
}

QString QueryResultModel::formatCell(const QVariant &value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (type) {
    case ColumnType::Timestamp:
        return value.canConvert<qint64>() && value.typeId() != QMetaType::QString
            ? formatIsoMicrosQ(value.toLongLong())
            : value.toString();
    case ColumnType::Float:
        return QString::number(value.toDouble(), 'g', 12);
    case ColumnType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size()
        || index.column() >= m_result.columns.size())
        return {};
    const QVariant &v = m_result.rows[m_order[index.row()]][index.column()];
    const ColumnType type = m_result.columns[index.column()].type;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = formatCell(v, type);
        if (text.size()
            > 300) // keep rows one line and painting cheap; the full text is the tooltip
            text = text.left(300) + QStringLiteral("…");
        return text;
    }
    case Qt::ToolTipRole: {
        const QString text = formatCell(v, type);
        return text.size() > 80 ? text.left(4000) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return (type == ColumnType::Integer || type == ColumnType::Float)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return v;
    case ColumnTypeRole:
        return static_cast<int>(type);
    default:
        return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_result.columns.size())
        return {};
    const Column &c = m_result.columns[section];
    if (role == Qt::ToolTipRole)
        return QString(c.name + QStringLiteral(" (") + columnTypeName(c.type) + QLatin1Char(')'));
    return c.name;
}

void QueryResultModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_result.columns.size())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> oldOrder = m_order;
    const auto &rows = m_result.rows;
    const ColumnType type = m_result.columns[column].type;
    const bool numeric = type == ColumnType::Integer || type == ColumnType::Float
        || type == ColumnType::Timestamp || type == ColumnType::Boolean;
    // NULLs sort first ascending, last descending, like most SQL engines.
    auto less = [&](int a, int b) {
        const QVariant &x = rows[a][column];
        const QVariant &y = rows[b][column];
        if (x.isNull() || y.isNull())
            return x.isNull() && !y.isNull();
        if (numeric)
            return x.toDouble() < y.toDouble();
        return QString::compare(x.toString(), y.toString(), Qt::CaseSensitive) < 0;
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), less);
    else
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return less(b, a); });
    if (!before.isEmpty()) {
        QVector<int> position(m_order.size());
        for (int i = 0; i < m_order.size(); ++i)
            position[m_order[i]] = i;
        QModelIndexList after;
        for (const QModelIndex &idx : before)
            after << index(position[oldOrder[idx.row()]], idx.column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString QueryResultModel::toTsv(const QModelIndexList &indexes) const
{
    std::map<int, std::map<int, QString>> cells;
    std::set<int> columns;
    for (const QModelIndex &idx : indexes) {
        if (!idx.isValid())
            continue;
        QString text = formatCell(m_result.rows[m_order[idx.row()]][idx.column()],
                                  m_result.columns[idx.column()].type);
        text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        cells[idx.row()][idx.column()] = text;
        columns.insert(idx.column());
    }
    QString out;
    for (const auto &[row, values] : cells) {
        QStringList line;
        for (int c : columns)
            line << (values.count(c) ? values.at(c) : QString());
        out += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace hearth::core
