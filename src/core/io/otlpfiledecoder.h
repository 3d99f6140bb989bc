// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/record.h"

#include <string>

namespace hearth::core::io {

enum class OtlpEncoding { Json, Protobuf };
enum class OtlpSignal { Traces, Metrics, Logs };

// Decodes one OTLP Export*ServiceRequest body (as saved to a file, or one line of the Collector's
// file exporter) into store rows, with the same span -> record mapping as the receiver.
Result<WriteBatch> decodeOtlpBody(const std::string &body, OtlpEncoding encoding,
                                  OtlpSignal signal);

// Whether this build can decode OTLP files (the OTLP module is linked in).
bool otlpFileImportAvailable();

} // namespace hearth::core::io
