// SPDX-License-Identifier: MIT
#include "core/io/otlpfiledecoder.h"

namespace hearth::core::io {

// The OTLP decoder and span -> record mapper live in core/otlp (the receiver's code); this file is
// the one seam between them and the importer.
Result<WriteBatch> decodeOtlpBody(const std::string &, OtlpEncoding, OtlpSignal)
{
    return Error::make(Error::Code::Unsupported,
                       QStringLiteral("OTLP files cannot be imported by this build yet (the OTLP "
                                      "decoder is not linked in)."));
}

bool otlpFileImportAvailable()
{
    return false;
}

} // namespace hearth::core::io
