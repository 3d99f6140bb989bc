// SPDX-License-Identifier: MIT
#include "core/trace/sampletraces.h"

#include "core/store/store.h"
#include "core/trace/tracedata.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace hearth::core::trace::samples {

namespace {

using nlohmann::json;

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct Builder
{
    std::string traceId;
    Micros t0;
    std::uint64_t next = 1;
    std::vector<Record> records;

    Record &span(const std::string &parent, double startMs, double endMs, const std::string &name,
                 const std::string &message, const std::string &service, json attributes = {})
    {
        Record r;
        r.traceId = traceId;
        r.spanId = formatSpanId(splitmix(std::hash<std::string> {}(traceId) + next++));
        r.parentSpanId = parent;
        r.startUs = t0 + static_cast<Micros>(startMs * 1000);
        r.endUs = t0 + static_cast<Micros>(endMs * 1000);
        r.duration = (endMs - startMs) / 1000.0;
        r.spanName = name;
        r.message = message;
        r.serviceName = service;
        r.level = 9;
        r.attributes = attributes.is_null() ? "{}" : attributes.dump();
        records.push_back(std::move(r));
        return records.back();
    }
    Record &log(const std::string &parent, double atMs, int level, const std::string &message,
                const std::string &service)
    {
        Record &r = span(parent, atMs, atMs, message, message, service);
        r.kind = "log";
        r.level = level;
        r.duration.reset();
        return r;
    }
};

void setChat(Record &r, const std::string &model, std::int64_t in, std::int64_t out, double cost)
{
    r.genAiRequestModel = model;
    r.genAiResponseModel = model;
    r.genAiOperationName = "chat";
    r.genAiSystem = "openai";
    r.genAiInputTokens = in;
    r.genAiOutputTokens = out;
    r.operationCost = cost;
    r.otelScopeName = "pydantic-ai";
    r.tags = "[\"LLM\"]";
}

json textPart(const std::string &text)
{
    return json {{"type", "text"}, {"content", text}};
}

} // namespace

std::string makeTraceId(std::uint64_t n)
{
    return formatSpanId(splitmix(n)) + formatSpanId(splitmix(n + 0x1234567));
}

std::vector<Record> agentTrace(const std::string &traceId, Micros t0)
{
    Builder b {traceId, t0};
    const std::string system = "You are a helpful support agent for ACME. Be concise.";
    const json user = {{"role", "user"},
                       {"parts",
                        json::array({textPart("Where is my order #8812? It was due "
                                              "yesterday.")})}};
    const json toolCall = {{"role", "assistant"},
                           {"parts",
                            json::array({{{"type", "tool_call"},
                                          {"id", "call_Qx81"},
                                          {"name", "get_order_status"},
                                          {"arguments", {{"order_id", 8812}}}}})},
                           {"finish_reason", "tool_call"}};
    const json toolResult = {
        {"role", "user"},
        {"parts",
         json::array({{{"type", "tool_call_response"},
                       {"id", "call_Qx81"},
                       {"name", "get_order_status"},
                       {"result",
                        {{"status", "in_transit"}, {"carrier", "DHL"}, {"eta", "2026-11-29"}}}}})}};
    const std::string answer = "Your order #8812 is in transit with DHL and should arrive "
                               "tomorrow (29 Nov). Sorry for the delay!";
    const json final = {{"role", "assistant"},
                        {"parts", json::array({textPart(answer)})},
                        {"finish_reason", "stop"}};
    const json systemInstructions = json::array({textPart(system)});

    Record &root = b.span("", 0, 4210, "POST /chat", "POST /chat → 200", "chat-api",
                          {{"http.method", "POST"},
                           {"http.route", "/chat"},
                           {"http.status_code", 200},
                           {"code.filepath", "app/main.py"},
                           {"code.lineno", 88},
                           {"code.function", "chat"}});
    root.otelScopeName = "opentelemetry.instrumentation.fastapi";
    root.httpMethod = "POST";
    root.httpRoute = "/chat";
    root.httpResponseStatusCode = 200;
    const std::string rootId = root.spanId;
    b.log(rootId, 3, 9, "request received from 10.0.0.17", "chat-api");

    Record &agent
        = b.span(rootId, 12, 4150, "invoke_agent support_agent", "support_agent run", "chat-api",
                 {{"gen_ai.agent.name", "support_agent"},
                  {"gen_ai.operation.name", "invoke_agent"},
                  {"model_name", "gpt-4o"},
                  {"agent_name", "support_agent"},
                  {"final_result", answer},
                  {"gen_ai.aggregated_usage.input_tokens", 1714},
                  {"gen_ai.aggregated_usage.output_tokens", 164},
                  {"pydantic_ai.all_messages",
                   json::array({{{"role", "system"}, {"parts", systemInstructions}},
                                user,
                                toolCall,
                                toolResult,
                                final})
                       .dump()},
                  {"logfire.json_schema",
                   json {{"type", "object"},
                         {"properties", {{"pydantic_ai.all_messages", {{"type", "array"}}}}}}
                       .dump()}});
    agent.genAiOperationName = "invoke_agent";
    agent.genAiInputTokens = 1714; // totals of the run: must not be counted twice in ∑
    agent.genAiOutputTokens = 164;
    agent.otelScopeName = "pydantic-ai";
    agent.tags = "[\"LLM\"]";
    const std::string agentId = agent.spanId;

    Record &chat1 = b.span(agentId, 20, 1630, "chat gpt-4o", "chat gpt-4o", "chat-api",
                           {{"gen_ai.operation.name", "chat"},
                            {"gen_ai.system", "openai"},
                            {"gen_ai.request.model", "gpt-4o"},
                            {"gen_ai.response.model", "gpt-4o-2024-08-06"},
                            {"gen_ai.usage.input_tokens", 812},
                            {"gen_ai.usage.output_tokens", 46},
                            {"operation.cost", 0.00249},
                            {"gen_ai.system_instructions", systemInstructions.dump()},
                            {"gen_ai.input.messages", json::array({user}).dump()},
                            {"gen_ai.output.messages", json::array({toolCall}).dump()}});
    setChat(chat1, "gpt-4o", 812, 46, 0.00249);
    chat1.genAiResponseModel = "gpt-4o-2024-08-06";

    Record &tool = b.span(agentId, 1640, 2380, "execute_tool get_order_status",
                          "running tool: get_order_status", "chat-api",
                          {{"gen_ai.operation.name", "execute_tool"},
                           {"gen_ai.tool.name", "get_order_status"},
                           {"gen_ai.tool.call.id", "call_Qx81"},
                           {"gen_ai.tool.call.arguments", R"({"order_id": 8812})"},
                           {"gen_ai.tool.call.result", toolResult["parts"][0]["result"].dump()}});
    tool.genAiOperationName = "execute_tool";
    tool.otelScopeName = "pydantic-ai";
    const std::string toolId = tool.spanId;

    Record &http = b.span(
        toolId, 1655, 2360, "GET /orders/{order_id}", "GET /orders/8812 → 200", "orders-service",
        {{"http.method", "GET"},
         {"http.route", "/orders/{order_id}"},
         {"order_id", 8812},
         {"code.filepath", "orders/api.py"},
         {"code.lineno", 41},
         {"code.function", "get_order"},
         {"logfire.json_schema",
          json {{"type", "object"}, {"properties", {{"order_id", json::object()}}}}.dump()}});
    http.otelScopeName = "opentelemetry.instrumentation.fastapi";
    http.httpResponseStatusCode = 200;
    http.serviceVersion = "2.14.1";
    const std::string httpId = http.spanId;
    Record &db = b.span(httpId, 1690, 2140, "SELECT orders", "SELECT * FROM orders WHERE id = $1",
                        "orders-service", {{"db.system", "postgresql"}, {"db.name", "orders"}});
    db.otelScopeName = "opentelemetry.instrumentation.asyncpg";
    b.span(httpId, 2150, 2330, "GET carrier status", "GET https://api.dhl.com/track/JD0144 → 200",
           "orders-service", {{"http.method", "GET"}})
        .otelScopeName
        = "opentelemetry.instrumentation.httpx";
    b.log(httpId, 2345, 9, "order 8812 found: in_transit", "orders-service");

    Record &chat2
        = b.span(agentId, 2400, 4120, "chat gpt-4o", "chat gpt-4o", "chat-api",
                 {{"gen_ai.operation.name", "chat"},
                  {"gen_ai.system", "openai"},
                  {"gen_ai.request.model", "gpt-4o"},
                  {"gen_ai.usage.input_tokens", 902},
                  {"gen_ai.usage.output_tokens", 118},
                  {"operation.cost", 0.003435},
                  {"gen_ai.system_instructions", systemInstructions.dump()},
                  {"gen_ai.input.messages", json::array({user, toolCall, toolResult}).dump()},
                  {"gen_ai.output.messages", json::array({final}).dump()}});
    setChat(chat2, "gpt-4o", 902, 118, 0.003435);
    b.log(rootId, 4170, 9, "reply sent (164 tokens)", "chat-api");
    return b.records;
}

std::vector<Record> exceptionTrace(const std::string &traceId, Micros t0)
{
    Builder b {traceId, t0};
    Record &root = b.span("", 0, 930, "POST /checkout", "POST /checkout → 500", "shop-web",
                          {{"http.method", "POST"}, {"http.status_code", 500}});
    root.level = 17;
    root.otelStatusCode = "ERROR";
    root.httpResponseStatusCode = 500;
    const std::string rootId = root.spanId;
    b.span(rootId, 8, 120, "load cart", "load cart for user 4411", "shop-web");
    b.span(rootId, 125, 210, "SELECT inventory", "SELECT sku, qty FROM inventory WHERE sku IN (…)",
           "shop-web");
    b.log(rootId, 215, 13, "inventory low for sku-2231 (2 left)", "shop-web");
    Record &pay
        = b.span(rootId, 220, 910, "charge card", "charge card 129.90 EUR", "payments",
                 {{"amount", 129.9},
                  {"currency", "EUR"},
                  {"logfire.json_schema",
                   json {{"type", "object"},
                         {"properties", {{"amount", json::object()}, {"currency", json::object()}}}}
                       .dump()},
                  {"code.filepath", "payments/charge.py"},
                  {"code.lineno", 57},
                  {"code.function", "charge_card"}});
    pay.level = 17;
    pay.otelStatusCode = "ERROR";
    const std::string payId = pay.spanId;
    b.span(payId, 230, 480, "POST stripe /v1/charges", "POST api.stripe.com/v1/charges → 402",
           "payments")
        .httpResponseStatusCode
        = 402;
    Record &raise
        = b.span(payId, 490, 905, "validate response", "validate stripe response", "payments");
    raise.level = 17;
    raise.otelStatusCode = "ERROR";
    raise.otelStatusMessage = "CardDeclinedError: Your card was declined.";
    raise.isException = true;
    raise.exceptionType = "CardDeclinedError";
    raise.exceptionMessage = "Your card was declined. (decline_code=insufficient_funds)";
    raise.exceptionStacktrace = "Traceback (most recent call last):\n"
                                "  File \"/app/payments/charge.py\", line 57, in charge_card\n"
                                "    result = validate(resp)\n"
                                "  File \"/app/payments/charge.py\", line 91, in validate\n"
                                "    raise CardDeclinedError(body['error']['message'])\n"
                                "payments.errors.CardDeclinedError: Your card was declined. "
                                "(decline_code=insufficient_funds)\n";
    raise.otelEvents = json::array({{{"name", "exception"},
                                     {"timestamp", formatIsoMicros(t0 + 900000)},
                                     {"attributes",
                                      {{"exception.type", "CardDeclinedError"},
                                       {"exception.message", *raise.exceptionMessage}}}}})
                           .dump();
    b.log(rootId, 920, 17, "checkout failed for user 4411", "shop-web");
    return b.records;
}

std::vector<Record> legacyLlmTrace(const std::string &traceId, Micros t0)
{
    Builder b {traceId, t0};
    Record &root
        = b.span("", 0, 2600, "summarise inbox", "summarise inbox for ana@acme.io", "mail-bot");
    const std::string rootId = root.spanId;
    const json events = json::array(
        {{{"event.name", "gen_ai.system.message"},
          {"role", "system"},
          {"content", "Summarise the user's unread e-mail in three bullet points."}},
         {{"event.name", "gen_ai.user.message"},
          {"role", "user"},
          {"content", "3 unread: invoice from AWS, lunch invite from Bo, PR review request."}},
         {{"event.name", "gen_ai.choice"},
          {"index", 0},
          {"message",
           {{"role", "assistant"},
            {"content",
             "• AWS invoice arrived (due 5 Dec)\n• Bo invites you to lunch Friday\n• "
             "A PR awaits your review"}}}}});
    Record &chat = b.span(rootId, 40, 1900, "Chat Completion with {request_data[model]!r}",
                          "Chat Completion with 'gpt-4o-mini'", "mail-bot",
                          {{"gen_ai.system", "openai"},
                           {"gen_ai.request.model", "gpt-4o-mini"},
                           {"gen_ai.usage.input_tokens", 161},
                           {"gen_ai.usage.output_tokens", 38},
                           {"events", events.dump()}});
    setChat(chat, "gpt-4o-mini", 161, 38, 0.0000470);
    chat.genAiOperationName.clear();
    chat.otelScopeName = "logfire.openai";
    Record &pending = b.span(rootId, 1950, 1950, "agent run", "triage_agent run", "mail-bot",
                             {{"logfire.span_type", "pending_span"}});
    pending.kind = "pending_span";
    b.log(rootId, 1990, 9, "waiting for triage agent", "mail-bot");
    return b.records;
}

Status writeBigTrace(Store &store, const std::string &traceId, int spans, Micros t0)
{
    const int shards = std::max(2, static_cast<int>(std::sqrt(static_cast<double>(spans)) / 10));
    const int perItem = 5; // the item span and its four calls
    const int items = std::max(1, (spans - 1 - shards) / (shards * perItem));
    std::uint64_t counter = std::hash<std::string> {}(traceId);
    auto newId = [&counter] { return formatSpanId(splitmix(++counter)); };
    std::uint64_t rng = 42;
    auto rand01 = [&rng] {
        rng = splitmix(rng);
        return static_cast<double>(rng >> 11) / 9007199254740992.0;
    };
    WriteBatch batch;
    batch.records.reserve(20000);
    auto flush = [&]() -> Status {
        if (batch.records.empty())
            return {};
        auto result = store.write(batch);
        batch.records.clear();
        if (!result)
            return result.error();
        return {};
    };
    auto add = [&](const std::string &id, const std::string &parent, Micros start, Micros end,
                   std::string name, std::string message, const char *service, int level) {
        Record r;
        r.traceId = traceId;
        r.spanId = id;
        r.parentSpanId = parent;
        r.startUs = start;
        r.endUs = end;
        r.duration = static_cast<double>(end - start) / 1e6;
        r.spanName = std::move(name);
        r.message = std::move(message);
        r.serviceName = service;
        r.level = level;
        r.attributes = "{}";
        if (level >= 17) {
            r.otelStatusCode = "ERROR";
            r.isException = true;
            r.exceptionType = "TimeoutError";
            r.exceptionMessage = "upstream timed out";
        }
        batch.records.push_back(std::move(r));
    };

    const std::string rootId = newId();
    Micros rootEnd = t0;
    for (int s = 0; s < shards; ++s) {
        const std::string shardId = newId();
        const Micros shardStart = t0 + 1000 + static_cast<Micros>(s) * 2500;
        Micros cursor = shardStart + 200;
        for (int i = 0; i < items; ++i) {
            const std::string itemId = newId();
            const Micros itemStart = cursor;
            Micros c = itemStart + 20;
            const double scale = 0.5 + rand01() * 1.5;
            const Micros dbEnd = c + static_cast<Micros>(300 * scale);
            add(newId(), itemId, c, dbEnd, "SELECT orders", "SELECT * FROM orders WHERE id = $1",
                "worker", 9);
            c = dbEnd + 10;
            const Micros cacheEnd = c + static_cast<Micros>(40 * scale);
            add(newId(), itemId, c, cacheEnd, "cache get", "cache get order:" + std::to_string(i),
                "worker", 9);
            c = cacheEnd + 10;
            const bool slow = rand01() < 0.002;
            const Micros httpEnd = c + static_cast<Micros>((slow ? 9000 : 700) * scale);
            add(newId(), itemId, c, httpEnd, "GET /inventory/{sku}",
                "GET /inventory/sku-" + std::to_string((i * 7919) % 100000), "inventory-api",
                slow ? 17 : 9);
            c = httpEnd + 10;
            const Micros writeEnd = c + static_cast<Micros>(120 * scale);
            add(newId(), itemId, c, writeEnd, "UPDATE orders", "UPDATE orders SET state = $1",
                "worker", 9);
            const Micros itemEnd = writeEnd + 15;
            add(itemId, shardId, itemStart, itemEnd, "handle order {order_id}",
                "handle order #" + std::to_string(s * items + i), "worker", 9);
            cursor = itemEnd + 30;
            if (batch.records.size() >= 20000) {
                if (auto st = flush(); !st)
                    return st;
            }
        }
        add(shardId, rootId, shardStart, cursor, "process shard {n}",
            "process shard " + std::to_string(s), "worker", 9);
        rootEnd = std::max(rootEnd, cursor);
    }
    add(rootId, "", t0, rootEnd + 500, "nightly order sync", "nightly order sync",
        "batch-scheduler", 9);
    return flush();
}

} // namespace hearth::core::trace::samples
