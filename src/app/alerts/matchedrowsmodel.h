// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace hearth::app {

// The rows a run matched (its rows JSON), as a table. trace_id cells are links to the trace.
class MatchedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { TraceIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // Returns false (and shows nothing) when the JSON is not a rows document.
    bool setRowsJson(const QByteArray &json);
    void clear();
    int traceIdColumn() const { return m_columns.indexOf(QStringLiteral("trace_id")); }
    bool truncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QVector<QStringList> m_rows;
    bool m_truncated = false;
};

} // namespace hearth::app
