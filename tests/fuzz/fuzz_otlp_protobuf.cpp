// SPDX-License-Identifier: MIT
// libFuzzer target: OTLP protobuf bodies (traces, metrics, logs) through decode + Logfire mapping.
#include "core/otlp/otlpcodec.h"
#include "core/otlp/otlpmapper.h"
#include "opentelemetry/proto/collector/logs/v1/logs_service.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace hearth::core;
namespace pb = opentelemetry::proto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    {
        pb::collector::trace::v1::ExportTraceServiceRequest req;
        if (otlp::decodeRequest(otlp::Encoding::Protobuf, body, req)) {
            otlp::MapResult out;
            otlp::mapTraces(req, out);
        }
    }
    {
        pb::collector::metrics::v1::ExportMetricsServiceRequest req;
        if (otlp::decodeRequest(otlp::Encoding::Protobuf, body, req)) {
            otlp::MapResult out;
            otlp::mapMetrics(req, out);
        }
    }
    {
        pb::collector::logs::v1::ExportLogsServiceRequest req;
        if (otlp::decodeRequest(otlp::Encoding::Protobuf, body, req)) {
            otlp::MapResult out;
            otlp::mapLogs(req, out);
        }
    }
    return 0;
}
