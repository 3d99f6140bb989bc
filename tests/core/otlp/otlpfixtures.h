// SPDX-License-Identifier: MIT
#pragma once
// Builders for OTLP requests used by the server tests.

#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <cstdint>
#include <string>
#include <zlib.h>

namespace hearth::test {

namespace otlppb = opentelemetry::proto;

// 16-byte trace id and 8-byte span id derived from numbers (never all zero).
inline std::string rawId(std::uint64_t hi, std::uint64_t lo, int bytes)
{
    std::string s;
    for (int i = 0; i < bytes; ++i) {
        const std::uint64_t word = (bytes == 16 && i < 8) ? hi : lo;
        s.push_back(static_cast<char>((word >> (8 * (7 - (i % 8)))) & 0xFF));
    }
    return s;
}

inline std::string hexOf(const std::string &raw)
{
    static const char d[] = "0123456789abcdef";
    std::string s;
    for (unsigned char c : raw) {
        s.push_back(d[c >> 4]);
        s.push_back(d[c & 15]);
    }
    return s;
}

// `count` spans of one trace, span ids base+1 .. base+count; the first is the root.
inline otlppb::collector::trace::v1::ExportTraceServiceRequest
traceRequest(std::uint64_t traceNo, std::uint64_t base, int count,
             const std::string &service = "test-svc")
{
    otlppb::collector::trace::v1::ExportTraceServiceRequest req;
    auto *rs = req.add_resource_spans();
    auto *kv = rs->mutable_resource()->add_attributes();
    kv->set_key("service.name");
    kv->mutable_value()->set_string_value(service);
    auto *ss = rs->add_scope_spans();
    ss->mutable_scope()->set_name("test");
    const std::uint64_t t0 = 1'764'301'560'000'000'000ULL + base * 1000;
    for (int i = 0; i < count; ++i) {
        auto *s = ss->add_spans();
        s->set_trace_id(rawId(0xABCD000000000000ULL | traceNo, traceNo + 1, 16));
        s->set_span_id(rawId(0, base + static_cast<std::uint64_t>(i) + 1, 8));
        if (i > 0)
            s->set_parent_span_id(rawId(0, base + 1, 8));
        s->set_name("op " + std::to_string(i % 10));
        s->set_start_time_unix_nano(t0 + static_cast<std::uint64_t>(i) * 1000);
        s->set_end_time_unix_nano(t0 + static_cast<std::uint64_t>(i) * 1000 + 500'000);
        auto *a = s->add_attributes();
        a->set_key("i");
        a->mutable_value()->set_int_value(i);
    }
    return req;
}

inline std::string gzipped(const std::string &in)
{
    z_stream zs = {};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, static_cast<uLong>(in.size())) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace hearth::test
