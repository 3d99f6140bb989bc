// SPDX-License-Identifier: MIT
#include "core/trace/traceoutline.h"

#include <algorithm>
#include <cctype>

namespace hearth::core::trace {

namespace {

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool containsLowered(std::string_view haystack, const std::string &needleLower)
{
    if (needleLower.empty())
        return true;
    if (haystack.size() < needleLower.size())
        return false;
    const auto it = std::search(
        haystack.begin(), haystack.end(), needleLower.begin(), needleLower.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

} // namespace

TraceOutline::TraceOutline(std::shared_ptr<const TraceData> data)
    : m_data(std::move(data)), m_expanded(static_cast<size_t>(m_data->size()), 0)
{
    applyDefaultExpansion();
}

int TraceOutline::rowOf(int node) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), node);
    return (it != m_rows.end() && *it == node) ? static_cast<int>(it - m_rows.begin()) : -1;
}

bool TraceOutline::hasChildren(int node) const
{
    if (m_filter.active())
        return m_keptCount[static_cast<size_t>(node)] > 1;
    return m_data->nodes[static_cast<size_t>(node)].subtreeSize > 1;
}

int TraceOutline::hiddenDescendants(int node) const
{
    if (isExpanded(node))
        return 0;
    if (m_filter.active())
        return m_keptCount[static_cast<size_t>(node)] - 1;
    return m_data->nodes[static_cast<size_t>(node)].subtreeSize - 1;
}

void TraceOutline::setExpanded(int node, bool expanded)
{
    if (node < 0 || node >= m_data->size() || isExpanded(node) == expanded)
        return;
    m_expanded[static_cast<size_t>(node)] = expanded ? 1 : 0;
    rebuildRows();
}

void TraceOutline::setSubtreeExpanded(int node, bool expanded)
{
    const int end = node + m_data->nodes[static_cast<size_t>(node)].subtreeSize;
    std::fill(m_expanded.begin() + node, m_expanded.begin() + end, expanded ? 1 : 0);
    rebuildRows();
}

void TraceOutline::expandAll()
{
    std::fill(m_expanded.begin(), m_expanded.end(), 1);
    rebuildRows();
}

void TraceOutline::collapseAll()
{
    std::fill(m_expanded.begin(), m_expanded.end(), 0);
    rebuildRows();
}

void TraceOutline::expandAncestors(int node)
{
    bool changed = false;
    for (int p = m_data->nodes[static_cast<size_t>(node)].parent; p >= 0;
         p = m_data->nodes[static_cast<size_t>(p)].parent) {
        changed = changed || !m_expanded[static_cast<size_t>(p)];
        m_expanded[static_cast<size_t>(p)] = 1;
    }
    if (changed)
        rebuildRows();
}

void TraceOutline::applyDefaultExpansion(int rowBudget)
{
    const int n = m_data->size();
    if (n <= kExpandAllBelow) {
        std::fill(m_expanded.begin(), m_expanded.end(), 1);
        rebuildRows();
        return;
    }
    // Breadth first: open shallow levels while their children still fit the row budget, so a huge
    // trace opens with its top structure visible and the bulk folded into counted rows.
    std::fill(m_expanded.begin(), m_expanded.end(), 0);
    // Level by level, all or nothing: a level opens only when all its children fit the budget, so
    // siblings look alike (all open or all folded) rather than the first one swallowing the budget.
    std::vector<int> level = m_data->roots();
    int visible = static_cast<int>(level.size());
    while (!level.empty()) {
        std::vector<int> next;
        for (int node : level)
            m_data->forEachChild(node, [&next](int c) { next.push_back(c); });
        if (next.empty() || (visible + static_cast<int>(next.size()) > rowBudget && visible > 1))
            break;
        for (int node : level)
            m_expanded[static_cast<size_t>(node)] = 1;
        visible += static_cast<int>(next.size());
        level.swap(next);
    }
    rebuildRows();
}

void TraceOutline::setFilter(TraceFilter filter)
{
    m_filter = std::move(filter);
    const auto &nodes = m_data->nodes;
    const int n = m_data->size();
    m_match.assign(static_cast<size_t>(n), 0);
    m_keptCount.assign(static_cast<size_t>(n), 0);
    if (m_filter.active()) {
        const std::string needle = lowered(m_filter.text);
        for (int i = 0; i < n; ++i) {
            const SpanNode &node = nodes[static_cast<size_t>(i)];
            const bool ok = (m_filter.services.empty() || m_filter.services.count(node.service))
                && node.level >= m_filter.minLevel && containsLowered(m_data->message(i), needle);
            if (ok) {
                m_match[static_cast<size_t>(i)] = 1;
                m_keptCount[static_cast<size_t>(i)] = 1;
            }
        }
        for (int i = n - 1; i >= 0; --i) {
            const int kept = m_keptCount[static_cast<size_t>(i)];
            const int p = nodes[static_cast<size_t>(i)].parent;
            if (kept > 0 && p >= 0) {
                if (m_keptCount[static_cast<size_t>(p)] == 0)
                    m_match[static_cast<size_t>(p)] = 2;
                m_keptCount[static_cast<size_t>(p)] += kept;
            }
        }
        // Show where the matches are: open every ancestor of a match.
        for (int i = 0; i < n; ++i) {
            if (m_keptCount[static_cast<size_t>(i)]
                > (m_match[static_cast<size_t>(i)] == 1 ? 1 : 0))
                m_expanded[static_cast<size_t>(i)] = 1;
        }
    }
    rebuildRows();
}

bool TraceOutline::matchesFilter(int node) const
{
    return !m_filter.active() || m_match[static_cast<size_t>(node)] == 1;
}

std::vector<std::int32_t> TraceOutline::findMessages(const std::string &text) const
{
    std::vector<std::int32_t> out;
    if (text.empty())
        return out;
    const std::string needle = lowered(text);
    const int n = m_data->size();
    for (int i = 0; i < n; ++i) {
        if (containsLowered(m_data->message(i), needle)
            || containsLowered(m_data->serviceName(i), needle))
            out.push_back(i);
    }
    // Span ids are searchable too (paste an id to jump to it).
    if (out.empty() && text.size() == 16) {
        const int node = m_data->findSpan(text);
        if (node >= 0)
            out.push_back(node);
    }
    return out;
}

int TraceOutline::search(const std::string &text)
{
    m_matches = findMessages(text);
    m_current = m_matches.empty() ? -1 : 0;
    focusMatch();
    return static_cast<int>(m_matches.size());
}

bool TraceOutline::isSearchMatch(int node) const
{
    return std::binary_search(m_matches.begin(), m_matches.end(), node);
}

int TraceOutline::currentMatch() const
{
    return m_current < 0 ? -1 : m_matches[static_cast<size_t>(m_current)];
}

int TraceOutline::nextMatch()
{
    if (m_matches.empty())
        return -1;
    m_current = (m_current + 1) % static_cast<int>(m_matches.size());
    focusMatch();
    return currentMatch();
}

int TraceOutline::previousMatch()
{
    if (m_matches.empty())
        return -1;
    const int count = static_cast<int>(m_matches.size());
    m_current = (m_current - 1 + count) % count;
    focusMatch();
    return currentMatch();
}

void TraceOutline::focusMatch()
{
    if (m_current >= 0)
        expandAncestors(currentMatch());
}

void TraceOutline::rebuildRows()
{
    m_rows.clear();
    const auto &nodes = m_data->nodes;
    const int n = m_data->size();
    const bool filtering = m_filter.active();
    int i = 0;
    while (i < n) {
        const int size = nodes[static_cast<size_t>(i)].subtreeSize;
        if (filtering && m_keptCount[static_cast<size_t>(i)] == 0) {
            i += size;
            continue;
        }
        m_rows.push_back(i);
        i += m_expanded[static_cast<size_t>(i)] ? 1 : size;
    }
}

} // namespace hearth::core::trace
