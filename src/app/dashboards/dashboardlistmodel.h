// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboardrepository.h"

#include <QAbstractListModel>

namespace hearth::app {

// The dashboards a user can open: standard ones (read-only, badged) then the store's own.
class DashboardListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, StandardRole, RowIdRole };
    explicit DashboardListModel(QObject *parent = nullptr);

    void setEntries(QVector<core::DashboardEntry> entries);
    const core::DashboardEntry *entry(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<core::DashboardEntry> m_entries;
};

} // namespace hearth::app
