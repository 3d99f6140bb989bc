// SPDX-License-Identifier: MIT
#include "core/io/exporter.h"

#include "core/query/resultformat.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/util/atomicfile.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QFileInfo>

namespace hearth::core::io {

using json = nlohmann::ordered_json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

constexpr size_t kFlushBytes = 1 << 20;
constexpr int kRowsPerNdjsonLine = 1000;

json schemaJson(const QVector<Column> &columns)
{
    json fields = json::array();
    for (const auto &c : columns)
        fields.push_back({{"name", c.name.toStdString()},
                          {"data_type", arrowDataType(c.type)},
                          {"nullable", true}});
    return json {{"fields", std::move(fields)}, {"metadata", json::object()}};
}

json cellJson(const QVariant &v, ColumnType type)
{
    if (!v.isValid() || v.isNull())
        return nullptr;
    switch (type) {
    case ColumnType::Timestamp:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return formatIsoMicros(v.toLongLong());
        return v.toString().toStdString();
    case ColumnType::Integer:
        return v.toLongLong();
    case ColumnType::Float:
        return v.toDouble();
    case ColumnType::Boolean:
        return v.toBool();
    case ColumnType::Json:
        // Logfire types JSON columns as Utf8: JSON text in a string, exactly as stored.
        return v.toString().toStdString();
    case ColumnType::List: {
        const std::string text = v.toString().toStdString();
        json parsed = json::parse(text, nullptr, false);
        return parsed.is_discarded() ? json(text) : parsed;
    }
    case ColumnType::Text:
    case ColumnType::Null:
        break;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::Bool:
        return v.toBool();
    default:
        return v.toString().toStdString();
    }
}

std::string csvCell(const QVariant &v, ColumnType type)
{
    if (!v.isValid() || v.isNull())
        return {};
    std::string s;
    if (type == ColumnType::Timestamp
        && (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int))
        s = formatIsoMicros(v.toLongLong());
    else if (type == ColumnType::Boolean || v.typeId() == QMetaType::Bool)
        s = v.toBool() ? "true" : "false";
    else if (v.typeId() == QMetaType::Double)
        s = json(v.toDouble()).dump();
    else
        s = v.toString().toStdString();
    if (s.find_first_of(",\"\r\n") == std::string::npos
        && (s.empty() || (s.front() != ' ' && s.back() != ' ')))
        return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"')
            q += '"';
        q += c;
    }
    return q + '"';
}

QVariant cellValue(sqlite3_stmt *st, int i, ColumnType type)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        if (type == ColumnType::Boolean)
            return sqlite3_column_int64(st, i) != 0;
        return static_cast<qint64>(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, i);
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                 sqlite3_column_bytes(st, i));
    }
}

// Logfire's columns only: the engine views also carry Hearth's materialised hot columns.
std::string columnList(bool metrics)
{
    std::string out;
    for (const auto &c : metrics ? schema::metricColumns() : schema::recordColumns()) {
        if (!out.empty())
            out += ", ";
        out += c;
    }
    return out;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("ndjson") || n == QLatin1String("jsonl"))
        return ExportFormat::Ndjson;
    if (n == QLatin1String("case") || n == QLatin1String("hearth"))
        return ExportFormat::Case;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    return exportFormatFromName(QFileInfo(path).suffix());
}

ResultWriter::ResultWriter(ExportFormat format, const QString &path)
    : m_format(format), m_path(path), m_file(std::make_unique<AtomicFile>(path))
{
}

ResultWriter::~ResultWriter() = default;

Status ResultWriter::write(const std::string &text, bool force)
{
    m_buffer += text;
    if (!force && m_buffer.size() < kFlushBytes)
        return {};
    if (!m_file->write(m_buffer.data(), static_cast<qint64>(m_buffer.size()))) {
        m_failed = true;
        return m_file->error();
    }
    m_buffer.clear();
    return {};
}

Status ResultWriter::begin(const QVector<Column> &columns)
{
    if (m_format == ExportFormat::Case)
        return Error::make(Error::Code::Unsupported,
                           Tr::tr("A case file is written from a store, not a result."));
    if (!m_file->open())
        return m_file->error();
    m_columns = columns;
    switch (m_format) {
    case ExportFormat::Csv: {
        std::string header;
        for (int i = 0; i < columns.size(); ++i) {
            if (i)
                header += ',';
            header += csvCell(columns[i].name, ColumnType::Text);
        }
        return write(header + "\r\n");
    }
    case ExportFormat::Json:
        return write("{\"schema\":" + schemaJson(columns).dump() + ",\"data\":[\n");
    case ExportFormat::Ndjson:
        return write("{\"type\":\"schema\",\"schema\":" + schemaJson(columns).dump() + "}\n");
    case ExportFormat::Case:
        break;
    }
    return {};
}

std::string ResultWriter::rowText(const QVector<QVariant> &values) const
{
    if (m_format == ExportFormat::Csv) {
        std::string line;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i)
                line += ',';
            line += csvCell(i < values.size() ? values[i] : QVariant(), m_columns[i].type);
        }
        return line + "\r\n";
    }
    json obj = json::object();
    for (int i = 0; i < m_columns.size(); ++i)
        obj[m_columns[i].name.toStdString()]
            = cellJson(i < values.size() ? values[i] : QVariant(), m_columns[i].type);
    return obj.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status ResultWriter::row(const QVector<QVariant> &values)
{
    if (m_failed)
        return Error::make(Error::Code::Io, Tr::tr("Writing '%1' failed.").arg(m_path));
    const std::string text = rowText(values);
    ++m_rows;
    switch (m_format) {
    case ExportFormat::Csv:
        return write(text);
    case ExportFormat::Json:
        return write((m_rows > 1 ? ",\n" : "") + text);
    case ExportFormat::Ndjson:
        if (!m_pendingData.empty())
            m_pendingData += ',';
        m_pendingData += text;
        if (++m_rowsInLine >= kRowsPerNdjsonLine) {
            auto s = write("{\"type\":\"data\",\"rows\":[" + m_pendingData + "]}\n");
            m_pendingData.clear();
            m_rowsInLine = 0;
            return s;
        }
        return {};
    case ExportFormat::Case:
        break;
    }
    return {};
}

Status ResultWriter::finish()
{
    switch (m_format) {
    case ExportFormat::Json:
        if (auto s = write("\n]}\n"); !s)
            return s;
        break;
    case ExportFormat::Ndjson:
        if (!m_pendingData.empty()) {
            if (auto s = write("{\"type\":\"data\",\"rows\":[" + m_pendingData + "]}\n"); !s)
                return s;
            m_pendingData.clear();
        }
        if (auto s = write("{\"type\":\"end\",\"row_count\":" + std::to_string(m_rows) + "}\n"); !s)
            return s;
        break;
    default:
        break;
    }
    if (auto s = write({}, true); !s)
        return s;
    if (!m_file->commit()) {
        m_failed = true;
        return m_file->error();
    }
    return {};
}

Result<qint64> exportResult(const QueryResult &result, ExportFormat format, const QString &path)
{
    ResultWriter writer(format, path);
    if (auto s = writer.begin(result.columns); !s)
        return s.error();
    for (const auto &row : result.rows) {
        if (auto s = writer.row(row); !s)
            return s.error();
    }
    if (auto s = writer.finish(); !s)
        return s.error();
    return writer.rowCount();
}

Result<qint64> exportStoreQuery(const QString &storePath, const std::string &sql,
                                const QVariantList &bindings, ExportFormat format,
                                const QString &path)
{
    auto conn = Store::openReader(storePath);
    if (!conn)
        return conn.error();
    sqlite::Statement st(conn->get(), sql);
    if (!st.valid())
        return Error::make(Error::Code::SqlSyntax, QString::fromStdString(st.prepareError()));
    std::vector<std::string> texts; // keeps bound text alive for the statement
    texts.reserve(static_cast<size_t>(bindings.size()));
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings[i];
        if (b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int)
            st.bind(i + 1, static_cast<std::int64_t>(b.toLongLong()));
        else {
            texts.push_back(b.toString().toStdString());
            st.bind(i + 1, std::string_view(texts.back()));
        }
    }
    QVector<Column> columns;
    const int n = sqlite3_column_count(st.get());
    for (int i = 0; i < n; ++i)
        columns.push_back({QString::fromUtf8(sqlite3_column_name(st.get(), i)),
                           columnTypeFromDecl(sqlite3_column_decltype(st.get(), i))});
    ResultWriter writer(format, path);
    if (auto s = writer.begin(columns); !s)
        return s.error();
    QVector<QVariant> row(n);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        for (int i = 0; i < n; ++i)
            row[i] = cellValue(st.get(), i, columns[i].type);
        if (auto s = writer.row(row); !s)
            return s.error();
    }
    if (rc != SQLITE_DONE)
        return sqlite::errorFor(rc, storePath.toStdString(), conn->lastError());
    if (auto s = writer.finish(); !s)
        return s.error();
    return writer.rowCount();
}

Result<qint64> exportTrace(const QString &storePath, const QString &traceId, ExportFormat format,
                           const QString &path)
{
    return exportStoreQuery(storePath,
                            "SELECT " + columnList(false)
                                + " FROM _q_records_all WHERE trace_id = ?1 ORDER BY "
                                  "start_timestamp, span_id",
                            {traceId.trimmed().toLower()}, format, path);
}

Result<qint64> exportWindow(const QString &storePath, Micros minUs, Micros maxUs, bool metrics,
                            ExportFormat format, const QString &path)
{
    const std::string sql = "SELECT " + columnList(metrics)
        + (metrics ? " FROM _q_metrics WHERE recorded_timestamp >= ?1 AND recorded_timestamp < ?2 "
                     "ORDER BY recorded_timestamp"
                   : " FROM _q_records WHERE start_timestamp >= ?1 AND start_timestamp < ?2 ORDER "
                     "BY start_timestamp");
    return exportStoreQuery(
        storePath, sql, {QVariant::fromValue<qint64>(minUs), QVariant::fromValue<qint64>(maxUs)},
        format, path);
}

} // namespace hearth::core::io
