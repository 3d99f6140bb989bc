// SPDX-License-Identifier: MIT
#pragma once

// A small store with known rows, relative to an hour-aligned "now" so that Logfire's NOW() -
// INTERVAL queries select known subsets. Expected results in the tests are derived by hand from
// the table below, never by running the translator.

#include "core/store/store.h"

#include <QString>
#include <string>

namespace queryfixture {

using hearth::core::Micros;

struct Fixture
{
    Micros base = 0; // an hour boundary at least 1 h before now
    QString path;
};

inline hearth::core::Record span(Micros start, double seconds, const std::string &spanId,
                                 const std::string &name, const std::string &message)
{
    hearth::core::Record r;
    r.traceId = "0af7651916cd43dd8448eb211c80319c";
    r.spanId = spanId;
    r.startUs = start;
    r.endUs = start + static_cast<Micros>(seconds * 1e6);
    r.duration = seconds;
    r.spanName = name;
    r.message = message;
    r.serviceName = "agent-svc";
    r.otelScopeName = "pydantic-ai";
    return r;
}

inline hearth::core::Record modelSpan(Micros start, const std::string &spanId,
                                      const std::string &model, int in, int out, double cost)
{
    auto r = span(start, 1.0, spanId, "chat " + model, "chat " + model);
    r.attributes = "{\"gen_ai.request.model\":\"" + model
        + "\",\"gen_ai.operation.name\":\"chat\",\"gen_ai.usage.input_tokens\":"
        + std::to_string(in) + ",\"gen_ai.usage.output_tokens\":" + std::to_string(out)
        + ",\"operation.cost\":" + std::to_string(cost) + "}";
    r.genAiRequestModel = model;
    r.genAiOperationName = "chat";
    r.genAiInputTokens = in;
    r.genAiOutputTokens = out;
    r.operationCost = cost;
    return r;
}

// Rows (h = hours before `base`, base = the last hour boundary minus one hour):
//  agent run  a1 -1h   dur 2   in 100  out 50
//  agent run  a2 -4h   dur 4   in 300  out 150
//  agent run  a3 -29h  dur 10  in 1000 out 500
//  chat gpt-4o    m1 -1h  in 10 out 5  cost 0.25  tags [llm, prod]
//  chat gpt-4o    m2 -2h  in 20 out 10 cost 0.5   is_exception, level error
//  chat claude-3  m3 -3h  in 30 out 15 cost 1.5
//  chat claude-3  m4 -49h in 40 out 20 cost 2.0
//  running tool   t1 -1h  dur 0.5 "running tool: search" {"tool_arguments":"{\"q\":\"a\"}"}
//  running tool   t2 -2h  dur 1.5 "running tool: search"
//  running tool   t3 -3h  dur 3   "running tool: fetch"
//  running tool   t4 -39h dur 9   "running tool: search"
//  log            l1 -1h  level warn  "disk almost full"  service other-svc, scope NULL
//  pending_span   p1 -1h  (never visible in records)
// Each record starts 10 minutes after its hour mark. Metrics: two token-usage points.
inline Fixture build(const QString &path)
{
    using namespace hearth::core;
    Fixture f;
    f.path = path;
    const Micros now = nowMicros();
    f.base = (now / kMicrosPerHour) * kMicrosPerHour - kMicrosPerHour;
    auto at = [&](int hoursBefore) { return f.base - hoursBefore * kMicrosPerHour + 10 * kMicrosPerMinute; };

    WriteBatch b;
    auto agent = [&](int h, double dur, const std::string &id, int in, int out) {
        auto r = span(at(h), dur, id, "agent run", "agent run");
        r.attributes = "{\"gen_ai.usage.input_tokens\":" + std::to_string(in)
            + ",\"gen_ai.usage.output_tokens\":" + std::to_string(out) + "}";
        // Ingest materialises the hot attributes of every record that carries them.
        r.genAiInputTokens = in;
        r.genAiOutputTokens = out;
        b.records.push_back(r);
    };
    agent(1, 2, "a000000000000001", 100, 50);
    agent(4, 4, "a000000000000002", 300, 150);
    agent(29, 10, "a000000000000003", 1000, 500);
    auto m1 = modelSpan(at(1), "b000000000000001", "gpt-4o", 10, 5, 0.25);
    m1.tags = "[\"llm\",\"prod\"]";
    b.records.push_back(m1);
    auto m2 = modelSpan(at(2), "b000000000000002", "gpt-4o", 20, 10, 0.5);
    m2.isException = true;
    m2.level = 17;
    m2.exceptionType = "ValueError";
    b.records.push_back(m2);
    b.records.push_back(modelSpan(at(3), "b000000000000003", "claude-3", 30, 15, 1.5));
    b.records.push_back(modelSpan(at(49), "b000000000000004", "claude-3", 40, 20, 2.0));
    auto tool = [&](int h, double dur, const std::string &id, const std::string &tool) {
        auto r = span(at(h), dur, id, "running tool", "running tool: " + tool);
        r.attributes = "{\"tool_arguments\":\"{\\\"q\\\":\\\"" + tool + "\\\"}\"}";
        b.records.push_back(r);
    };
    tool(1, 0.5, "c000000000000001", "search");
    tool(2, 1.5, "c000000000000002", "search");
    tool(3, 3, "c000000000000003", "fetch");
    tool(39, 9, "c000000000000004", "search");
    auto log = span(at(1), 0, "d000000000000001", "disk almost full", "disk almost full");
    log.kind = "log";
    log.duration.reset();
    log.level = 13;
    log.serviceName = "other-svc";
    log.otelScopeName.clear();
    log.attributes = "{\"http\":{\"route\":\"/x\"},\"disk.free\":\"5%\"}";
    b.records.push_back(log);
    auto pending = span(at(1), 0, "e000000000000001", "agent run", "agent run (pending)");
    pending.traceId = "1af7651916cd43dd8448eb211c80319c";
    pending.kind = "pending_span";
    pending.parentSpanId = "f000000000000001";
    b.records.push_back(pending);

    for (int i = 0; i < 2; ++i) {
        MetricPoint m;
        m.recordedUs = at(1 + i);
        m.metricName = "gen_ai.client.token.usage";
        m.metricType = "histogram";
        m.unit = "{token}";
        m.histogramSum = i == 0 ? 15.0 : 30.0;
        m.histogramCount = 1;
        m.attributes = std::string("{\"gen_ai.request.model\":\"")
            + (i == 0 ? "gpt-4o" : "claude-3") + "\",\"gen_ai.token.type\":\"input\"}";
        m.serviceName = "agent-svc";
        b.metrics.push_back(m);
    }
    auto store = Store::open(path);
    if (!store || !(*store)->write(b))
        f.path.clear();
    return f;
}

} // namespace queryfixture
