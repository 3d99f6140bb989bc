// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <optional>
#include <string>
#include <vector>

namespace hearth::core {

// One row of Logfire's `records` table (logfire.md §1.3), as the writer stores it. Strings are
// UTF-8; JSON columns hold serialized JSON text. Ids are lowercase hex (32 and 16 characters).
struct Record
{
    Micros startUs = 0;
    Micros endUs = 0;
    std::optional<double> duration; // seconds; unset for logs
    std::string traceId;
    std::string spanId;
    std::string parentSpanId; // empty = root
    std::string kind = "span"; // span, log, span_event, pending_span
    int level = 9;
    std::string spanName;
    std::string message;
    std::string attributes = "{}";
    std::string attributesJsonSchema;
    std::string tags = "[]"; // JSON array of strings
    std::string otelStatusCode;
    std::string otelStatusMessage;
    std::string otelEvents; // JSON array, empty = NULL
    std::string otelLinks; // JSON array, empty = NULL
    std::string otelScopeName;
    std::string otelScopeVersion;
    std::string otelScopeAttributes;
    std::string otelResourceAttributes = "{}";
    std::string serviceName = "unknown_service";
    std::string serviceVersion;
    std::string serviceInstanceId;
    std::string serviceNamespace;
    std::string deploymentEnvironment;
    std::optional<std::int64_t> processPid;
    std::string telemetrySdkName;
    std::string telemetrySdkLanguage;
    std::string telemetrySdkVersion;
    bool isException = false;
    std::optional<std::string> exceptionType;
    std::optional<std::string> exceptionMessage;
    std::optional<std::string> exceptionStacktrace;
    std::optional<std::int64_t> httpResponseStatusCode;
    std::string httpMethod;
    std::string httpRoute;
    std::string urlFull;
    std::string urlPath;
    std::string urlQuery;
    std::optional<std::string> logBody;

    // Hot attributes copied out of `attributes` at ingest so that the LLM queries read narrow
    // indexed columns instead of parsing JSON (perf-notes.md). The query translator maps
    // `attributes->>'gen_ai.request.model'` and friends onto them.
    std::string genAiRequestModel;
    std::string genAiResponseModel;
    std::string genAiOperationName;
    std::string genAiSystem; // gen_ai.system, else gen_ai.provider.name
    std::optional<std::int64_t> genAiInputTokens;
    std::optional<std::int64_t> genAiOutputTokens;
    std::optional<double> operationCost;
};

// One row of Logfire's `metrics` table (logfire.md §1.6).
struct MetricPoint
{
    Micros recordedUs = 0;
    std::optional<Micros> startUs;
    std::string metricName;
    std::string metricType; // gauge, sum, histogram, exponential_histogram
    std::string unit;
    std::string metricDescription;
    std::string aggregationTemporality; // delta, cumulative, or empty
    std::optional<bool> isMonotonic;
    std::optional<double> scalarValue;
    std::optional<double> histogramMin;
    std::optional<double> histogramMax;
    std::optional<double> histogramSum;
    std::optional<std::int64_t> histogramCount;
    std::string histogramBucketCounts; // JSON array
    std::string histogramExplicitBounds; // JSON array
    std::optional<std::int64_t> expHistogramScale;
    std::optional<std::int64_t> expHistogramZeroCount;
    std::optional<double> expHistogramZeroThreshold;
    std::string expHistogramPositiveBucketCounts; // JSON array
    std::optional<std::int64_t> expHistogramPositiveBucketCountsOffset;
    std::string expHistogramNegativeBucketCounts; // JSON array
    std::optional<std::int64_t> expHistogramNegativeBucketCountsOffset;
    std::string exemplars; // JSON array
    std::string attributes = "{}";
    std::string attributesJsonSchema;
    std::string otelScopeName;
    std::string otelScopeVersion;
    std::string otelScopeAttributes;
    std::string otelResourceAttributes = "{}";
    std::string serviceName = "unknown_service";
    std::string serviceNamespace;
    std::string serviceVersion;
    std::string serviceInstanceId;
    std::string deploymentEnvironment;
    std::optional<std::int64_t> processPid;
    std::string telemetrySdkName;
    std::string telemetrySdkLanguage;
    std::string telemetrySdkVersion;
};

struct WriteBatch
{
    std::vector<Record> records;
    std::vector<MetricPoint> metrics;
    bool empty() const { return records.empty() && metrics.empty(); }
    size_t size() const { return records.size() + metrics.size(); }
};

// How a write went: rows inserted, and rows skipped because their (trace_id, span_id) was stored
// already (OTLP clients may re-send; imports may be repeated).
struct WriteStats
{
    std::int64_t recordsInserted = 0;
    std::int64_t recordsDuplicate = 0;
    std::int64_t pendingSuperseded = 0;
    std::int64_t metricsInserted = 0;
};

} // namespace hearth::core
