// SPDX-License-Identifier: MIT
#include "core/otlp/otlpmapper.h"

#include "core/store/levels.h"
#include "opentelemetry/proto/collector/logs/v1/logs_service.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <charconv>
#include <cmath>
#include <functional>
#include <QByteArray>
#include <string_view>

namespace hearth::core::otlp {

namespace pb = opentelemetry::proto;
using Json = nlohmann::json;
using KeyValues = google::protobuf::RepeatedPtrField<pb::common::v1::KeyValue>;

namespace {

// Logfire caps these at ingest (logfire.md §1.3).
constexpr size_t kMaxMessageBytes = 512;
constexpr size_t kMaxStacktraceBytes = 32000;

std::string dumpJson(const Json &j)
{
    // Strings from protobuf are valid UTF-8, but a JSON body may carry anything: never throw.
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Cuts at a UTF-8 character boundary.
std::string truncateUtf8(std::string s, size_t maxBytes)
{
    if (s.size() <= maxBytes)
        return s;
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;
    s.resize(cut);
    return s;
}

bool allZero(const std::string &bytes)
{
    for (char c : bytes) {
        if (c != 0)
            return false;
    }
    return true;
}

Micros nanosToMicros(std::uint64_t ns)
{
    return static_cast<Micros>(ns / 1000);
}

// 64-bit FNV-1a: deterministic ids for rows that have none of their own (span events, logs without
// a span), so that a re-delivered request maps to the same (trace_id, span_id) and is deduplicated.
std::uint64_t fnv1a(std::string_view data, std::uint64_t seed = 1469598103934665603ULL)
{
    std::uint64_t h = seed;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string hex64(std::uint64_t v)
{
    static const char digits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i) {
        s[static_cast<size_t>(i)] = digits[v & 0xF];
        v >>= 4;
    }
    return s;
}

std::string derivedSpanId(std::string_view content)
{
    auto h = fnv1a(content);
    if (h == 0)
        h = 1; // all-zero span ids are invalid
    return hex64(h);
}

std::string derivedTraceId(std::string_view content)
{
    // Two differently seeded hashes, neither equal to the span id's.
    return hex64(fnv1a(content, 0x84222325cbf29ce4ULL))
        + hex64(fnv1a(content, 0x9e3779b97f4a7c15ULL));
}

const pb::common::v1::AnyValue *findAttr(const KeyValues &attrs, std::string_view key)
{
    for (const auto &kv : attrs) {
        if (kv.key() == key && kv.has_value())
            return &kv.value();
    }
    return nullptr;
}

std::string attrString(const KeyValues &attrs, std::string_view key)
{
    const auto *v = findAttr(attrs, key);
    if (!v)
        return {};
    switch (v->value_case()) {
    case pb::common::v1::AnyValue::kStringValue:
        return v->string_value();
    case pb::common::v1::AnyValue::kIntValue:
        return std::to_string(v->int_value());
    case pb::common::v1::AnyValue::kBoolValue:
        return v->bool_value() ? "true" : "false";
    case pb::common::v1::AnyValue::kDoubleValue:
        return dumpJson(Json(v->double_value()));
    default:
        return {};
    }
}

std::optional<std::int64_t> attrInt(const KeyValues &attrs, std::string_view key)
{
    const auto *v = findAttr(attrs, key);
    if (!v)
        return std::nullopt;
    switch (v->value_case()) {
    case pb::common::v1::AnyValue::kIntValue:
        return v->int_value();
    case pb::common::v1::AnyValue::kDoubleValue: {
        const double d = v->double_value();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return static_cast<std::int64_t>(d);
    }
    case pb::common::v1::AnyValue::kStringValue: {
        const auto &s = v->string_value();
        try {
            size_t used = 0;
            const long long n = std::stoll(s, &used);
            if (used == s.size())
                return n;
        } catch (...) {
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> attrDouble(const KeyValues &attrs, std::string_view key)
{
    const auto *v = findAttr(attrs, key);
    if (!v)
        return std::nullopt;
    switch (v->value_case()) {
    case pb::common::v1::AnyValue::kIntValue:
        return static_cast<double>(v->int_value());
    case pb::common::v1::AnyValue::kDoubleValue:
        return v->double_value();
    case pb::common::v1::AnyValue::kStringValue: {
        try {
            size_t used = 0;
            const double d = std::stod(v->string_value(), &used);
            if (used == v->string_value().size())
                return d;
        } catch (...) {
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::string firstNonEmpty(std::string a, std::string b)
{
    return a.empty() ? std::move(b) : std::move(a);
}

// Serialises AnyValue trees straight to JSON text: the hot path of ingest (every span's
// attributes), where building an nlohmann tree first cost a large share of the server's CPU.
// Strings are valid UTF-8 here (both decoders reject anything else), so escaping is all it needs.
class JsonWriter
{
public:
    std::string &out() { return m_out; }

    void string(std::string_view s)
    {
        static const char hex[] = "0123456789abcdef";
        m_out.push_back('"');
        size_t runStart = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(s.data() + runStart, i - runStart);
            runStart = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u00";
                m_out.push_back(hex[c >> 4]);
                m_out.push_back(hex[c & 0xF]);
            }
        }
        m_out.append(s.data() + runStart, s.size() - runStart);
        m_out.push_back('"');
    }

    void number(std::int64_t v)
    {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        m_out.append(buf, r.ptr);
    }

    void number(double v)
    {
        if (!std::isfinite(v)) {
            m_out += "null"; // JSON has no NaN/Infinity
            return;
        }
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        const std::string_view text(buf, static_cast<size_t>(r.ptr - buf));
        m_out.append(text);
        // Keep doubles recognisable as such (2.0, not 2), as nlohmann_json prints them.
        if (text.find_first_of(".e") == std::string_view::npos)
            m_out += ".0";
    }

    void value(const pb::common::v1::AnyValue &v, int depth)
    {
        using A = pb::common::v1::AnyValue;
        if (depth >= kMaxJsonDepth) {
            string("[nested deeper than " + std::to_string(kMaxJsonDepth) + " levels]");
            return;
        }
        switch (v.value_case()) {
        case A::kStringValue:
            string(v.string_value());
            break;
        case A::kBoolValue:
            m_out += v.bool_value() ? "true" : "false";
            break;
        case A::kIntValue:
            number(static_cast<std::int64_t>(v.int_value()));
            break;
        case A::kDoubleValue:
            number(v.double_value());
            break;
        case A::kArrayValue: {
            m_out.push_back('[');
            bool first = true;
            for (const auto &item : v.array_value().values()) {
                if (!first)
                    m_out.push_back(',');
                first = false;
                value(item, depth + 1);
            }
            m_out.push_back(']');
            break;
        }
        case A::kKvlistValue:
            object(v.kvlist_value().values(), depth + 1, nullptr);
            break;
        case A::kBytesValue: {
            const auto &b = v.bytes_value();
            string(QByteArray::fromRawData(b.data(), static_cast<qsizetype>(b.size()))
                       .toBase64()
                       .toStdString());
            break;
        }
        default:
            m_out += "null"; // unset, or string_value_strindex (profiles only)
        }
    }

    // `override` may replace a value with already-serialised JSON (or skip the key: return false).
    using Override = std::function<bool(const pb::common::v1::KeyValue &kv, std::string &json)>;

    void object(const KeyValues &kvs, int depth, const Override *override)
    {
        m_out.push_back('{');
        bool first = true;
        std::string replaced;
        for (int i = 0; i < kvs.size(); ++i) {
            const auto &kv = kvs.Get(i);
            if (isDuplicateKey(kvs, i))
                continue; // first occurrence wins; JSON objects need unique keys
            replaced.clear();
            if (override && !(*override)(kv, replaced))
                continue;
            if (!first)
                m_out.push_back(',');
            first = false;
            string(kv.key());
            m_out.push_back(':');
            if (!replaced.empty())
                m_out += replaced;
            else if (kv.has_value())
                value(kv.value(), depth);
            else
                m_out += "null";
        }
        m_out.push_back('}');
    }

private:
    static bool isDuplicateKey(const KeyValues &kvs, int index)
    {
        // Quadratic, but attribute lists are short and duplicates are rare; very long lists
        // (hostile input) skip the check rather than cost O(n^2).
        if (kvs.size() > 256)
            return false;
        const auto &key = kvs.Get(index).key();
        for (int j = 0; j < index; ++j) {
            if (kvs.Get(j).key() == key)
                return true;
        }
        return false;
    }

    std::string m_out;
};

Json attributesObject(const KeyValues &attrs)
{
    Json obj = Json::object();
    for (const auto &kv : attrs)
        obj[kv.key()] = kv.has_value() ? anyValueToJson(kv.value()) : Json();
    return obj;
}

std::string attributesText(const KeyValues &attrs)
{
    JsonWriter w;
    w.object(attrs, 0, nullptr);
    return std::move(w.out());
}

// The columns every row of one resource (and scope) shares, computed once per ResourceSpans.
struct ResourceColumns
{
    std::string resourceAttributes = "{}";
    std::string serviceName = "unknown_service";
    std::string serviceVersion;
    std::string serviceInstanceId;
    std::string serviceNamespace;
    std::string deploymentEnvironment;
    std::optional<std::int64_t> processPid;
    std::string sdkName;
    std::string sdkLanguage;
    std::string sdkVersion;
    std::string scopeName;
    std::string scopeVersion;
    std::string scopeAttributes;
};

ResourceColumns resourceColumns(const pb::resource::v1::Resource &resource)
{
    const auto &a = resource.attributes();
    ResourceColumns c;
    c.resourceAttributes = attributesText(a);
    c.serviceName = firstNonEmpty(attrString(a, "service.name"), "unknown_service");
    c.serviceVersion = attrString(a, "service.version");
    c.serviceInstanceId = attrString(a, "service.instance.id");
    c.serviceNamespace = attrString(a, "service.namespace");
    c.deploymentEnvironment = firstNonEmpty(attrString(a, "deployment.environment.name"),
                                            attrString(a, "deployment.environment"));
    c.processPid = attrInt(a, "process.pid");
    c.sdkName = attrString(a, "telemetry.sdk.name");
    c.sdkLanguage = attrString(a, "telemetry.sdk.language");
    c.sdkVersion = attrString(a, "telemetry.sdk.version");
    return c;
}

void setScope(ResourceColumns &c, const pb::common::v1::InstrumentationScope &scope)
{
    c.scopeName = scope.name();
    c.scopeVersion = scope.version();
    c.scopeAttributes = scope.attributes_size() > 0 ? attributesText(scope.attributes()) : "";
}

template<typename Row> void applyResource(Row &row, const ResourceColumns &c)
{
    row.otelResourceAttributes = c.resourceAttributes;
    row.serviceName = c.serviceName;
    row.serviceVersion = c.serviceVersion;
    row.serviceInstanceId = c.serviceInstanceId;
    row.serviceNamespace = c.serviceNamespace;
    row.deploymentEnvironment = c.deploymentEnvironment;
    row.processPid = c.processPid;
    row.telemetrySdkName = c.sdkName;
    row.telemetrySdkLanguage = c.sdkLanguage;
    row.telemetrySdkVersion = c.sdkVersion;
    row.otelScopeName = c.scopeName;
    row.otelScopeVersion = c.scopeVersion;
    row.otelScopeAttributes = c.scopeAttributes;
}

// The logfire.* keys that become columns and leave `attributes` (logfire.md §4.5).
bool isConsumedKey(std::string_view key)
{
    return key == "logfire.msg" || key == "logfire.level_num" || key == "logfire.level_name"
        || key == "logfire.tags" || key == "logfire.json_schema" || key == "logfire.span_type";
}

// Logfire SDKs send non-scalar values as JSON strings and describe them in logfire.json_schema;
// Logfire stores them parsed so that `attributes->'x'->>'y'` works.
bool schemaSaysJson(const Json &schema, const std::string &key)
{
    if (!schema.is_object())
        return false;
    const auto props = schema.find("properties");
    if (props == schema.end() || !props->is_object())
        return false;
    const auto prop = props->find(key);
    if (prop == props->end() || !prop->is_object())
        return false;
    const auto type = prop->find("type");
    if (type != prop->end() && type->is_string()) {
        const auto &t = type->get_ref<const std::string &>();
        return t == "object" || t == "array";
    }
    return prop->contains("x-python-datatype");
}

std::string tagsJson(const pb::common::v1::AnyValue *v)
{
    if (!v)
        return "[]"; // most spans: no tags, no JSON tree to build
    Json tags = Json::array();
    if (v->has_array_value()) {
        for (const auto &item : v->array_value().values()) {
            if (item.has_string_value())
                tags.push_back(item.string_value());
        }
    } else if (v->has_string_value()) {
        // Some SDKs serialise sequences as JSON text.
        Json parsed = Json::parse(v->string_value(), nullptr, false);
        if (parsed.is_array()) {
            for (const auto &item : parsed) {
                if (item.is_string())
                    tags.push_back(item);
            }
        } else {
            tags.push_back(v->string_value());
        }
    }
    return dumpJson(tags);
}

std::optional<int> logfireLevel(const KeyValues &attrs)
{
    if (auto n = attrInt(attrs, "logfire.level_num"))
        return static_cast<int>(std::clamp<std::int64_t>(*n, 1, 24));
    const auto name = attrString(attrs, "logfire.level_name");
    if (!name.empty()) {
        if (auto n = levelNumber(name))
            return *n;
    }
    return std::nullopt;
}

std::string isoFromNanos(std::uint64_t ns)
{
    return formatIsoMicros(nanosToMicros(ns));
}

const char *statusCodeName(pb::trace::v1::Status::StatusCode code)
{
    switch (code) {
    case pb::trace::v1::Status::STATUS_CODE_OK:
        return "OK";
    case pb::trace::v1::Status::STATUS_CODE_ERROR:
        return "ERROR";
    default:
        return "UNSET";
    }
}

void fillHttpAndGenAi(Record &r, const KeyValues &a)
{
    r.httpResponseStatusCode = attrInt(a, "http.response.status_code");
    if (!r.httpResponseStatusCode)
        r.httpResponseStatusCode = attrInt(a, "http.status_code");
    r.httpMethod
        = firstNonEmpty(attrString(a, "http.method"), attrString(a, "http.request.method"));
    r.httpRoute = attrString(a, "http.route");
    r.urlFull = firstNonEmpty(attrString(a, "url.full"), attrString(a, "http.url"));
    r.urlPath = attrString(a, "url.path");
    r.urlQuery = attrString(a, "url.query");

    r.genAiRequestModel = attrString(a, "gen_ai.request.model");
    r.genAiResponseModel = attrString(a, "gen_ai.response.model");
    r.genAiOperationName = attrString(a, "gen_ai.operation.name");
    r.genAiSystem
        = firstNonEmpty(attrString(a, "gen_ai.system"), attrString(a, "gen_ai.provider.name"));
    r.genAiInputTokens = attrInt(a, "gen_ai.usage.input_tokens");
    r.genAiOutputTokens = attrInt(a, "gen_ai.usage.output_tokens");
    r.operationCost = attrDouble(a, "operation.cost");
}

// Builds `attributes` without the consumed logfire.* keys, parsing JSON-string values that the
// SDK's schema marks as structured.
std::string spanAttributes(const KeyValues &attrs, const Json &schema)
{
    const JsonWriter::Override override = [&schema](const pb::common::v1::KeyValue &kv,
                                                    std::string &json) {
        if (isConsumedKey(kv.key()))
            return false;
        if (kv.has_value() && kv.value().has_string_value() && schemaSaysJson(schema, kv.key())) {
            const Json parsed = Json::parse(kv.value().string_value(), nullptr, false);
            if (!parsed.is_discarded())
                json = dumpJson(parsed);
        }
        return true;
    };
    JsonWriter w;
    w.object(attrs, 0, &override);
    return std::move(w.out());
}

std::string eventsJson(const pb::trace::v1::Span &span)
{
    if (span.events_size() == 0)
        return {};
    Json arr = Json::array();
    for (const auto &e : span.events()) {
        arr.push_back(Json {{"name", e.name()},
                            {"timestamp", isoFromNanos(e.time_unix_nano())},
                            {"attributes", attributesObject(e.attributes())}});
    }
    return dumpJson(arr);
}

std::string linksJson(const pb::trace::v1::Span &span)
{
    if (span.links_size() == 0)
        return {};
    Json arr = Json::array();
    for (const auto &l : span.links()) {
        arr.push_back(Json {{"trace_id", hexId(l.trace_id())},
                            {"span_id", hexId(l.span_id())},
                            {"attributes", attributesObject(l.attributes())}});
    }
    return dumpJson(arr);
}

void addSpanEventRow(const Record &span, const pb::trace::v1::Span::Event &e, int index,
                     const ResourceColumns &rc, MapResult &out)
{
    Record r;
    r.traceId = span.traceId;
    std::string key = span.traceId;
    key += span.spanId;
    key += std::to_string(index);
    key += e.name();
    key += std::to_string(e.time_unix_nano());
    r.spanId = derivedSpanId(key);
    r.parentSpanId = span.spanId;
    r.kind = "span_event";
    r.startUs = r.endUs = e.time_unix_nano() ? nanosToMicros(e.time_unix_nano()) : span.startUs;
    r.level = LevelInfo;
    r.spanName = e.name();
    r.message = truncateUtf8(e.name(), kMaxMessageBytes);
    r.attributes = attributesText(e.attributes());
    applyResource(r, rc);
    fillHttpAndGenAi(r, e.attributes());
    out.batch.records.push_back(std::move(r));
}

bool validIds(const pb::trace::v1::Span &s, std::string &why)
{
    if (s.trace_id().size() != 16 || allZero(s.trace_id())) {
        why = "trace_id must be 16 non-zero bytes";
        return false;
    }
    if (s.span_id().size() != 8 || allZero(s.span_id())) {
        why = "span_id must be 8 non-zero bytes";
        return false;
    }
    if (!s.parent_span_id().empty() && s.parent_span_id().size() != 8) {
        why = "parent_span_id must be empty or 8 bytes";
        return false;
    }
    return true;
}

void mapSpan(const pb::trace::v1::Span &s, const ResourceColumns &rc, MapResult &out)
{
    const auto &a = s.attributes();
    // Built in place: moving a finished Record into the batch copied ~1.5 KB per span.
    const size_t row = out.batch.records.size();
    Record &r = out.batch.records.emplace_back();
    r.traceId = hexId(s.trace_id());
    r.spanId = hexId(s.span_id());
    if (!s.parent_span_id().empty() && !allZero(s.parent_span_id()))
        r.parentSpanId = hexId(s.parent_span_id());
    r.startUs = nanosToMicros(s.start_time_unix_nano());
    const std::uint64_t endNs = std::max(s.end_time_unix_nano(), s.start_time_unix_nano());
    r.endUs = nanosToMicros(endNs);
    // From the stored µs timestamps, so that duration = end_timestamp - start_timestamp exactly.
    r.duration = static_cast<double>(r.endUs - r.startUs) / 1e6;

    const auto spanType = attrString(a, "logfire.span_type");
    if (spanType == "log")
        r.kind = "log";
    else if (spanType == "pending_span")
        r.kind = "pending_span";
    else
        r.kind = "span";

    r.spanName = s.name();
    const auto msg = attrString(a, "logfire.msg");
    r.message = truncateUtf8(msg.empty() ? s.name() : msg, kMaxMessageBytes);
    if (auto level = logfireLevel(a))
        r.level = *level;
    else
        r.level = s.status().code() == pb::trace::v1::Status::STATUS_CODE_ERROR ? LevelError
                                                                                : LevelInfo;
    r.tags = tagsJson(findAttr(a, "logfire.tags"));

    Json schema;
    if (const auto *js = findAttr(a, "logfire.json_schema"); js && js->has_string_value()) {
        r.attributesJsonSchema = js->string_value();
        schema = Json::parse(js->string_value(), nullptr, false);
    }
    r.attributes = spanAttributes(a, schema);
    r.otelStatusCode = statusCodeName(s.status().code());
    r.otelStatusMessage = s.status().message();
    r.otelEvents = eventsJson(s);
    r.otelLinks = linksJson(s);
    applyResource(r, rc);
    fillHttpAndGenAi(r, a);

    for (const auto &e : s.events()) {
        if (e.name() != "exception")
            continue;
        const auto &ea = e.attributes();
        r.isException = true;
        r.exceptionType = attrString(ea, "exception.type");
        r.exceptionMessage = attrString(ea, "exception.message");
        r.exceptionStacktrace
            = truncateUtf8(attrString(ea, "exception.stacktrace"), kMaxStacktraceBytes);
        break;
    }

    // Span events get rows of their own (exceptions are already columns of the span). Adding a
    // row may move the span's record, so it is looked up afresh for each event.
    if (r.kind == "pending_span")
        return;
    int index = 0;
    for (const auto &e : s.events()) {
        if (e.name() != "exception")
            addSpanEventRow(out.batch.records[row], e, index, rc, out);
        ++index;
    }
}

std::string logBodyText(const pb::common::v1::AnyValue &body)
{
    if (body.has_string_value())
        return body.string_value();
    return dumpJson(anyValueToJson(body));
}

void mapLogRecord(const pb::logs::v1::LogRecord &l, const ResourceColumns &rc,
                  const std::string &identity, MapResult &out)
{
    Record r;
    r.kind = "log";
    const std::uint64_t ns = l.time_unix_nano() ? l.time_unix_nano() : l.observed_time_unix_nano();
    r.startUs = r.endUs = nanosToMicros(ns);
    r.duration = std::nullopt;
    const int sev = static_cast<int>(l.severity_number());
    r.level = sev >= 1 && sev <= 24 ? sev : LevelInfo;

    // The row needs a (trace_id, span_id) of its own: derived from the content so that a
    // re-delivered log is stored once. With a span context it hangs under that span.
    std::string key = identity;
    key += l.SerializeAsString();
    const bool hasTrace = l.trace_id().size() == 16 && !allZero(l.trace_id());
    r.traceId = hasTrace ? hexId(l.trace_id()) : derivedTraceId(key);
    r.spanId = derivedSpanId(key);
    if (hasTrace && l.span_id().size() == 8 && !allZero(l.span_id()))
        r.parentSpanId = hexId(l.span_id());

    if (l.has_body())
        r.logBody = logBodyText(l.body());
    std::string text;
    if (l.has_body() && l.body().has_string_value())
        text = l.body().string_value();
    else if (!l.event_name().empty())
        text = l.event_name();
    else if (r.logBody)
        text = *r.logBody;
    else
        text = l.severity_text().empty() ? std::string("log") : l.severity_text();
    r.message = truncateUtf8(text, kMaxMessageBytes);
    r.spanName = l.event_name().empty() ? truncateUtf8(text, kMaxMessageBytes) : l.event_name();

    const auto &a = l.attributes();
    r.attributes = attributesText(a);
    r.tags = "[]";
    if (const auto *type = findAttr(a, "exception.type")) {
        r.isException = true;
        r.exceptionType = type->has_string_value() ? type->string_value() : std::string();
        r.exceptionMessage = attrString(a, "exception.message");
        r.exceptionStacktrace
            = truncateUtf8(attrString(a, "exception.stacktrace"), kMaxStacktraceBytes);
    }
    applyResource(r, rc);
    fillHttpAndGenAi(r, a);
    out.batch.records.push_back(std::move(r));
}

Json numberArray(const google::protobuf::RepeatedField<std::uint64_t> &values)
{
    Json arr = Json::array();
    for (auto v : values)
        arr.push_back(v);
    return arr;
}

Json doubleArray(const google::protobuf::RepeatedField<double> &values)
{
    Json arr = Json::array();
    for (auto v : values)
        arr.push_back(v);
    return arr;
}

std::string exemplarsJson(const google::protobuf::RepeatedPtrField<pb::metrics::v1::Exemplar> &ex)
{
    if (ex.empty())
        return {};
    Json arr = Json::array();
    for (const auto &e : ex) {
        Json j = {{"time", isoFromNanos(e.time_unix_nano())},
                  {"filtered_attributes", attributesObject(e.filtered_attributes())}};
        if (e.has_as_double())
            j["value"] = e.as_double();
        else if (e.has_as_int())
            j["value"] = e.as_int();
        if (!e.trace_id().empty())
            j["trace_id"] = hexId(e.trace_id());
        if (!e.span_id().empty())
            j["span_id"] = hexId(e.span_id());
        arr.push_back(std::move(j));
    }
    return dumpJson(arr);
}

const char *temporalityName(pb::metrics::v1::AggregationTemporality t)
{
    switch (t) {
    case pb::metrics::v1::AGGREGATION_TEMPORALITY_DELTA:
        return "delta";
    case pb::metrics::v1::AGGREGATION_TEMPORALITY_CUMULATIVE:
        return "cumulative";
    default:
        return "";
    }
}

template<typename Point>
MetricPoint basePoint(const pb::metrics::v1::Metric &m, const Point &p, const ResourceColumns &rc,
                      const char *type)
{
    MetricPoint mp;
    mp.recordedUs = nanosToMicros(p.time_unix_nano());
    if (p.start_time_unix_nano() != 0)
        mp.startUs = nanosToMicros(p.start_time_unix_nano());
    mp.metricName = m.name();
    mp.metricType = type;
    mp.unit = m.unit();
    mp.metricDescription = m.description();
    mp.attributes = attributesText(p.attributes());
    mp.exemplars = exemplarsJson(p.exemplars());
    mp.otelResourceAttributes = rc.resourceAttributes;
    mp.serviceName = rc.serviceName;
    mp.serviceNamespace = rc.serviceNamespace;
    mp.serviceVersion = rc.serviceVersion;
    mp.serviceInstanceId = rc.serviceInstanceId;
    mp.deploymentEnvironment = rc.deploymentEnvironment;
    mp.processPid = rc.processPid;
    mp.telemetrySdkName = rc.sdkName;
    mp.telemetrySdkLanguage = rc.sdkLanguage;
    mp.telemetrySdkVersion = rc.sdkVersion;
    mp.otelScopeName = rc.scopeName;
    mp.otelScopeVersion = rc.scopeVersion;
    mp.otelScopeAttributes = rc.scopeAttributes;
    return mp;
}

constexpr std::uint32_t kNoRecordedValue = 1;

void mapNumberPoints(
    const pb::metrics::v1::Metric &m,
    const google::protobuf::RepeatedPtrField<pb::metrics::v1::NumberDataPoint> &pts,
    const char *type, const char *temporality, std::optional<bool> monotonic,
    const ResourceColumns &rc, MapResult &out)
{
    for (const auto &p : pts) {
        MetricPoint mp = basePoint(m, p, rc, type);
        mp.aggregationTemporality = temporality;
        mp.isMonotonic = monotonic;
        if (!(p.flags() & kNoRecordedValue)) {
            if (p.has_as_double())
                mp.scalarValue = p.as_double();
            else if (p.has_as_int())
                mp.scalarValue = static_cast<double>(p.as_int());
        }
        out.batch.metrics.push_back(std::move(mp));
        ++out.accepted;
    }
}

void mapMetric(const pb::metrics::v1::Metric &m, const ResourceColumns &rc, MapResult &out)
{
    using M = pb::metrics::v1::Metric;
    switch (m.data_case()) {
    case M::kGauge:
        mapNumberPoints(m, m.gauge().data_points(), "gauge", "", std::nullopt, rc, out);
        break;
    case M::kSum:
        mapNumberPoints(m, m.sum().data_points(), "sum",
                        temporalityName(m.sum().aggregation_temporality()), m.sum().is_monotonic(),
                        rc, out);
        break;
    case M::kHistogram:
        for (const auto &p : m.histogram().data_points()) {
            MetricPoint mp = basePoint(m, p, rc, "histogram");
            mp.aggregationTemporality = temporalityName(m.histogram().aggregation_temporality());
            if (!(p.flags() & kNoRecordedValue)) {
                mp.histogramCount = static_cast<std::int64_t>(p.count());
                if (p.has_sum())
                    mp.histogramSum = p.sum();
                if (p.has_min())
                    mp.histogramMin = p.min();
                if (p.has_max())
                    mp.histogramMax = p.max();
                mp.histogramBucketCounts = dumpJson(numberArray(p.bucket_counts()));
                mp.histogramExplicitBounds = dumpJson(doubleArray(p.explicit_bounds()));
            }
            out.batch.metrics.push_back(std::move(mp));
            ++out.accepted;
        }
        break;
    case M::kExponentialHistogram:
        for (const auto &p : m.exponential_histogram().data_points()) {
            MetricPoint mp = basePoint(m, p, rc, "exponential_histogram");
            mp.aggregationTemporality
                = temporalityName(m.exponential_histogram().aggregation_temporality());
            if (!(p.flags() & kNoRecordedValue)) {
                mp.histogramCount = static_cast<std::int64_t>(p.count());
                if (p.has_sum())
                    mp.histogramSum = p.sum();
                if (p.has_min())
                    mp.histogramMin = p.min();
                if (p.has_max())
                    mp.histogramMax = p.max();
                mp.expHistogramScale = p.scale();
                mp.expHistogramZeroCount = static_cast<std::int64_t>(p.zero_count());
                mp.expHistogramZeroThreshold = p.zero_threshold();
                mp.expHistogramPositiveBucketCounts
                    = dumpJson(numberArray(p.positive().bucket_counts()));
                mp.expHistogramPositiveBucketCountsOffset = p.positive().offset();
                mp.expHistogramNegativeBucketCounts
                    = dumpJson(numberArray(p.negative().bucket_counts()));
                mp.expHistogramNegativeBucketCountsOffset = p.negative().offset();
            }
            out.batch.metrics.push_back(std::move(mp));
            ++out.accepted;
        }
        break;
    case M::kSummary: {
        const int n = m.summary().data_points_size();
        out.rejected += n;
        if (!out.rejectReason.empty())
            out.rejectReason += "; ";
        out.rejectReason += "summary metric '" + m.name() + "' is not supported ("
            + std::to_string(n) + " data points rejected)";
        break;
    }
    default:
        break; // a metric without data has no points to store
    }
}

} // namespace

std::string hexId(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    s.resize(bytes.size() * 2);
    for (size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        s[2 * i] = digits[b >> 4];
        s[2 * i + 1] = digits[b & 0xF];
    }
    return s;
}

Json anyValueToJson(const pb::common::v1::AnyValue &v, int depth)
{
    using A = pb::common::v1::AnyValue;
    if (depth >= kMaxJsonDepth)
        return Json("[nested deeper than " + std::to_string(kMaxJsonDepth) + " levels]");
    switch (v.value_case()) {
    case A::kStringValue:
        return v.string_value();
    case A::kBoolValue:
        return v.bool_value();
    case A::kIntValue:
        return v.int_value();
    case A::kDoubleValue:
        return v.double_value();
    case A::kArrayValue: {
        Json arr = Json::array();
        for (const auto &item : v.array_value().values())
            arr.push_back(anyValueToJson(item, depth + 1));
        return arr;
    }
    case A::kKvlistValue: {
        Json obj = Json::object();
        for (const auto &kv : v.kvlist_value().values())
            obj[kv.key()] = kv.has_value() ? anyValueToJson(kv.value(), depth + 1) : Json();
        return obj;
    }
    case A::kBytesValue: {
        const auto &b = v.bytes_value();
        return QByteArray::fromRawData(b.data(), static_cast<qsizetype>(b.size()))
            .toBase64()
            .toStdString();
    }
    default:
        return Json(); // unset or string_value_strindex (profiles only)
    }
}

void mapTraces(const pb::collector::trace::v1::ExportTraceServiceRequest &request, MapResult &out)
{
    size_t spans = 0;
    for (const auto &rs : request.resource_spans()) {
        for (const auto &ss : rs.scope_spans())
            spans += static_cast<size_t>(ss.spans_size());
    }
    out.batch.records.reserve(out.batch.records.size() + spans); // events may add a few more
    for (const auto &rs : request.resource_spans()) {
        ResourceColumns rc = resourceColumns(rs.resource());
        for (const auto &ss : rs.scope_spans()) {
            setScope(rc, ss.scope());
            for (const auto &span : ss.spans()) {
                std::string why;
                if (!validIds(span, why)) {
                    if (out.rejected == 0)
                        out.rejectReason = "span '" + span.name() + "': " + why;
                    ++out.rejected;
                    continue;
                }
                mapSpan(span, rc, out);
                ++out.accepted;
            }
        }
    }
    if (out.rejected > 1)
        out.rejectReason += " (and " + std::to_string(out.rejected - 1) + " more)";
}

void mapLogs(const pb::collector::logs::v1::ExportLogsServiceRequest &request, MapResult &out)
{
    for (const auto &rl : request.resource_logs()) {
        ResourceColumns rc = resourceColumns(rl.resource());
        const std::string resourceKey = rl.resource().SerializeAsString();
        for (const auto &sl : rl.scope_logs()) {
            setScope(rc, sl.scope());
            const std::string identity = resourceKey + sl.scope().SerializeAsString();
            for (const auto &l : sl.log_records()) {
                mapLogRecord(l, rc, identity, out);
                ++out.accepted;
            }
        }
    }
}

void mapMetrics(const pb::collector::metrics::v1::ExportMetricsServiceRequest &request,
                MapResult &out)
{
    for (const auto &rm : request.resource_metrics()) {
        ResourceColumns rc = resourceColumns(rm.resource());
        for (const auto &sm : rm.scope_metrics()) {
            setScope(rc, sm.scope());
            for (const auto &m : sm.metrics())
                mapMetric(m, rc, out);
        }
    }
}

} // namespace hearth::core::otlp
