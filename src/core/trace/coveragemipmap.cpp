// SPDX-License-Identifier: MIT
#include "core/trace/coveragemipmap.h"

#include <algorithm>

namespace hearth::core::trace {

namespace {

std::vector<CoverageBox> mergeCloserThan(const std::vector<CoverageBox> &in, double gap)
{
    std::vector<CoverageBox> out;
    out.reserve(in.size() / 2 + 1);
    for (const CoverageBox &box : in) {
        if (!out.empty() && static_cast<double>(box.start - out.back().end) < gap) {
            CoverageBox &last = out.back();
            last.end = std::max(last.end, box.end);
            last.count += box.count;
            last.error = last.error || box.error;
        } else {
            out.push_back(box);
        }
    }
    return out;
}

} // namespace

CoverageMipmap CoverageMipmap::build(const TraceData &data, int first, int last)
{
    std::vector<CoverageBox> intervals;
    intervals.reserve(static_cast<size_t>(std::max(0, last - first)));
    for (int i = first; i < last; ++i) {
        const SpanNode &n = data.nodes[static_cast<size_t>(i)];
        intervals.push_back({n.start, n.end, 1, (n.flags & FlagError) != 0});
    }
    return fromIntervals(std::move(intervals));
}

CoverageMipmap CoverageMipmap::fromIntervals(std::vector<CoverageBox> intervals)
{
    CoverageMipmap map;
    if (intervals.empty())
        return map;
    std::sort(intervals.begin(), intervals.end(),
              [](const CoverageBox &a, const CoverageBox &b) { return a.start < b.start; });
    for (const auto &box : intervals)
        map.m_total += box.count;
    // Level 0 merges overlapping and touching boxes: the exact union, with counts.
    Level level {0.0, mergeCloserThan(intervals, 0.5)};
    intervals.clear();
    intervals.shrink_to_fit();
    double gap = 1.0;
    map.m_levels.push_back(std::move(level));
    while (map.m_levels.back().boxes.size() > 1 && gap < 1e13) {
        Level &back = map.m_levels.back();
        auto merged = mergeCloserThan(back.boxes, gap);
        // A level is kept only when it halves the work; otherwise the last level is coarsened in
        // place (a query then does at most twice the ideal work, and memory stays below 2n boxes).
        if (merged.size() == back.boxes.size())
            back.gap = gap;
        else if (map.m_levels.size() > 1 && merged.size() * 2 > back.boxes.size())
            back = Level {gap, std::move(merged)};
        else
            map.m_levels.push_back(Level {gap, std::move(merged)});
        gap *= 2;
    }
    return map;
}

void CoverageMipmap::query(Micros t0, Micros t1, double mergeGap,
                           std::vector<CoverageBox> &out) const
{
    out.clear();
    if (m_levels.empty())
        return;
    // The coarsest level whose boxes are still separated by less than the merge distance.
    size_t chosen = 0;
    for (size_t i = 0; i < m_levels.size(); ++i) {
        if (m_levels[i].gap <= mergeGap)
            chosen = i;
    }
    const auto &boxes = m_levels[chosen].boxes;
    // Boxes are disjoint and sorted, so their ends are sorted too.
    auto it = std::lower_bound(boxes.begin(), boxes.end(), t0,
                               [](const CoverageBox &b, Micros t) { return b.end < t; });
    for (; it != boxes.end() && it->start <= t1; ++it) {
        if (!out.empty() && static_cast<double>(it->start - out.back().end) < mergeGap) {
            CoverageBox &last = out.back();
            last.end = std::max(last.end, it->end);
            last.count += it->count;
            last.error = last.error || it->error;
        } else {
            out.push_back(*it);
        }
    }
}

} // namespace hearth::core::trace
