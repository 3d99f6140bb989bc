// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/record.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace hearth::core::io {

enum class TableKind { Records, Metrics };

// Which Logfire table a result's columns come from: metrics have recorded_timestamp or
// metric_name; anything else is read as records (any subset of columns is accepted).
TableKind detectTable(const std::vector<std::string> &columnNames);

// Maps one result row (column name -> value) onto the store's structs, by column name. Values may
// be typed JSON (v2/NDJSON) or strings (CSV): timestamps as ISO text or epoch numbers, tags as a
// list or its JSON text, attributes as an object or its JSON text. Unknown columns are ignored.
class RowMapper
{
public:
    // `fallbackTimeUs` stands in for a missing start/recorded timestamp (a result that did not
    // select it); such rows are counted so the import can say so.
    explicit RowMapper(Micros fallbackTimeUs) : m_fallbackTimeUs(fallbackTimeUs) { }

    Status mapRecord(const nlohmann::json &row, Record &out);
    Status mapMetric(const nlohmann::json &row, MetricPoint &out);

    // CSV has no NULL: an empty field then means NULL even for columns where "" is a value.
    void setEmptyIsNull(bool on) { m_emptyIsNull = on; }

    std::int64_t rowsWithoutTimestamp() const { return m_rowsWithoutTimestamp; }
    std::int64_t rowsWithoutIds() const { return m_rowsWithoutIds; }

private:
    Micros m_fallbackTimeUs;
    bool m_emptyIsNull = false;
    std::int64_t m_rowsWithoutTimestamp = 0;
    std::int64_t m_rowsWithoutIds = 0;
};

// Epoch numbers of unknown unit: seconds, milliseconds, microseconds or nanoseconds by magnitude.
Micros microsFromEpochNumber(double value);

// Copies the hot gen_ai attributes into the record's materialised columns, as ingest does.
void fillHotColumns(Record &r, const nlohmann::json &attributes);

} // namespace hearth::core::io
