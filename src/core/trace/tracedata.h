// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::core::trace {

enum class SpanKind : std::uint8_t { Span, Log, SpanEvent, Pending };

// Bits of SpanNode::flags.
enum SpanFlag : std::uint8_t {
    FlagException = 1, // an exception passed through (is_exception)
    FlagError = 2, // level >= error or OTel status ERROR
    FlagModelRequest = 4, // an LLM request with its own token usage (counted in ∑)
    FlagHasEvents = 8, // otel_events present
    FlagErrorInside = 16, // this span or a descendant has FlagError
    FlagLlm = 32, // any gen_ai span (agent run, chat, tool): gets the LLM tab
};

// One row of a trace, compact: a million of them stay well under 100 MB. Nodes are stored in
// depth-first pre-order with children sorted by start time, so a node's descendants are exactly the
// slice [index + 1, index + subtreeSize) and children are found by stepping over subtrees.
struct SpanNode
{
    Micros start = 0;
    Micros end = 0; // == start for logs; the trace end for pending spans (still running)
    std::int32_t parent = -1;
    std::int32_t depth = 0;
    std::int32_t subtreeSize = 1; // including the node itself
    std::uint32_t messageOffset = 0; // into TraceData::messagePool
    std::uint32_t messageLength = 0;
    std::uint16_t service = 0; // into TraceData::services
    std::uint8_t level = 9;
    SpanKind kind = SpanKind::Span;
    std::uint8_t flags = 0;
};

struct TokenUsage
{
    std::int64_t input = 0;
    std::int64_t output = 0;
    double cost = 0;
    std::int32_t requests = 0; // model-request spans counted
    bool empty() const { return requests == 0; }
    TokenUsage &operator+=(const TokenUsage &o)
    {
        input += o.input;
        output += o.output;
        cost += o.cost;
        requests += o.requests;
        return *this;
    }
};

struct EventMark
{
    std::int32_t node = 0;
    Micros time = 0;
    bool exception = false;
};

// A whole trace, loaded once and immutable afterwards (views keep their own state: TraceOutline).
struct TraceData
{
    std::string traceId;
    std::vector<SpanNode> nodes;
    std::vector<std::uint64_t> spanIds; // parsed 16-hex ids, index = node
    std::vector<TokenUsage> selfUsage; // model-request spans only, else empty
    std::vector<TokenUsage> subtreeUsage; // sum of selfUsage over the subtree
    std::vector<Micros> subtreeEnd; // latest end in the subtree
    std::vector<EventMark> events; // sorted by node
    std::vector<std::int32_t> errorNodes; // nodes with FlagError, ascending
    std::vector<std::string> services;
    std::string messagePool;
    Micros startUs = 0;
    Micros endUs = 0;
    int maxDepth = 0;
    int pendingCount = 0;
    int errorCount = 0;

    int size() const { return static_cast<int>(nodes.size()); }
    bool empty() const { return nodes.empty(); }
    std::string_view message(int node) const
    {
        const SpanNode &n = nodes[static_cast<size_t>(node)];
        return std::string_view(messagePool).substr(n.messageOffset, n.messageLength);
    }
    const std::string &serviceName(int node) const
    {
        return services[nodes[static_cast<size_t>(node)].service];
    }
    std::string spanIdHex(int node) const;
    // Index of the node with this 16-hex span id, or -1.
    int findSpan(std::string_view spanIdHex) const;
    // Direct children of `node` in start order.
    template<typename F> void forEachChild(int node, F &&f) const
    {
        const int endIndex = node + nodes[static_cast<size_t>(node)].subtreeSize;
        for (int c = node + 1; c < endIndex; c += nodes[static_cast<size_t>(c)].subtreeSize)
            f(c);
    }
    int childCount(int node) const;
    // Events of one node as a [first, last) range into `events`.
    std::pair<int, int> eventRange(int node) const;
    std::vector<int> roots() const;
};

// Parses 16 hex digits (either case); false for anything else.
bool parseSpanId(std::string_view hex, std::uint64_t &out);
std::string formatSpanId(std::uint64_t id);

// What a row was before tree building, as loaders and fixtures produce it.
struct RawSpan
{
    std::uint64_t spanId = 0;
    std::uint64_t parentId = 0;
    bool hasParent = false;
    Micros start = 0;
    Micros end = 0;
    SpanKind kind = SpanKind::Span;
    std::uint8_t level = 9;
    std::uint8_t flags = 0;
    std::uint16_t service = 0;
    std::string message;
    TokenUsage usage;
    std::vector<EventMark> events; // node field ignored
};

// Builds the tree: resolves parents (orphans and cycles become roots), sorts children by start,
// lays nodes out in pre-order and computes subtree sizes, depths, ends and token sums.
class TraceBuilder
{
public:
    explicit TraceBuilder(std::string traceId);
    std::uint16_t serviceIndex(std::string_view name);
    void reserve(size_t n);
    // Appends a row; `message` is copied into the builder's pool.
    void add(std::uint64_t spanId, std::uint64_t parentId, bool hasParent, Micros start, Micros end,
             SpanKind kind, std::uint8_t level, std::uint8_t flags, std::uint16_t service,
             std::string_view message, const TokenUsage &usage = {});
    void addEvent(Micros time, bool exception); // belongs to the last added row
    TraceData build();

private:
    struct Row
    {
        std::uint64_t spanId;
        std::uint64_t parentId;
        Micros start;
        Micros end;
        std::uint32_t messageOffset;
        std::uint32_t messageLength;
        std::uint16_t service;
        std::uint8_t level;
        SpanKind kind;
        std::uint8_t flags;
        bool hasParent;
    };
    TraceData m_data;
    std::vector<Row> m_rows;
    std::vector<TokenUsage> m_usage; // parallel to m_rows, only when any usage was added
    std::vector<std::pair<std::int32_t, EventMark>> m_events; // row index, event
    std::vector<std::pair<std::string, std::uint16_t>> m_serviceLookup;
};

} // namespace hearth::core::trace
