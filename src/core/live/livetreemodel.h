// SPDX-License-Identifier: MIT
#pragma once

#include "core/live/traceforest.h"

#include <QAbstractListModel>

namespace hearth::core {

// The Live view's rows: the trace forest flattened (one row per visible record, depth as a role),
// so that the view is a plain list with uniform rows and appending new traces at the bottom is one
// rowsInserted. Expansion lives here, not in the view, so reloads keep it.
class LiveTreeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StartRole = Qt::UserRole + 1, // qint64 µs
        TraceIdRole,
        SpanIdRole,
        ServiceRole,
        LevelRole,
        DepthRole,
        ChildCountRole,
        ExpandedRole,
        ErrorInsideRole,
        PendingRole,
        DurationRole, // double seconds, invalid for logs
        TokensRole, // QString "↗12 ↙34", "∑ ↗… ↙…" or empty
        KeyRole,
    };

    explicit LiveTreeModel(int maxRecords = 50000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds/updates records and tells views as narrowly as possible: rows appended at the bottom
    // are one insert, trees dropped from the top one remove; anything else is a layout change that
    // keeps persistent indexes (selection) on their records.
    TraceForest::MergeStats merge(const std::vector<LiveRecord> &records);
    void clear();

    void setExpanded(int row, bool expanded);
    void toggleExpanded(int row);
    void setAllExpanded(bool expanded);
    void setLocalFilter(const LocalFilter &filter);

    const TraceForest &forest() const { return m_forest; }
    const TraceForest::Node *node(int row) const;
    int rowOf(const QString &traceId, const QString &spanId) const;
    // The first row starting at or after `us` (rows are roughly in time order), or the last row.
    int rowAtOrAfter(Micros us) const;

    static QString tokenText(const TraceForest::Node &node);
    static QString displayMessage(const LiveRecord &r);

private:
    void applyVisible(std::vector<TraceForest::Node *> next);

    TraceForest m_forest;
    std::vector<TraceForest::Node *> m_visible;
};

} // namespace hearth::core
