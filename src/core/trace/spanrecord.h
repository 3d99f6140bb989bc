// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <string>

namespace hearth::core::trace {

// Everything the details panel shows about one record: every column of the row (JSON columns
// parsed, timestamps as ISO text) in table order, plus the fields the header needs.
struct SpanRecord
{
    nlohmann::ordered_json row;
    nlohmann::json attributes = nlohmann::json::object();
    std::string traceId;
    std::string spanId;
    std::string message;
    std::string spanName;
    std::string jsonSchema; // attributes_json_schema
    std::string serviceName;
    std::string kind;
    int level = 9;
    Micros start = 0;
    Micros end = 0;
    bool isException = false;
    std::string exceptionType;
    std::string exceptionMessage;
    std::string exceptionStacktrace;
    std::string model;
    std::optional<std::int64_t> inputTokens;
    std::optional<std::int64_t> outputTokens;
    std::optional<double> cost;
};

// The record of (traceId, spanId). A pending span whose real span has not arrived is found by the
// real span's id as well (its pending row points at it as parent).
Result<SpanRecord> loadSpanRecord(sqlite3 *db, const std::string &traceId,
                                  const std::string &spanId);

// Splits attributes into the call's arguments (keys listed in logfire.json_schema properties, as
// Logfire does) and the rest; code.* and logfire.* keys go to neither (shown elsewhere or noise).
struct SplitAttributes
{
    nlohmann::ordered_json arguments = nlohmann::ordered_json::object();
    nlohmann::ordered_json other = nlohmann::ordered_json::object();
    std::string codeLocation; // "path/file.py:12 in func", empty when absent
};
// `jsonSchema` is the attributes_json_schema column, used when the attribute itself is absent.
SplitAttributes splitAttributes(const nlohmann::json &attributes,
                                const std::string &jsonSchema = {});

} // namespace hearth::core::trace
