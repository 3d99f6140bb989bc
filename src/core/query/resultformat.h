// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"
#include "core/result.h"

#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QString>

namespace hearth::core {

// Logfire's query API v2 shapes (logfire.md §2.3), shared by Hearth's own API server, the CLI,
// the result cache and the remote client, so that all of them speak exactly one contract.

// Arrow-rs JSON data_type for a column type: "Utf8", "Int64", {"Timestamp":["Microsecond","UTC"]}…
nlohmann::json arrowDataType(ColumnType type);
// The inverse, for responses from Logfire (Dictionary unwrapped, unknown types read as text).
ColumnType columnTypeFromArrow(const nlohmann::json &dataType);

// {"schema":{"fields":[{name,data_type,nullable}],"metadata":{}}, "data":[{col: value}, ...]}
nlohmann::json toV2Json(const QueryResult &result);
nlohmann::json schemaJson(const QueryResult &result);
nlohmann::json rowJson(const QueryResult &result, int row);
// One JSON value for a cell: timestamps as RFC 3339 text with microseconds, lists as arrays.
nlohmann::json cellJson(ColumnType type, const QVariant &value);

// Parses a v2 JSON body, or the legacy v1 row or column shapes.
Result<QueryResult> fromV2Json(const nlohmann::json &body);
// Reads the columns of a schema object ({"fields":[...]}).
Result<QVector<Column>> columnsFromSchema(const nlohmann::json &schema);
// Converts one JSON row object into cells for `columns`.
QVector<QVariant> rowFromJson(const QVector<Column> &columns, const nlohmann::json &row);

// NDJSON stream lines: schema, data batches of `batchRows`, end (each line ends with '\n').
QByteArray toNdjson(const QueryResult &result, int batchRows = 1000);
// RFC 4180 CSV with a header row; timestamps as RFC 3339, NULL as empty.
QByteArray toCsv(const QueryResult &result);
Result<QueryResult> fromCsv(const QByteArray &csv);
// A plain-text table for terminals.
QString toTextTable(const QueryResult &result);

// Cell text for display and CSV.
QString cellText(ColumnType type, const QVariant &value);

} // namespace hearth::core
