// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/record.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace opentelemetry::proto {
namespace collector::trace::v1 {
class ExportTraceServiceRequest;
}
namespace collector::logs::v1 {
class ExportLogsServiceRequest;
}
namespace collector::metrics::v1 {
class ExportMetricsServiceRequest;
}
namespace common::v1 {
class AnyValue;
class KeyValue;
} // namespace common::v1
} // namespace opentelemetry::proto

namespace hearth::core::otlp {

// What one decoded OTLP request becomes: the rows to write, plus the items that were rejected
// (reported to the client as partial success, never silently dropped).
struct MapResult
{
    WriteBatch batch;
    std::int64_t accepted = 0; // spans, log records or data points taken
    std::int64_t rejected = 0; // spans, log records or data points refused
    std::string rejectReason; // English, for partial_success.error_message
};

// Spans → `records` rows with Logfire's semantics (logfire.md §1.3–1.5, §4.4–4.5): kind from
// logfire.span_type, message/level/tags from logfire.*, exception columns from the first
// `exception` event, one `span_event` row per other event.
void mapTraces(const opentelemetry::proto::collector::trace::v1::ExportTraceServiceRequest &request,
               MapResult &out);
// Log records → `records` rows of kind `log`.
void mapLogs(const opentelemetry::proto::collector::logs::v1::ExportLogsServiceRequest &request,
             MapResult &out);
// Gauge, sum, histogram and exponential histogram points → `metrics` rows; summaries are rejected.
void mapMetrics(
    const opentelemetry::proto::collector::metrics::v1::ExportMetricsServiceRequest &request,
    MapResult &out);

// AnyValue → JSON with its type kept (bytes become base64 strings). Deeply nested values are cut at
// kMaxJsonDepth (the rest becomes a string) so that hostile input cannot exhaust the stack.
constexpr int kMaxJsonDepth = 64;
nlohmann::json anyValueToJson(const opentelemetry::proto::common::v1::AnyValue &value,
                              int depth = 0);

// Lowercase hex of raw id bytes ("" for an empty id).
std::string hexId(const std::string &bytes);

} // namespace hearth::core::otlp
