// SPDX-License-Identifier: MIT
#include "core/trace/spanrecord.h"

#include "core/store/sqlite.h"

#include <QCoreApplication>

namespace hearth::core::trace {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Trace)
};

using nlohmann::json;

bool isJsonColumn(std::string_view name)
{
    return name == "attributes" || name == "tags" || name == "otel_events" || name == "otel_links"
        || name == "otel_scope_attributes" || name == "otel_resource_attributes";
}

json columnValue(sqlite3_stmt *s, int i, std::string_view name)
{
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_NULL:
        return nullptr;
    case SQLITE_INTEGER: {
        const auto v = sqlite3_column_int64(s, i);
        if (name == "start_timestamp" || name == "end_timestamp")
            return formatIsoMicros(v);
        if (name == "is_exception")
            return v != 0;
        return v;
    }
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, i);
    default: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        std::string text(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(s, i)));
        if (isJsonColumn(name)) {
            auto parsed = json::parse(text, nullptr, false);
            if (!parsed.is_discarded())
                return parsed;
        }
        return text;
    }
    }
}

std::string str(const nlohmann::ordered_json &row, const char *key)
{
    const auto it = row.find(key);
    return (it != row.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

} // namespace

Result<SpanRecord> loadSpanRecord(sqlite3 *db, const std::string &traceId,
                                  const std::string &spanId)
{
    sqlite::Statement stmt(db,
                           "SELECT * FROM _records WHERE trace_id = ?1 AND span_id = ?2 "
                           "UNION ALL SELECT * FROM (SELECT * FROM _records WHERE "
                           "trace_id = ?1 AND parent_span_id = ?2 AND kind = 'pending_span' "
                           "LIMIT 1) LIMIT 1");
    if (!stmt.valid())
        return Error::make(Error::Code::Generic, QString::fromStdString(stmt.prepareError()));
    stmt.bind(1, std::string_view(traceId));
    stmt.bind(2, std::string_view(spanId));
    const int rc = stmt.step();
    if (rc != SQLITE_ROW)
        return Error::make(
            rc == SQLITE_DONE ? Error::Code::NotFound : Error::Code::Generic,
            rc == SQLITE_DONE
                ? Tr::tr("Span %1 is not in this store.").arg(QString::fromStdString(spanId))
                : QString::fromUtf8(sqlite3_errmsg(db)));
    SpanRecord record;
    sqlite3_stmt *s = stmt.get();
    const int columns = sqlite3_column_count(s);
    for (int i = 0; i < columns; ++i) {
        const std::string name = sqlite3_column_name(s, i);
        if (name == "start_timestamp")
            record.start = sqlite3_column_int64(s, i);
        else if (name == "end_timestamp")
            record.end = sqlite3_column_int64(s, i);
        else if (name == "level")
            record.level = sqlite3_column_int(s, i);
        else if (name == "_gen_ai_input_tokens" && sqlite3_column_type(s, i) != SQLITE_NULL)
            record.inputTokens = sqlite3_column_int64(s, i);
        else if (name == "_gen_ai_output_tokens" && sqlite3_column_type(s, i) != SQLITE_NULL)
            record.outputTokens = sqlite3_column_int64(s, i);
        else if (name == "_operation_cost" && sqlite3_column_type(s, i) != SQLITE_NULL)
            record.cost = sqlite3_column_double(s, i);
        // Materialised copies of attributes stay out of the raw view: they are not Logfire columns.
        if (name.starts_with("_"))
            continue;
        record.row[name] = columnValue(s, i, name);
    }
    const auto &row = record.row;
    if (row.contains("attributes") && row["attributes"].is_object())
        record.attributes = json(row["attributes"]);
    record.traceId = str(row, "trace_id");
    record.spanId = str(row, "span_id");
    record.message = str(row, "message");
    record.spanName = str(row, "span_name");
    record.jsonSchema = str(row, "attributes_json_schema");
    record.serviceName = str(row, "service_name");
    record.kind = str(row, "kind");
    record.isException = row.value("is_exception", false);
    record.exceptionType = str(row, "exception_type");
    record.exceptionMessage = str(row, "exception_message");
    record.exceptionStacktrace = str(row, "exception_stacktrace");
    const auto &attrs = record.attributes;
    for (const char *key : {"gen_ai.response.model", "gen_ai.request.model", "model_name"}) {
        if (attrs.contains(key) && attrs[key].is_string()) {
            record.model = attrs[key].get<std::string>();
            break;
        }
    }
    return record;
}

SplitAttributes splitAttributes(const json &attributes, const std::string &jsonSchema)
{
    SplitAttributes out;
    if (!attributes.is_object())
        return out;
    json schema;
    if (const auto it = attributes.find("logfire.json_schema"); it != attributes.end()) {
        schema = it->is_string() ? json::parse(it->get<std::string>(), nullptr, false) : *it;
    } else if (!jsonSchema.empty()) {
        schema = json::parse(jsonSchema, nullptr, false);
    }
    const json properties
        = (schema.is_object() && schema.contains("properties") && schema["properties"].is_object())
        ? schema["properties"]
        : json::object();
    for (const auto &[key, value] : attributes.items()) {
        if (key.starts_with("code.") || key.starts_with("logfire."))
            continue;
        if (properties.contains(key))
            out.arguments[key] = value;
        else
            out.other[key] = value;
    }
    const auto file = attributes.find("code.filepath");
    if (file != attributes.end() && file->is_string()) {
        out.codeLocation = file->get<std::string>();
        if (const auto line = attributes.find("code.lineno"); line != attributes.end())
            out.codeLocation += ":" + (line->is_string() ? line->get<std::string>() : line->dump());
        if (const auto fn = attributes.find("code.function");
            fn != attributes.end() && fn->is_string())
            out.codeLocation += " in " + fn->get<std::string>();
    }
    return out;
}

} // namespace hearth::core::trace
