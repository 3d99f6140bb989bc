// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace/tracedata.h"

#include <vector>

namespace hearth::core::trace {

// A piece of a span's own time that the trace's end-to-end latency waited on.
struct CriticalSegment
{
    std::int32_t node = 0;
    Micros start = 0;
    Micros end = 0;
};

// The critical path (as in Jaeger): from the end of the longest root, walk back through the child
// that finished last before the cursor, then the one before its start, and so on, recursively.
// Logs are instants and never on the path. Segments are sorted by node, then start.
std::vector<CriticalSegment> criticalPath(const TraceData &data);

// Segments of one node as a [first, last) range into `path`.
std::pair<int, int> segmentsOf(const std::vector<CriticalSegment> &path, int node);

} // namespace hearth::core::trace
