// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace google::protobuf {
class Message;
}

namespace hearth::core::otlp {

enum class Signal { Traces, Metrics, Logs };
enum class Encoding { Protobuf, Json };

// "traces", "metrics", "logs".
const char *signalName(Signal signal);
// application/x-protobuf or application/json, parameters (charset) ignored; nullopt otherwise.
std::optional<Encoding> encodingForContentType(std::string_view contentType);
const char *contentTypeFor(Encoding encoding);

// Decodes an OTLP request body into `out` (an Export*ServiceRequest) with libprotobuf: binary
// proto3, or the OTLP JSON mapping (hex ids converted, unknown fields ignored; otlp.md §2).
// The error message says what is wrong, for the 400 response.
Status decodeRequest(Encoding encoding, std::string_view body, google::protobuf::Message &out);

// Rewrites OTLP JSON into canonical proto3 JSON: hex trace/span ids become base64. Exposed for
// tests and fuzzing.
Result<std::string> otlpJsonToProtoJson(std::string_view body);

// Export<Signal>ServiceResponse, with partial_success set when something was rejected or a
// warning is given.
std::string encodeResponse(Signal signal, Encoding encoding, std::int64_t rejected,
                           const std::string &message);
// google.rpc.Status for 4xx/5xx answers (gRPC code numbers: 3 INVALID_ARGUMENT, 8 EXHAUSTED...).
std::string encodeStatus(Encoding encoding, int code, const std::string &message);

// Inflates gzip/zlib data, stopping as soon as the output would exceed `maxBytes` (a gzip bomb is
// refused after reading at most maxBytes plus one buffer). Used where the HTTP library does not
// inflate for us (fuzzing, forwarding tests).
enum class InflateError { None, Corrupt, TooLarge };
InflateError inflateCapped(std::string_view in, size_t maxBytes, std::string &out);

} // namespace hearth::core::otlp
