// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertrun.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hearth::app {

// A rule's run history, newest first.
class AlertRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        StateColumn,
        RowsColumn,
        TransitionColumn,
        DurationColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StateRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(QVector<core::AlertRun> runs);
    const core::AlertRun *runAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<core::AlertRun> m_runs;
};

} // namespace hearth::app
