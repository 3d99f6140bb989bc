// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hearth::core {

// A query result as a table: typed cells formatted for display, sortable through a row
// permutation (the result itself is never copied), and serialisable as TSV for the clipboard.
class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the typed cell value (qint64 µs for timestamps)
        ColumnTypeRole, // int(ColumnType)
    };

    explicit QueryResultModel(QObject *parent = nullptr);

    void setResult(QueryResult result);
    const QueryResult &result() const { return m_result; }
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The result row shown at `row` (after sorting).
    int sourceRow(int row) const { return m_order.value(row, -1); }
    QString columnName(int column) const;

    // Cells as tab-separated text, rows in view order; `indexes` may be any selection.
    QString toTsv(const QModelIndexList &indexes) const;

    static QString formatCell(const QVariant &value, ColumnType type);

private:
    QueryResult m_result;
    QVector<int> m_order;
};

} // namespace hearth::core
