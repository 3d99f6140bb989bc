// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertrule.h"
#include "core/alerts/alertrun.h"

#include <optional>
#include <QAbstractTableModel>
#include <QVector>

namespace hearth::app {

// The Alerts page list: one row per rule, reset from an immutable snapshot.
class AlertRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        NameColumn,
        ActivityColumn,
        ChannelsColumn,
        LastRunColumn,
        NextRunColumn,
        ColumnCount
    };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        StateRole, // int(core::AlertState)
        ActivityRole, // QVariantList of int(core::AlertState), oldest first
        ActiveRole,
    };

    struct Row
    {
        core::AlertRule rule;
        QVector<core::AlertRun> recent; // newest first
        std::optional<core::Micros> nextRun;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<Row> rows);
    const Row *rowAt(int row) const;
    int rowOfRule(qint64 ruleId) const;
    // The state shown for a rule: its last run's, "No data" if it never ran.
    static core::AlertState currentState(const Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};

} // namespace hearth::app
