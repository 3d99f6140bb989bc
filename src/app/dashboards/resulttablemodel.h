// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"

#include <memory>
#include <QAbstractTableModel>

namespace hearth::app {

// A query result as a table: one reset per result (results are immutable snapshots).
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, TraceIdRole };
    explicit ResultTableModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const core::QueryResult> result);
    const core::QueryResult *result() const { return m_result.get(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const core::QueryResult> m_result;
    int m_traceColumn = -1;
};

} // namespace hearth::app
