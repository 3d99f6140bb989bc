// SPDX-License-Identifier: MIT
#include "core/trace/tracedata.h"

#include <algorithm>

namespace hearth::core::trace {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool parseSpanId(std::string_view hex, std::uint64_t &out)
{
    if (hex.size() != 16)
        return false;
    std::uint64_t v = 0;
    for (char c : hex) {
        const int d = hexValue(c);
        if (d < 0)
            return false;
        v = (v << 4) | static_cast<std::uint64_t>(d);
    }
    out = v;
    return true;
}

std::string formatSpanId(std::uint64_t id)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i) {
        s[static_cast<size_t>(i)] = kDigits[id & 0xf];
        id >>= 4;
    }
    return s;
}

std::string TraceData::spanIdHex(int node) const
{
    return formatSpanId(spanIds[static_cast<size_t>(node)]);
}

int TraceData::findSpan(std::string_view hex) const
{
    std::uint64_t id = 0;
    if (!parseSpanId(hex, id))
        return -1;
    const auto it = std::find(spanIds.begin(), spanIds.end(), id);
    return it == spanIds.end() ? -1 : static_cast<int>(it - spanIds.begin());
}

int TraceData::childCount(int node) const
{
    int count = 0;
    forEachChild(node, [&count](int) { ++count; });
    return count;
}

std::pair<int, int> TraceData::eventRange(int node) const
{
    const auto lower = std::lower_bound(events.begin(), events.end(), node,
                                        [](const EventMark &e, int n) { return e.node < n; });
    auto upper = lower;
    while (upper != events.end() && upper->node == node)
        ++upper;
    return {static_cast<int>(lower - events.begin()), static_cast<int>(upper - events.begin())};
}

std::vector<int> TraceData::roots() const
{
    std::vector<int> out;
    for (int i = 0; i < size(); i += nodes[static_cast<size_t>(i)].subtreeSize)
        out.push_back(i);
    return out;
}

TraceBuilder::TraceBuilder(std::string traceId)
{
    m_data.traceId = std::move(traceId);
}

std::uint16_t TraceBuilder::serviceIndex(std::string_view name)
{
    // Traces have a handful of services: a linear scan beats hashing.
    for (const auto &entry : m_serviceLookup) {
        if (entry.first == name)
            return entry.second;
    }
    const auto index = static_cast<std::uint16_t>(m_data.services.size());
    if (m_data.services.size() >= 0xffff)
        return 0;
    m_data.services.emplace_back(name);
    m_serviceLookup.emplace_back(std::string(name), index);
    return index;
}

void TraceBuilder::reserve(size_t n)
{
    m_rows.reserve(n);
    m_data.messagePool.reserve(n * 24);
}

void TraceBuilder::add(std::uint64_t spanId, std::uint64_t parentId, bool hasParent, Micros start,
                       Micros end, SpanKind kind, std::uint8_t level, std::uint8_t flags,
                       std::uint16_t service, std::string_view message, const TokenUsage &usage)
{
    if (m_data.services.empty())
        serviceIndex("unknown_service");
    Row row {spanId,
             parentId,
             start,
             std::max(start, end),
             static_cast<std::uint32_t>(m_data.messagePool.size()),
             static_cast<std::uint32_t>(message.size()),
             service,
             level,
             kind,
             flags,
             hasParent};
    m_data.messagePool.append(message);
    if (!usage.empty()) {
        if (m_usage.size() < m_rows.size() + 1)
            m_usage.resize(std::max(m_rows.size() + 1, m_rows.capacity()));
        m_usage[m_rows.size()] = usage;
    }
    m_rows.push_back(row);
}

void TraceBuilder::addEvent(Micros time, bool exception)
{
    if (m_rows.empty())
        return;
    m_events.emplace_back(static_cast<std::int32_t>(m_rows.size() - 1),
                          EventMark {0, time, exception});
}

TraceData TraceBuilder::build()
{
    const auto n = static_cast<std::int32_t>(m_rows.size());
    TraceData data = std::move(m_data);
    if (n == 0)
        return data;

    // Parent lookup through ids sorted once (rows usually arrive sorted by span id already).
    std::vector<std::pair<std::uint64_t, std::int32_t>> byId(static_cast<size_t>(n));
    for (std::int32_t i = 0; i < n; ++i)
        byId[static_cast<size_t>(i)] = {m_rows[static_cast<size_t>(i)].spanId, i};
    if (!std::is_sorted(byId.begin(), byId.end()))
        std::sort(byId.begin(), byId.end());
    auto lookup = [&byId](std::uint64_t id) {
        const auto it = std::lower_bound(byId.begin(), byId.end(), std::make_pair(id, 0));
        return (it != byId.end() && it->first == id) ? it->second : -1;
    };

    std::vector<std::pair<Micros, std::int32_t>> byStart(static_cast<size_t>(n));
    for (std::int32_t i = 0; i < n; ++i)
        byStart[static_cast<size_t>(i)] = {m_rows[static_cast<size_t>(i)].start, i};
    if (!std::is_sorted(byStart.begin(), byStart.end()))
        std::sort(byStart.begin(), byStart.end());

    // Children lists in start order; orphans (parent not in this trace) become roots.
    std::vector<std::int32_t> firstChild(static_cast<size_t>(n), -1);
    std::vector<std::int32_t> lastChild(static_cast<size_t>(n), -1);
    std::vector<std::int32_t> nextSibling(static_cast<size_t>(n), -1);
    std::vector<std::int32_t> roots;
    for (const auto &[start, i] : byStart) {
        const Row &row = m_rows[static_cast<size_t>(i)];
        std::int32_t parent = row.hasParent ? lookup(row.parentId) : -1;
        if (parent == i)
            parent = -1;
        if (parent < 0) {
            roots.push_back(i);
            continue;
        }
        if (lastChild[static_cast<size_t>(parent)] < 0)
            firstChild[static_cast<size_t>(parent)] = i;
        else
            nextSibling[static_cast<size_t>(lastChild[static_cast<size_t>(parent)])] = i;
        lastChild[static_cast<size_t>(parent)] = i;
    }
    lastChild.clear();
    lastChild.shrink_to_fit();

    // Pre-order walk. Rows on a parent cycle are unreachable from the roots: each becomes a root.
    std::vector<std::int32_t> newIndex(static_cast<size_t>(n), -1);
    std::vector<std::int32_t> order; // pre-order position -> row
    order.reserve(static_cast<size_t>(n));
    data.nodes.resize(static_cast<size_t>(n));
    std::vector<std::int32_t> stack;
    auto visit = [&](std::int32_t row, std::int32_t parentNode, std::int32_t depth) {
        const auto k = static_cast<std::int32_t>(order.size());
        newIndex[static_cast<size_t>(row)] = k;
        order.push_back(row);
        SpanNode &node = data.nodes[static_cast<size_t>(k)];
        node.parent = parentNode;
        node.depth = depth;
        data.maxDepth = std::max(data.maxDepth, depth);
        stack.push_back(row);
    };
    auto walkFrom = [&](std::int32_t root) {
        visit(root, -1, 0);
        while (!stack.empty()) {
            const std::int32_t top = stack.back();
            const std::int32_t child = firstChild[static_cast<size_t>(top)];
            if (child < 0) {
                stack.pop_back();
                continue;
            }
            firstChild[static_cast<size_t>(top)] = nextSibling[static_cast<size_t>(child)];
            if (newIndex[static_cast<size_t>(child)] >= 0)
                continue;
            const std::int32_t parentNode = newIndex[static_cast<size_t>(top)];
            visit(child, parentNode, data.nodes[static_cast<size_t>(parentNode)].depth + 1);
        }
    };
    for (std::int32_t root : roots)
        walkFrom(root);
    if (static_cast<std::int32_t>(order.size()) < n) {
        for (const auto &[start, i] : byStart) {
            if (newIndex[static_cast<size_t>(i)] < 0)
                walkFrom(i);
        }
    }

    data.startUs = m_rows[static_cast<size_t>(byStart.front().second)].start;
    data.endUs = data.startUs;
    for (const Row &row : m_rows) {
        if (row.kind != SpanKind::Pending)
            data.endUs = std::max(data.endUs, row.end);
    }
    for (const Row &row : m_rows)
        data.endUs = std::max(data.endUs, row.start);

    data.spanIds.resize(static_cast<size_t>(n));
    data.selfUsage.assign(static_cast<size_t>(n), TokenUsage {});
    for (std::int32_t k = 0; k < n; ++k) {
        const auto rowIndex = static_cast<size_t>(order[static_cast<size_t>(k)]);
        const Row &row = m_rows[rowIndex];
        SpanNode &node = data.nodes[static_cast<size_t>(k)];
        node.start = row.start;
        node.end = row.kind == SpanKind::Pending ? std::max(row.start, data.endUs) : row.end;
        node.messageOffset = row.messageOffset;
        node.messageLength = row.messageLength;
        node.service = row.service;
        node.level = row.level;
        node.kind = row.kind;
        node.flags = row.flags;
        if (row.level >= 17)
            node.flags |= FlagError;
        if (node.flags & FlagError)
            node.flags |= FlagErrorInside;
        data.pendingCount += row.kind == SpanKind::Pending ? 1 : 0;
        if (node.flags & FlagError) {
            ++data.errorCount;
            data.errorNodes.push_back(k);
        }
        data.spanIds[static_cast<size_t>(k)] = row.spanId;
        if (rowIndex < m_usage.size() && (row.flags & FlagModelRequest))
            data.selfUsage[static_cast<size_t>(k)] = m_usage[rowIndex];
    }

    // Bottom-up sums: in pre-order every child comes after its parent.
    data.subtreeUsage = data.selfUsage;
    data.subtreeEnd.resize(static_cast<size_t>(n));
    for (std::int32_t k = 0; k < n; ++k)
        data.subtreeEnd[static_cast<size_t>(k)] = data.nodes[static_cast<size_t>(k)].end;
    for (std::int32_t k = n - 1; k > 0; --k) {
        const SpanNode &node = data.nodes[static_cast<size_t>(k)];
        if (node.parent < 0)
            continue;
        const auto p = static_cast<size_t>(node.parent);
        data.nodes[p].subtreeSize += node.subtreeSize;
        if (!data.subtreeUsage[static_cast<size_t>(k)].empty())
            data.subtreeUsage[p] += data.subtreeUsage[static_cast<size_t>(k)];
        data.subtreeEnd[p] = std::max(data.subtreeEnd[p], data.subtreeEnd[static_cast<size_t>(k)]);
        if (node.flags & FlagErrorInside)
            data.nodes[p].flags |= FlagErrorInside;
    }

    data.events.reserve(m_events.size());
    for (auto &[row, mark] : m_events) {
        mark.node = newIndex[static_cast<size_t>(row)];
        data.nodes[static_cast<size_t>(mark.node)].flags |= FlagHasEvents;
        data.events.push_back(mark);
    }
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const EventMark &a, const EventMark &b) { return a.node < b.node; });
    m_rows.clear();
    return data;
}

} // namespace hearth::core::trace
