// SPDX-License-Identifier: MIT
#include "app/dashboards/resulttablemodel.h"

#include "core/dashboard/chartdata.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace hearth::app {

ResultTableModel::ResultTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ResultTableModel::setResult(std::shared_ptr<const core::QueryResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_traceColumn = m_result ? m_result->columnIndex(QStringLiteral("trace_id")) : -1;
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QVariant &v = m_result->rows[index.row()].value(index.column());
    const core::ColumnType type = m_result->columns[index.column()].type;
    switch (role) {
    case Qt::DisplayRole:
        if (v.isNull())
            return QString();
        if (type == core::ColumnType::Timestamp)
            return core::formatIsoMicrosQ(v.toLongLong())
                .left(19)
                .replace(QLatin1Char('T'), QLatin1Char(' '));
        if (v.metaType().id() == QMetaType::Double)
            return core::formatValue(v.toDouble(), QStringLiteral("decimal"), -1, false);
        return v.toString();
    case Qt::ToolTipRole:
        return v.toString();
    case Qt::TextAlignmentRole:
        return core::columnIsNumeric(type) || v.metaType().id() == QMetaType::Double
                || v.metaType().id() == QMetaType::LongLong
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == m_traceColumn)
            return QGuiApplication::palette().brush(QPalette::Link);
        return QVariant();
    case SortRole:
        return v;
    case TraceIdRole:
        return m_traceColumn >= 0 ? m_result->rows[index.row()].value(m_traceColumn).toString()
                                  : QString();
    default:
        return QVariant();
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_result || role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return section < m_result->columns.size() ? m_result->columns[section].name : QString();
    return section + 1;
}

} // namespace hearth::app
