// SPDX-License-Identifier: MIT
#pragma once

// Realistic agent/HTTP traces for the Live view benches and screenshots, written through
// core::Store like the receiver does.

#include "core/store/record.h"

#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace hearth::bench {

inline std::string hexId(std::mt19937_64 &rng, int chars)
{
    static const char *digits = "0123456789abcdef";
    std::string s(static_cast<size_t>(chars), '0');
    for (auto &c : s)
        c = digits[rng() % 16];
    return s;
}

// One trace starting at `start`: an HTTP request running an agent with model requests, tools and
// logs. Returns its records (children before parents, as exporters send them).
inline std::vector<core::Record> makeTrace(std::mt19937_64 &rng, core::Micros start,
                                           bool pendingRoot = false)
{
    using core::Record;
    std::vector<Record> out;
    const std::string trace = hexId(rng, 32);
    const char *services[] = {"chat-api", "billing", "search-worker", "agent-runner"};
    const char *models[] = {"gpt-4o", "claude-sonnet-4", "gpt-4o-mini"};
    const std::string service = services[rng() % 4];
    const std::string model = models[rng() % 3];
    const bool fails = rng() % 9 == 0;
    auto base = [&](const std::string &name, const std::string &message, core::Micros s,
                    core::Micros e, const std::string &parent) {
        Record r;
        r.startUs = s;
        r.endUs = e;
        r.duration = static_cast<double>(e - s) / 1e6;
        r.traceId = trace;
        r.spanId = hexId(rng, 16);
        r.parentSpanId = parent;
        r.spanName = name;
        r.message = message;
        r.serviceName = service;
        r.serviceVersion = "1.4.2";
        r.deploymentEnvironment = rng() % 5 == 0 ? "staging" : "production";
        r.otelScopeName = "logfire";
        return r;
    };
    core::Micros t = start;
    const core::Micros total = 400000 + static_cast<core::Micros>(rng() % 3000000);
    Record root = base("POST /v1/chat", "POST /v1/chat", t, t + total, "");
    root.otelScopeName = "opentelemetry.instrumentation.fastapi";
    root.httpMethod = "POST";
    root.httpRoute = "/v1/chat";
    root.httpResponseStatusCode = fails ? 500 : 200;
    root.level = fails ? 17 : 9;
    Record agent = base("agent run", "support_agent run", t + 2000, t + total - 3000, root.spanId);
    agent.otelScopeName = "pydantic-ai";
    agent.tags = "[\"LLM\"]";
    core::Micros cursor = agent.startUs + 1000;
    const int steps = 1 + static_cast<int>(rng() % 3);
    const core::Micros slice = (agent.endUs - agent.startUs - 2000) / (2 * steps);
    for (int i = 0; i < steps; ++i) {
        Record chat
            = base("chat " + model, "chat " + model, cursor, cursor + slice - 500, agent.spanId);
        chat.otelScopeName = "pydantic-ai";
        chat.tags = "[\"LLM\"]";
        const int in = 200 + static_cast<int>(rng() % 2400);
        const int outTokens = 20 + static_cast<int>(rng() % 600);
        chat.attributes = "{\"gen_ai.operation.name\":\"chat\",\"gen_ai.system\":\"openai\",\"gen_"
                          "ai.request.model\":\""
            + model + "\",\"gen_ai.response.model\":\"" + model
            + "\",\"gen_ai.usage.input_tokens\":" + std::to_string(in)
            + ",\"gen_ai.usage.output_tokens\":" + std::to_string(outTokens) + "}";
        chat.genAiRequestModel = model;
        chat.genAiInputTokens = in;
        chat.genAiOutputTokens = outTokens;
        out.push_back(chat);
        cursor += slice;
        Record tool = base("running tool", "running tool: search_docs", cursor,
                           cursor + slice - 800, agent.spanId);
        tool.otelScopeName = "pydantic-ai";
        tool.attributes = "{\"gen_ai.tool.name\":\"search_docs\",\"query\":\"refund policy\"}";
        Record sql = base("SELECT", "SELECT id, title FROM docs WHERE …", tool.startUs + 300,
                          tool.endUs - 400, tool.spanId);
        sql.otelScopeName = "opentelemetry.instrumentation.sqlalchemy";
        out.push_back(sql);
        Record log
            = base("found {n} documents", "found " + std::to_string(rng() % 9 + 1) + " documents",
                   tool.endUs - 300, tool.endUs - 300, tool.spanId);
        log.kind = "log";
        log.duration.reset();
        out.push_back(log);
        out.push_back(tool);
        cursor += slice;
    }
    if (fails) {
        Record err
            = base("Model request failed: {error}", "Model request failed: rate limit exceeded",
                   agent.endUs - 1500, agent.endUs - 1500, agent.spanId);
        err.kind = "log";
        err.level = 17;
        err.duration.reset();
        err.isException = true;
        err.exceptionType = "openai.RateLimitError";
        err.exceptionMessage = "rate limit exceeded";
        err.tags = "[\"exception\"]";
        out.push_back(err);
        agent.level = 17;
    }
    agent.attributes = "{\"agent_name\":\"support_agent\",\"model_name\":\"" + model + "\"}";
    if (pendingRoot) {
        root.kind = "pending_span";
        root.endUs = root.startUs;
        root.duration = 0;
    }
    out.push_back(agent);
    out.push_back(root);
    return out;
}

} // namespace hearth::bench
