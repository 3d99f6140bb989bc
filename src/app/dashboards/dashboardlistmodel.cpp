// SPDX-License-Identifier: MIT
#include "app/dashboards/dashboardlistmodel.h"

#include <QFont>

namespace hearth::app {

DashboardListModel::DashboardListModel(QObject *parent) : QAbstractListModel(parent) { }

void DashboardListModel::setEntries(QVector<core::DashboardEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const core::DashboardEntry *DashboardListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int DashboardListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

int DashboardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const core::DashboardEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        return e.standard ? tr("%1\nStandard dashboard: read-only, clone it to edit.")
                                .arg(e.document.description())
                          : e.document.description();
    case IdRole:
        return e.id;
    case StandardRole:
        return e.standard;
    case RowIdRole:
        return e.rowId;
    default:
        return QVariant();
    }
}

} // namespace hearth::app
