// SPDX-License-Identifier: MIT
#include "core/trace/criticalpath.h"

#include <algorithm>

namespace hearth::core::trace {

std::vector<CriticalSegment> criticalPath(const TraceData &data)
{
    std::vector<CriticalSegment> out;
    if (data.empty())
        return out;
    int root = -1;
    for (int r : data.roots()) {
        if (data.nodes[static_cast<size_t>(r)].kind == SpanKind::Log)
            continue;
        if (root < 0
            || data.subtreeEnd[static_cast<size_t>(r)] > data.subtreeEnd[static_cast<size_t>(root)])
            root = r;
    }
    if (root < 0)
        return out;

    struct Work
    {
        int node;
        Micros cap;
    };
    std::vector<Work> stack {{root, data.nodes[static_cast<size_t>(root)].end}};
    std::vector<int> children;
    while (!stack.empty()) {
        const Work work = stack.back();
        stack.pop_back();
        const SpanNode &node = data.nodes[static_cast<size_t>(work.node)];
        Micros cursor = std::min(node.end, work.cap);
        children.clear();
        data.forEachChild(work.node, [&](int c) {
            const SpanNode &child = data.nodes[static_cast<size_t>(c)];
            if (child.kind != SpanKind::Log && child.kind != SpanKind::SpanEvent)
                children.push_back(c);
        });
        std::sort(children.begin(), children.end(), [&data](int a, int b) {
            return data.nodes[static_cast<size_t>(a)].end > data.nodes[static_cast<size_t>(b)].end;
        });
        for (int c : children) {
            if (cursor <= node.start)
                break;
            const SpanNode &child = data.nodes[static_cast<size_t>(c)];
            if (child.start >= cursor)
                continue;
            const Micros childEnd = std::min(child.end, cursor);
            if (childEnd < cursor)
                out.push_back({work.node, childEnd, cursor});
            stack.push_back({c, childEnd});
            cursor = std::max(child.start, node.start);
        }
        if (cursor > node.start)
            out.push_back({work.node, node.start, cursor});
    }
    std::sort(out.begin(), out.end(), [](const CriticalSegment &a, const CriticalSegment &b) {
        return a.node != b.node ? a.node < b.node : a.start < b.start;
    });
    return out;
}

std::pair<int, int> segmentsOf(const std::vector<CriticalSegment> &path, int node)
{
    const auto lower = std::lower_bound(path.begin(), path.end(), node,
                                        [](const CriticalSegment &s, int n) { return s.node < n; });
    auto upper = lower;
    while (upper != path.end() && upper->node == node)
        ++upper;
    return {static_cast<int>(lower - path.begin()), static_cast<int>(upper - path.begin())};
}

} // namespace hearth::core::trace
