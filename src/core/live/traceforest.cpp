// SPDX-License-Identifier: MIT
#include "core/live/traceforest.h"

#include <algorithm>
#include <limits>

namespace hearth::core {

bool LocalFilter::matches(const LiveRecord &r) const
{
    if (r.level < minLevel)
        return false;
    if (!services.isEmpty() && !services.contains(r.serviceName))
        return false;
    if (!scopes.isEmpty() && !scopes.contains(r.scopeName))
        return false;
    if (!tags.isEmpty()) {
        bool any = false;
        for (const QString &t : r.tags)
            any = any || tags.contains(t);
        if (!any)
            return false;
    }
    return true;
}

namespace {

bool startsBefore(const TraceForest::Node *a, const TraceForest::Node *b)
{
    return a->record.startUs < b->record.startUs;
}

} // namespace

TraceForest::TraceForest(int maxRecords) : m_maxRecords(maxRecords) { }

TraceForest::~TraceForest() = default;

void TraceForest::clear()
{
    m_roots.clear();
    m_orphans.clear();
    m_nodes.clear();
    m_dropped.clear();
    m_newestStartUs = 0;
    m_oldestStartUs = 0;
}

const TraceForest::Node *TraceForest::find(const QString &traceId, const QString &spanId) const
{
    const auto it = m_nodes.find(keyOf(traceId, spanId));
    return it == m_nodes.end() ? nullptr : it->second.get();
}

TraceForest::MergeStats TraceForest::merge(const std::vector<LiveRecord> &records)
{
    MergeStats stats;
    QSet<Node *> dirtyRoots;
    std::vector<Node *> fresh;
    for (const LiveRecord &r : records) {
        if (r.traceId.isEmpty() || r.spanId.isEmpty())
            continue;
        const QString key = keyOf(r.traceId, r.spanId);
        auto it = m_nodes.find(key);
        if (it != m_nodes.end()) {
            Node *node = it->second.get();
            // A real span replaces its pending stand-in; a pending row never overwrites a real one.
            if (r.pending() && !node->record.pending())
                continue;
            // Polls overlap on purpose: an unchanged row costs a lookup, nothing more.
            if (r.pending() == node->record.pending() && r.endUs == node->record.endUs
                && r.level == node->record.level && r.startUs == node->record.startUs
                && r.parentSpanId == node->record.parentSpanId)
                continue;
            const bool startMoved = node->record.startUs != r.startUs;
            node->record = r;
            ++stats.updated;
            if (startMoved && !node->parent) {
                unlinkRoot(node);
                insertRoot(node);
            }
            Node *root = node;
            while (root->parent)
                root = root->parent;
            dirtyRoots.insert(root);
            continue;
        }
        auto owned = std::make_unique<Node>();
        owned->record = r;
        owned->expanded = m_defaultExpanded && !m_collapsed.contains(key);
        Node *node = owned.get();
        m_nodes.emplace(key, std::move(owned));
        fresh.push_back(node);
        ++stats.added;
        m_newestStartUs = std::max(m_newestStartUs, r.startUs);
        m_oldestStartUs = m_oldestStartUs == 0 ? r.startUs : std::min(m_oldestStartUs, r.startUs);
    }
    // Link in start order so that roots mostly append and children land in order.
    std::sort(fresh.begin(), fresh.end(), startsBefore);
    for (Node *node : fresh)
        link(node);
    for (Node *node : fresh) {
        Node *root = node;
        while (root->parent)
            root = root->parent;
        dirtyRoots.insert(root);
    }
    while (static_cast<int>(m_nodes.size()) > m_maxRecords && m_roots.size() > 1) {
        Node *oldest = m_roots.front();
        dirtyRoots.remove(oldest);
        dropOldest();
        ++stats.droppedRoots;
    }
    for (Node *root : std::as_const(dirtyRoots))
        if (!root->parent)
            aggregate(root);
    return stats;
}

void TraceForest::link(Node *node)
{
    const LiveRecord &r = node->record;
    // Adopt orphans that were waiting for this span.
    const QString key = keyOf(r.traceId, r.spanId);
    const QList<Node *> waiting = m_orphans.values(key);
    m_orphans.remove(key);
    for (Node *child : waiting) {
        unlinkRoot(child);
        child->parent = node;
        node->children.insert(
            std::upper_bound(node->children.begin(), node->children.end(), child, startsBefore),
            child);
    }
    if (!r.parentSpanId.isEmpty()) {
        const QString parentKey = keyOf(r.traceId, r.parentSpanId);
        if (auto it = m_nodes.find(parentKey); it != m_nodes.end() && it->second.get() != node) {
            Node *parent = it->second.get();
            node->parent = parent;
            parent->children.insert(std::upper_bound(parent->children.begin(),
                                                     parent->children.end(), node, startsBefore),
                                    node);
            return;
        }
        m_orphans.insert(parentKey, node);
    }
    insertRoot(node);
}

void TraceForest::insertRoot(Node *node)
{
    if (m_roots.empty() || !startsBefore(node, m_roots.back()))
        m_roots.push_back(node);
    else
        m_roots.insert(std::upper_bound(m_roots.begin(), m_roots.end(), node, startsBefore), node);
}

void TraceForest::unlinkRoot(Node *node)
{
    // Roots are sorted by start: search the run of equal starts instead of the whole list.
    auto it = std::lower_bound(m_roots.begin(), m_roots.end(), node, startsBefore);
    while (it != m_roots.end() && *it != node && (*it)->record.startUs == node->record.startUs)
        ++it;
    if (it != m_roots.end() && *it == node)
        m_roots.erase(it);
    else if (auto any = std::find(m_roots.begin(), m_roots.end(), node); any != m_roots.end())
        m_roots.erase(any);
}

void TraceForest::forget(Node *node)
{
    for (Node *child : node->children)
        forget(child);
    const LiveRecord &r = node->record;
    if (!r.parentSpanId.isEmpty())
        m_orphans.remove(keyOf(r.traceId, r.parentSpanId), node);
    auto it = m_nodes.find(keyOf(r.traceId, r.spanId));
    if (it != m_nodes.end()) {
        m_dropped.push_back(std::move(it->second));
        m_nodes.erase(it);
    }
}

void TraceForest::dropOldest()
{
    Node *oldest = m_roots.front();
    m_roots.erase(m_roots.begin());
    forget(oldest);
    m_oldestStartUs = m_roots.empty() ? 0 : m_roots.front()->record.startUs;
}

void TraceForest::releaseDropped()
{
    m_dropped.clear();
}

void TraceForest::aggregate(Node *root)
{
    Micros start = std::numeric_limits<Micros>::max();
    Micros end = std::numeric_limits<Micros>::min();
    aggregateNode(root, 0, start, end);
    assignExtent(root, start, end);
}

void TraceForest::aggregateNode(Node *node, int depth, Micros &start, Micros &end)
{
    node->depth = depth;
    node->errorInside = false;
    node->sumInput = -1;
    node->sumOutput = -1;
    node->matchInside = !m_filter.active() || m_filter.matches(node->record);
    start = std::min(start, node->record.startUs);
    end = std::max(end, std::max(node->record.endUs, node->record.startUs));
    for (Node *child : node->children) {
        aggregateNode(child, depth + 1, start, end);
        node->errorInside = node->errorInside || child->errorInside || child->record.isError();
        node->matchInside = node->matchInside || child->matchInside;
        // Model requests only: an agent run repeating its children's usage is not counted twice.
        auto add = [](qint64 &sum, qint64 v) {
            if (v >= 0)
                sum = (sum < 0 ? 0 : sum) + v;
        };
        if (child->record.modelRequest) {
            add(node->sumInput, child->record.inputTokens);
            add(node->sumOutput, child->record.outputTokens);
        }
        add(node->sumInput, child->sumInput);
        add(node->sumOutput, child->sumOutput);
    }
}

void TraceForest::assignExtent(Node *node, Micros start, Micros end)
{
    node->traceStartUs = start;
    node->traceEndUs = end;
    for (Node *child : node->children)
        assignExtent(child, start, end);
}

QList<QPair<QString, QString>> TraceForest::missingParents(int limit) const
{
    QList<QPair<QString, QString>> out;
    for (auto it = m_roots.rbegin(); it != m_roots.rend() && out.size() < limit; ++it) {
        const LiveRecord &r = (*it)->record;
        if (!r.parentSpanId.isEmpty())
            out.append({r.traceId, r.parentSpanId});
    }
    return out;
}

void TraceForest::setExpanded(Node *node, bool expanded)
{
    node->expanded = expanded;
    const QString key = keyOf(node->record.traceId, node->record.spanId);
    if (expanded)
        m_collapsed.remove(key);
    else
        m_collapsed.insert(key);
}

void TraceForest::setAllExpanded(bool expanded)
{
    m_defaultExpanded = expanded;
    m_collapsed.clear();
    for (auto &[key, node] : m_nodes) {
        node->expanded = expanded;
        if (!expanded && !node->children.empty())
            m_collapsed.insert(key);
    }
}

void TraceForest::setLocalFilter(const LocalFilter &filter)
{
    m_filter = filter;
    for (Node *root : m_roots)
        aggregate(root);
}

void TraceForest::collect(Node *node, std::vector<Node *> &out) const
{
    if (!node->matchInside)
        return;
    out.push_back(node);
    if (!node->expanded)
        return;
    for (Node *child : node->children)
        collect(child, out);
}

std::vector<TraceForest::Node *> TraceForest::flatten() const
{
    std::vector<Node *> out;
    out.reserve(m_nodes.size());
    for (Node *root : m_roots)
        collect(root, out);
    return out;
}

namespace {

QStringList sortedList(QSet<QString> set)
{
    set.remove(QString());
    QStringList list(set.begin(), set.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

QStringList TraceForest::services() const
{
    QSet<QString> set;
    for (const auto &entry : m_nodes)
        set.insert(entry.second->record.serviceName);
    return sortedList(set);
}

QStringList TraceForest::scopes() const
{
    QSet<QString> set;
    for (const auto &entry : m_nodes)
        set.insert(entry.second->record.scopeName);
    return sortedList(set);
}

QStringList TraceForest::tags() const
{
    QSet<QString> set;
    for (const auto &entry : m_nodes)
        for (const QString &t : entry.second->record.tags)
            set.insert(t);
    return sortedList(set);
}

} // namespace hearth::core
