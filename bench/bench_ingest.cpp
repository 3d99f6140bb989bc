// SPDX-License-Identifier: MIT
// Sustained OTLP/HTTP protobuf ingest into a real `hearth-cli serve` (1,000-span requests over
// several keep-alive connections; every 200 means committed), against a plain in-process insert of
// the same rows into the same schema in the same run. Also reports the server's peak RSS, including
// an overload phase with more connections than the server has workers.
//
// Usage: bench_ingest --cli PATH [--spans N] [--connections C] [--overload-connections O]
//                     [--breakdown]
#include "core/otlp/otlpmapper.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <httplib.h>
#include <optional>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <sstream>
#include <string>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace hearth::core;
namespace pb = opentelemetry::proto;
using Clock = std::chrono::steady_clock;

namespace {

std::string raw(std::uint64_t v, int bytes)
{
    std::string s;
    for (int i = bytes - 1; i >= 0; --i)
        s.push_back(static_cast<char>((v >> (8 * (i % 8))) & 0xFF));
    return s;
}

// 1,000 spans: 10 traces of 100 spans, a handful of typical attributes (~250 bytes of JSON each).
std::string makeRequest(std::uint64_t requestNo)
{
    pb::collector::trace::v1::ExportTraceServiceRequest req;
    auto *rs = req.add_resource_spans();
    for (auto [k, v] : {std::pair {"service.name", "bench-agent"},
                        {"service.version", "1.0.0"},
                        {"telemetry.sdk.language", "python"}}) {
        auto *kv = rs->mutable_resource()->add_attributes();
        kv->set_key(k);
        kv->mutable_value()->set_string_value(v);
    }
    auto *ss = rs->add_scope_spans();
    ss->mutable_scope()->set_name("logfire");
    const std::uint64_t t0 = 1'764'301'560'000'000'000ULL + requestNo * 1'000'000'000ULL;
    for (int t = 0; t < 10; ++t) {
        const std::uint64_t traceNo = requestNo * 10 + static_cast<std::uint64_t>(t);
        const std::string traceId = raw(0x0190000000000000ULL + traceNo, 8)
            + raw(0x9E3779B97F4A7C15ULL * (traceNo + 1), 8);
        for (int i = 0; i < 100; ++i) {
            auto *s = ss->add_spans();
            s->set_trace_id(traceId);
            s->set_span_id(raw(traceNo * 1000 + static_cast<std::uint64_t>(i) + 1, 8));
            if (i > 0)
                s->set_parent_span_id(raw(traceNo * 1000 + 1, 8));
            s->set_name(i % 3 == 0 ? "chat {model}" : "tool call {name}");
            const std::uint64_t start = t0 + static_cast<std::uint64_t>(t * 100 + i) * 1'000'000ULL;
            s->set_start_time_unix_nano(start);
            s->set_end_time_unix_nano(start + 750'000ULL);
            auto add = [s](const char *k, const std::string &v) {
                auto *kv = s->add_attributes();
                kv->set_key(k);
                kv->mutable_value()->set_string_value(v);
            };
            auto addInt = [s](const char *k, std::int64_t v) {
                auto *kv = s->add_attributes();
                kv->set_key(k);
                kv->mutable_value()->set_int_value(v);
            };
            add("logfire.msg_template", s->name());
            add("logfire.msg", i % 3 == 0 ? "chat gpt-4o" : "tool call search");
            addInt("logfire.level_num", 9);
            // Only the model requests carry gen_ai attributes, as in real agent traces (one
            // span in three here): tool calls are not model requests.
            if (i % 3 == 0) {
                add("gen_ai.request.model", "gpt-4o");
                addInt("gen_ai.usage.input_tokens", 100 + i);
                addInt("gen_ai.usage.output_tokens", 20 + i);
            }
            add("code.filepath", "agent/loop.py");
            addInt("code.lineno", 42 + i);
        }
    }
    return req.SerializeAsString();
}

// CPU seconds (user + system) the process has used so far: on a shared machine this is steadier
// than wall time.
double cpuSeconds(qint64 pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = content.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream rest(content.substr(close + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14 || i == 15)
            ticks += std::stod(field);
    }
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

long peakRssKb(qint64 pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

struct Served
{
    std::int64_t spans = 0;
    std::int64_t throttled = 0;
    std::int64_t failed = 0;
    double seconds = 0;
};

Served send(int port, const std::vector<std::string> &requests, int connections)
{
    std::atomic<size_t> next {0};
    std::atomic<std::int64_t> ok {0}, throttled {0}, failed {0};
    const auto t0 = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_read_timeout(60, 0);
            for (size_t i = next++; i < requests.size();) {
                auto res = client.Post("/v1/traces", requests[i], "application/x-protobuf");
                if (res && res->status == 200) {
                    ok += 1000;
                    i = next++;
                } else if (res && (res->status == 503 || res->status == 429)) {
                    ++throttled; // retry the same request, as OTLP clients do
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                } else {
                    ++failed;
                    i = next++;
                }
            }
        });
    }
    for (auto &t : threads)
        t.join();
    Served s;
    s.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    s.spans = ok;
    s.throttled = throttled;
    s.failed = failed;
    return s;
}

struct InsertRate
{
    double wall = 0; // rows per second
    double cpu = 0; // rows per CPU-second of the inserting thread
};

// Writes the batches into a fresh store at `path`, after running `prepare` on it (to drop parts of
// the schema for the breakdown).
std::optional<InsertRate> plainInsert(const std::vector<WriteBatch> &batches, const QString &path,
                                      const std::string &prepare)
{
    if (!prepare.empty()) {
        auto store = Store::open(path); // creates the schema
        auto conn = sqlite::Connection::open(path.toStdString(),
                                             sqlite::Connection::Mode::ReadWriteCreate);
        if (!store || !conn || !conn->exec(prepare)) {
            std::fprintf(stderr, "cannot prepare %s\n", qPrintable(path));
            return std::nullopt;
        }
    }
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return std::nullopt;
    }
    const auto t0 = Clock::now();
    const double cpu0 = threadCpuSeconds();
    std::int64_t rows = 0;
    for (const auto &b : batches) {
        auto w = (*store)->write(b);
        if (!w) {
            std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
            return std::nullopt;
        }
        rows += w->recordsInserted;
    }
    InsertRate r;
    r.wall = rows / std::chrono::duration<double>(Clock::now() - t0).count();
    r.cpu = rows / (threadCpuSeconds() - cpu0);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString cli;
    int spans = 300'000;
    int connections = 4;
    int overloadConnections = 32;
    bool breakdown = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--breakdown") {
            breakdown = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        if (a == "--cli")
            cli = QString::fromLocal8Bit(argv[i + 1]);
        else if (a == "--spans")
            spans = std::atoi(argv[i + 1]);
        else if (a == "--connections")
            connections = std::atoi(argv[i + 1]);
        else if (a == "--overload-connections")
            overloadConnections = std::atoi(argv[i + 1]);
        ++i;
    }
    if (cli.isEmpty()) {
        std::fprintf(stderr, "usage: bench_ingest --cli PATH [--spans N] [--connections C]\n");
        return 2;
    }
    const int requestCount = std::max(1, spans / 1000);
    std::vector<std::string> requests;
    for (int r = 0; r < requestCount; ++r)
        requests.push_back(makeRequest(static_cast<std::uint64_t>(r)));
    std::printf("ingest bench: %d requests x 1000 spans (%.0f KiB each)\n", requestCount,
                requests[0].size() / 1024.0);

    QTemporaryDir dir;
    // Baseline: the same rows (decoded and mapped beforehand, not timed) written in 1,000-row
    // transactions straight into a store of the same schema.
    std::vector<WriteBatch> batches;
    for (const auto &body : requests) {
        pb::collector::trace::v1::ExportTraceServiceRequest req;
        req.ParseFromString(body);
        otlp::MapResult m;
        otlp::mapTraces(req, m);
        batches.push_back(std::move(m.batch));
    }
    const auto baseline = plainInsert(batches, dir.filePath(QStringLiteral("baseline.hearth")), {});
    if (!baseline)
        return 1;
    const double baselineRate = baseline->wall;
    const double baselineCpuRate = baseline->cpu;
    std::printf(
        "plain SQLite insert (Store::write, 1000-row txns, no HTTP): %.0f rows/s (%.0f rows "
        "per CPU-second)\n",
        baselineRate, baselineCpuRate);
    if (breakdown) {
        // What each part of the schema costs the insert: the same rows into stores with parts of
        // the schema dropped, cumulatively.
        const std::pair<const char *, const char *> steps[] = {
            {"without the LLM covering index", "DROP INDEX _records_llm"},
            {"  and without the end-time index", "DROP INDEX _records_end"},
            {"  and without the start-time index", "DROP INDEX _records_start"},
        };
        std::string sql;
        int n = 0;
        for (const auto &[label, drop] : steps) {
            sql += drop;
            sql += ';';
            const auto r = plainInsert(
                batches, dir.filePath(QStringLiteral("breakdown%1.hearth").arg(++n)), sql);
            if (!r)
                return 1;
            std::printf("  plain insert %s: %.0f rows/s (%.0f per CPU-second, x%.2f)\n", label,
                        r->wall, r->cpu, r->cpu / baselineCpuRate);
        }
    }

    auto startServe = [&](const QString &db, QProcess &proc) -> int {
        proc.start(cli,
                   {QStringLiteral("serve"), QStringLiteral("--db"), db,
                    QStringLiteral("--otlp-http"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--no-otlp-grpc")});
        QString out;
        const QRegularExpression re(QStringLiteral("http://127.0.0.1:(\\d+)"));
        while (!out.contains(QStringLiteral("serve: store"))) {
            if (!proc.waitForReadyRead(20000))
                return 0;
            out += QString::fromUtf8(proc.readAllStandardOutput());
        }
        return re.match(out).captured(1).toInt();
    };

    // Sustained ingest.
    QProcess serve;
    const int port = startServe(dir.filePath(QStringLiteral("ingest.hearth")), serve);
    if (port == 0) {
        std::fprintf(stderr, "serve did not start\n");
        return 1;
    }
    const double serverCpu0 = cpuSeconds(serve.processId());
    const Served s = send(port, requests, connections);
    const double serverCpu = cpuSeconds(serve.processId()) - serverCpu0;
    const double rate = s.spans / s.seconds;
    std::printf("OTLP/HTTP protobuf ingest (hearth-cli serve, %d connections, durable): %lld spans "
                "in %.2f s = %.0f spans/s (%lld x 503 retried, %lld failed)\n",
                connections, static_cast<long long>(s.spans), s.seconds, rate,
                static_cast<long long>(s.throttled), static_cast<long long>(s.failed));
    std::printf("server CPU: %.2f s for %lld spans = %.0f spans per server CPU-second\n", serverCpu,
                static_cast<long long>(s.spans), s.spans / serverCpu);
    std::printf("ratio ingest / plain insert: %.2f (wall), %.2f (per CPU-second)\n",
                rate / baselineRate, (s.spans / serverCpu) / baselineCpuRate);
    std::printf("machine load average at the end: %s", [] {
        std::ifstream l("/proc/loadavg");
        static std::string line;
        std::getline(l, line);
        line += '\n';
        return line.c_str();
    }());
    std::printf("server peak RSS after sustained phase: %.1f MiB\n",
                peakRssKb(serve.processId()) / 1024.0);

    // Overload: many more connections than workers; memory must stay bounded.
    std::vector<std::string> more;
    for (int r = 0; r < requestCount; ++r)
        more.push_back(makeRequest(static_cast<std::uint64_t>(requestCount + r)));
    const Served o = send(port, more, overloadConnections);
    std::printf("overload (%d connections): %.0f spans/s, %lld x 503, server peak RSS %.1f MiB\n",
                overloadConnections, o.spans / o.seconds, static_cast<long long>(o.throttled),
                peakRssKb(serve.processId()) / 1024.0);
    serve.terminate();
    serve.waitForFinished(30000);
    return s.failed + o.failed == 0 ? 0 : 1;
}
