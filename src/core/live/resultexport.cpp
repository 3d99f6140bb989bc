// SPDX-License-Identifier: MIT
#include "core/live/resultexport.h"

#include "core/live/queryresultmodel.h"
#include "core/util/atomicfile.h"

#include <nlohmann/json.hpp>

namespace hearth::core {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

nlohmann::json cellJson(const QVariant &v, ColumnType type)
{
    if (!v.isValid() || v.isNull())
        return nullptr;
    switch (type) {
    case ColumnType::Timestamp:
        return QueryResultModel::formatCell(v, type).toStdString();
    case ColumnType::Integer:
        return static_cast<std::int64_t>(v.toLongLong());
    case ColumnType::Float:
        return v.toDouble();
    case ColumnType::Boolean:
        return v.toBool();
    case ColumnType::Json:
    case ColumnType::List: {
        auto parsed = nlohmann::json::parse(v.toString().toStdString(), nullptr, false);
        return parsed.is_discarded() ? nlohmann::json(v.toString().toStdString()) : parsed;
    }
    default:
        return v.toString().toStdString();
    }
}

} // namespace

QByteArray resultToCsv(const QueryResult &result)
{
    QByteArray out;
    for (int c = 0; c < result.columns.size(); ++c) {
        if (c)
            out += ',';
        out += csvField(result.columns[c].name);
    }
    out += "\r\n";
    for (const auto &row : result.rows) {
        for (int c = 0; c < result.columns.size(); ++c) {
            if (c)
                out += ',';
            out += csvField(QueryResultModel::formatCell(row[c], result.columns[c].type));
        }
        out += "\r\n";
    }
    return out;
}

QByteArray resultToJson(const QueryResult &result)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto &row : result.rows) {
        nlohmann::json object = nlohmann::json::object();
        for (int c = 0; c < result.columns.size(); ++c)
            object[result.columns[c].name.toStdString()] = cellJson(row[c], result.columns[c].type);
        array.push_back(std::move(object));
    }
    const std::string text = array.dump(2);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

Status writeResultFile(const QueryResult &result, const QString &path)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    return writeFileAtomically(path, json ? resultToJson(result) : resultToCsv(result));
}

} // namespace hearth::core
