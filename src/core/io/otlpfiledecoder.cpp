// SPDX-License-Identifier: MIT
#include "core/io/otlpfiledecoder.h"

// The OTLP decoder and span -> record mapper live in core/otlp (the receiver's code); this file is
// the one seam between them and the importer. Until that module is part of the build, OTLP files
// are refused with a clear message.
#if __has_include("core/otlp/otlpcodec.h") && __has_include("core/otlp/otlpmapper.h")
#define HEARTH_IO_HAS_OTLP 1
#include "core/otlp/otlpcodec.h"
#include "core/otlp/otlpmapper.h"
#include "opentelemetry/proto/collector/logs/v1/logs_service.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <QCoreApplication>
#else
#define HEARTH_IO_HAS_OTLP 0
#endif

namespace hearth::core::io {

#if HEARTH_IO_HAS_OTLP

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

Result<otlp::MapResult> decodeAs(const std::string &body, otlp::Encoding encoding,
                                 OtlpSignal signal)
{
    otlp::MapResult mapped;
    switch (signal) {
    case OtlpSignal::Traces: {
        opentelemetry::proto::collector::trace::v1::ExportTraceServiceRequest request;
        if (auto s = otlp::decodeRequest(encoding, body, request); !s)
            return s.error();
        otlp::mapTraces(request, mapped);
        break;
    }
    case OtlpSignal::Metrics: {
        opentelemetry::proto::collector::metrics::v1::ExportMetricsServiceRequest request;
        if (auto s = otlp::decodeRequest(encoding, body, request); !s)
            return s.error();
        otlp::mapMetrics(request, mapped);
        break;
    }
    case OtlpSignal::Logs: {
        opentelemetry::proto::collector::logs::v1::ExportLogsServiceRequest request;
        if (auto s = otlp::decodeRequest(encoding, body, request); !s)
            return s.error();
        otlp::mapLogs(request, mapped);
        break;
    }
    }
    return mapped;
}

} // namespace

Result<WriteBatch> decodeOtlpBody(const std::string &body, OtlpEncoding encoding, OtlpSignal signal)
{
    const auto enc
        = encoding == OtlpEncoding::Json ? otlp::Encoding::Json : otlp::Encoding::Protobuf;
    auto mapped = decodeAs(body, enc, signal);
    // Protobuf does not say which request it holds; the file name guessed. A guess of "traces"
    // that yields nothing valid is retried as metrics, then logs.
    if (encoding == OtlpEncoding::Protobuf && signal == OtlpSignal::Traces
        && (!mapped || mapped->accepted == 0)) {
        for (OtlpSignal other : {OtlpSignal::Metrics, OtlpSignal::Logs}) {
            auto retry = decodeAs(body, enc, other);
            if (retry && retry->accepted > 0) {
                mapped = std::move(retry);
                break;
            }
        }
    }
    if (!mapped)
        return mapped.error();
    if (mapped->accepted == 0 && mapped->rejected > 0)
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("no usable item in the OTLP request (%1 rejected: %2)")
                               .arg(mapped->rejected)
                               .arg(QString::fromStdString(mapped->rejectReason)));
    return std::move(mapped->batch);
}

bool otlpFileImportAvailable()
{
    return true;
}

#else

Result<WriteBatch> decodeOtlpBody(const std::string &, OtlpEncoding, OtlpSignal)
{
    return Error::make(Error::Code::Unsupported,
                       Tr::tr("OTLP files cannot be imported by this build yet (the OTLP "
                              "decoder is not linked in)."));
}

bool otlpFileImportAvailable()
{
    return false;
}

#endif

} // namespace hearth::core::io
