// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace/tracedata.h"

#include <vector>

namespace hearth::core::trace {

// A counted box of the level-of-detail drawing: `count` spans merged because they overlap or lie
// closer together than a few pixels.
struct CoverageBox
{
    Micros start = 0;
    Micros end = 0;
    std::int32_t count = 0;
    bool error = false;
};

// The time coverage of a set of spans (the hidden descendants of a collapsed row) at every
// resolution, like Perfetto's slice mipmap: level k merges boxes closer than 2^k µs. A query picks
// the level matching the pixel size, so a frame touches about one box per few pixels, whatever the
// number of spans.
class CoverageMipmap
{
public:
    CoverageMipmap() = default;
    // Spans in [first, last) of the trace (e.g. a subtree slice); logs count as instants.
    static CoverageMipmap build(const TraceData &data, int first, int last);
    static CoverageMipmap fromIntervals(std::vector<CoverageBox> intervals);

    // Boxes overlapping [t0, t1] where boxes closer than `mergeGap` µs are merged into one.
    void query(Micros t0, Micros t1, double mergeGap, std::vector<CoverageBox> &out) const;
    int levelCount() const { return static_cast<int>(m_levels.size()); }
    size_t boxCount(int level) const { return m_levels[static_cast<size_t>(level)].boxes.size(); }
    std::int64_t totalCount() const { return m_total; }
    bool empty() const { return m_levels.empty(); }

private:
    struct Level
    {
        double gap = 0; // boxes in this level are at least this far apart
        std::vector<CoverageBox> boxes;
    };
    std::vector<Level> m_levels;
    std::int64_t m_total = 0;
};

} // namespace hearth::core::trace
