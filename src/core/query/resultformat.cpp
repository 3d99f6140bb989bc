// SPDX-License-Identifier: MIT
#include "core/query/resultformat.h"

#include "core/util/timeutil.h"

#include <algorithm>
#include <QCoreApplication>
#include <QStringList>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Query)
};

} // namespace

using nlohmann::json;

json arrowDataType(ColumnType type)
{
    switch (type) {
    case ColumnType::Null:
        return "Null";
    case ColumnType::Timestamp:
        return json {{"Timestamp", json::array({"Microsecond", "UTC"})}};
    case ColumnType::Integer:
        return "Int64";
    case ColumnType::Float:
        return "Float64";
    case ColumnType::Boolean:
        return "Boolean";
    case ColumnType::Text:
    case ColumnType::Json:
        return "Utf8";
    case ColumnType::List:
        return json {{"List",
                      {{"name", "item"},
                       {"data_type", "Utf8"},
                       {"nullable", true},
                       {"dict_id", 0},
                       {"dict_is_ordered", false},
                       {"metadata", json::object()}}}};
    }
    return "Utf8";
}

ColumnType columnTypeFromArrow(const json &dt)
{
    if (dt.is_string()) {
        const std::string s = dt.get<std::string>();
        if (s == "Null")
            return ColumnType::Null;
        if (s == "Boolean")
            return ColumnType::Boolean;
        if (s.rfind("Int", 0) == 0 || s.rfind("UInt", 0) == 0)
            return ColumnType::Integer;
        if (s.rfind("Float", 0) == 0 || s.rfind("Decimal", 0) == 0)
            return ColumnType::Float;
        if (s.rfind("Timestamp", 0) == 0 || s.rfind("Date", 0) == 0)
            return ColumnType::Timestamp;
        if (s.rfind("List", 0) == 0 || s.rfind("LargeList", 0) == 0)
            return ColumnType::List;
        return ColumnType::Text;
    }
    if (dt.is_object() && !dt.empty()) {
        const std::string key = dt.begin().key();
        if (key == "Timestamp")
            return ColumnType::Timestamp;
        if (key == "List" || key == "LargeList" || key == "FixedSizeList")
            return ColumnType::List;
        if (key.rfind("Decimal", 0) == 0)
            return ColumnType::Float;
        if (key == "Dictionary" && dt.begin()->is_array() && dt.begin()->size() == 2)
            return columnTypeFromArrow((*dt.begin())[1]);
        if (key == "Struct" || key == "Map")
            return ColumnType::Json;
    }
    return ColumnType::Text;
}

json cellJson(ColumnType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (type) {
    case ColumnType::Timestamp:
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            return formatIsoMicros(value.toLongLong());
        return value.toString().toStdString();
    case ColumnType::Integer:
        if (value.typeId() == QMetaType::Double)
            return value.toDouble();
        return value.toLongLong();
    case ColumnType::Float:
        return value.toDouble();
    case ColumnType::Boolean:
        return value.toBool();
    case ColumnType::List: {
        const auto parsed = json::parse(value.toString().toStdString(), nullptr, false);
        if (!parsed.is_discarded() && parsed.is_array())
            return parsed;
        return value.toString().toStdString();
    }
    default:
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            return value.toLongLong();
        case QMetaType::Double:
            return value.toDouble();
        case QMetaType::Bool:
            return value.toBool();
        default:
            return value.toString().toStdString();
        }
    }
}

json schemaJson(const QueryResult &result)
{
    json fields = json::array();
    for (const auto &c : result.columns)
        fields.push_back({{"name", c.name.toStdString()},
                          {"data_type", arrowDataType(c.type)},
                          {"nullable", true}});
    return {{"fields", fields}, {"metadata", json::object()}};
}

json rowJson(const QueryResult &result, int row)
{
    json obj = json::object();
    const auto &cells = result.rows[row];
    for (qsizetype c = 0; c < result.columns.size(); ++c)
        obj[result.columns[c].name.toStdString()]
            = cellJson(result.columns[c].type, c < cells.size() ? cells[c] : QVariant());
    return obj;
}

json toV2Json(const QueryResult &result)
{
    json data = json::array();
    for (int r = 0; r < result.rows.size(); ++r)
        data.push_back(rowJson(result, r));
    return {{"schema", schemaJson(result)}, {"data", data}};
}

Result<QVector<Column>> columnsFromSchema(const json &schema)
{
    if (!schema.is_object() || !schema.contains("fields") || !schema["fields"].is_array())
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("The response has no schema.fields array."));
    QVector<Column> columns;
    for (const auto &f : schema["fields"]) {
        if (!f.is_object() || !f.contains("name") || !f["name"].is_string())
            return Error::make(Error::Code::InvalidInput, Tr::tr("A schema field has no name."));
        const json &dt = f.contains("data_type")
            ? f["data_type"]
            : (f.contains("datatype") ? f["datatype"] : json());
        columns.push_back(
            {QString::fromStdString(f["name"].get<std::string>()), columnTypeFromArrow(dt)});
    }
    return columns;
}

namespace {

QVariant cellFromJson(ColumnType type, const json &v)
{
    if (v.is_null())
        return QVariant();
    switch (type) {
    case ColumnType::Timestamp:
        if (v.is_string()) {
            if (auto us = parseIsoMicros(v.get<std::string>()))
                return static_cast<qint64>(*us);
            return QString::fromStdString(v.get<std::string>());
        }
        if (v.is_number_integer())
            return static_cast<qint64>(v.get<std::int64_t>());
        break;
    case ColumnType::Integer:
        if (v.is_number_integer())
            return static_cast<qint64>(v.get<std::int64_t>());
        if (v.is_number())
            return v.get<double>();
        break;
    case ColumnType::Float:
        if (v.is_number())
            return v.get<double>();
        break;
    case ColumnType::Boolean:
        if (v.is_boolean())
            return v.get<bool>();
        break;
    default:
        break;
    }
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_number_integer())
        return static_cast<qint64>(v.get<std::int64_t>());
    if (v.is_number())
        return v.get<double>();
    return QString::fromStdString(v.dump());
}

} // namespace

QVector<QVariant> rowFromJson(const QVector<Column> &columns, const json &row)
{
    QVector<QVariant> cells;
    cells.reserve(columns.size());
    for (const auto &c : columns) {
        const std::string key = c.name.toStdString();
        cells.push_back(row.is_object() && row.contains(key) ? cellFromJson(c.type, row[key])
                                                             : QVariant());
    }
    return cells;
}

Result<QueryResult> fromV2Json(const json &body)
{
    if (!body.is_object())
        return Error::make(Error::Code::InvalidInput, Tr::tr("The response is not a JSON object."));
    QueryResult result;
    if (body.contains("schema")) {
        auto columns = columnsFromSchema(body["schema"]);
        if (!columns)
            return columns.error();
        result.columns = columns.value();
        if (!body.contains("data") || !body["data"].is_array())
            return Error::make(Error::Code::InvalidInput,
                               Tr::tr("The response has no data array."));
        for (const auto &row : body["data"])
            result.rows.push_back(rowFromJson(result.columns, row));
        return result;
    }
    if (body.contains("columns") && body["columns"].is_array()) {
        // Legacy v1: rows ({columns, rows}) or column-oriented ({columns:[{values}]}).
        json schema = {{"fields", body["columns"]}};
        auto columns = columnsFromSchema(schema);
        if (!columns)
            return columns.error();
        result.columns = columns.value();
        if (body.contains("rows") && body["rows"].is_array()) {
            for (const auto &row : body["rows"])
                result.rows.push_back(rowFromJson(result.columns, row));
            return result;
        }
        size_t n = 0;
        for (const auto &c : body["columns"])
            n = std::max(n, c.contains("values") ? c["values"].size() : size_t(0));
        for (size_t r = 0; r < n; ++r) {
            QVector<QVariant> cells;
            for (qsizetype c = 0; c < result.columns.size(); ++c) {
                const json &values = body["columns"][size_t(c)]["values"];
                cells.push_back(r < values.size() ? cellFromJson(result.columns[c].type, values[r])
                                                  : QVariant());
            }
            result.rows.push_back(std::move(cells));
        }
        return result;
    }
    return Error::make(Error::Code::InvalidInput,
                       Tr::tr("The response has neither schema/data nor columns."));
}

QByteArray toNdjson(const QueryResult &result, int batchRows)
{
    QByteArray out;
    out += QByteArray::fromStdString(
        json {{"type", "schema"}, {"schema", schemaJson(result)}}.dump());
    out += '\n';
    for (int start = 0; start < result.rows.size(); start += batchRows) {
        json rows = json::array();
        for (int r = start; r < std::min<int>(start + batchRows, int(result.rows.size())); ++r)
            rows.push_back(rowJson(result, r));
        out += QByteArray::fromStdString(json {{"type", "data"}, {"rows", rows}}.dump());
        out += '\n';
    }
    out += QByteArray::fromStdString(
        json {{"type", "end"}, {"row_count", result.rows.size()}}.dump());
    out += '\n';
    return out;
}

QString cellText(ColumnType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    if (type == ColumnType::Timestamp
        && (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int))
        return formatIsoMicrosQ(value.toLongLong());
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray b = text.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        return '"' + b + '"';
    }
    return b;
}

} // namespace

QByteArray toCsv(const QueryResult &result)
{
    QByteArray out;
    for (qsizetype c = 0; c < result.columns.size(); ++c) {
        if (c > 0)
            out += ',';
        out += csvField(result.columns[c].name);
    }
    out += "\r\n";
    for (const auto &row : result.rows) {
        for (qsizetype c = 0; c < result.columns.size(); ++c) {
            if (c > 0)
                out += ',';
            out += csvField(cellText(result.columns[c].type, c < row.size() ? row[c] : QVariant()));
        }
        out += "\r\n";
    }
    return out;
}

Result<QueryResult> fromCsv(const QByteArray &csv)
{
    // RFC 4180: quoted fields may hold commas, quotes (doubled) and newlines.
    std::vector<std::vector<QString>> records;
    std::vector<QString> record;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char ch = csv[i];
        any = true;
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < csv.size() && csv[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            record.push_back(QString::fromUtf8(field));
            field.clear();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n')
                ++i;
            record.push_back(QString::fromUtf8(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            any = false;
        } else {
            field += ch;
        }
    }
    if (quoted)
        return Error::make(Error::Code::InvalidInput, Tr::tr("Unterminated quoted CSV field."));
    if (any) {
        record.push_back(QString::fromUtf8(field));
        records.push_back(std::move(record));
    }
    QueryResult result;
    if (records.empty())
        return result;
    for (const auto &name : records.front())
        result.columns.push_back({name, ColumnType::Text});
    for (size_t r = 1; r < records.size(); ++r) {
        QVector<QVariant> cells;
        for (qsizetype c = 0; c < result.columns.size(); ++c) {
            const auto &rec = records[r];
            if (size_t(c) < rec.size() && !rec[size_t(c)].isEmpty())
                cells.push_back(rec[size_t(c)]);
            else
                cells.push_back(QVariant());
        }
        result.rows.push_back(std::move(cells));
    }
    return result;
}

QString toTextTable(const QueryResult &result)
{
    QVector<int> widths;
    for (const auto &c : result.columns)
        widths.push_back(int(c.name.size()));
    QVector<QStringList> cells;
    for (const auto &row : result.rows) {
        QStringList texts;
        for (qsizetype c = 0; c < result.columns.size(); ++c) {
            QString t = cellText(result.columns[c].type, c < row.size() ? row[c] : QVariant());
            t.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (t.size() > 80)
                t = t.left(79) + QChar(0x2026);
            widths[c] = std::max(widths[c], int(t.size()));
            texts << t;
        }
        cells.push_back(texts);
    }
    QString out;
    auto line = [&](const QStringList &texts) {
        QStringList padded;
        for (qsizetype c = 0; c < texts.size(); ++c)
            padded << texts[c].leftJustified(widths[c]);
        out += padded.join(QStringLiteral(" | ")).trimmed() + QLatin1Char('\n');
    };
    QStringList header;
    for (const auto &c : result.columns)
        header << c.name;
    line(header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += rule.join(QStringLiteral("-+-")) + QLatin1Char('\n');
    for (const auto &texts : cells)
        line(texts);
    return out;
}

} // namespace hearth::core
