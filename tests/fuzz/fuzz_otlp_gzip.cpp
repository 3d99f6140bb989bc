// SPDX-License-Identifier: MIT
// libFuzzer target: capped gzip/zlib inflation (never more than the cap, never a crash).
#include "core/otlp/otlpcodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    constexpr std::size_t kCap = 1 << 20;
    std::string out;
    hearth::core::otlp::inflateCapped(std::string_view(reinterpret_cast<const char *>(data), size),
                                      kCap, out);
    if (out.size() > kCap)
        std::abort();
    return 0;
}
