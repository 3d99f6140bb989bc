// SPDX-License-Identifier: MIT
#include "core/io/rowmapper.h"

#include "core/store/levels.h"

#include <cmath>
#include <QCoreApplication>
#include <QCryptographicHash>

namespace hearth::core::io {

using nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

Error columnError(const char *column, const QString &why)
{
    return Error::make(Error::Code::InvalidInput,
                       Tr::tr("column '%1': %2").arg(QLatin1String(column), why));
}

std::string shortText(const json &v)
{
    std::string s = v.is_string() ? v.get<std::string>() : v.dump();
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

// A present, non-null value; CSV has no NULL, so an empty string counts as absent for typed
// columns.
const json *typed(const json &row, const char *name)
{
    const auto it = row.find(name);
    if (it == row.end() || it->is_null())
        return nullptr;
    if (it->is_string() && it->get_ref<const std::string &>().empty())
        return nullptr;
    return &*it;
}

Status readText(const json &row, const char *name, std::string &out)
{
    const auto it = row.find(name);
    if (it == row.end() || it->is_null())
        return {};
    out = it->is_string() ? it->get<std::string>() : it->dump();
    return {};
}

Status readOptText(const json &row, const char *name, std::optional<std::string> &out,
                   bool emptyIsNull)
{
    const auto it = row.find(name);
    if (it == row.end() || it->is_null())
        return {};
    if (emptyIsNull && it->is_string() && it->get_ref<const std::string &>().empty())
        return {};
    out = it->is_string() ? it->get<std::string>() : it->dump();
    return {};
}

Result<std::optional<Micros>> readTime(const json &row, const char *name)
{
    const json *v = typed(row, name);
    if (!v)
        return std::optional<Micros>();
    if (v->is_number())
        return std::optional<Micros>(microsFromEpochNumber(v->get<double>()));
    if (v->is_string()) {
        const auto &s = v->get_ref<const std::string &>();
        if (auto us = parseIsoMicros(s))
            return std::optional<Micros>(*us);
        char *end = nullptr;
        const double d = std::strtod(s.c_str(), &end);
        if (end && *end == '\0' && std::isfinite(d))
            return std::optional<Micros>(microsFromEpochNumber(d));
    }
    return columnError(
        name, Tr::tr("'%1' is not a timestamp").arg(QString::fromStdString(shortText(*v))));
}

template<typename Int> Status readInt(const json &row, const char *name, std::optional<Int> &out)
{
    const json *v = typed(row, name);
    if (!v)
        return {};
    if (v->is_number_integer()) {
        out = static_cast<Int>(v->get<std::int64_t>());
        return {};
    }
    if (v->is_number_float() && std::floor(v->get<double>()) == v->get<double>()) {
        out = static_cast<Int>(v->get<double>());
        return {};
    }
    if (v->is_string()) {
        const auto &s = v->get_ref<const std::string &>();
        char *end = nullptr;
        const long long n = std::strtoll(s.c_str(), &end, 10);
        if (end && *end == '\0') {
            out = static_cast<Int>(n);
            return {};
        }
    }
    return columnError(name,
                       Tr::tr("'%1' is not an integer").arg(QString::fromStdString(shortText(*v))));
}

Status readDouble(const json &row, const char *name, std::optional<double> &out)
{
    const json *v = typed(row, name);
    if (!v)
        return {};
    if (v->is_number()) {
        out = v->get<double>();
        return {};
    }
    if (v->is_string()) {
        const auto &s = v->get_ref<const std::string &>();
        char *end = nullptr;
        const double d = std::strtod(s.c_str(), &end);
        if (end && *end == '\0') {
            out = d;
            return {};
        }
    }
    return columnError(name,
                       Tr::tr("'%1' is not a number").arg(QString::fromStdString(shortText(*v))));
}

Status readBool(const json &row, const char *name, std::optional<bool> &out)
{
    const json *v = typed(row, name);
    if (!v)
        return {};
    if (v->is_boolean()) {
        out = v->get<bool>();
        return {};
    }
    if (v->is_number()) {
        out = v->get<double>() != 0;
        return {};
    }
    if (v->is_string()) {
        const auto &s = v->get_ref<const std::string &>();
        if (s == "true" || s == "True" || s == "TRUE" || s == "t" || s == "1") {
            out = true;
            return {};
        }
        if (s == "false" || s == "False" || s == "FALSE" || s == "f" || s == "0") {
            out = false;
            return {};
        }
    }
    return columnError(name,
                       Tr::tr("'%1' is not a boolean").arg(QString::fromStdString(shortText(*v))));
}

// JSON columns arrive as objects (v2 JSON) or as JSON-encoded strings (CSV, Arrow, NDJSON).
// `parsed`, when given, is pointed at the value (in the row, or in `holder` for text), so that the
// caller can read attributes without copying the tree.
Status readJson(const json &row, const char *name, std::string &out, const json **parsed = nullptr,
                json *holder = nullptr, bool (*wanted)(const std::string &) = nullptr)
{
    const json *v = typed(row, name);
    if (!v)
        return {};
    if (!v->is_string()) {
        out = v->dump();
        if (parsed)
            *parsed = v;
        return {};
    }
    // Text is only validated, without building a tree, unless the caller wants the tree and
    // `wanted` (if given) says the text holds something worth reading.
    const auto &s = v->get_ref<const std::string &>();
    if (parsed && holder && (!wanted || wanted(s))) {
        json doc = json::parse(s, nullptr, false);
        if (doc.is_discarded())
            return columnError(
                name, Tr::tr("'%1' is not JSON").arg(QString::fromStdString(shortText(*v))));
        *holder = std::move(doc);
        *parsed = holder;
    } else if (!json::accept(s)) {
        return columnError(name,
                           Tr::tr("'%1' is not JSON").arg(QString::fromStdString(shortText(*v))));
    }
    out = s;
    return {};
}

// Whether attributes text can hold a value that fillHotColumns reads.
bool mayHoldHotAttributes(const std::string &text)
{
    return text.find("gen_ai.") != std::string::npos
        || text.find("operation.cost") != std::string::npos;
}

// Lists: a JSON array, its JSON text, Postgres' {a,b} text, or one bare value.
Status readList(const json &row, const char *name, std::string &out)
{
    const json *v = typed(row, name);
    if (!v)
        return {};
    if (v->is_array()) {
        out = v->dump();
        return {};
    }
    if (!v->is_string()) {
        out = json::array({*v}).dump();
        return {};
    }
    const auto &s = v->get_ref<const std::string &>();
    if (s.front() == '[') {
        json doc = json::parse(s, nullptr, false);
        if (doc.is_discarded() || !doc.is_array())
            return columnError(
                name, Tr::tr("'%1' is not a list").arg(QString::fromStdString(shortText(*v))));
        out = doc.dump();
        return {};
    }
    json list = json::array();
    if (s.front() == '{' && s.back() == '}') {
        const std::string inner = s.substr(1, s.size() - 2);
        size_t start = 0;
        while (!inner.empty() && start <= inner.size()) {
            const size_t comma = inner.find(',', start);
            std::string item = inner.substr(start, comma - start);
            if (item.size() >= 2 && item.front() == '"' && item.back() == '"')
                item = item.substr(1, item.size() - 2);
            list.push_back(item);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    } else {
        list.push_back(s);
    }
    out = list.dump();
    return {};
}

std::string hexHash(const json &row, std::int64_t ordinal, size_t hexChars)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const std::string text = row.dump() + '#' + std::to_string(ordinal);
    h.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    return h.result().toHex().left(static_cast<qsizetype>(hexChars)).toStdString();
}

std::string lowerHex(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const json *attr(const json &attrs, const char *key)
{
    if (!attrs.is_object())
        return nullptr;
    const auto it = attrs.find(key);
    return it == attrs.end() || it->is_null() ? nullptr : &*it;
}

std::string attrText(const json &attrs, const char *key)
{
    const json *v = attr(attrs, key);
    if (!v)
        return {};
    return v->is_string() ? v->get<std::string>() : v->dump();
}

std::optional<std::int64_t> attrInt(const json &attrs, const char *key)
{
    const json *v = attr(attrs, key);
    if (v && v->is_number())
        return static_cast<std::int64_t>(v->get<double>());
    if (v && v->is_string()) {
        char *end = nullptr;
        const auto &s = v->get_ref<const std::string &>();
        const long long n = std::strtoll(s.c_str(), &end, 10);
        if (end && *end == '\0' && !s.empty())
            return n;
    }
    return std::nullopt;
}

} // namespace

Micros microsFromEpochNumber(double value)
{
    const double a = std::fabs(value);
    if (a < 1e11)
        return static_cast<Micros>(std::llround(value * 1e6));
    if (a < 1e14)
        return static_cast<Micros>(std::llround(value * 1e3));
    if (a < 1e17)
        return static_cast<Micros>(std::llround(value));
    return static_cast<Micros>(std::llround(value / 1e3));
}

TableKind detectTable(const std::vector<std::string> &columnNames)
{
    for (const auto &c : columnNames) {
        if (c == "recorded_timestamp" || c == "metric_name" || c == "metric_type"
            || c == "scalar_value")
            return TableKind::Metrics;
    }
    return TableKind::Records;
}

void fillHotColumns(Record &r, const json &a)
{
    if (!a.is_object())
        return;
    r.genAiRequestModel = attrText(a, "gen_ai.request.model");
    r.genAiResponseModel = attrText(a, "gen_ai.response.model");
    r.genAiOperationName = attrText(a, "gen_ai.operation.name");
    r.genAiSystem = attrText(a, "gen_ai.system");
    if (r.genAiSystem.empty())
        r.genAiSystem = attrText(a, "gen_ai.provider.name");
    r.genAiInputTokens = attrInt(a, "gen_ai.usage.input_tokens");
    r.genAiOutputTokens = attrInt(a, "gen_ai.usage.output_tokens");
    if (const json *cost = attr(a, "operation.cost"); cost && cost->is_number())
        r.operationCost = cost->get<double>();
}

#define HEARTH_TRY(expr)                                                                           \
    do {                                                                                           \
        if (auto _s = (expr); !_s)                                                                 \
            return _s.error();                                                                     \
    } while (false)

Status RowMapper::mapRecord(const json &row, Record &r)
{
    auto start = readTime(row, "start_timestamp");
    if (!start)
        return start.error();
    auto end = readTime(row, "end_timestamp");
    if (!end)
        return end.error();
    if (start->has_value())
        r.startUs = **start;
    else if (end->has_value())
        r.startUs = **end;
    else {
        r.startUs = m_fallbackTimeUs;
        ++m_rowsWithoutTimestamp;
    }
    r.endUs = end->has_value() ? **end : r.startUs;
    HEARTH_TRY(readDouble(row, "duration", r.duration));

    HEARTH_TRY(readText(row, "trace_id", r.traceId));
    HEARTH_TRY(readText(row, "span_id", r.spanId));
    HEARTH_TRY(readText(row, "parent_span_id", r.parentSpanId));
    r.traceId = lowerHex(std::move(r.traceId));
    r.spanId = lowerHex(std::move(r.spanId));
    r.parentSpanId = lowerHex(std::move(r.parentSpanId));
    if (r.traceId.empty() || r.spanId.empty()) {
        // A result that did not select the ids still imports: its ids come from the row's content
        // and position, so importing the same file again finds the same ids and stores nothing.
        ++m_rowsWithoutIds;
        const std::int64_t position = m_rowsWithoutIds;
        if (r.traceId.empty())
            r.traceId = hexHash(row, position, 32);
        if (r.spanId.empty())
            r.spanId = hexHash(row, -position, 16);
    }

    std::string kind;
    HEARTH_TRY(readText(row, "kind", kind));
    if (!kind.empty())
        r.kind = kind;
    if (const json *lv = typed(row, "level")) {
        if (lv->is_string()) {
            if (auto n = levelNumber(lv->get_ref<const std::string &>()))
                r.level = *n;
        }
        if (!lv->is_string() || !levelNumber(lv->get_ref<const std::string &>())) {
            std::optional<int> n;
            HEARTH_TRY(readInt(row, "level", n));
            r.level = n.value_or(9);
        }
    }
    HEARTH_TRY(readText(row, "span_name", r.spanName));
    HEARTH_TRY(readText(row, "message", r.message));
    if (r.spanName.empty())
        r.spanName = r.message;
    if (r.message.empty())
        r.message = r.spanName;

    static const json kNone;
    json attributesHolder;
    const json *attributes = &kNone;
    HEARTH_TRY(readJson(row, "attributes", r.attributes, &attributes, &attributesHolder,
                        mayHoldHotAttributes));
    if (r.attributes.empty())
        r.attributes = "{}";
    HEARTH_TRY(readText(row, "attributes_json_schema", r.attributesJsonSchema));
    HEARTH_TRY(readList(row, "tags", r.tags));
    HEARTH_TRY(readText(row, "otel_status_code", r.otelStatusCode));
    HEARTH_TRY(readText(row, "otel_status_message", r.otelStatusMessage));
    HEARTH_TRY(readJson(row, "otel_events", r.otelEvents));
    HEARTH_TRY(readJson(row, "otel_links", r.otelLinks));
    HEARTH_TRY(readText(row, "otel_scope_name", r.otelScopeName));
    HEARTH_TRY(readText(row, "otel_scope_version", r.otelScopeVersion));
    HEARTH_TRY(readJson(row, "otel_scope_attributes", r.otelScopeAttributes));
    // The resource's tree is only needed when there is no service_name column to read.
    std::string service;
    HEARTH_TRY(readText(row, "service_name", service));
    json resourceHolder;
    const json *resource = &kNone;
    HEARTH_TRY(readJson(row, "otel_resource_attributes", r.otelResourceAttributes,
                        service.empty() ? &resource : nullptr, &resourceHolder));
    if (r.otelResourceAttributes.empty())
        r.otelResourceAttributes = "{}";

    if (service.empty())
        service = attrText(*resource, "service.name");
    if (!service.empty())
        r.serviceName = service;
    HEARTH_TRY(readText(row, "service_version", r.serviceVersion));
    HEARTH_TRY(readText(row, "service_instance_id", r.serviceInstanceId));
    HEARTH_TRY(readText(row, "service_namespace", r.serviceNamespace));
    HEARTH_TRY(readText(row, "deployment_environment", r.deploymentEnvironment));
    HEARTH_TRY(readInt(row, "process_pid", r.processPid));
    HEARTH_TRY(readText(row, "telemetry_sdk_name", r.telemetrySdkName));
    HEARTH_TRY(readText(row, "telemetry_sdk_language", r.telemetrySdkLanguage));
    HEARTH_TRY(readText(row, "telemetry_sdk_version", r.telemetrySdkVersion));
    std::optional<bool> isException;
    HEARTH_TRY(readBool(row, "is_exception", isException));
    r.isException = isException.value_or(false);
    HEARTH_TRY(readOptText(row, "exception_type", r.exceptionType, m_emptyIsNull));
    HEARTH_TRY(readOptText(row, "exception_message", r.exceptionMessage, m_emptyIsNull));
    HEARTH_TRY(readOptText(row, "exception_stacktrace", r.exceptionStacktrace, m_emptyIsNull));
    HEARTH_TRY(readInt(row, "http_response_status_code", r.httpResponseStatusCode));
    HEARTH_TRY(readText(row, "http_method", r.httpMethod));
    HEARTH_TRY(readText(row, "http_route", r.httpRoute));
    HEARTH_TRY(readText(row, "url_full", r.urlFull));
    HEARTH_TRY(readText(row, "url_path", r.urlPath));
    HEARTH_TRY(readText(row, "url_query", r.urlQuery));
    HEARTH_TRY(readOptText(row, "log_body", r.logBody, m_emptyIsNull));
    fillHotColumns(r, *attributes);
    return {};
}

Status RowMapper::mapMetric(const json &row, MetricPoint &m)
{
    auto recorded = readTime(row, "recorded_timestamp");
    if (!recorded)
        return recorded.error();
    auto start = readTime(row, "start_timestamp");
    if (!start)
        return start.error();
    if (recorded->has_value()) {
        m.recordedUs = **recorded;
    } else {
        m.recordedUs = m_fallbackTimeUs;
        ++m_rowsWithoutTimestamp;
    }
    m.startUs = *start;
    HEARTH_TRY(readText(row, "metric_name", m.metricName));
    HEARTH_TRY(readText(row, "metric_type", m.metricType));
    HEARTH_TRY(readText(row, "unit", m.unit));
    HEARTH_TRY(readText(row, "metric_description", m.metricDescription));
    HEARTH_TRY(readText(row, "aggregation_temporality", m.aggregationTemporality));
    HEARTH_TRY(readBool(row, "is_monotonic", m.isMonotonic));
    HEARTH_TRY(readDouble(row, "scalar_value", m.scalarValue));
    HEARTH_TRY(readDouble(row, "histogram_min", m.histogramMin));
    HEARTH_TRY(readDouble(row, "histogram_max", m.histogramMax));
    HEARTH_TRY(readDouble(row, "histogram_sum", m.histogramSum));
    HEARTH_TRY(readInt(row, "histogram_count", m.histogramCount));
    HEARTH_TRY(readList(row, "histogram_bucket_counts", m.histogramBucketCounts));
    HEARTH_TRY(readList(row, "histogram_explicit_bounds", m.histogramExplicitBounds));
    HEARTH_TRY(readInt(row, "exp_histogram_scale", m.expHistogramScale));
    HEARTH_TRY(readInt(row, "exp_histogram_zero_count", m.expHistogramZeroCount));
    HEARTH_TRY(readDouble(row, "exp_histogram_zero_threshold", m.expHistogramZeroThreshold));
    HEARTH_TRY(
        readList(row, "exp_histogram_positive_bucket_counts", m.expHistogramPositiveBucketCounts));
    HEARTH_TRY(readInt(row, "exp_histogram_positive_bucket_counts_offset",
                       m.expHistogramPositiveBucketCountsOffset));
    HEARTH_TRY(
        readList(row, "exp_histogram_negative_bucket_counts", m.expHistogramNegativeBucketCounts));
    HEARTH_TRY(readInt(row, "exp_histogram_negative_bucket_counts_offset",
                       m.expHistogramNegativeBucketCountsOffset));
    HEARTH_TRY(readJson(row, "exemplars", m.exemplars));
    HEARTH_TRY(readJson(row, "attributes", m.attributes));
    if (m.attributes.empty())
        m.attributes = "{}";
    HEARTH_TRY(readText(row, "attributes_json_schema", m.attributesJsonSchema));
    HEARTH_TRY(readText(row, "otel_scope_name", m.otelScopeName));
    HEARTH_TRY(readText(row, "otel_scope_version", m.otelScopeVersion));
    HEARTH_TRY(readJson(row, "otel_scope_attributes", m.otelScopeAttributes));
    static const json kNone;
    json resourceHolder;
    const json *resource = &kNone;
    HEARTH_TRY(readJson(row, "otel_resource_attributes", m.otelResourceAttributes, &resource,
                        &resourceHolder));
    if (m.otelResourceAttributes.empty())
        m.otelResourceAttributes = "{}";
    std::string service;
    HEARTH_TRY(readText(row, "service_name", service));
    if (service.empty())
        service = attrText(*resource, "service.name");
    if (!service.empty())
        m.serviceName = service;
    HEARTH_TRY(readText(row, "service_namespace", m.serviceNamespace));
    HEARTH_TRY(readText(row, "service_version", m.serviceVersion));
    HEARTH_TRY(readText(row, "service_instance_id", m.serviceInstanceId));
    HEARTH_TRY(readText(row, "deployment_environment", m.deploymentEnvironment));
    HEARTH_TRY(readInt(row, "process_pid", m.processPid));
    HEARTH_TRY(readText(row, "telemetry_sdk_name", m.telemetrySdkName));
    HEARTH_TRY(readText(row, "telemetry_sdk_language", m.telemetrySdkLanguage));
    HEARTH_TRY(readText(row, "telemetry_sdk_version", m.telemetrySdkVersion));
    if (m.metricName.empty())
        return columnError("metric_name", Tr::tr("missing (a metrics row needs its metric_name)"));
    if (m.metricType.empty())
        m.metricType = m.histogramCount ? "histogram" : "gauge";
    return {};
}

#undef HEARTH_TRY

} // namespace hearth::core::io
