// SPDX-License-Identifier: MIT
#include "core/query/queryresult.h"

namespace hearth::core {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Null:
        return QStringLiteral("null");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Float:
        return QStringLiteral("float");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Json:
        return QStringLiteral("json");
    case ColumnType::List:
        return QStringLiteral("list");
    }
    return QStringLiteral("text");
}

ColumnType columnTypeFromDecl(const char *declaredType)
{
    if (!declaredType)
        return ColumnType::Null;
    // The first word names the type: the telemetry tables declare "JSON TEXT" and "LIST TEXT" so
    // that SQLite gives them TEXT affinity (schema version 3).
    const QByteArray d = QByteArray(declaredType).toUpper().split(' ').constFirst();
    if (d == "TIMESTAMP")
        return ColumnType::Timestamp;
    if (d == "JSON")
        return ColumnType::Json;
    if (d == "LIST")
        return ColumnType::List;
    if (d == "BOOLEAN")
        return ColumnType::Boolean;
    if (d == "INTEGER")
        return ColumnType::Integer;
    if (d == "DOUBLE" || d == "REAL")
        return ColumnType::Float;
    return ColumnType::Text;
}

int QueryResult::columnIndex(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return i;
    }
    return -1;
}

} // namespace hearth::core
