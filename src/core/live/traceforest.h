// SPDX-License-Identifier: MIT
#pragma once

#include "core/live/liverecord.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QSet>
#include <QString>
#include <unordered_map>
#include <vector>

namespace hearth::core {

// Quick filters of the Live view ("filter local data", logfire.md §4.1): applied to the rows
// already loaded, without a query. Empty sets mean "any".
struct LocalFilter
{
    int minLevel = 0;
    QSet<QString> services;
    QSet<QString> scopes;
    QSet<QString> tags;

    bool active() const
    {
        return minLevel > 0 || !services.isEmpty() || !scopes.isEmpty() || !tags.isEmpty();
    }
    bool matches(const LiveRecord &r) const;
};

// The records of the Live view grouped into trace trees: children under their parents (sorted by
// start), roots in start order (newest last). Records arrive in any order (spans are exported when
// they end, so parents come after children): an orphan waits at root level and moves under its
// parent when that arrives. Flattening with per-node expansion gives the rows a list view shows.
class TraceForest
{
public:
    struct Node
    {
        LiveRecord record;
        Node *parent = nullptr;
        std::vector<Node *> children;
        bool expanded = true;
        // Derived by the aggregate pass:
        int depth = 0;
        bool errorInside = false; // an error in a descendant
        bool matchInside = true; // the node or a descendant passes the local filter
        qint64 sumInput = -1; // ∑ over descendant model requests; -1 = none
        qint64 sumOutput = -1;
        Micros traceStartUs = 0; // extent of the tree this node is in
        Micros traceEndUs = 0;
    };

    struct MergeStats
    {
        int added = 0;
        int updated = 0;
        int droppedRoots = 0;
    };

    explicit TraceForest(int maxRecords = 50000);
    ~TraceForest();

    // Adds or updates records (same trace_id/span_id = update: a pending span becoming real).
    // Beyond maxRecords the oldest trees are dropped; their nodes stay alive until
    // releaseDropped(), so that a model can still compare pointers while it updates views.
    MergeStats merge(const std::vector<LiveRecord> &records);
    void releaseDropped();
    void clear();

    const std::vector<Node *> &roots() const { return m_roots; }
    const Node *find(const QString &traceId, const QString &spanId) const;
    int size() const { return static_cast<int>(m_nodes.size()); }
    Micros newestStartUs() const { return m_newestStartUs; }
    Micros oldestStartUs() const { return m_oldestStartUs; }

    // Roots whose parent is not loaded (newest first, at most `limit`): (trace_id, parent_span_id).
    QList<QPair<QString, QString>> missingParents(int limit) const;

    void setDefaultExpanded(bool expanded) { m_defaultExpanded = expanded; }
    void setExpanded(Node *node, bool expanded);
    void setAllExpanded(bool expanded);

    void setLocalFilter(const LocalFilter &filter);
    const LocalFilter &localFilter() const { return m_filter; }

    // The visible rows: depth-first, expanded subtrees only, nodes the local filter hides removed.
    std::vector<Node *> flatten() const;

    // Distinct values seen in the loaded records (for the quick-filter menus and completion).
    QStringList services() const;
    QStringList scopes() const;
    QStringList tags() const;

private:
    static QString keyOf(const QString &traceId, const QString &spanId)
    {
        return traceId + QLatin1Char('/') + spanId;
    }
    void link(Node *node);
    void unlinkRoot(Node *node);
    void insertRoot(Node *node);
    void dropOldest();
    void aggregate(Node *root);
    void aggregateNode(Node *node, int depth, Micros &start, Micros &end);
    void assignExtent(Node *node, Micros start, Micros end);
    void collect(Node *node, std::vector<Node *> &out) const;
    void forget(Node *node);

    int m_maxRecords;
    bool m_defaultExpanded = true;
    LocalFilter m_filter;
    std::unordered_map<QString, std::unique_ptr<Node>> m_nodes;
    QMultiHash<QString, Node *> m_orphans; // parent key -> roots waiting for it
    std::vector<Node *> m_roots;
    std::vector<std::unique_ptr<Node>> m_dropped;
    QSet<QString> m_collapsed; // keys collapsed by the user, kept across reloads
    Micros m_newestStartUs = 0;
    Micros m_oldestStartUs = 0;
};

} // namespace hearth::core
