// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <optional>
#include <QSet>
#include <QString>
#include <utility>
#include <vector>

namespace hearth::core {

struct TranslateOptions
{
    Micros nowUs = 0; // what now() means for this query (one value for the whole statement)
    std::optional<Micros> minTimestamp; // time window applied to every records/metrics reference
    std::optional<Micros> maxTimestamp;
    QStringList environments; // deployment_environment filter applied with the time window
    // Map attributes->>'gen_ai.*' onto the materialised columns. Off only for the raw-schema
    // baseline of the benchmark and as a fallback when a query's scope has no such columns.
    bool hotColumns = true;
};

// Logfire's SQL (DataFusion/PostgreSQL flavoured) rewritten for SQLite over Hearth's engine
// views. The SQL is tokenised and rewritten expression by expression: JSON operators, casts,
// intervals, time functions, level names, ANY(list), percentiles and table references.
struct Translation
{
    QString sql;
    // Output column names of the outermost SELECT that hold timestamps (integer µs) although
    // SQLite cannot tell: time_bucket(...), date_trunc(...), now(), min(start_timestamp)...
    QSet<QString> timestampColumns;
    // (offset in `sql`, offset in the source SQL), ascending: maps SQLite error offsets back.
    std::vector<std::pair<int, int>> positions;

    int sourcePosition(int translatedOffset) const;
};

Result<Translation> translateLogfireSql(const QString &sql, const TranslateOptions &options);

// Engine-internal columns (materialised hot attributes) that views expose for the translator but
// that are not part of Logfire's tables: LocalEngine drops them from `SELECT *` results.
bool isInternalColumn(const QString &name);

} // namespace hearth::core
