// SPDX-License-Identifier: MIT
#include "core/otlp/otlpcodec.h"

#include "google/rpc/status.pb.h"
#include "opentelemetry/proto/collector/logs/v1/logs_service.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <google/protobuf/util/json_util.h>
#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QString>
#include <zlib.h>

namespace hearth::core::otlp {

namespace pb = opentelemetry::proto;
using Json = nlohmann::json;

namespace {

// Nesting allowed in a JSON body; deeper documents are refused before protobuf sees them.
constexpr int kMaxJsonNesting = 100;

bool isIdKey(const std::string &key)
{
    return key == "traceId" || key == "spanId" || key == "parentSpanId" || key == "trace_id"
        || key == "span_id" || key == "parent_span_id";
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// OTLP JSON ids are hex (otlp.md §2); protobuf's JSON parser expects base64 for bytes.
bool convertIds(Json &j, std::string &error)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (isIdKey(it.key()) && it->is_string()) {
                const auto &hex = it->get_ref<const std::string &>();
                if (hex.size() % 2 != 0) {
                    error = "'" + it.key() + "' is not a hex id: '" + hex.substr(0, 40) + "'";
                    return false;
                }
                QByteArray raw;
                raw.reserve(static_cast<qsizetype>(hex.size() / 2));
                for (size_t i = 0; i < hex.size(); i += 2) {
                    const int hi = hexDigit(hex[i]);
                    const int lo = hexDigit(hex[i + 1]);
                    if (hi < 0 || lo < 0) {
                        error = "'" + it.key() + "' is not a hex id: '" + hex.substr(0, 40) + "'";
                        return false;
                    }
                    raw.append(static_cast<char>((hi << 4) | lo));
                }
                *it = raw.toBase64().toStdString();
            } else if (!convertIds(*it, error)) {
                return false;
            }
        }
    } else if (j.is_array()) {
        for (auto &item : j) {
            if (!convertIds(item, error))
                return false;
        }
    }
    return true;
}

template<typename Response> std::string encodeMessage(const Response &m, Encoding encoding)
{
    if (encoding == Encoding::Protobuf)
        return m.SerializeAsString();
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    (void)google::protobuf::util::MessageToJsonString(m, &json, options);
    return json.empty() ? std::string("{}") : json;
}

} // namespace

const char *signalName(Signal signal)
{
    switch (signal) {
    case Signal::Traces:
        return "traces";
    case Signal::Metrics:
        return "metrics";
    case Signal::Logs:
        return "logs";
    }
    return "";
}

std::optional<Encoding> encodingForContentType(std::string_view contentType)
{
    auto mime = contentType.substr(0, contentType.find(';'));
    while (!mime.empty() && mime.back() == ' ')
        mime.remove_suffix(1);
    while (!mime.empty() && mime.front() == ' ')
        mime.remove_prefix(1);
    std::string lower(mime);
    for (auto &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "application/x-protobuf" || lower == "application/protobuf")
        return Encoding::Protobuf;
    if (lower == "application/json")
        return Encoding::Json;
    return std::nullopt;
}

const char *contentTypeFor(Encoding encoding)
{
    return encoding == Encoding::Protobuf ? "application/x-protobuf" : "application/json";
}

Result<std::string> otlpJsonToProtoJson(std::string_view body)
{
    int depth = 0;
    int maxDepth = 0;
    // Refuse absurd nesting before building a tree (nlohmann recurses on destruction too).
    bool inString = false;
    for (size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            maxDepth = std::max(maxDepth, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    if (maxDepth > kMaxJsonNesting)
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("JSON nested deeper than %1 levels").arg(kMaxJsonNesting));
    Json j = Json::parse(body, nullptr, false);
    if (j.is_discarded())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("invalid JSON"));
    if (!j.is_object())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the JSON body must be an object"));
    std::string error;
    if (!convertIds(j, error))
        return Error::make(Error::Code::InvalidInput, QString::fromStdString(error));
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Status decodeRequest(Encoding encoding, std::string_view body, google::protobuf::Message &out)
{
    if (encoding == Encoding::Protobuf) {
        if (!out.ParseFromArray(body.data(), static_cast<int>(body.size())))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("cannot decode the protobuf body as %1 (%2 bytes): "
                                              "truncated or not an OTLP message")
                                   .arg(QString::fromStdString(out.GetTypeName()))
                                   .arg(body.size()));
        return {};
    }
    auto canonical = otlpJsonToProtoJson(body);
    if (!canonical)
        return canonical.error();
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    const auto status = google::protobuf::util::JsonStringToMessage(*canonical, &out, options);
    if (!status.ok())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("invalid OTLP JSON: %1")
                               .arg(QString::fromStdString(std::string(status.message()))));
    return {};
}

std::string encodeResponse(Signal signal, Encoding encoding, std::int64_t rejected,
                           const std::string &message)
{
    const bool partial = rejected > 0 || !message.empty();
    switch (signal) {
    case Signal::Traces: {
        pb::collector::trace::v1::ExportTraceServiceResponse r;
        if (partial) {
            r.mutable_partial_success()->set_rejected_spans(rejected);
            r.mutable_partial_success()->set_error_message(message);
        }
        return encodeMessage(r, encoding);
    }
    case Signal::Metrics: {
        pb::collector::metrics::v1::ExportMetricsServiceResponse r;
        if (partial) {
            r.mutable_partial_success()->set_rejected_data_points(rejected);
            r.mutable_partial_success()->set_error_message(message);
        }
        return encodeMessage(r, encoding);
    }
    case Signal::Logs: {
        pb::collector::logs::v1::ExportLogsServiceResponse r;
        if (partial) {
            r.mutable_partial_success()->set_rejected_log_records(rejected);
            r.mutable_partial_success()->set_error_message(message);
        }
        return encodeMessage(r, encoding);
    }
    }
    return {};
}

std::string encodeStatus(Encoding encoding, int code, const std::string &message)
{
    google::rpc::Status s;
    s.set_code(code);
    s.set_message(message);
    return encodeMessage(s, encoding);
}

InflateError inflateCapped(std::string_view in, size_t maxBytes, std::string &out)
{
    z_stream zs = {};
    // 32 + 15: accept gzip and zlib headers.
    if (inflateInit2(&zs, 32 + 15) != Z_OK)
        return InflateError::Corrupt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    char buffer[16384];
    InflateError result = InflateError::None;
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const size_t produced = sizeof buffer - zs.avail_out;
        if (out.size() + produced > maxBytes) {
            result = InflateError::TooLarge;
            break;
        }
        out.append(buffer, produced);
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK || (zs.avail_in == 0 && produced == 0)) {
            result = InflateError::Corrupt;
            break;
        }
    }
    inflateEnd(&zs);
    return result;
}

} // namespace hearth::core::otlp
