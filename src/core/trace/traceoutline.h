// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace/tracedata.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace hearth::core::trace {

struct TraceFilter
{
    std::set<std::uint16_t> services; // empty = all
    int minLevel = 0;
    std::string text; // case-insensitive substring of the message
    bool active() const { return !services.empty() || minLevel > 0 || !text.empty(); }
};

// The view state of one opened trace: which nodes are expanded, the filter, the search, and the
// flattened list of visible rows derived from them. Only the visible rows are ever laid out, so a
// million-span trace costs what the rows on screen cost.
class TraceOutline
{
public:
    // Traces up to this size open fully expanded; bigger ones open with about kDefaultRowBudget
    // rows and "+N hidden" counts on collapsed nodes.
    static constexpr int kExpandAllBelow = 2000;
    static constexpr int kDefaultRowBudget = 300;

    explicit TraceOutline(std::shared_ptr<const TraceData> data);
    const TraceData &data() const { return *m_data; }
    const std::shared_ptr<const TraceData> &dataPtr() const { return m_data; }

    // Visible rows (node indices, ascending: pre-order).
    const std::vector<std::int32_t> &rows() const { return m_rows; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int nodeAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    int rowOf(int node) const; // -1 when hidden

    bool isExpanded(int node) const { return m_expanded[static_cast<size_t>(node)] != 0; }
    bool hasChildren(int node) const;
    // Descendants not shown because the node is collapsed (filter-aware).
    int hiddenDescendants(int node) const;
    void setExpanded(int node, bool expanded);
    void toggle(int node) { setExpanded(node, !isExpanded(node)); }
    void setSubtreeExpanded(int node, bool expanded);
    void expandAll();
    void collapseAll();
    void expandAncestors(int node);
    void applyDefaultExpansion(int rowBudget = kDefaultRowBudget);

    void setFilter(TraceFilter filter);
    const TraceFilter &filter() const { return m_filter; }
    // With a filter: does the node itself match (others are shown dimmed as context)?
    bool matchesFilter(int node) const;

    // Search: matches in pre-order; moving to a match expands its ancestors.
    int search(const std::string &text); // returns the match count, current = first
    const std::vector<std::int32_t> &searchMatches() const { return m_matches; }
    bool isSearchMatch(int node) const;
    int currentMatch() const; // node, or -1
    int currentMatchIndex() const { return m_current; }
    int nextMatch(); // node, wraps
    int previousMatch();

    // Case-insensitive message search over the whole trace.
    std::vector<std::int32_t> findMessages(const std::string &text) const;

private:
    void rebuildRows();
    void focusMatch();

    std::shared_ptr<const TraceData> m_data;
    std::vector<std::uint8_t> m_expanded;
    std::vector<std::int32_t> m_rows;
    TraceFilter m_filter;
    std::vector<std::uint8_t> m_match; // per node: 1 = matches filter, 2 = kept as context
    std::vector<std::int32_t> m_keptCount; // per node: kept nodes in the subtree
    std::vector<std::int32_t> m_matches;
    int m_current = -1;
};

} // namespace hearth::core::trace
