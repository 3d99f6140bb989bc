// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVector>

namespace hearth::core {

// Column types every engine reports, whatever it runs on (SQLite locally, DataFusion remotely).
enum class ColumnType { Null, Timestamp, Integer, Float, Boolean, Text, Json, List };

QString columnTypeName(ColumnType type);
// The type of a result column from SQLite's declared type (the store declares TIMESTAMP, JSON,
// LIST, BOOLEAN, INTEGER, DOUBLE); Null when the column is an expression.
ColumnType columnTypeFromDecl(const char *declaredType);

struct Column
{
    QString name;
    ColumnType type = ColumnType::Null;
};

// A query result. Cell values are QVariants: qint64 microseconds since the epoch (UTC) for
// Timestamp, qint64, double, bool, QString; JSON and List cells hold their JSON text as QString.
struct QueryResult
{
    QVector<Column> columns;
    QVector<QVector<QVariant>> rows;
    bool truncated = false; // the row limit cut the result
    QString source; // "local: /path/store.hearth", "logfire: https://…", "cache"
    std::optional<Micros> cachedAt; // set when served from the local result cache
    double elapsedMs = 0;

    int columnIndex(const QString &name) const;
};

} // namespace hearth::core
