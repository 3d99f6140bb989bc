// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"
#include "core/result.h"
#include "core/trace/tracedata.h"

#include <memory>
#include <sqlite3.h>
#include <string>

namespace hearth::core::trace {

// Reads one trace from a store connection (use a read-only one: Store::openReader) through the
// (trace_id, span_id) index with a tight sqlite3 loop into TraceData's compact arrays.
Result<std::shared_ptr<const TraceData>> loadTrace(sqlite3 *db, const std::string &traceId,
                                                   const CancelTokenPtr &cancel = {});

// The latest trace in the store (for "open something" defaults and screenshots), or empty.
Result<std::string> latestTraceId(sqlite3 *db);

// True when this span is an LLM model request whose usage counts in ∑ (not an agent run or a tool,
// which repeat their children's totals).
bool isModelRequest(std::string_view operationName, std::string_view spanName);

// Event timestamps from an otel_events JSON array (ISO text or epoch numbers).
std::vector<EventMark> parseEventMarks(std::string_view json);

} // namespace hearth::core::trace
