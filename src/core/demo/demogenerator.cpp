// SPDX-License-Identifier: MIT
#include "core/demo/demogenerator.h"

#include "core/demo/democatalog.h"
#include "core/demo/demorng.h"
#include "core/demo/jsonwriter.h"
#include "core/store/levels.h"
#include "core/store/store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <QCoreApplication>
#include <string>
#include <tuple>
#include <vector>

namespace hearth::core::demo {

using namespace catalog;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Demo)
};

constexpr Micros kMs = 1000;
constexpr std::string_view kPythonSite = "/app/.venv/lib/python3.12/site-packages";

// logfire.json_schema equivalents: they tell a renderer which attribute values are structured.
constexpr std::string_view kChatSchema
    = R"({"type":"object","properties":{"gen_ai.input.messages":{"type":"array"},"gen_ai.output.messages":{"type":"array"},"gen_ai.system_instructions":{"type":"array"},"gen_ai.response.finish_reasons":{"type":"array"}}})";
constexpr std::string_view kOpenAiSchema
    = R"({"type":"object","properties":{"request_data":{"type":"object"},"response_data":{"type":"object"},"gen_ai.input.messages":{"type":"array"},"gen_ai.output.messages":{"type":"array"}}})";
constexpr std::string_view kAgentSchema
    = R"({"type":"object","properties":{"pydantic_ai.all_messages":{"type":"array"},"logfire.metrics":{"type":"object"}}})";
constexpr std::string_view kToolSchemaV2
    = R"({"type":"object","properties":{"tool_arguments":{"type":"object"}}})";
constexpr std::string_view kToolSchemaV5
    = R"({"type":"object","properties":{"gen_ai.tool.call.arguments":{"type":"object"}}})";

std::string format(const char *fmt, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

// Attribute JSON is written into a buffer sized once: growing a 1 KB string by doubling costs a
// handful of reallocations per row, a million times over.
std::string &fresh(std::string &s, size_t capacity = 1024)
{
    s.clear();
    s.reserve(capacity);
    return s;
}

int approxTokens(std::string_view text)
{
    return static_cast<int>(text.size() / 4) + 4;
}

// Daily load: quiet at 03:00 UTC, busiest mid-afternoon, weekends at about half.
double rhythm(Micros t)
{
    const double hour = static_cast<double>((t / kMicrosPerSecond) % 86400) / 3600.0;
    const std::int64_t day = t / kMicrosPerDay; // 1970-01-01 was a Thursday
    const bool weekend = (day + 4) % 7 == 0 || (day + 4) % 7 == 6;
    const double daily
        = 0.2 + 0.8 * (0.5 - 0.5 * std::cos(6.283185307179586 * (hour - 3.0) / 24.0));
    return daily * (weekend ? 0.55 : 1.0);
}

struct Exc
{
    std::string type; // fully qualified
    std::string message;
    std::string stacktrace;
    std::string shortType() const
    {
        const auto dot = type.rfind('.');
        return dot == std::string::npos ? type : type.substr(dot + 1);
    }
};

std::string frame(std::string_view file, int line, std::string_view function, std::string_view code)
{
    std::string out = "  File \"";
    out += file;
    out += "\", line ";
    out += std::to_string(line);
    out += ", in ";
    out += function;
    out += "\n    ";
    out += code;
    out += '\n';
    return out;
}

std::string siteFile(std::string_view rel)
{
    return std::string(kPythonSite) + "/" + std::string(rel);
}

std::string traceback(const std::vector<std::string> &frames, const std::string &type,
                      const std::string &message)
{
    std::string out = "Traceback (most recent call last):\n";
    for (const auto &f : frames)
        out += f;
    out += type;
    out += ": ";
    out += message;
    out += '\n';
    return out;
}

// Frames Pydantic AI adds between the agent run and the failing call.
std::vector<std::string> agentFrames(std::string_view agentName)
{
    return {frame("/app/agent_worker/routes.py", 64, "run_agent",
                  std::string("result = await agents[\"") + std::string(agentName)
                      + "\"].run(body.prompt, deps=deps)"),
            frame(siteFile("pydantic_ai/agent/abstract.py"), 226, "run",
                  "async for node in agent_run:"),
            frame(siteFile("pydantic_ai/_agent_graph.py"), 764, "run",
                  "return await self._run_stream(ctx)")};
}

std::string modelAttributes(ModelId modelId, std::string_view tokenType);

struct Hist
{
    std::int64_t count = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    std::vector<std::int64_t> buckets;
};

enum MetricKind { TokenUsage, OperationCost, HttpServerDuration, TimeToFirstChunk };

struct MetricKey
{
    Micros bucket;
    int kind;
    int instance;
    std::string attributes;
    bool operator<(const MetricKey &o) const
    {
        return std::tie(bucket, kind, instance, attributes)
            < std::tie(o.bucket, o.kind, o.instance, o.attributes);
    }
};

const std::vector<double> &boundsFor(int kind)
{
    static const std::vector<double> tokens = [] {
        std::vector<double> b;
        for (double v = 1; v <= 67108864.0; v *= 4)
            b.push_back(v);
        return b;
    }();
    static const std::vector<double> cost {0.00001, 0.0001, 0.0005, 0.001, 0.005,
                                           0.01,    0.05,   0.1,    0.5,   1.0};
    static const std::vector<double> ms {0,   5,   10,   25,   50,   75,   100,  250,
                                         500, 750, 1000, 2500, 5000, 7500, 10000};
    static const std::vector<double> seconds {0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0};
    switch (kind) {
    case TokenUsage:
        return tokens;
    case OperationCost:
        return cost;
    case TimeToFirstChunk:
        return seconds;
    default:
        return ms;
    }
}

struct Resource
{
    std::string json;
    std::string version;
    std::string instanceId;
    std::int64_t pid = 0;
};

struct ToolCall
{
    const Tool *tool;
    const Ticker *ticker;
    std::string id;
    std::string argsJson;
    std::string result; // what the tool returns to the model
};

enum class Failure { None, ToolHttp, ModelHttp, OutputValidation };

struct AgentOutcome
{
    Micros end = 0;
    bool failed = false;
    Exc exc;
    std::string finalText;
};

// Relaxed durability for the duration of a demo fill, restored on every exit path. (Checkpoints
// already run off the writer thread, see Store; changing wal_autocheckpoint here would undo that.)
class FastFill
{
public:
    FastFill(Store &store, bool enable) : m_store(store), m_enabled(enable)
    {
        if (m_enabled)
            (void)m_store.writer().exec("PRAGMA synchronous=OFF");
    }
    ~FastFill()
    {
        if (m_enabled)
            (void)m_store.writer().exec("PRAGMA synchronous=NORMAL");
    }
    FastFill(const FastFill &) = delete;
    FastFill &operator=(const FastFill &) = delete;

private:
    Store &m_store;
    bool m_enabled;
};

class Generator
{
public:
    Generator(Store &store, const Options &options, const std::function<bool(double)> &progress)
        : m_store(store), m_options(options), m_progress(progress)
    {
    }

    Result<Summary> run();

private:
    std::string runKey() const;
    // --- time and resources
    std::vector<Micros> traceStarts();
    int dayIndex(Micros t) const
    {
        return static_cast<int>(
            std::clamp<Micros>((t - m_start) / kMicrosPerDay, 0, m_options.days - 1));
    }
    const Resource &resource(int instance, Micros t);
    std::string scopeVersion(std::string_view scope, int instance) const;

    // --- rows
    Record makeRecord(int instance, Micros t, std::string_view scope, std::string_view parentId,
                      std::string spanId, Micros start, Micros end);
    void pushRecord(Record &&r);
    Status flushIfFull();
    Status flush();
    std::string newSpanId() { return m_rng.hex(16); }
    bool done(Micros end) const { return end <= m_now; }
    void applyException(Record &r, const Exc &exc, Micros at);
    void addSpanEvent(Record &span, std::string_view name, std::string_view attributesJson,
                      Micros at);
    void log(int instance, std::string_view parentId, Micros t, int level, std::string_view templ,
             std::string message, std::string_view argsJson, std::string_view codeFile,
             int codeLine, std::string_view codeFunction, std::string_view tagsJson = {});

    // --- scenarios
    void trace(int index, Micros start);
    void gatewayRequest(Micros start, bool forcePending);
    void healthCheck(Micros start);
    void scheduledReport(Micros start);
    Micros openAiClassify(int instance, const std::string &parentId, Micros start,
                          const std::string &prompt, const std::string &category);
    AgentOutcome runAgent(const Agent &agent, ModelId modelId, int instance,
                          const std::string &parentId, Micros start,
                          const std::vector<const Ticker *> &tickers, const std::string &prompt,
                          Failure failure);
    struct ChatResult
    {
        Micros end;
        bool failed;
        Exc exc;
        std::int64_t inputTokens;
        std::int64_t outputTokens;
        double cost;
    };
    ChatResult chatSpan(const Agent &agent, ModelId modelId, int instance,
                        const std::string &parentId, Micros start,
                        const std::vector<std::string> &history, const std::string &outputMessage,
                        int outputTokens, bool finalAnswer, bool fail);
    Micros toolSpan(const Agent &agent, int instance, const std::string &parentId, Micros start,
                    const ToolCall &call, bool fail, Exc *excOut);
    Micros httpClientSpan(int instance, const std::string &parentId, Micros start,
                          std::string_view method, std::string_view host, std::string_view path,
                          std::string_view query, std::string_view scheme, int status,
                          double seconds);

    // --- metrics
    void observe(int kind, int instance, Micros t, std::string attributes, double value);
    void observeChat(int instance, ModelId model, Micros t, std::int64_t in, std::int64_t out,
                     double cost);
    MetricPoint makeMetric(int instance, Micros t, std::string_view scope);
    Status writeHistogramsBefore(Micros limit);
    Status writeSystemMetrics();

    Store &m_store;
    Options m_options;
    const std::function<bool(double)> &m_progress;
    Micros m_now = 0;
    Micros m_start = 0;
    DemoRng m_rng {0};
    std::string m_traceId;
    int m_traceIndex = 0;
    bool m_forceNotice = false;
    bool m_forceWarn = false;
    bool m_forceError = false;
    bool m_forceFatal = false;
    WriteBatch m_batch;
    Summary m_summary;
    std::vector<std::vector<Resource>> m_resources; // [instance][day]
    std::map<MetricKey, Hist> m_histograms;
};

// ---------------------------------------------------------------------------------------------
// Time, resources, rows

std::vector<Micros> Generator::traceStarts()
{
    DemoRng rng(DemoRng::mix(m_options.seed, 0x5ea5011ULL));
    const int n = m_options.traces;
    std::vector<Micros> starts;
    starts.reserve(static_cast<size_t>(n));
    const Micros window = m_now - m_start;
    for (int i = 0; i < n; ++i) {
        // A slice of the traffic lands in the last hour so that the Live view has something.
        if (rng.chance(0.06)) {
            starts.push_back(m_now - static_cast<Micros>(rng.uniform() * kMicrosPerHour));
            continue;
        }
        Micros t = 0;
        do {
            t = m_start + static_cast<Micros>(rng.uniform() * static_cast<double>(window));
        } while (rng.uniform() > rhythm(t));
        starts.push_back(t);
    }
    std::sort(starts.begin(), starts.end());
    // The newest few requests are still running at the end time: their spans are pending.
    const int running = n >= 50 ? 3 : 0;
    for (int k = 0; k < running; ++k)
        starts[static_cast<size_t>(n - running + k)]
            = m_now - 3 * kMicrosPerSecond + k * kMicrosPerSecond;
    std::sort(starts.begin(), starts.end());
    return starts;
}

const Resource &Generator::resource(int instance, Micros t)
{
    const int day = dayIndex(t);
    auto &slot = m_resources[static_cast<size_t>(instance)][static_cast<size_t>(day)];
    if (!slot.json.empty())
        return slot;
    const Instance &spec = kInstances[instance];
    // Every instance restarts daily (new pid and instance id) and was deployed two days ago.
    DemoRng rng(DemoRng::mix(m_options.seed,
                             0x7e5000ULL + static_cast<std::uint64_t>(instance) * 1000
                                 + static_cast<std::uint64_t>(day)));
    const bool deployed = day >= m_options.days - 2;
    slot.version = deployed ? spec.newVersion : spec.oldVersion;
    slot.pid = spec.pidBase + rng.range(0, 40);
    slot.instanceId
        = rng.hex(8) + "-" + rng.hex(4) + "-4" + rng.hex(3) + "-a" + rng.hex(3) + "-" + rng.hex(12);
    JsonWriter w(slot.json);
    w.beginObject()
        .field("service.name", spec.service)
        .field("service.version", slot.version)
        .field("service.namespace", "market-intel")
        .field("service.instance.id", slot.instanceId)
        .field("deployment.environment", spec.environment)
        .field("host.name", spec.host)
        .field("process.pid", slot.pid)
        .field("process.runtime.name", "cpython")
        .field("process.runtime.version", "3.12.7")
        .field("telemetry.sdk.name", "opentelemetry")
        .field("telemetry.sdk.language", "python")
        .field("telemetry.sdk.version", "1.38.0")
        .field("logfire.version", "4.14.2")
        .endObject();
    return slot;
}

std::string Generator::scopeVersion(std::string_view scope, int instance) const
{
    if (scope == "pydantic-ai")
        return kInstances[instance].staging ? "2.3.0" : "1.14.0";
    if (scope == "logfire" || scope == "logfire.openai")
        return "4.14.2";
    return "0.59b0";
}

Record Generator::makeRecord(int instance, Micros t, std::string_view scope,
                             std::string_view parentId, std::string spanId, Micros start,
                             Micros end)
{
    const Resource &res = resource(instance, t);
    const Instance &spec = kInstances[instance];
    Record r;
    r.startUs = start;
    r.endUs = end;
    r.duration = static_cast<double>(end - start) / 1e6;
    r.traceId = m_traceId;
    r.spanId = std::move(spanId);
    r.parentSpanId = std::string(parentId);
    r.otelScopeName = std::string(scope);
    r.otelScopeVersion = scopeVersion(scope, instance);
    r.otelStatusCode = "UNSET";
    r.otelResourceAttributes = res.json;
    r.serviceName = spec.service;
    r.serviceVersion = res.version;
    r.serviceInstanceId = res.instanceId;
    r.serviceNamespace = "market-intel";
    r.deploymentEnvironment = spec.environment;
    r.processPid = res.pid;
    r.telemetrySdkName = "opentelemetry";
    r.telemetrySdkLanguage = "python";
    r.telemetrySdkVersion = "1.38.0";
    return r;
}

void Generator::pushRecord(Record &&r)
{
    if (r.startUs > m_now)
        return; // has not happened yet at the end time
    if (r.kind == "span" && r.endUs > m_now) {
        // Still running: the SDK's pending span, zero duration, marked in its attributes.
        r.kind = "pending_span";
        r.endUs = r.startUs;
        r.duration = 0.0;
        std::string markers = R"("logfire.span_type":"pending_span","logfire.pending_parent_id":")";
        markers += r.parentSpanId.empty() ? std::string("0000000000000000") : r.parentSpanId;
        markers += '"';
        if (r.attributes.size() > 2)
            markers += ',';
        r.attributes.insert(1, markers);
        ++m_summary.pendingSpans;
    } else if (r.kind == "span") {
        ++m_summary.spans;
    } else if (r.kind == "log") {
        ++m_summary.logs;
    } else if (r.kind == "span_event") {
        ++m_summary.spanEvents;
    }
    if (r.isException && r.kind != "pending_span")
        ++m_summary.exceptions;
    m_batch.records.push_back(std::move(r));
}

Status Generator::flushIfFull()
{
    if (static_cast<int>(m_batch.size()) >= m_options.batchRecords)
        return flush();
    return {};
}

Status Generator::flush()
{
    if (m_batch.empty())
        return {};
    auto stats = m_store.write(m_batch);
    if (!stats)
        return stats.error();
    m_summary.duplicates += stats->recordsDuplicate;
    m_summary.metrics += stats->metricsInserted;
    m_batch.records.clear();
    m_batch.metrics.clear();
    return {};
}

void Generator::applyException(Record &r, const Exc &exc, Micros at)
{
    r.isException = true;
    r.exceptionType = exc.type;
    r.exceptionMessage = exc.message;
    r.exceptionStacktrace = exc.stacktrace;
    r.level = std::max(r.level, static_cast<int>(LevelError));
    r.otelStatusCode = "ERROR";
    r.otelStatusMessage = exc.shortType() + ": " + exc.message;
    // Appended after any other event the span already carries.
    std::string events;
    if (!r.otelEvents.empty() && r.otelEvents.back() == ']') {
        events = r.otelEvents;
        events.pop_back();
        events += ',';
    } else {
        events = "[";
    }
    JsonWriter w(events);
    w.beginObject()
        .field("name", "exception")
        .field("timestamp", formatIsoMicros(at))
        .key("attributes")
        .beginObject()
        .field("exception.type", exc.type)
        .field("exception.message", exc.message)
        .field("exception.stacktrace", exc.stacktrace)
        .field("exception.escaped", "True")
        .endObject()
        .endObject();
    events += ']';
    r.otelEvents = std::move(events);
}

void Generator::addSpanEvent(Record &span, std::string_view name, std::string_view attributesJson,
                             Micros at)
{
    std::string events;
    JsonWriter w(events);
    w.beginArray()
        .beginObject()
        .field("name", name)
        .field("timestamp", formatIsoMicros(at))
        .rawField("attributes", attributesJson)
        .endObject()
        .endArray();
    span.otelEvents = std::move(events);
    // Non-exception events are also rows of their own (logfire.md §1.5).
    Record ev = span;
    ev.kind = "span_event";
    ev.spanId = newSpanId();
    ev.parentSpanId = span.spanId;
    ev.startUs = at;
    ev.endUs = at;
    ev.duration.reset();
    ev.spanName = std::string(name);
    ev.message = std::string(name);
    ev.attributes = std::string(attributesJson);
    ev.attributesJsonSchema.clear();
    ev.otelEvents.clear();
    ev.genAiRequestModel.clear();
    ev.genAiResponseModel.clear();
    ev.genAiOperationName.clear();
    ev.genAiSystem.clear();
    ev.genAiInputTokens.reset();
    ev.genAiOutputTokens.reset();
    ev.operationCost.reset();
    ev.httpResponseStatusCode.reset();
    ev.httpMethod.clear();
    ev.httpRoute.clear();
    ev.urlFull.clear();
    ev.urlPath.clear();
    ev.urlQuery.clear();
    ev.tags = "[]";
    pushRecord(std::move(ev));
}

void Generator::log(int instance, std::string_view parentId, Micros t, int level,
                    std::string_view templ, std::string message, std::string_view argsJson,
                    std::string_view codeFile, int codeLine, std::string_view codeFunction,
                    std::string_view tagsJson)
{
    Record r = makeRecord(instance, t, "logfire", parentId, newSpanId(), t, t);
    r.kind = "log";
    r.duration.reset();
    r.level = level;
    r.spanName = std::string(templ);
    r.message = std::move(message);
    if (!tagsJson.empty())
        r.tags = std::string(tagsJson);
    std::string attrs;
    JsonWriter w(attrs);
    w.beginObject().field("logfire.msg_template", templ).field("logfire.span_type", "log");
    // argsJson is the inside of an object: "k":v,...
    if (!argsJson.empty()) {
        attrs += ',';
        attrs += argsJson;
    }
    w.field("code.filepath", codeFile)
        .field("code.lineno", codeLine)
        .field("code.function", codeFunction)
        .endObject();
    r.attributes = std::move(attrs);
    if (level >= LevelError)
        r.otelStatusCode = "ERROR";
    pushRecord(std::move(r));
}

// ---------------------------------------------------------------------------------------------
// Scenarios

void Generator::trace(int index, Micros start)
{
    m_rng = DemoRng(DemoRng::mix(m_options.seed, static_cast<std::uint64_t>(index) + 1));
    m_traceIndex = index;
    // Python's SDK makes trace ids time-ordered (first 48 bits are milliseconds); that also keeps
    // the store's (trace_id, span_id) index appending instead of splitting pages at random.
    m_traceId.clear();
    static constexpr char kDigits[] = "0123456789abcdef";
    const auto ms = static_cast<std::uint64_t>(start / kMs);
    for (int shift = 44; shift >= 0; shift -= 4)
        m_traceId.push_back(kDigits[(ms >> shift) & 0xf]);
    m_rng.appendHex(m_traceId, 20);

    const int n = m_options.traces;
    auto every = [&](int offset, int period) {
        const int first = n / offset;
        return index >= first && (index - first) % period == 0;
    };
    // A few behaviours are forced at fixed positions so that small demo sets still show every
    // level; the rest is left to chance.
    m_forceNotice = every(4, 50);
    m_forceWarn = every(5, 40);
    m_forceError = every(6, 30);
    m_forceFatal = every(3, 400);
    const bool forcePending = n >= 50 && index >= n - 3;
    const bool forced
        = m_forceNotice || m_forceWarn || m_forceError || m_forceFatal || forcePending;

    const double roll = m_rng.uniform();
    if (forced || roll < 0.68)
        gatewayRequest(start, forcePending);
    else if (roll < 0.86)
        healthCheck(start);
    else
        scheduledReport(start);
}

void Generator::healthCheck(Micros start)
{
    const bool gateway = m_rng.chance(0.5);
    int instance = WorkerStaging;
    if (gateway)
        instance = m_rng.chance(0.85) ? GatewayProd : GatewayStaging;
    else if (m_rng.chance(0.85))
        instance = WorkerProdA + m_rng.rangeInt(0, 1);
    const Micros end = start + static_cast<Micros>(m_rng.logNormal(1.2, 0.4) * kMs);
    Record r = makeRecord(instance, start, "opentelemetry.instrumentation.fastapi", {}, newSpanId(),
                          start, end);
    r.spanName = "GET /health";
    r.message = "GET /health";
    r.httpMethod = "GET";
    r.httpRoute = "/health";
    r.urlPath = "/health";
    r.httpResponseStatusCode = 200;
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("http.method", "GET")
        .field("http.request.method", "GET")
        .field("http.route", "/health")
        .field("url.path", "/health")
        .field("url.scheme", "http")
        .field("user_agent.original", "kube-probe/1.31")
        .field("client.address", "10.42.0.1")
        .field("http.status_code", 200)
        .field("http.response.status_code", 200)
        .endObject();
    if (done(end))
        observe(
            HttpServerDuration, instance, end,
            R"({"http.method":"GET","http.route":"/health","http.scheme":"http","http.status_code":200})",
            static_cast<double>(end - start) / 1e3);
    pushRecord(std::move(r));
}

Micros Generator::httpClientSpan(int instance, const std::string &parentId, Micros start,
                                 std::string_view method, std::string_view host,
                                 std::string_view path, std::string_view query,
                                 std::string_view scheme, int status, double seconds)
{
    const Micros end = start + static_cast<Micros>(seconds * 1e6);
    Record r = makeRecord(instance, start, "opentelemetry.instrumentation.httpx", parentId,
                          newSpanId(), start, end);
    std::string url = std::string(scheme) + "://" + std::string(host) + std::string(path);
    if (!query.empty())
        url += "?" + std::string(query);
    r.spanName = std::string(method);
    r.message = std::string(method) + " " + std::string(host) + std::string(path);
    r.httpMethod = std::string(method);
    r.urlFull = url;
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("http.method", method)
        .field("http.request.method", method)
        .field("url.full", url)
        .field("http.url", url)
        .field("server.address", host)
        .field("network.protocol.version", "1.1");
    if (done(end)) {
        r.httpResponseStatusCode = status;
        w.field("http.status_code", status).field("http.response.status_code", status);
        if (status >= 400) {
            r.level = LevelError;
            r.otelStatusCode = "ERROR";
        }
    }
    w.endObject();
    pushRecord(std::move(r));
    return end;
}

Micros Generator::openAiClassify(int instance, const std::string &parentId, Micros start,
                                 const std::string &prompt, const std::string &category)
{
    const Model &model = kModels[Gpt4oMini];
    const char *system
        = "Classify the request as one of: market_analysis, research, summary. Reply with the "
          "label only.";
    const std::int64_t in = approxTokens(system) + approxTokens(prompt) + 7;
    const std::int64_t out = 3;
    const double cost = (static_cast<double>(in) * model.inputPerMTok
                         + static_cast<double>(out) * model.outputPerMTok)
        / 1e6;
    const Micros end = start + static_cast<Micros>(m_rng.logNormal(0.38, 0.3) * 1e6);
    const bool finished = done(end);
    Record r = makeRecord(instance, start, "logfire.openai", parentId, newSpanId(), start, end);
    r.spanName = "Chat Completion with {request_data[model]!r}";
    r.message = "Chat Completion with 'gpt-4o-mini'";
    r.attributesJsonSchema = std::string(kOpenAiSchema);
    r.genAiRequestModel = model.requestModel;
    r.genAiOperationName = "chat";
    r.genAiSystem = model.provider;
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("logfire.msg_template", "Chat Completion with {request_data[model]!r}")
        .key("request_data")
        .beginObject()
        .field("model", model.requestModel)
        .key("messages")
        .beginArray()
        .beginObject()
        .field("role", "system")
        .field("content", system)
        .endObject()
        .beginObject()
        .field("role", "user")
        .field("content", prompt)
        .endObject()
        .endArray()
        .field("temperature", 0)
        .endObject()
        .field("async", true)
        .field("gen_ai.operation.name", "chat")
        .field("gen_ai.system", model.provider)
        .field("gen_ai.provider.name", model.provider)
        .field("gen_ai.request.model", model.requestModel)
        .field("server.address", model.serverAddress)
        .key("gen_ai.input.messages")
        .beginArray()
        .beginObject()
        .field("role", "system")
        .key("parts")
        .beginArray()
        .beginObject()
        .field("type", "text")
        .field("content", system)
        .endObject()
        .endArray()
        .endObject()
        .beginObject()
        .field("role", "user")
        .key("parts")
        .beginArray()
        .beginObject()
        .field("type", "text")
        .field("content", prompt)
        .endObject()
        .endArray()
        .endObject()
        .endArray();
    if (finished) {
        r.genAiResponseModel = model.responseModel;
        r.genAiInputTokens = in;
        r.genAiOutputTokens = out;
        r.operationCost = cost;
        w.key("response_data")
            .beginObject()
            .key("message")
            .beginObject()
            .field("role", "assistant")
            .field("content", category)
            .endObject()
            .key("usage")
            .beginObject()
            .field("prompt_tokens", in)
            .field("completion_tokens", out)
            .field("total_tokens", in + out)
            .endObject()
            .endObject()
            .field("gen_ai.response.model", model.responseModel)
            .field("gen_ai.response.id", "chatcmpl-" + m_rng.hex(24))
            .field("gen_ai.usage.input_tokens", in)
            .field("gen_ai.usage.output_tokens", out)
            .field("operation.cost", cost)
            .key("gen_ai.output.messages")
            .beginArray()
            .beginObject()
            .field("role", "assistant")
            .key("parts")
            .beginArray()
            .beginObject()
            .field("type", "text")
            .field("content", category)
            .endObject()
            .endArray()
            .field("finish_reason", "stop")
            .endObject()
            .endArray();
        m_summary.inputTokens += in;
        m_summary.outputTokens += out;
        m_summary.cost += cost;
        observeChat(instance, Gpt4oMini, end, in, out, cost);
    }
    w.endObject();
    pushRecord(std::move(r));
    return end;
}

void Generator::gatewayRequest(Micros start, bool forcePending)
{
    const bool staging = !forcePending && m_rng.chance(0.15);
    const int gateway = staging ? GatewayStaging : GatewayProd;
    const int worker = staging ? int(WorkerStaging) : WorkerProdA + m_rng.rangeInt(0, 1);

    const double agentRoll = m_rng.uniform();
    const AgentId agentId = agentRoll < 0.6 ? MarketAgent
        : agentRoll < 0.85                  ? ResearchAgent
                                            : SummaryAgent;
    const Agent &agent = kAgents[agentId];
    const ModelId modelId = m_rng.chance(agent.firstModelShare) ? agent.models[0] : agent.models[1];

    // The question: one to three tickers.
    const int tickerCount = agentId == SummaryAgent ? 1 : m_rng.rangeInt(1, 3);
    std::vector<const Ticker *> tickers;
    while (static_cast<int>(tickers.size()) < tickerCount) {
        const Ticker *t = &m_rng.pick(kTickers);
        if (std::find(tickers.begin(), tickers.end(), t) == tickers.end())
            tickers.push_back(t);
    }
    std::string symbols;
    std::string symbolsPy = "["; // how logfire formats a list into the message: its repr
    std::string symbolsJson = "[";
    for (size_t i = 0; i < tickers.size(); ++i) {
        symbols += (i ? ", " : "") + std::string(tickers[i]->symbol);
        symbolsJson += (i ? ",\"" : "\"") + std::string(tickers[i]->symbol) + "\"";
        symbolsPy += (i ? ", '" : "'") + std::string(tickers[i]->symbol) + "'";
    }
    symbolsJson += "]";
    symbolsPy += "]";
    std::string prompt;
    switch (agentId) {
    case MarketAgent:
        prompt = tickers.size() > 1 ? "Compare the P/E ratios of " + symbols
                                    : "What is the current price and valuation of " + symbols + "?";
        break;
    case ResearchAgent:
        prompt = "What did the latest filings say about margins at " + symbols + "?";
        break;
    default:
        prompt = "Summarise this week's news for " + symbols;
        break;
    }

    Failure failure = Failure::None;
    const double failRoll = m_rng.uniform();
    if (m_forceError || failRoll < 0.045) {
        const double which = m_rng.uniform();
        failure = which < 0.45 ? Failure::ToolHttp
            : which < 0.85     ? Failure::ModelHttp
                               : Failure::OutputValidation;
    }
    const bool rateLimited = !forcePending && !m_forceError && !m_forceFatal && failRoll > 0.98;

    const std::string serverId = newSpanId();
    const std::string route = agent.gatewayRoute;
    const std::string apiKey
        = m_rng.pick({"team-alpha", "team-quant", "ops-dashboard", "notebook"});

    // Gateway: token bucket (trace level), request received (info).
    Micros t = start + 180;
    const int tokensLeft = rateLimited ? 0 : m_rng.rangeInt(3, 120);
    log(gateway, serverId, t, LevelTrace, "Token bucket {api_key} has {tokens} tokens left",
        "Token bucket " + apiKey + " has " + std::to_string(tokensLeft) + " tokens left",
        "\"api_key\":\"" + apiKey + "\",\"tokens\":" + std::to_string(tokensLeft),
        "gateway/ratelimit.py", 31, "take");
    t += 400;

    int status = 200;
    Micros end = 0;
    Exc gatewayExc;
    bool gatewayFailed = false;
    if (rateLimited) {
        status = 429;
        log(gateway, serverId, t, LevelWarn, "Rate limit exceeded for {api_key}",
            "Rate limit exceeded for " + apiKey,
            "\"api_key\":\"" + apiKey + "\",\"retry_after\":30", "gateway/ratelimit.py", 44,
            "take");
        end = t + 900;
    } else {
        log(gateway, serverId, t, LevelInfo, "Received {route} request for {symbols}",
            "Received " + route + " request for " + symbolsPy,
            "\"route\":\"" + route + "\",\"symbols\":" + symbolsJson + ",\"api_key\":\"" + apiKey
                + "\"",
            "gateway/app.py", 57, "analyze");
        t += 300;
        if (m_forceWarn || m_rng.chance(0.03)) {
            log(gateway, serverId, t, LevelWarn,
                "Rate limit approaching for {api_key}: {remaining} requests left",
                "Rate limit approaching for " + apiKey + ": " + std::to_string(tokensLeft % 5)
                    + " requests left",
                "\"api_key\":\"" + apiKey + "\",\"remaining\":" + std::to_string(tokensLeft % 5),
                "gateway/ratelimit.py", 39, "take");
            t += 120;
        }
        if (agentId == MarketAgent && m_rng.chance(0.3))
            t = openAiClassify(gateway, serverId, t, prompt, "market_analysis") + 500;

        // The hop to the worker: gateway httpx client span → worker FastAPI server span.
        const std::string clientId = newSpanId();
        const std::string workerServerId = newSpanId();
        const std::string workerPath = std::string("/agents/") + agent.name + "/run";
        const Micros clientStart = t;
        const Micros workerStart = clientStart + static_cast<Micros>(m_rng.uniform(1.5, 4.0) * kMs);
        AgentOutcome outcome = runAgent(agent, modelId, worker, workerServerId, workerStart + 900,
                                        tickers, prompt, failure);
        Micros workerEnd = outcome.end + 700;
        const int workerStatus = outcome.failed ? 500 : 200;
        if (outcome.failed) {
            log(worker, workerServerId, outcome.end + 200, LevelError,
                "Agent {agent_name} failed: {error}",
                std::string("Agent ") + agent.name + " failed: " + outcome.exc.shortType(),
                std::string("\"agent_name\":\"") + agent.name + "\",\"error\":\""
                    + outcome.exc.shortType() + "\"",
                "agent_worker/routes.py", 71, "run_agent");
        } else {
            const double seconds = static_cast<double>(outcome.end - workerStart) / 1e6;
            log(worker, workerServerId, outcome.end + 200, LevelInfo,
                "Analysis complete for {symbols} in {duration:.1f}s",
                "Analysis complete for " + symbolsPy + " in " + format("%.1f", seconds) + "s",
                "\"symbols\":" + symbolsJson + ",\"duration\":" + format("%.3f", seconds),
                "agent_worker/routes.py", 68, "run_agent");
        }
        if (m_forceFatal) {
            const auto &res = resource(worker, workerEnd);
            log(worker, workerServerId, outcome.end + 400, LevelFatal,
                "Worker {pid} exceeded its memory limit ({rss_mb} MB), shutting down",
                "Worker " + std::to_string(res.pid)
                    + " exceeded its memory limit (2048 MB), "
                      "shutting down",
                "\"pid\":" + std::to_string(res.pid) + ",\"rss_mb\":2048",
                "agent_worker/supervisor.py", 23, "check_memory");
        }

        {
            Record ws = makeRecord(worker, workerStart, "opentelemetry.instrumentation.fastapi",
                                   clientId, workerServerId, workerStart, workerEnd);
            ws.spanName = "POST /agents/{agent_name}/run";
            ws.message = "POST " + workerPath;
            ws.httpMethod = "POST";
            ws.httpRoute = "/agents/{agent_name}/run";
            ws.urlPath = workerPath;
            JsonWriter w(fresh(ws.attributes));
            w.beginObject()
                .field("http.method", "POST")
                .field("http.request.method", "POST")
                .field("http.route", "/agents/{agent_name}/run")
                .field("url.path", workerPath)
                .field("url.scheme", "http")
                .field("server.address", "agent-worker")
                .field("server.port", 8001)
                .field("user_agent.original", "python-httpx/0.28.1")
                .field("client.address", "10.42.3.17")
                .field("fastapi.route.name", "run_agent");
            if (done(workerEnd)) {
                ws.httpResponseStatusCode = workerStatus;
                w.field("http.status_code", workerStatus)
                    .field("http.response.status_code", workerStatus);
                observe(
                    HttpServerDuration, worker, workerEnd,
                    std::string(
                        R"({"http.method":"POST","http.route":"/agents/{agent_name}/run","http.scheme":"http","http.status_code":)")
                        + std::to_string(workerStatus) + "}",
                    static_cast<double>(workerEnd - workerStart) / 1e3);
            }
            w.endObject();
            if (outcome.failed && done(workerEnd))
                applyException(ws, outcome.exc, outcome.end + 300);
            pushRecord(std::move(ws));
        }

        const Micros clientEnd = workerEnd + static_cast<Micros>(m_rng.uniform(1.0, 3.0) * kMs);
        {
            Record cs = makeRecord(gateway, clientStart, "opentelemetry.instrumentation.httpx",
                                   serverId, clientId, clientStart, clientEnd);
            const std::string url = "http://agent-worker:8001" + workerPath;
            cs.spanName = "POST";
            cs.message = "POST agent-worker:8001" + workerPath;
            cs.httpMethod = "POST";
            cs.urlFull = url;
            JsonWriter w(fresh(cs.attributes));
            w.beginObject()
                .field("http.method", "POST")
                .field("http.request.method", "POST")
                .field("url.full", url)
                .field("http.url", url)
                .field("server.address", "agent-worker")
                .field("server.port", 8001)
                .field("network.protocol.version", "1.1");
            if (done(clientEnd)) {
                cs.httpResponseStatusCode = workerStatus;
                w.field("http.status_code", workerStatus)
                    .field("http.response.status_code", workerStatus);
                if (workerStatus >= 400) {
                    cs.level = LevelError;
                    cs.otelStatusCode = "ERROR";
                }
            }
            w.endObject();
            pushRecord(std::move(cs));
        }
        end = clientEnd + static_cast<Micros>(m_rng.uniform(0.4, 1.5) * kMs);
        if (outcome.failed) {
            // The gateway's raise_for_status() escapes the handler: FastAPI answers 500.
            status = 500;
            gatewayFailed = true;
            const std::string url = "http://agent-worker:8001" + workerPath;
            gatewayExc.type = "httpx.HTTPStatusError";
            gatewayExc.message = "Server error '500 Internal Server Error' for url '" + url
                + "'\nFor more information check: "
                  "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/500";
            gatewayExc.stacktrace = traceback(
                {frame(siteFile("starlette/routing.py"), 73, "app", "response = await f(request)"),
                 frame(siteFile("fastapi/routing.py"), 301, "app",
                       "raw_response = await run_endpoint_function("),
                 frame("/app/gateway/app.py", 66, "analyze", "response.raise_for_status()"),
                 frame(siteFile("httpx/_models.py"), 829, "raise_for_status",
                       "raise HTTPStatusError(message, request=request, response=self)")},
                gatewayExc.type, gatewayExc.message);
        }
    }

    Record r = makeRecord(gateway, start, "opentelemetry.instrumentation.fastapi", {}, serverId,
                          start, end);
    const bool withQuery = m_rng.chance(0.2);
    r.spanName = "POST " + route;
    r.message = "POST " + route;
    r.httpMethod = "POST";
    r.httpRoute = route;
    r.urlPath = route;
    if (withQuery)
        r.urlQuery = "stream=false";
    r.tags = staging ? R"(["api","staging"])" : R"(["api"])";
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("http.method", "POST")
        .field("http.request.method", "POST")
        .field("http.route", route)
        .field("http.target", withQuery ? route + "?stream=false" : route)
        .field("url.path", route)
        .field("url.scheme", "https");
    if (withQuery)
        w.field("url.query", "stream=false");
    w.field("server.address",
            staging ? "api.staging.market-intel.example" : "api.market-intel.example")
        .field("user_agent.original",
               m_rng.chance(0.5)
                   ? "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15"
                   : "python-requests/2.32.3")
        .field("client.address", "203.0.113." + std::to_string(m_rng.rangeInt(2, 250)))
        .field("fastapi.route.name", route.substr(4));
    if (done(end)) {
        r.httpResponseStatusCode = status;
        w.field("http.status_code", status).field("http.response.status_code", status);
        if (status >= 500) {
            r.level = LevelError;
            r.otelStatusCode = "ERROR";
        } else if (status >= 400) {
            r.level = LevelWarn;
        }
        observe(HttpServerDuration, gateway, end,
                R"({"http.method":"POST","http.route":")" + route
                    + R"(","http.scheme":"https","http.status_code":)" + std::to_string(status)
                    + "}",
                static_cast<double>(end - start) / 1e3);
    }
    w.endObject();
    if (gatewayFailed && done(end))
        applyException(r, gatewayExc, end - 300);
    pushRecord(std::move(r));
}

void Generator::scheduledReport(Micros start)
{
    const int worker = m_rng.chance(0.85) ? WorkerProdA + m_rng.rangeInt(0, 1) : int(WorkerStaging);
    const char *portfolio
        = m_rng.pick({"growth-fund", "dividend-income", "tech-leaders", "balanced"});
    const std::string rootId = newSpanId();
    const std::string templ = "nightly risk report for {portfolio}";
    Micros t = start + 300;

    // Positions come from Postgres.
    const Micros dbEnd = t + static_cast<Micros>(m_rng.logNormal(6.0, 0.5) * kMs);
    {
        Record db = makeRecord(worker, t, "opentelemetry.instrumentation.asyncpg", rootId,
                               newSpanId(), t, dbEnd);
        db.spanName = "SELECT";
        db.message = "SELECT portfolio_positions";
        JsonWriter w(fresh(db.attributes));
        w.beginObject()
            .field("db.system", "postgresql")
            .field("db.name", "portfolio")
            .field("db.user", "worker")
            .field("db.statement",
                   "SELECT symbol, quantity, cost_basis FROM portfolio_positions WHERE "
                   "portfolio_id = $1")
            .field("server.address", "pg-primary.internal")
            .field("server.port", 5432)
            .endObject();
        pushRecord(std::move(db));
    }
    t = dbEnd + 200;
    const int positions = m_rng.rangeInt(8, 40);
    log(worker, rootId, t, LevelInfo, "Loaded {count} positions for {portfolio}",
        "Loaded " + std::to_string(positions) + " positions for " + portfolio,
        "\"count\":" + std::to_string(positions) + ",\"portfolio\":\"" + portfolio + "\"",
        "agent_worker/jobs.py", 35, "nightly_risk_report");
    t += 500;

    std::vector<const Ticker *> tickers;
    while (tickers.size() < 2) {
        const Ticker *tk = &m_rng.pick(kTickers);
        if (std::find(tickers.begin(), tickers.end(), tk) == tickers.end())
            tickers.push_back(tk);
    }
    const Agent &agent = kAgents[RiskAgent];
    const ModelId modelId = m_rng.chance(agent.firstModelShare) ? agent.models[0] : agent.models[1];
    const Failure failure = m_rng.chance(0.03) ? Failure::ModelHttp : Failure::None;
    AgentOutcome outcome = runAgent(agent, modelId, worker, rootId, t, tickers,
                                    std::string("Assess concentration and valuation risk for the ")
                                        + portfolio + " portfolio, largest holdings "
                                        + tickers[0]->symbol + " and " + tickers[1]->symbol,
                                    failure);
    t = outcome.end + 300;
    if (!outcome.failed) {
        const double var = m_rng.uniform(0.012, 0.048);
        log(worker, rootId, t, LevelInfo, "Risk report for {portfolio}: VaR95 {var_95:.2%}",
            std::string("Risk report for ") + portfolio + ": VaR95 " + format("%.2f", var * 100)
                + "%",
            std::string("\"portfolio\":\"") + portfolio + "\",\"var_95\":" + format("%.5f", var),
            "agent_worker/jobs.py", 52, "nightly_risk_report");
        t += 200;
    }
    const Micros end = t + 400;
    Record r = makeRecord(worker, start, "logfire", {}, rootId, start, end);
    r.spanName = templ;
    r.message = std::string("nightly risk report for ") + portfolio;
    r.tags = R"(["cron","risk"])";
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("logfire.msg_template", templ)
        .field("portfolio", portfolio)
        .field("positions", positions)
        .field("code.filepath", "agent_worker/jobs.py")
        .field("code.lineno", 28)
        .field("code.function", "nightly_risk_report")
        .endObject();
    if (done(end)) {
        addSpanEvent(r, "checkpoint",
                     std::string(R"({"stage":"positions_loaded","positions":)")
                         + std::to_string(positions) + "}",
                     dbEnd + 100);
        if (outcome.failed)
            applyException(r, outcome.exc, outcome.end + 100);
    }
    pushRecord(std::move(r));
}

// Builds one assistant message asking for tool calls, in the OTel GenAI part format (§5.3).
std::string toolCallMessage(const std::vector<ToolCall> &calls, bool withFinishReason)
{
    std::string out;
    JsonWriter w(out);
    w.beginObject().field("role", "assistant").key("parts").beginArray();
    for (const auto &c : calls)
        w.beginObject()
            .field("type", "tool_call")
            .field("id", c.id)
            .field("name", c.tool->name)
            .rawField("arguments", c.argsJson)
            .endObject();
    w.endArray();
    if (withFinishReason)
        w.field("finish_reason", "tool_call");
    w.endObject();
    return out;
}

std::string textMessage(std::string_view role, std::string_view text, bool withFinishReason)
{
    std::string out;
    JsonWriter w(out);
    w.beginObject()
        .field("role", role)
        .key("parts")
        .beginArray()
        .beginObject()
        .field("type", "text")
        .field("content", text)
        .endObject()
        .endArray();
    if (withFinishReason)
        w.field("finish_reason", "stop");
    w.endObject();
    return out;
}

AgentOutcome Generator::runAgent(const Agent &agent, ModelId modelId, int instance,
                                 const std::string &parentId, Micros start,
                                 const std::vector<const Ticker *> &tickers,
                                 const std::string &prompt, Failure failure)
{
    const bool v5 = kInstances[instance].staging;
    const Model &model = kModels[modelId];
    const std::string runId = newSpanId();
    std::vector<std::string> history;
    if (!v5)
        history.push_back(textMessage("system", agent.systemPrompt, false));
    history.push_back(textMessage("user", prompt, false));

    // Today's moves: the tools report them and the final answer quotes the same numbers.
    std::vector<double> drift;
    for (size_t i = 0; i < tickers.size(); ++i)
        drift.push_back(1.0 + m_rng.normal() * 0.02);
    auto indexOf = [&](const Ticker *tk) {
        return static_cast<size_t>(std::find(tickers.begin(), tickers.end(), tk) - tickers.begin());
    };
    const int rounds = tickers.size() > 1 ? m_rng.rangeInt(1, 2) : 1;
    const int failRound = m_rng.rangeInt(0, rounds);
    Micros cursor = start + 600;
    AgentOutcome outcome;
    std::int64_t inTotal = 0;
    std::int64_t outTotal = 0;
    double costTotal = 0;
    std::vector<std::pair<const Ticker *, std::string>> facts;

    for (int round = 0; round <= rounds && !outcome.failed; ++round) {
        const bool final = round == rounds;
        std::vector<ToolCall> calls;
        std::string output;
        int outputTokens = 0;
        if (!final) {
            const ToolKind kind = agent.tools[round % 3];
            const Tool *tool = nullptr;
            for (const auto &candidate : kTools)
                if (candidate.kind == kind)
                    tool = &candidate;
            for (const Ticker *tk : tickers) {
                ToolCall c {tool, tk, "call_" + m_rng.hex(24), {}, {}};
                c.argsJson = std::string(R"({"symbol":")") + tk->symbol + "\"}";
                const double move = drift[indexOf(tk)];
                switch (kind) {
                case ToolKind::Price:
                    c.result = std::string(tk->symbol) + ": $" + format("%.2f", tk->price * move);
                    break;
                case ToolKind::Fundamentals:
                    c.result = std::string(R"({"symbol":")") + tk->symbol + R"(","pe_ratio":)"
                        + format("%.1f", tk->pe * move) + R"(,"market_cap_usd_bn":)"
                        + format("%.0f", tk->marketCapB * move) + "}";
                    break;
                case ToolKind::News:
                    c.result = std::string(R"([{"title":")") + tk->company
                        + R"( shares move after analyst day","source":"Reuters"},{"title":"What to watch in )"
                        + tk->symbol + R"( earnings","source":"Bloomberg"}])";
                    break;
                case ToolKind::Filings:
                    c.result = std::string(R"({"form":"10-Q","company":")") + tk->company
                        + R"(","gross_margin":)" + format("%.3f", m_rng.uniform(0.38, 0.76)) + "}";
                    break;
                }
                calls.push_back(std::move(c));
            }
            output = toolCallMessage(calls, true);
            outputTokens = 18 * static_cast<int>(calls.size()) + m_rng.rangeInt(0, 12);
        } else {
            std::string text;
            switch (agent.tools[0]) {
            case ToolKind::Filings:
                text = std::string("The latest 10-Q for ") + tickers[0]->company
                    + " shows gross margin stable year over year; management guided to flat "
                      "operating expenses next quarter.";
                break;
            case ToolKind::News:
                text = std::string("- ") + tickers[0]->company
                    + " moved after its analyst day.\n- Earnings are the next catalyst.\n- "
                      "Sentiment is mixed but improving.";
                break;
            default:
                if (tickers.size() > 1)
                    text = std::string(tickers[0]->symbol) + " trades at a P/E of "
                        + format("%.1f", tickers[0]->pe * drift[0]) + " versus "
                        + tickers[1]->symbol + " at " + format("%.1f", tickers[1]->pe * drift[1])
                        + ", so "
                        + (tickers[0]->pe * drift[0] > tickers[1]->pe * drift[1]
                               ? tickers[0]->symbol
                               : tickers[1]->symbol)
                        + " is the more expensive relative to earnings.";
                else
                    text = std::string(tickers[0]->symbol) + " trades at $"
                        + format("%.2f", tickers[0]->price * drift[0]) + " with a P/E of "
                        + format("%.1f", tickers[0]->pe * drift[0]) + ".";
            }
            outcome.finalText = text;
            output = textMessage("assistant", text, true);
            outputTokens = approxTokens(text) + m_rng.rangeInt(20, 260);
        }

        const bool chatFails = failure == Failure::ModelHttp && round == failRound;
        ChatResult chat = chatSpan(agent, modelId, instance, runId, cursor, history, output,
                                   outputTokens, final, chatFails);
        inTotal += chat.inputTokens;
        outTotal += chat.outputTokens;
        costTotal += chat.cost;
        cursor = chat.end + 300;
        if (chat.failed) {
            outcome.failed = true;
            outcome.exc = chat.exc;
            break;
        }
        if (final) {
            history.push_back(textMessage("assistant", outcome.finalText, false));
            break;
        }
        history.push_back(toolCallMessage(calls, false));

        // Pydantic AI runs the tool calls of one response concurrently.
        Micros toolsEnd = cursor;
        std::string responses;
        JsonWriter rw(responses);
        rw.beginObject().field("role", "user").key("parts").beginArray();
        for (size_t i = 0; i < calls.size(); ++i) {
            const bool toolFails = failure == Failure::ToolHttp
                && round == std::min(failRound, rounds - 1) && i + 1 == calls.size();
            Exc exc;
            const Micros end
                = toolSpan(agent, instance, runId, cursor + static_cast<Micros>(i) * 150, calls[i],
                           toolFails, &exc);
            toolsEnd = std::max(toolsEnd, end);
            if (toolFails) {
                outcome.failed = true;
                outcome.exc = exc;
            }
            rw.beginObject()
                .field("type", "tool_call_response")
                .field("id", calls[i].id)
                .field("name", calls[i].tool->name)
                .field("result", calls[i].result)
                .endObject();
        }
        rw.endArray().endObject();
        history.push_back(std::move(responses));
        cursor = toolsEnd + 400;
    }

    const Micros end = cursor + 500;
    outcome.end = end;
    const bool finished = done(end);
    if (failure == Failure::OutputValidation && !outcome.failed && finished) {
        outcome.failed = true;
        outcome.exc.type = "pydantic_ai.exceptions.UnexpectedModelBehavior";
        outcome.exc.message = "Exceeded maximum retries (1) for output validation";
        auto frames = agentFrames(agent.name);
        frames.push_back(frame(siteFile("pydantic_ai/_agent_graph.py"), 612,
                               "_handle_text_response",
                               "raise exceptions.UnexpectedModelBehavior("));
        outcome.exc.stacktrace = traceback(frames, outcome.exc.type, outcome.exc.message);
    } else if (outcome.failed) {
        // The same exception escapes the run span, seen from further up the stack.
        const auto pos = outcome.exc.stacktrace.find('\n');
        std::string frames;
        for (const auto &f : agentFrames(agent.name))
            frames += f;
        if (pos != std::string::npos)
            outcome.exc.stacktrace.insert(pos + 1, frames);
    }

    Record r = makeRecord(instance, start, "pydantic-ai", parentId, runId, start, end);
    r.spanName = v5 ? std::string("invoke_agent ") + agent.name : std::string("agent run");
    r.message = v5 ? r.spanName : std::string(agent.name) + " run";
    r.tags = std::string("[\"agent\",\"") + agent.tag + "\"]";
    r.attributesJsonSchema = std::string(kAgentSchema);
    r.genAiOperationName = "invoke_agent";
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("model_name", model.requestModel)
        .field("agent_name", agent.name)
        .field("gen_ai.agent.name", agent.name)
        .field("gen_ai.agent.call.id", runId)
        .field("gen_ai.operation.name", "invoke_agent");
    if (finished) {
        if (!outcome.failed)
            w.field("final_result", outcome.finalText);
        // 1.x repeats the run's totals under gen_ai.usage.*; 2.x renames them so that backends
        // summing over the tree do not count twice (logfire.md §3.5).
        if (v5) {
            w.field("gen_ai.aggregated_usage.input_tokens", inTotal)
                .field("gen_ai.aggregated_usage.output_tokens", outTotal);
        } else {
            w.field("gen_ai.usage.input_tokens", inTotal)
                .field("gen_ai.usage.output_tokens", outTotal);
            r.genAiInputTokens = inTotal;
            r.genAiOutputTokens = outTotal;
        }
        w.key("pydantic_ai.all_messages").beginArray();
        for (const auto &m : history)
            w.raw(m);
        w.endArray().field("pydantic_ai.new_message_index", 0);
        // Per-span metric aggregation (§5.5): what the ∑ token badge shows.
        const std::string common
            = std::string(R"("gen_ai.operation.name":"chat","gen_ai.provider.name":")")
            + model.provider + R"(","gen_ai.request.model":")" + model.requestModel
            + R"(","gen_ai.response.model":")" + model.responseModel + R"(","gen_ai.system":")"
            + model.provider + "\"";
        std::string metrics = R"({"gen_ai.client.token.usage":{"details":[{"attributes":{)" + common
            + R"(,"gen_ai.token.type":"input"},"total":)" + std::to_string(inTotal)
            + R"(},{"attributes":{)" + common + R"(,"gen_ai.token.type":"output"},"total":)"
            + std::to_string(outTotal) + R"(}],"total":)" + std::to_string(inTotal + outTotal)
            + R"(},"operation.cost":{"details":[{"attributes":{)" + common + R"(},"total":)";
        JsonWriter::appendNumber(metrics, costTotal);
        metrics += R"(}],"total":)";
        JsonWriter::appendNumber(metrics, costTotal);
        metrics += "}}";
        w.rawField("logfire.metrics", metrics);
    }
    w.endObject();
    if (outcome.failed && finished)
        applyException(r, outcome.exc, end - 200);
    pushRecord(std::move(r));
    return outcome;
}

Generator::ChatResult Generator::chatSpan(const Agent &agent, ModelId modelId, int instance,
                                          const std::string &parentId, Micros start,
                                          const std::vector<std::string> &history,
                                          const std::string &outputMessage, int outputTokens,
                                          bool finalAnswer, bool fail)
{
    const bool v5 = kInstances[instance].staging;
    const Model &model = kModels[modelId];
    ChatResult result {};
    std::int64_t in = 85; // tool definitions
    if (v5)
        in += approxTokens(agent.systemPrompt);
    for (const auto &m : history)
        in += approxTokens(m) * 3 / 4;
    const std::int64_t out = outputTokens;
    const double firstChunk = m_rng.logNormal(model.timeToFirstToken, 0.35);
    double seconds = firstChunk + static_cast<double>(out) / model.tokensPerSecond;
    if (fail)
        seconds = m_rng.logNormal(0.25, 0.3);
    const Micros end = start + static_cast<Micros>(seconds * 1e6);
    const bool finished = done(end);
    result.end = end;

    Record r = makeRecord(instance, start, "pydantic-ai", parentId, newSpanId(), start, end);
    r.spanName = std::string("chat ") + model.requestModel;
    r.message = r.spanName;
    r.attributesJsonSchema = std::string(kChatSchema);
    r.genAiRequestModel = model.requestModel;
    r.genAiOperationName = "chat";
    r.genAiSystem = model.provider;
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("gen_ai.operation.name", "chat")
        .field("gen_ai.system", model.provider)
        .field("gen_ai.provider.name", model.provider)
        .field("gen_ai.request.model", model.requestModel)
        .field("server.address", model.serverAddress)
        .field("server.port", 443)
        .field("gen_ai.request.temperature", 0.2)
        .field("gen_ai.request.max_tokens", 1024)
        .field("gen_ai.agent.name", agent.name);
    if (v5) {
        w.key("gen_ai.system_instructions")
            .beginArray()
            .beginObject()
            .field("type", "text")
            .field("content", agent.systemPrompt)
            .endObject()
            .endArray();
    }
    w.key("gen_ai.input.messages").beginArray();
    for (const auto &m : history)
        w.raw(m);
    w.endArray();
    if (finished && fail) {
        result.failed = true;
        const int status = model.provider == std::string_view("anthropic") ? 529
            : model.provider == std::string_view("openai")                 ? 429
                                                                           : 503;
        std::string body;
        if (status == 429)
            body = std::string("{'message': 'Rate limit reached for ") + model.requestModel
                + " in organization org-7Hq2 on tokens per min (TPM): Limit 30000, Used 29211, "
                  "Requested 1450. Please try again in 1.322s.', 'type': 'tokens', 'code': "
                  "'rate_limit_exceeded'}";
        else if (status == 529)
            body = "{'type': 'error', 'error': {'type': 'overloaded_error', 'message': "
                   "'Overloaded'}}";
        else
            body = "{'error': {'code': 503, 'message': 'The model is overloaded. Please try again "
                   "later.', 'status': 'UNAVAILABLE'}}";
        result.exc.type = "pydantic_ai.exceptions.ModelHTTPError";
        result.exc.message = "status_code: " + std::to_string(status)
            + ", model_name: " + model.requestModel + ", body: " + body;
        const std::string providerFile = model.provider == std::string_view("anthropic")
            ? "pydantic_ai/models/anthropic.py"
            : model.provider == std::string_view("openai") ? "pydantic_ai/models/openai.py"
                                                           : "pydantic_ai/models/google.py";
        result.exc.stacktrace = traceback(
            {frame(siteFile("pydantic_ai/models/instrumented.py"), 362, "request",
                   "response = await self.wrapped.request(messages, model_settings, "
                   "model_request_parameters)"),
             frame(siteFile(providerFile), 311, "request",
                   "response = await self._completions_create("),
             frame(siteFile(providerFile), 402, "_completions_create",
                   "raise ModelHTTPError(status_code=status_code, model_name=self.model_name, "
                   "body=e.body) from e")},
            result.exc.type, result.exc.message);
        w.field("error.type", "ModelHTTPError");
    } else if (finished) {
        const double cost = (static_cast<double>(in) * model.inputPerMTok
                             + static_cast<double>(out) * model.outputPerMTok)
            / 1e6;
        result.inputTokens = in;
        result.outputTokens = out;
        result.cost = cost;
        r.genAiResponseModel = model.responseModel;
        r.genAiInputTokens = in;
        r.genAiOutputTokens = out;
        r.operationCost = cost;
        std::string responseId = model.provider == std::string_view("openai") ? "chatcmpl-"
            : model.provider == std::string_view("anthropic")                 ? "msg_01"
                                                                              : "";
        responseId += m_rng.hex(24);
        w.field("gen_ai.response.model", model.responseModel)
            .field("gen_ai.response.id", responseId)
            .key("gen_ai.response.finish_reasons")
            .beginArray()
            .value(finalAnswer ? "stop" : "tool_call")
            .endArray()
            .field("gen_ai.usage.input_tokens", in)
            .field("gen_ai.usage.output_tokens", out)
            .field("operation.cost", cost);
        if (agent.streams) {
            w.field("gen_ai.client.operation.time_to_first_chunk", firstChunk);
            observe(TimeToFirstChunk, instance, end, modelAttributes(modelId, {}), firstChunk);
        }
        w.key("gen_ai.output.messages").beginArray().raw(outputMessage).endArray();
        m_summary.inputTokens += in;
        m_summary.outputTokens += out;
        m_summary.cost += cost;
        observeChat(instance, modelId, end, in, out, cost);
    }
    w.endObject();
    if (result.failed)
        applyException(r, result.exc, end - 100);
    pushRecord(std::move(r));
    return result;
}

Micros Generator::toolSpan(const Agent &agent, int instance, const std::string &parentId,
                           Micros start, const ToolCall &call, bool fail, Exc *excOut)
{
    (void)agent;
    const bool v5 = kInstances[instance].staging;
    const std::string spanId = newSpanId();
    const Tool &tool = *call.tool;
    Micros t = start + 250;
    const bool cacheHit = !fail && (m_forceNotice || m_rng.chance(0.08));
    m_forceNotice = false;
    Micros end = 0;
    bool retried = false;
    int status = 200;
    if (cacheHit) {
        const int age = m_rng.rangeInt(3, 290);
        log(instance, spanId, t, LevelNotice, "Served {symbol} from cache (age {age_s}s)",
            std::string("Served ") + call.ticker->symbol + " from cache (age " + std::to_string(age)
                + "s)",
            std::string("\"symbol\":\"") + call.ticker->symbol
                + "\",\"age_s\":" + std::to_string(age),
            "agent_worker/cache.py", 19, "get_cached");
        end = t + 600;
    } else {
        log(instance, spanId, t, LevelDebug, "Cache miss for {symbol}",
            std::string("Cache miss for ") + call.ticker->symbol,
            std::string("\"symbol\":\"") + call.ticker->symbol + "\",\"tool\":\"" + tool.name
                + "\"",
            "agent_worker/cache.py", 24, "get_cached");
        t += 300;
        std::string path = tool.path;
        std::string query;
        if (*tool.query) {
            query = std::string(tool.query) + call.ticker->symbol;
        } else {
            path += call.ticker->symbol;
        }
        double seconds = m_rng.logNormal(0.18, 0.6);
        retried = !fail && m_rng.chance(0.04);
        if (retried) {
            // A first attempt that timed out, then the retry.
            t = httpClientSpan(instance, spanId, t, "GET", tool.host, path, query, "https", 504,
                               5.0)
                + 200 * kMs;
        }
        status = fail ? 503 : 200;
        t = httpClientSpan(instance, spanId, t, "GET", tool.host, path, query, "https", status,
                           fail ? m_rng.logNormal(0.9, 0.3) : seconds);
        if (!fail && seconds > 1.2) {
            log(instance, spanId, t + 100, LevelWarn, "Slow tool call: {tool} took {duration:.1f}s",
                std::string("Slow tool call: ") + tool.name + " took " + format("%.1f", seconds)
                    + "s",
                std::string("\"tool\":\"") + tool.name
                    + "\",\"duration\":" + format("%.3f", seconds),
                "agent_worker/tools.py", tool.line + 6, tool.function);
        }
        if (!fail && tool.kind == ToolKind::News && m_rng.chance(0.02)) {
            Exc exc;
            exc.type = "json.decoder.JSONDecodeError";
            exc.message = "Expecting value: line 1 column 1 (char 0)";
            exc.stacktrace = traceback(
                {frame("/app/agent_worker/tools.py", tool.line + 4, tool.function,
                       "articles = response.json()[\"articles\"]"),
                 frame(siteFile("httpx/_models.py"), 832, "json",
                       "return jsonlib.loads(self.content, **kwargs)"),
                 frame("/usr/local/lib/python3.12/json/__init__.py", 346, "loads",
                       "return _default_decoder.decode(s)"),
                 frame("/usr/local/lib/python3.12/json/decoder.py", 355, "raw_decode",
                       "raise JSONDecodeError(\"Expecting value\", s, err.value) from None")},
                exc.type, exc.message);
            Record lg
                = makeRecord(instance, t + 150, "logfire", spanId, newSpanId(), t + 150, t + 150);
            lg.kind = "log";
            lg.duration.reset();
            lg.level = LevelError;
            lg.spanName = "Failed to parse news payload for {symbol}";
            lg.message = std::string("Failed to parse news payload for ") + call.ticker->symbol;
            lg.attributes
                = std::string(
                      R"({"logfire.msg_template":"Failed to parse news payload for {symbol}","logfire.span_type":"log","symbol":")")
                + call.ticker->symbol
                + R"(","code.filepath":"agent_worker/tools.py","code.lineno":)"
                + std::to_string(tool.line + 9) + R"(,"code.function":")" + tool.function + "\"}";
            applyException(lg, exc, t + 150);
            pushRecord(std::move(lg));
        }
        end = t + 400;
    }

    Record r = makeRecord(instance, start, "pydantic-ai", parentId, spanId, start, end);
    r.spanName = v5 ? std::string("execute_tool ") + tool.name : std::string("running tool");
    r.message = v5 ? r.spanName : std::string("running tool: ") + tool.name;
    r.attributesJsonSchema = std::string(v5 ? kToolSchemaV5 : kToolSchemaV2);
    r.genAiOperationName = "execute_tool";
    JsonWriter w(fresh(r.attributes));
    w.beginObject()
        .field("gen_ai.operation.name", "execute_tool")
        .field("gen_ai.tool.name", tool.name)
        .field("gen_ai.tool.call.id", call.id)
        .rawField(v5 ? "gen_ai.tool.call.arguments" : "tool_arguments", call.argsJson);
    if (done(end) && !fail)
        w.field(v5 ? "gen_ai.tool.call.result" : "tool_response", call.result);
    w.endObject();
    if (retried && done(end))
        addSpanEvent(r, "retry", R"({"attempt":2,"reason":"httpx.ReadTimeout","backoff_s":0.2})",
                     start + 250 + 5 * kMicrosPerSecond + 300);
    if (fail && done(end)) {
        std::string url = std::string("https://") + tool.host + tool.path;
        if (*tool.query)
            url += std::string("?") + tool.query + call.ticker->symbol;
        else
            url += call.ticker->symbol;
        excOut->type = "httpx.HTTPStatusError";
        excOut->message = "Server error '503 Service Unavailable' for url '" + url
            + "'\nFor more information check: "
              "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503";
        excOut->stacktrace
            = traceback({frame(siteFile("pydantic_ai/_tool_manager.py"), 148, "_call_tool",
                               "return await self.toolset.call_tool(name, args_dict, ctx, tool)"),
                         frame(siteFile("pydantic_ai/toolsets/function.py"), 327, "call_tool",
                               "return await tool.call_func(tool_args, ctx)"),
                         frame("/app/agent_worker/tools.py", tool.line + 3, tool.function,
                               "response.raise_for_status()"),
                         frame(siteFile("httpx/_models.py"), 829, "raise_for_status",
                               "raise HTTPStatusError(message, request=request, response=self)")},
                        excOut->type, excOut->message);
        applyException(r, *excOut, end - 200);
    }
    pushRecord(std::move(r));
    return end;
}

// ---------------------------------------------------------------------------------------------
// Metrics

void Generator::observe(int kind, int instance, Micros t, std::string attributes, double value)
{
    const Micros bucket = t - t % kMicrosPerMinute;
    Hist &h = m_histograms[MetricKey {bucket, kind, instance, std::move(attributes)}];
    const auto &bounds = boundsFor(kind);
    if (h.buckets.empty())
        h.buckets.assign(bounds.size() + 1, 0);
    ++h.count;
    h.sum += value;
    h.min = std::min(h.min, value);
    h.max = std::max(h.max, value);
    const auto it = std::lower_bound(bounds.begin(), bounds.end(), value);
    ++h.buckets[static_cast<size_t>(it - bounds.begin())];
}

// The data-point attributes Pydantic AI records its GenAI metrics with (logfire.md §5.4).
std::string modelAttributes(ModelId modelId, std::string_view tokenType)
{
    const Model &m = kModels[modelId];
    std::string out = std::string(R"({"gen_ai.operation.name":"chat","gen_ai.provider.name":")")
        + m.provider + R"(","gen_ai.request.model":")" + m.requestModel
        + R"(","gen_ai.response.model":")" + m.responseModel + R"(","gen_ai.system":")" + m.provider
        + "\"";
    if (!tokenType.empty())
        out += R"(,"gen_ai.token.type":")" + std::string(tokenType) + "\"";
    out += '}';
    return out;
}

void Generator::observeChat(int instance, ModelId modelId, Micros t, std::int64_t in,
                            std::int64_t out, double cost)
{
    observe(TokenUsage, instance, t, modelAttributes(modelId, "input"), static_cast<double>(in));
    observe(TokenUsage, instance, t, modelAttributes(modelId, "output"), static_cast<double>(out));
    observe(OperationCost, instance, t, modelAttributes(modelId, {}), cost);
}

MetricPoint Generator::makeMetric(int instance, Micros t, std::string_view scope)
{
    const Resource &res = resource(instance, t);
    const Instance &spec = kInstances[instance];
    MetricPoint m;
    m.recordedUs = t;
    m.otelScopeName = std::string(scope);
    m.otelScopeVersion = scopeVersion(scope, instance);
    m.otelResourceAttributes = res.json;
    m.serviceName = spec.service;
    m.serviceNamespace = "market-intel";
    m.serviceVersion = res.version;
    m.serviceInstanceId = res.instanceId;
    m.deploymentEnvironment = spec.environment;
    m.processPid = res.pid;
    m.telemetrySdkName = "opentelemetry";
    m.telemetrySdkLanguage = "python";
    m.telemetrySdkVersion = "1.38.0";
    return m;
}

Status Generator::writeSystemMetrics()
{
    // Every minute for the last three hours, every fifteen minutes before that: enough for the
    // Basic System Metrics dashboard without burying the store (and the GUI's first run) in
    // gauge rows.
    const Micros coarse = 15 * kMicrosPerMinute;
    const Micros fineFrom = std::max(m_start, m_now - 3 * kMicrosPerHour);
    std::vector<Micros> times;
    for (Micros t = m_start - m_start % coarse + coarse; t < fineFrom; t += coarse)
        times.push_back(t);
    for (Micros t = fineFrom - fineFrom % kMicrosPerMinute + kMicrosPerMinute; t <= m_now;
         t += kMicrosPerMinute)
        times.push_back(t);

    for (int instance = 0; instance < InstanceCount; ++instance) {
        const bool worker = std::string_view(kInstances[instance].service) == "agent-worker";
        const bool staging = kInstances[instance].staging;
        DemoRng rng(DemoRng::mix(m_options.seed, 0x5157ULL + static_cast<std::uint64_t>(instance)));
        for (const Micros t : times) {
            const double load = rhythm(t) * (staging ? 0.25 : 1.0);
            const double sinceRestart = static_cast<double>((t - m_start) % kMicrosPerDay)
                / static_cast<double>(kMicrosPerDay);
            const double cpu = std::clamp(
                0.04 + (worker ? 0.55 : 0.25) * load + rng.normal() * 0.03, 0.01, 0.99);
            const double processCpu = std::clamp(cpu * 1.6 + rng.normal() * 0.04, 0.0, 2.0);
            // Workers leak a little memory until their daily restart.
            const double memUsed = std::clamp(0.32 + (worker ? 0.3 * sinceRestart : 0.05)
                                                  + 0.08 * load + rng.normal() * 0.01,
                                              0.05, 0.97);
            const double swapUsed = std::clamp(0.01 + (worker ? 0.06 * sinceRestart : 0.0)
                                                   + std::abs(rng.normal()) * 0.003,
                                               0.0, 1.0);
            const double processes = std::round(150 + 60 * load + rng.normal() * 3);

            // Move-assigned from temporaries: GCC 12 at -O3 warns (-Wrestrict, a known false
            // positive) when these strings are assigned from char pointers here.
            auto gauge
                = [&](std::string_view name, std::string_view unit, std::string_view description,
                      std::string_view attributes, double value) {
                      MetricPoint m
                          = makeMetric(instance, t, "opentelemetry.instrumentation.system_metrics");
                      m.metricName = std::string(name);
                      m.metricType = std::string("gauge");
                      m.unit = std::string(unit);
                      m.metricDescription = std::string(description);
                      m.attributes = std::string(attributes);
                      m.scalarValue = value;
                      m_batch.metrics.push_back(std::move(m));
                  };
            gauge("system.cpu.simple_utilization", "1", "System CPU utilization without attributes",
                  "{}", cpu);
            gauge("process.cpu.utilization", "1", "Runtime CPU utilization of the process", "{}",
                  processCpu);
            gauge("system.memory.utilization", "1", "System memory utilization",
                  R"({"state":"available"})", 1.0 - memUsed);
            gauge("system.swap.utilization", "1", "System swap utilization", R"({"state":"used"})",
                  swapUsed);
            MetricPoint count
                = makeMetric(instance, t, "opentelemetry.instrumentation.system_metrics");
            count.metricName = "system.process.count";
            count.metricType = "sum";
            count.unit = "{process}";
            count.metricDescription = "Total number of processes in each state";
            count.aggregationTemporality = "cumulative";
            count.isMonotonic = false;
            count.startUs = m_start;
            count.scalarValue = processes;
            m_batch.metrics.push_back(std::move(count));
            if (auto s = flushIfFull(); !s)
                return s;
        }
    }
    return {};
}

Status Generator::writeHistogramsBefore(Micros limit)
{
    // Buckets are complete once the traces have moved past them (traces come in time order and
    // last seconds), so they are written as the generator goes instead of piling up in memory.
    for (auto it = m_histograms.begin(); it != m_histograms.end() && it->first.bucket < limit;
         it = m_histograms.erase(it)) {
        const MetricKey &key = it->first;
        const Hist &h = it->second;
        const bool gateway = std::string_view(kInstances[key.instance].service) == "gateway";
        const char *scope = key.kind == HttpServerDuration ? "opentelemetry.instrumentation.fastapi"
            : gateway                                      ? "logfire.openai"
                                                           : "pydantic-ai";
        // Delta temporality, exported at the end of each minute (or at the end time for the
        // current minute).
        const Micros recorded = std::min(key.bucket + kMicrosPerMinute, m_now);
        MetricPoint m = makeMetric(key.instance, recorded, scope);
        m.startUs = key.bucket;
        m.metricType = "histogram";
        m.aggregationTemporality = "delta";
        switch (key.kind) {
        case TokenUsage:
            m.metricName = "gen_ai.client.token.usage";
            m.unit = "{token}";
            m.metricDescription = "Measures number of input and output tokens used";
            break;
        case OperationCost:
            m.metricName = "operation.cost";
            m.unit = "{USD}";
            m.metricDescription = "Monetary cost";
            break;
        case TimeToFirstChunk:
            m.metricName = "gen_ai.client.operation.time_to_first_chunk";
            m.unit = "s";
            m.metricDescription = "Time to the first chunk of a streamed response";
            break;
        default:
            m.metricName = "http.server.duration";
            m.unit = "ms";
            m.metricDescription = "Duration of HTTP server requests.";
        }
        m.attributes = key.attributes;
        m.histogramCount = h.count;
        m.histogramSum = h.sum;
        m.histogramMin = h.min;
        m.histogramMax = h.max;
        JsonWriter cw(m.histogramBucketCounts);
        cw.beginArray();
        for (const auto c : h.buckets)
            cw.value(c);
        cw.endArray();
        JsonWriter bw(m.histogramExplicitBounds);
        bw.beginArray();
        for (const double b : boundsFor(key.kind))
            bw.value(b);
        bw.endArray();
        m_batch.metrics.push_back(std::move(m));
        if (auto s = flushIfFull(); !s)
            return s;
    }
    return {};
}

std::string Generator::runKey() const
{
    return "demo_run:seed=" + std::to_string(m_options.seed) + ";end=" + std::to_string(m_now)
        + ";traces=" + std::to_string(m_options.traces) + ";days=" + std::to_string(m_options.days);
}

Result<Summary> Generator::run()
{
    if (m_options.traces < 0 || m_options.days < 1)
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("Demo data needs a non-negative trace count and at "
                                  "least one day."));
    m_options.batchRecords = std::max(m_options.batchRecords, 1);
    m_now = m_options.endUs > 0 ? m_options.endUs : nowMicros();
    m_start = m_now - static_cast<Micros>(m_options.days) * kMicrosPerDay;
    m_summary.startUs = m_start;
    m_summary.endUs = m_now;

    const std::string key = runKey();
    {
        sqlite::Statement seen(m_store.writerHandle(), "SELECT 1 FROM hearth_meta WHERE key = ?1");
        seen.bind(1, std::string_view(key));
        if (seen.valid() && seen.step() == SQLITE_ROW) {
            m_summary.alreadyWritten = true;
            return m_summary;
        }
    }
    auto before = m_store.recordCount();
    if (!before)
        return before.error();
    // Filling an empty store: nothing can be lost, so skip the fsyncs of WAL checkpoints (on a
    // busy disk they cost more than everything else) and checkpoint less often. A process crash
    // still leaves a consistent file; only an OS crash mid-run could damage it.
    FastFill fastFill(m_store, before.value() == 0);

    m_resources.assign(InstanceCount, std::vector<Resource>(static_cast<size_t>(m_options.days)));
    m_batch.records.reserve(static_cast<size_t>(m_options.batchRecords) + 64);
    const std::vector<Micros> starts = traceStarts();
    const int n = m_options.traces;
    for (int i = 0; i < n; ++i) {
        trace(i, starts[static_cast<size_t>(i)]);
        if (auto s = flushIfFull(); !s)
            return s.error();
        if (i % 256 == 0) {
            if (auto s
                = writeHistogramsBefore(starts[static_cast<size_t>(i)] - 10 * kMicrosPerMinute);
                !s)
                return s.error();
        }
        if (m_progress && (i % 512) == 0 && !m_progress(0.9 * i / std::max(n, 1)))
            return Error::make(Error::Code::Cancelled, Tr::tr("Demo data cancelled."));
    }
    m_summary.traces = n;
    if (auto s = flush(); !s)
        return s.error();
    if (auto s = writeHistogramsBefore(std::numeric_limits<Micros>::max()); !s)
        return s.error();
    if (auto s = writeSystemMetrics(); !s)
        return s.error();
    if (auto s = flush(); !s)
        return s.error();

    // Counted by the store, so that the summary is what `records` shows.
    auto after = m_store.recordCount();
    if (!after)
        return after.error();
    m_summary.records = after.value() - before.value();

    sqlite::Statement remember(m_store.writerHandle(),
                               "INSERT OR REPLACE INTO hearth_meta (key, value) VALUES (?1, ?2)");
    const std::string value = std::to_string(m_summary.records);
    remember.bind(1, std::string_view(key));
    remember.bind(2, std::string_view(value));
    if (!remember.valid() || remember.step() != SQLITE_DONE)
        return Error::make(Error::Code::Io,
                           Tr::tr("Could not record the demo run in '%1'.").arg(m_store.path()));
    if (m_progress)
        m_progress(1.0);
    return m_summary;
}

} // namespace

Result<Summary> generate(Store &store, const Options &options,
                         const std::function<bool(double)> &progress)
{
    Generator generator(store, options, progress);
    return generator.run();
}

} // namespace hearth::core::demo
