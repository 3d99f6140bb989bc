// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hearth::core {

// Query results to files: CSV (RFC 4180, header row, timestamps as ISO 8601 UTC) and JSON (an
// array of objects with typed values; JSON columns embedded as JSON, not as strings).
QByteArray resultToCsv(const QueryResult &result);
QByteArray resultToJson(const QueryResult &result);
Status writeResultFile(const QueryResult &result, const QString &path); // by extension

} // namespace hearth::core
