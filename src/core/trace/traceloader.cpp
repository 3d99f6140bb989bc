// SPDX-License-Identifier: MIT
#include "core/trace/traceloader.h"

#include "core/store/sqlite.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace hearth::core::trace {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Trace)
};

std::string_view columnText(sqlite3_stmt *stmt, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    if (!p)
        return {};
    return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt, i)));
}

SpanKind kindFromText(std::string_view kind)
{
    if (kind == "log")
        return SpanKind::Log;
    if (kind == "span_event")
        return SpanKind::SpanEvent;
    if (kind == "pending_span")
        return SpanKind::Pending;
    return SpanKind::Span;
}

Micros microsFromJson(const nlohmann::json &value)
{
    if (value.is_string()) {
        if (auto t = parseIsoMicros(value.get<std::string>()))
            return *t;
        return 0;
    }
    if (value.is_number()) {
        const double v = value.get<double>();
        if (v > 1e17)
            return static_cast<Micros>(v / 1000.0); // nanoseconds
        if (v > 1e14)
            return static_cast<Micros>(v); // microseconds
        if (v > 1e11)
            return static_cast<Micros>(v * 1000.0); // milliseconds
        return static_cast<Micros>(v * 1e6); // seconds
    }
    return 0;
}

} // namespace

bool isModelRequest(std::string_view op, std::string_view spanName)
{
    if (op == "invoke_agent" || op == "execute_tool" || op == "create_agent")
        return false;
    if (spanName.starts_with("agent run") || spanName.starts_with("invoke_agent")
        || spanName.starts_with("running tool") || spanName.starts_with("execute_tool"))
        return false;
    return true;
}

std::vector<EventMark> parseEventMarks(std::string_view text)
{
    std::vector<EventMark> out;
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_array())
        return out;
    for (const auto &event : json) {
        if (!event.is_object())
            continue;
        EventMark mark;
        for (const char *key : {"timestamp", "time_unix_nano", "timeUnixNano", "time"}) {
            if (event.contains(key)) {
                mark.time = microsFromJson(event[key]);
                break;
            }
        }
        mark.exception = event.value("name", std::string()) == "exception";
        if (mark.time > 0)
            out.push_back(mark);
    }
    return out;
}

Result<std::shared_ptr<const TraceData>> loadTrace(sqlite3 *db, const std::string &traceId,
                                                   const CancelTokenPtr &cancel)
{
    // Rows of one trace are usually written together, so they sit in a narrow rowid range: read
    // that range sequentially (the covering index gives its bounds) instead of one random table
    // lookup per span in span-id order, which is several times slower for big traces.
    std::int64_t count = 0;
    std::int64_t minRowid = 0;
    std::int64_t maxRowid = 0;
    {
        sqlite::Statement bounds(
            db, "SELECT count(*), min(rowid), max(rowid) FROM _records WHERE trace_id = ?1");
        if (!bounds.valid())
            return Error::make(Error::Code::Generic,
                               Tr::tr("Cannot read the trace: %1")
                                   .arg(QString::fromStdString(bounds.prepareError())));
        bounds.bind(1, std::string_view(traceId));
        if (bounds.step() == SQLITE_ROW) {
            count = bounds.columnInt(0);
            minRowid = bounds.columnInt(1);
            maxRowid = bounds.columnInt(2);
        }
    }
    if (count == 0)
        return Error::make(
            Error::Code::NotFound,
            Tr::tr("No trace with id %1 in this store.").arg(QString::fromStdString(traceId)));
    const bool dense = (maxRowid - minRowid + 1) <= count * 4;
    // Column order matters: SQLite decodes a row lazily up to the highest column read, so the
    // rarely needed ones (events, pending parent, span_name) come last and are read only on demand.
    const std::string columns
        = "SELECT span_id, parent_span_id, start_timestamp, end_timestamp, kind, level, message, "
          "service_name, is_exception, otel_status_code, _gen_ai_input_tokens, "
          "_gen_ai_output_tokens, _operation_cost, _gen_ai_operation_name, "
          "_gen_ai_request_model, otel_events, "
          "CASE WHEN kind = 'pending_span' THEN "
          "json_extract(attributes, '$.\"logfire.pending_parent_id\"') END, span_name "
          "FROM _records ";
    // `+trace_id` keeps the planner on the rowid range rather than the index.
    sqlite::Statement stmt(
        db,
        columns
            + (dense ? "WHERE rowid BETWEEN ?2 AND ?3 AND +trace_id = ?1" : "WHERE trace_id = ?1"));
    if (!stmt.valid())
        return Error::make(
            Error::Code::Generic,
            Tr::tr("Cannot read the trace: %1").arg(QString::fromStdString(stmt.prepareError())));
    if (dense) {
        stmt.bind(2, minRowid);
        stmt.bind(3, maxRowid);
    }
    stmt.bind(1, std::string_view(traceId));
    TraceBuilder builder(traceId);
    builder.reserve(static_cast<size_t>(count));
    sqlite3_stmt *s = stmt.get();
    std::string lastService;
    std::uint16_t lastServiceIndex = 0;
    int rc = SQLITE_ROW;
    std::int64_t rowsRead = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (cancel && (++rowsRead & 0xffff) == 0 && cancel->cancelled())
            return Error::make(Error::Code::Cancelled, Tr::tr("Loading was cancelled."));
        std::uint64_t spanId = 0;
        std::uint64_t parentId = 0;
        if (!parseSpanId(columnText(s, 0), spanId))
            spanId = std::hash<std::string_view> {}(columnText(s, 0));
        const std::string_view parentText = columnText(s, 1);
        bool hasParent = !parentText.empty() && parseSpanId(parentText, parentId);
        const Micros start = sqlite3_column_int64(s, 2);
        const Micros end = sqlite3_column_int64(s, 3);
        const SpanKind kind = kindFromText(columnText(s, 4));
        const int level = std::clamp(sqlite3_column_int(s, 5), 0, 255);
        const std::string_view message = columnText(s, 6);
        const std::string_view service = columnText(s, 7);
        if (service != lastService) {
            lastService.assign(service);
            lastServiceIndex = builder.serviceIndex(service);
        }
        std::uint8_t flags = 0;
        if (sqlite3_column_int(s, 8) != 0)
            flags |= FlagException;
        if (columnText(s, 9) == "ERROR")
            flags |= FlagError;
        TokenUsage usage;
        const bool hasTokens = sqlite3_column_type(s, 10) != SQLITE_NULL
            || sqlite3_column_type(s, 11) != SQLITE_NULL;
        const std::string_view operation = columnText(s, 13);
        if (hasTokens || !operation.empty() || sqlite3_column_type(s, 14) != SQLITE_NULL)
            flags |= FlagLlm;
        if (hasTokens && isModelRequest(operation, columnText(s, 17))) {
            flags |= FlagModelRequest;
            usage.input = sqlite3_column_int64(s, 10);
            usage.output = sqlite3_column_int64(s, 11);
            usage.cost = sqlite3_column_double(s, 12);
            usage.requests = 1;
        }
        if (kind == SpanKind::Pending) {
            // Logfire SDK pending rows have their own id, point at the real span as parent and
            // carry the real parent in logfire.pending_parent_id: stand in for the real span.
            // Rows that already carry the real span's id (pending_parent_id == parent) stay as
            // they are.
            const std::string_view pendingParent = columnText(s, 16);
            std::uint64_t realParent = 0;
            if (hasParent && !pendingParent.empty() && pendingParent != parentText
                && parseSpanId(pendingParent, realParent)) {
                spanId = parentId;
                parentId = realParent;
                hasParent = realParent != 0;
            }
        }
        builder.add(spanId, parentId, hasParent, start, end, kind, static_cast<std::uint8_t>(level),
                    flags, lastServiceIndex, message, usage);
        if (sqlite3_column_type(s, 15) != SQLITE_NULL) {
            for (const EventMark &mark : parseEventMarks(columnText(s, 15)))
                builder.addEvent(mark.time, mark.exception);
        }
    }
    if (rc != SQLITE_DONE)
        return Error::make(
            Error::Code::Generic,
            Tr::tr("Cannot read the trace: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    auto data = std::make_shared<TraceData>(builder.build());
    if (data->empty())
        return Error::make(
            Error::Code::NotFound,
            Tr::tr("No trace with id %1 in this store.").arg(QString::fromStdString(traceId)));
    return std::shared_ptr<const TraceData>(std::move(data));
}

Result<std::string> latestTraceId(sqlite3 *db)
{
    sqlite::Statement stmt(db,
                           "SELECT trace_id FROM _records ORDER BY start_timestamp DESC LIMIT 1");
    if (!stmt.valid())
        return Error::make(Error::Code::Generic, QString::fromStdString(stmt.prepareError()));
    if (stmt.step() != SQLITE_ROW)
        return std::string();
    return std::string(columnText(stmt.get(), 0));
}

} // namespace hearth::core::trace
