// SPDX-License-Identifier: MIT
// LLM Tokens and Costs panel queries (logfire.md §3.5) on a synthetic store: 7 days of records,
// ~30% model-request spans with gen_ai attributes. Each query runs through LocalEngine twice:
// with the translator's hot-attribute mapping (materialised columns + covering indexes) and on
// the raw schema (json_extract on the attributes text), and prints both and their ratio.
//
//   bench_query [--records N] [--store PATH] [--runs R]
//
// The store is generated once per size and reused (PATH defaults to $TMPDIR).
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <random>
#include <string>
#include <time.h>
#include <vector>

using namespace hearth::core;

namespace {

std::string hex(std::mt19937_64 &rng, int chars)
{
    static const char *digits = "0123456789abcdef";
    std::string s;
    s.reserve(size_t(chars));
    for (int i = 0; i < chars; ++i)
        s.push_back(digits[rng() & 15]);
    return s;
}

bool generate(const QString &path, std::int64_t count)
{
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return false;
    }
    std::mt19937_64 rng(42);
    const char *models[]
        = {"gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "gemini-1.5-pro", "llama-3.1-70b"};
    const double prices[] = {5e-6, 0.6e-6, 3e-6, 3.5e-6, 0.9e-6};
    const Micros end = nowMicros();
    const Micros span = 7 * kMicrosPerDay;
    QElapsedTimer timer;
    timer.start();
    WriteBatch batch;
    std::string trace;
    for (std::int64_t i = 0; i < count; ++i) {
        if (i % 5 == 0)
            trace = hex(rng, 32);
        Record r;
        r.traceId = trace;
        r.spanId = hex(rng, 16);
        r.startUs = end - span + (span / count) * i;
        const double dur = double(rng() % 5000) / 1000.0;
        r.endUs = r.startUs + Micros(dur * 1e6);
        r.duration = dur;
        r.serviceName = "agent-svc";
        r.otelScopeName = "pydantic-ai";
        const int kind = int(rng() % 10);
        if (kind < 3) { // model request
            const int m = int(rng() % 5);
            const int in = int(100 + rng() % 4000);
            const int out = int(20 + rng() % 800);
            const double cost = in * prices[m] + out * prices[m] * 4;
            r.spanName = std::string("chat ") + models[m];
            r.message = r.spanName;
            r.attributes
                = std::string("{\"gen_ai.operation.name\":\"chat\",\"gen_ai.system\":\"openai\","
                              "\"gen_ai.request.model\":\"")
                + models[m] + "\",\"gen_ai.response.model\":\"" + models[m]
                + "\",\"gen_ai.usage.input_tokens\":" + std::to_string(in)
                + ",\"gen_ai.usage.output_tokens\":" + std::to_string(out)
                + ",\"operation.cost\":" + std::to_string(cost)
                + ",\"model_request_parameters\":{\"function_tools\":[],\"output_mode\":\"text\"}}";
            r.genAiRequestModel = models[m];
            r.genAiResponseModel = models[m];
            r.genAiOperationName = "chat";
            r.genAiSystem = "openai";
            r.genAiInputTokens = in;
            r.genAiOutputTokens = out;
            r.operationCost = cost;
        } else if (kind < 5) {
            r.spanName = "running tool";
            r.message = "running tool: search";
            r.attributes = "{\"gen_ai.tool.name\":\"search\",\"tool_arguments\":\"{\\\"q\\\":"
                           "\\\"weather in paris\\\"}\"}";
        } else if (kind < 6) {
            r.spanName = "agent run";
            r.message = "agent run";
            r.attributes
                = "{\"agent_name\":\"support\",\"model_name\":\"gpt-4o\",\"final_result\":\"ok\"}";
        } else {
            r.kind = "log";
            r.spanName = "request handled";
            r.message = "request handled in 12ms";
            r.duration.reset();
            r.attributes
                = "{\"http.route\":\"/api/chat\",\"http.status_code\":200,\"user.id\":\"u-1234\"}";
        }
        batch.records.push_back(std::move(r));
        if (batch.records.size() == 20000 || i + 1 == count) {
            auto w = (*store)->write(batch);
            if (!w) {
                std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
                return false;
            }
            batch.records.clear();
        }
    }
    (void)(*store)->checkpoint();
    std::printf("generated %lld records in %.1f s\n", static_cast<long long>(count),
                double(timer.elapsed()) / 1000.0);
    return true;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;
};

// Median wall time and median CPU time of this thread (SQLite runs on it): the build machine is
// shared, so wall time includes waiting for a core and CPU time is the comparable figure.
Timing median(LocalEngine &engine, const QueryRequest &req, int runs, qsizetype &rows)
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        auto r = engine.run(req, {});
        cpu.push_back(threadCpuMs() - c0);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            std::fprintf(stderr, "query failed: %s\n", qPrintable(r.error().message));
            return {};
        }
        rows = r->rows.size();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times[times.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::int64_t count = 1'000'000;
    int runs = 5;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            count = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--store"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    if (path.isEmpty())
        path = QDir::tempPath() + QStringLiteral("/hearth-bench-query-v2-%1.hearth").arg(count);
    {
        bool fresh = !QFileInfo::exists(path);
        if (!fresh) {
            auto store = Store::open(path);
            auto n = store ? (*store)->recordCount() : Result<std::int64_t>(Error {});
            fresh = !n || n.value() != count;
            if (fresh)
                QFile::remove(path);
        }
        if (fresh && !generate(path, count))
            return 1;
    }

    struct Panel
    {
        const char *name;
        const char *sql;
        Micros window;
    };
    const Panel panels[] = {
        {"tokens by model, 24 h",
         "SELECT time_bucket($resolution, start_timestamp) AS x, "
         "attributes->>'gen_ai.request.model' AS model, "
         "SUM((attributes->'gen_ai.usage.input_tokens')::numeric) AS input_tokens, "
         "SUM((attributes->'gen_ai.usage.output_tokens')::numeric) AS output_tokens FROM records "
         "WHERE attributes ? 'gen_ai.request.model' GROUP BY x, model ORDER BY x",
         kMicrosPerDay},
        {"tokens by model, 7 d",
         "SELECT time_bucket($resolution, start_timestamp) AS x, "
         "attributes->>'gen_ai.request.model' AS model, "
         "SUM((attributes->'gen_ai.usage.input_tokens')::numeric) AS input_tokens, "
         "SUM((attributes->'gen_ai.usage.output_tokens')::numeric) AS output_tokens FROM records "
         "WHERE attributes ? 'gen_ai.request.model' GROUP BY x, model ORDER BY x",
         7 * kMicrosPerDay},
        {"cost by model, 24 h",
         "SELECT time_bucket($resolution, start_timestamp) AS x, "
         "attributes->>'gen_ai.request.model' AS model, "
         "SUM((attributes->'operation.cost')::numeric) AS cost_usd FROM records "
         "WHERE attributes ? 'operation.cost' GROUP BY x, model ORDER BY x",
         kMicrosPerDay},
        {"cost by model, 7 d",
         "SELECT time_bucket($resolution, start_timestamp) AS x, "
         "attributes->>'gen_ai.request.model' AS model, "
         "SUM((attributes->'operation.cost')::numeric) AS cost_usd FROM records "
         "WHERE attributes ? 'operation.cost' GROUP BY x, model ORDER BY x",
         7 * kMicrosPerDay},
    };
    std::printf("store: %s (%lld records)\n", qPrintable(path), static_cast<long long>(count));
    std::printf("%-24s %9s %9s %11s %11s %9s %6s\n", "panel", "hot wall", "hot cpu", "raw wall",
                "raw cpu", "cpu ratio", "rows");
    LocalEngine hot(path);
    LocalEngine raw(path);
    raw.setHotColumns(false);
    bool ok = true;
    for (const auto &p : panels) {
        QueryRequest req;
        req.sql = QString::fromUtf8(p.sql);
        req.variables = {{QStringLiteral("resolution"), QStringLiteral("1 hour")}};
        req.maxTimestamp = nowMicros() + kMicrosPerMinute;
        req.minTimestamp = *req.maxTimestamp - p.window;
        req.timeout = std::chrono::minutes(10);
        qsizetype rowsHot = 0;
        qsizetype rowsRaw = 0;
        const Timing h = median(hot, req, runs, rowsHot);
        const Timing r = median(raw, req, std::max(1, runs / 2), rowsRaw);
        ok = ok && h.wallMs >= 0 && r.wallMs >= 0 && rowsHot == rowsRaw;
        std::printf("%-24s %9.1f %9.1f %11.1f %11.1f %8.1fx %6lld\n", p.name, h.wallMs, h.cpuMs,
                    r.wallMs, r.cpuMs, r.cpuMs / h.cpuMs, static_cast<long long>(rowsHot));
    }
    return ok ? 0 : 1;
}
