// SPDX-License-Identifier: MIT
// The OTLP → Logfire column mapping and the decoders, column by column.
#include "core/otlp/ingestwriter.h"
#include "core/otlp/otlpcodec.h"
#include "core/otlp/otlpmapper.h"
#include "core/store/store.h"
#include "google/rpc/status.pb.h"
#include "opentelemetry/proto/collector/logs/v1/logs_service.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.pb.h"

#include <nlohmann/json.hpp>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

using namespace hearth::core;
namespace pb = opentelemetry::proto;
using Json = nlohmann::json;

namespace {

std::string bytesFromHex(const std::string &hex)
{
    std::string out;
    for (size_t i = 0; i < hex.size(); i += 2)
        out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return out;
}

void setAttr(google::protobuf::RepeatedPtrField<pb::common::v1::KeyValue> *attrs,
             const std::string &key, const std::string &value)
{
    auto *kv = attrs->Add();
    kv->set_key(key);
    kv->mutable_value()->set_string_value(value);
}

void setIntAttr(google::protobuf::RepeatedPtrField<pb::common::v1::KeyValue> *attrs,
                const std::string &key, std::int64_t value)
{
    auto *kv = attrs->Add();
    kv->set_key(key);
    kv->mutable_value()->set_int_value(value);
}

const std::string kTrace = "0af7651916cd43dd8448eb211c80319c";
const std::string kSpan = "b7ad6b7169203331";
const std::string kParent = "00f067aa0ba902b7";
constexpr std::uint64_t kStartNs = 1'764'301'560'123'456'789ULL;

pb::collector::trace::v1::ExportTraceServiceRequest logfireSpanRequest()
{
    pb::collector::trace::v1::ExportTraceServiceRequest req;
    auto *rs = req.add_resource_spans();
    auto *ra = rs->mutable_resource()->mutable_attributes();
    setAttr(ra, "service.name", "agent");
    setAttr(ra, "service.version", "1.2.3");
    setAttr(ra, "service.instance.id", "inst-1");
    setAttr(ra, "service.namespace", "ns");
    setAttr(ra, "deployment.environment", "old-env");
    setAttr(ra, "deployment.environment.name", "prod");
    setIntAttr(ra, "process.pid", 4242);
    setAttr(ra, "telemetry.sdk.name", "logfire");
    setAttr(ra, "telemetry.sdk.language", "nodejs");
    setAttr(ra, "telemetry.sdk.version", "0.18.25");
    auto *ss = rs->add_scope_spans();
    ss->mutable_scope()->set_name("logfire");
    ss->mutable_scope()->set_version("0.22.9");
    auto *s = ss->add_spans();
    s->set_trace_id(bytesFromHex(kTrace));
    s->set_span_id(bytesFromHex(kSpan));
    s->set_parent_span_id(bytesFromHex(kParent));
    s->set_name("chat {model}");
    s->set_start_time_unix_nano(kStartNs);
    s->set_end_time_unix_nano(kStartNs + 2'500'000'000ULL);
    auto *a = s->mutable_attributes();
    setAttr(a, "logfire.msg_template", "chat {model}");
    setAttr(a, "logfire.msg", "chat gpt-4o");
    setIntAttr(a, "logfire.level_num", 13);
    setAttr(a, "logfire.span_type", "span");
    auto *tags = a->Add();
    tags->set_key("logfire.tags");
    tags->mutable_value()->mutable_array_value()->add_values()->set_string_value("llm");
    tags->mutable_value()->mutable_array_value()->add_values()->set_string_value("agent");
    setAttr(a, "logfire.json_schema",
            R"({"type":"object","properties":{"payload":{"type":"object"}}})");
    setAttr(a, "payload", R"({"k":[1,2]})");
    setAttr(a, "gen_ai.request.model", "gpt-4o");
    setAttr(a, "gen_ai.response.model", "gpt-4o-2024");
    setAttr(a, "gen_ai.operation.name", "chat");
    setAttr(a, "gen_ai.provider.name", "openai");
    setIntAttr(a, "gen_ai.usage.input_tokens", 120);
    setIntAttr(a, "gen_ai.usage.output_tokens", 33);
    auto *cost = a->Add();
    cost->set_key("operation.cost");
    cost->mutable_value()->set_double_value(0.0125);
    setIntAttr(a, "http.status_code", 503);
    setAttr(a, "http.method", "POST");
    setAttr(a, "http.route", "/v1/chat");
    setAttr(a, "http.url", "https://api.example/v1/chat?x=1");
    setAttr(a, "url.path", "/v1/chat");
    setAttr(a, "url.query", "x=1");
    auto *flag = a->Add();
    flag->set_key("flag");
    flag->mutable_value()->set_bool_value(true);
    auto *blob = a->Add();
    blob->set_key("blob");
    blob->mutable_value()->set_bytes_value(std::string("\x01\x02\xff", 3));
    auto *kvl = a->Add();
    kvl->set_key("nested");
    auto *inner = kvl->mutable_value()->mutable_kvlist_value()->add_values();
    inner->set_key("d");
    inner->mutable_value()->set_double_value(1.5);

    auto *ev1 = s->add_events();
    ev1->set_name("retrying");
    ev1->set_time_unix_nano(kStartNs + 1'000'000'000ULL);
    setIntAttr(ev1->mutable_attributes(), "attempt", 2);
    for (int i = 0; i < 2; ++i) {
        auto *ex = s->add_events();
        ex->set_name("exception");
        ex->set_time_unix_nano(kStartNs + 2'000'000'000ULL);
        setAttr(ex->mutable_attributes(), "exception.type", i == 0 ? "ValueError" : "Second");
        setAttr(ex->mutable_attributes(), "exception.message", "bad input");
        setAttr(ex->mutable_attributes(), "exception.stacktrace", "Traceback...");
    }
    auto *link = s->add_links();
    link->set_trace_id(bytesFromHex("11111111111111111111111111111111"));
    link->set_span_id(bytesFromHex("2222222222222222"));
    s->mutable_status()->set_code(pb::trace::v1::Status::STATUS_CODE_ERROR);
    s->mutable_status()->set_message("ValueError: bad input");
    return req;
}

const Record *findKind(const otlp::MapResult &r, const std::string &kind)
{
    for (const auto &rec : r.batch.records) {
        if (rec.kind == kind)
            return &rec;
    }
    return nullptr;
}

std::string gzip(const std::string &in)
{
    z_stream zs = {};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, in.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace

class TestOtlpMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spanColumns()
    {
        otlp::MapResult out;
        otlp::mapTraces(logfireSpanRequest(), out);
        QCOMPARE(out.accepted, 1);
        QCOMPARE(out.rejected, 0);
        QCOMPARE(out.batch.records.size(), size_t(2)); // the span + one span_event row
        const Record *r = findKind(out, "span");
        QVERIFY(r);
        QCOMPARE(r->traceId, kTrace);
        QCOMPARE(r->spanId, kSpan);
        QCOMPARE(r->parentSpanId, kParent);
        QCOMPARE(r->startUs, Micros(1'764'301'560'123'456));
        QCOMPARE(r->endUs, Micros(1'764'301'562'623'456));
        QVERIFY(r->duration);
        QCOMPARE(*r->duration, 2.5);
        QCOMPARE(r->level, 13);
        QCOMPARE(r->spanName, std::string("chat {model}"));
        QCOMPARE(r->message, std::string("chat gpt-4o"));
        QCOMPARE(r->tags, std::string(R"(["llm","agent"])"));
        QCOMPARE(r->attributesJsonSchema,
                 std::string(R"({"type":"object","properties":{"payload":{"type":"object"}}})"));
        const Json attrs = Json::parse(r->attributes);
        for (const char *consumed : {"logfire.msg", "logfire.level_num", "logfire.tags",
                                     "logfire.json_schema", "logfire.span_type"})
            QVERIFY2(!attrs.contains(consumed), consumed);
        QCOMPARE(attrs.at("logfire.msg_template").get<std::string>(), std::string("chat {model}"));
        QCOMPARE(attrs.at("payload").at("k").at(1).get<int>(), 2); // parsed per json_schema
        QCOMPARE(attrs.at("flag").get<bool>(), true);
        QCOMPARE(attrs.at("blob").get<std::string>(), std::string("AQL/"));
        QCOMPARE(attrs.at("nested").at("d").get<double>(), 1.5);
        QCOMPARE(attrs.at("gen_ai.usage.input_tokens").get<int>(), 120);
        QCOMPARE(r->otelStatusCode, std::string("ERROR"));
        QCOMPARE(r->otelStatusMessage, std::string("ValueError: bad input"));
        const Json events = Json::parse(r->otelEvents);
        QCOMPARE(events.size(), size_t(3));
        QCOMPARE(events.at(0).at("name").get<std::string>(), std::string("retrying"));
        QCOMPARE(events.at(0).at("attributes").at("attempt").get<int>(), 2);
        const Json links = Json::parse(r->otelLinks);
        QCOMPARE(links.at(0).at("span_id").get<std::string>(), std::string("2222222222222222"));
        QCOMPARE(r->otelScopeName, std::string("logfire"));
        QCOMPARE(r->otelScopeVersion, std::string("0.22.9"));
        QCOMPARE(r->serviceName, std::string("agent"));
        QCOMPARE(r->serviceVersion, std::string("1.2.3"));
        QCOMPARE(r->serviceInstanceId, std::string("inst-1"));
        QCOMPARE(r->serviceNamespace, std::string("ns"));
        QCOMPARE(r->deploymentEnvironment, std::string("prod"));
        QCOMPARE(r->processPid, std::optional<std::int64_t>(4242));
        QCOMPARE(r->telemetrySdkName, std::string("logfire"));
        QCOMPARE(r->telemetrySdkLanguage, std::string("nodejs"));
        QCOMPARE(r->telemetrySdkVersion, std::string("0.18.25"));
        QCOMPARE(Json::parse(r->otelResourceAttributes).at("process.pid").get<int>(), 4242);
        QVERIFY(r->isException);
        QCOMPARE(r->exceptionType, std::optional<std::string>("ValueError")); // the first one
        QCOMPARE(r->exceptionMessage, std::optional<std::string>("bad input"));
        QCOMPARE(r->exceptionStacktrace, std::optional<std::string>("Traceback..."));
        QCOMPARE(r->httpResponseStatusCode, std::optional<std::int64_t>(503));
        QCOMPARE(r->httpMethod, std::string("POST"));
        QCOMPARE(r->httpRoute, std::string("/v1/chat"));
        QCOMPARE(r->urlFull, std::string("https://api.example/v1/chat?x=1"));
        QCOMPARE(r->urlPath, std::string("/v1/chat"));
        QCOMPARE(r->urlQuery, std::string("x=1"));
        QCOMPARE(r->genAiRequestModel, std::string("gpt-4o"));
        QCOMPARE(r->genAiResponseModel, std::string("gpt-4o-2024"));
        QCOMPARE(r->genAiOperationName, std::string("chat"));
        QCOMPARE(r->genAiSystem, std::string("openai"));
        QCOMPARE(r->genAiInputTokens, std::optional<std::int64_t>(120));
        QCOMPARE(r->genAiOutputTokens, std::optional<std::int64_t>(33));
        QCOMPARE(r->operationCost, std::optional<double>(0.0125));
        QVERIFY(!r->logBody);
    }

    void attributesJsonIsValidAndTyped()
    {
        auto req = logfireSpanRequest();
        auto *s = req.mutable_resource_spans(0)->mutable_scope_spans(0)->mutable_spans(0);
        s->clear_attributes();
        const std::string tricky = std::string("q\"b\\s\n\t\x01 \xc3\xa9 end");
        setAttr(s->mutable_attributes(), "tricky", tricky);
        setAttr(s->mutable_attributes(), "dup", "first");
        setAttr(s->mutable_attributes(), "dup", "second");
        auto *d = s->mutable_attributes()->Add();
        d->set_key("two");
        d->mutable_value()->set_double_value(2.0);
        auto *nan = s->mutable_attributes()->Add();
        nan->set_key("nan");
        nan->mutable_value()->set_double_value(std::numeric_limits<double>::quiet_NaN());
        auto *empty = s->mutable_attributes()->Add();
        empty->set_key("novalue");
        otlp::MapResult out;
        otlp::mapTraces(req, out);
        const std::string &text = findKind(out, "span")->attributes;
        const Json attrs = Json::parse(text, nullptr, false);
        QVERIFY2(!attrs.is_discarded(), text.c_str());
        QCOMPARE(attrs.at("tricky").get<std::string>(), tricky);
        QCOMPARE(attrs.at("dup").get<std::string>(), std::string("first"));
        QVERIFY(text.find("\"two\":2.0") != std::string::npos);
        QVERIFY(attrs.at("two").is_number_float());
        QVERIFY(attrs.at("nan").is_null());
        QVERIFY(attrs.at("novalue").is_null());
    }

    void spanEventRows()
    {
        otlp::MapResult a;
        otlp::mapTraces(logfireSpanRequest(), a);
        const Record *e = findKind(a, "span_event");
        QVERIFY(e);
        QCOMPARE(e->traceId, kTrace);
        QCOMPARE(e->parentSpanId, kSpan);
        QCOMPARE(e->spanId.size(), size_t(16));
        QVERIFY(e->spanId != kSpan);
        QCOMPARE(e->spanName, std::string("retrying"));
        QCOMPARE(e->message, std::string("retrying"));
        QCOMPARE(e->startUs, Micros(1'764'301'561'123'456));
        QCOMPARE(e->endUs, e->startUs);
        QCOMPARE(Json::parse(e->attributes).at("attempt").get<int>(), 2);
        QCOMPARE(e->serviceName, std::string("agent"));
        // Deterministic: a re-delivery maps to the same id and is deduplicated by the store.
        otlp::MapResult b;
        otlp::mapTraces(logfireSpanRequest(), b);
        QCOMPARE(findKind(b, "span_event")->spanId, e->spanId);
    }

    void levelAndKindFallbacks()
    {
        auto req = logfireSpanRequest();
        auto *s = req.mutable_resource_spans(0)->mutable_scope_spans(0)->mutable_spans(0);
        s->clear_attributes();
        s->clear_events();
        setAttr(s->mutable_attributes(), "logfire.span_type", "log");
        otlp::MapResult out;
        otlp::mapTraces(req, out);
        QCOMPARE(out.batch.records.at(0).kind, std::string("log"));
        QCOMPARE(out.batch.records.at(0).level, 17); // status ERROR
        QCOMPARE(out.batch.records.at(0).message, std::string("chat {model}")); // name
        QCOMPARE(out.batch.records.at(0).tags, std::string("[]"));
        QVERIFY(!out.batch.records.at(0).isException);

        s->clear_attributes();
        s->mutable_status()->set_code(pb::trace::v1::Status::STATUS_CODE_OK);
        setAttr(s->mutable_attributes(), "logfire.span_type", "pending_span");
        setIntAttr(s->mutable_attributes(), "http.response.status_code", 201);
        setIntAttr(s->mutable_attributes(), "http.status_code", 500);
        setAttr(s->mutable_attributes(), "gen_ai.system", "anthropic");
        setAttr(s->mutable_attributes(), "gen_ai.provider.name", "other");
        otlp::MapResult out2;
        otlp::mapTraces(req, out2);
        const auto &r = out2.batch.records.at(0);
        QCOMPARE(r.kind, std::string("pending_span"));
        QCOMPARE(r.level, 9);
        QCOMPARE(r.httpResponseStatusCode, std::optional<std::int64_t>(201));
        QCOMPARE(r.genAiSystem, std::string("anthropic"));
        QCOMPARE(r.serviceName, std::string("agent"));
    }

    void invalidIdsArePartialSuccess()
    {
        auto req = logfireSpanRequest();
        auto *spans = req.mutable_resource_spans(0)->mutable_scope_spans(0)->mutable_spans();
        auto *bad = spans->Add();
        bad->set_name("no ids");
        bad->set_trace_id(std::string(16, '\0'));
        bad->set_span_id(bytesFromHex("0102030405060708"));
        otlp::MapResult out;
        otlp::mapTraces(req, out);
        QCOMPARE(out.accepted, 1);
        QCOMPARE(out.rejected, 1);
        QVERIFY(out.rejectReason.find("no ids") != std::string::npos);
        QVERIFY(out.rejectReason.find("trace_id") != std::string::npos);
    }

    void logRecords()
    {
        pb::collector::logs::v1::ExportLogsServiceRequest req;
        auto *rl = req.add_resource_logs();
        setAttr(rl->mutable_resource()->mutable_attributes(), "service.name", "worker");
        auto *sl = rl->add_scope_logs();
        sl->mutable_scope()->set_name("app.logger");
        auto *l = sl->add_log_records();
        l->set_time_unix_nano(kStartNs);
        l->set_severity_number(pb::logs::v1::SEVERITY_NUMBER_WARN);
        l->set_severity_text("WARNING");
        l->mutable_body()->set_string_value("disk almost full");
        l->set_trace_id(bytesFromHex(kTrace));
        l->set_span_id(bytesFromHex(kSpan));
        setIntAttr(l->mutable_attributes(), "free_mb", 12);
        auto *l2 = sl->add_log_records();
        l2->set_observed_time_unix_nano(kStartNs + 1000);
        auto *kv = l2->mutable_body()->mutable_kvlist_value()->add_values();
        kv->set_key("event");
        kv->mutable_value()->set_string_value("login");
        otlp::MapResult out;
        otlp::mapLogs(req, out);
        QCOMPARE(out.accepted, 2);
        QCOMPARE(out.batch.records.size(), size_t(2));
        const auto &a = out.batch.records[0];
        QCOMPARE(a.kind, std::string("log"));
        QCOMPARE(a.level, 13);
        QCOMPARE(a.traceId, kTrace);
        QCOMPARE(a.parentSpanId, kSpan);
        QVERIFY(a.spanId != kSpan);
        QCOMPARE(a.logBody, std::optional<std::string>("disk almost full"));
        QCOMPARE(a.message, std::string("disk almost full"));
        QCOMPARE(a.startUs, Micros(1'764'301'560'123'456));
        QCOMPARE(a.endUs, a.startUs);
        QVERIFY(!a.duration);
        QCOMPARE(a.serviceName, std::string("worker"));
        QCOMPARE(a.otelScopeName, std::string("app.logger"));
        QCOMPARE(Json::parse(a.attributes).at("free_mb").get<int>(), 12);
        const auto &b = out.batch.records[1];
        QCOMPARE(b.level, 9); // severity 0 = info
        QCOMPARE(b.traceId.size(), size_t(32));
        QVERIFY(b.parentSpanId.empty());
        QCOMPARE(Json::parse(*b.logBody).at("event").get<std::string>(), std::string("login"));
        QCOMPARE(b.startUs, Micros(1'764'301'560'123'457)); // observed time
        otlp::MapResult again;
        otlp::mapLogs(req, again);
        QCOMPARE(again.batch.records[1].traceId, b.traceId);
        QCOMPARE(again.batch.records[1].spanId, b.spanId);
    }

    void metricPoints()
    {
        pb::collector::metrics::v1::ExportMetricsServiceRequest req;
        auto *rm = req.add_resource_metrics();
        setAttr(rm->mutable_resource()->mutable_attributes(), "service.name", "svc");
        auto *sm = rm->add_scope_metrics();
        sm->mutable_scope()->set_name("meter");
        auto *g = sm->add_metrics();
        g->set_name("queue.depth");
        g->set_unit("1");
        auto *gp = g->mutable_gauge()->add_data_points();
        gp->set_time_unix_nano(kStartNs);
        gp->set_as_int(7);
        auto *sum = sm->add_metrics();
        sum->set_name("requests");
        sum->set_description("Requests served");
        sum->mutable_sum()->set_is_monotonic(true);
        sum->mutable_sum()->set_aggregation_temporality(
            pb::metrics::v1::AGGREGATION_TEMPORALITY_CUMULATIVE);
        auto *sp = sum->mutable_sum()->add_data_points();
        sp->set_start_time_unix_nano(kStartNs - 1'000'000'000ULL);
        sp->set_time_unix_nano(kStartNs);
        sp->set_as_double(12.5);
        setAttr(sp->mutable_attributes(), "route", "/x");
        auto *h = sm->add_metrics();
        h->set_name("latency");
        h->set_unit("s");
        h->mutable_histogram()->set_aggregation_temporality(
            pb::metrics::v1::AGGREGATION_TEMPORALITY_DELTA);
        auto *hp = h->mutable_histogram()->add_data_points();
        hp->set_time_unix_nano(kStartNs);
        hp->set_count(4);
        hp->set_sum(2.0);
        hp->set_min(0.1);
        hp->set_max(1.2);
        for (auto c : {1, 2, 1})
            hp->add_bucket_counts(static_cast<std::uint64_t>(c));
        hp->add_explicit_bounds(0.25);
        hp->add_explicit_bounds(1.0);
        auto *e = sm->add_metrics();
        e->set_name("size");
        auto *ep = e->mutable_exponential_histogram()->add_data_points();
        ep->set_time_unix_nano(kStartNs);
        ep->set_count(3);
        ep->set_scale(-2);
        ep->set_zero_count(1);
        ep->set_zero_threshold(0.001);
        ep->mutable_positive()->set_offset(-3);
        ep->mutable_positive()->add_bucket_counts(2);
        auto *s = sm->add_metrics();
        s->set_name("legacy");
        s->mutable_summary()->add_data_points();
        s->mutable_summary()->add_data_points();

        otlp::MapResult out;
        otlp::mapMetrics(req, out);
        QCOMPARE(out.accepted, 4);
        QCOMPARE(out.rejected, 2);
        QVERIFY(out.rejectReason.find("legacy") != std::string::npos);
        QCOMPARE(out.batch.metrics.size(), size_t(4));
        const auto &m0 = out.batch.metrics[0];
        QCOMPARE(m0.metricType, std::string("gauge"));
        QCOMPARE(m0.scalarValue, std::optional<double>(7));
        QCOMPARE(m0.recordedUs, Micros(1'764'301'560'123'456));
        QCOMPARE(m0.serviceName, std::string("svc"));
        QCOMPARE(m0.otelScopeName, std::string("meter"));
        const auto &m1 = out.batch.metrics[1];
        QCOMPARE(m1.metricType, std::string("sum"));
        QCOMPARE(m1.aggregationTemporality, std::string("cumulative"));
        QCOMPARE(m1.isMonotonic, std::optional<bool>(true));
        QCOMPARE(m1.scalarValue, std::optional<double>(12.5));
        QCOMPARE(m1.startUs, std::optional<Micros>(1'764'301'559'123'456));
        QCOMPARE(m1.metricDescription, std::string("Requests served"));
        QCOMPARE(Json::parse(m1.attributes).at("route").get<std::string>(), std::string("/x"));
        const auto &m2 = out.batch.metrics[2];
        QCOMPARE(m2.metricType, std::string("histogram"));
        QCOMPARE(m2.aggregationTemporality, std::string("delta"));
        QCOMPARE(m2.histogramCount, std::optional<std::int64_t>(4));
        QCOMPARE(m2.histogramSum, std::optional<double>(2.0));
        QCOMPARE(m2.histogramMin, std::optional<double>(0.1));
        QCOMPARE(m2.histogramMax, std::optional<double>(1.2));
        QCOMPARE(m2.histogramBucketCounts, std::string("[1,2,1]"));
        QCOMPARE(m2.histogramExplicitBounds, std::string("[0.25,1.0]"));
        const auto &m3 = out.batch.metrics[3];
        QCOMPARE(m3.metricType, std::string("exponential_histogram"));
        QCOMPARE(m3.expHistogramScale, std::optional<std::int64_t>(-2));
        QCOMPARE(m3.expHistogramZeroCount, std::optional<std::int64_t>(1));
        QCOMPARE(m3.expHistogramZeroThreshold, std::optional<double>(0.001));
        QCOMPARE(m3.expHistogramPositiveBucketCounts, std::string("[2]"));
        QCOMPARE(m3.expHistogramPositiveBucketCountsOffset, std::optional<std::int64_t>(-3));
        QCOMPARE(m3.histogramCount, std::optional<std::int64_t>(3));
    }

    void jsonDecodingWithHexIds()
    {
        const std::string body = R"({"resourceSpans":[{"scopeSpans":[{"spans":[{
            "traceId":"0AF7651916CD43DD8448EB211C80319C","spanId":"b7ad6b7169203331",
            "parentSpanId":"","name":"x","kind":2,"startTimeUnixNano":"1764301560123456789",
            "endTimeUnixNano":1764301560123456789,"unknownField":{"a":1},
            "attributes":[{"key":"i","value":{"intValue":5}},{"key":"d","value":{"doubleValue":"NaN"}}]
            }]}]}]})";
        pb::collector::trace::v1::ExportTraceServiceRequest req;
        const auto st = otlp::decodeRequest(otlp::Encoding::Json, body, req);
        QVERIFY2(st.ok(), qPrintable(st ? QString() : st.error().message));
        otlp::MapResult out;
        otlp::mapTraces(req, out);
        QCOMPARE(out.batch.records.size(), size_t(1));
        QCOMPARE(out.batch.records[0].traceId, kTrace);
        QCOMPARE(out.batch.records[0].spanId, kSpan);
        QVERIFY(out.batch.records[0].parentSpanId.empty());
        QCOMPARE(out.batch.records[0].startUs, Micros(1'764'301'560'123'456));
        QCOMPARE(Json::parse(out.batch.records[0].attributes).at("i").get<int>(), 5);
    }

    void badBodiesGivePreciseErrors_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage protobuf") << 0 << QByteArray("\xff\xff\xff\xff\x0f", 5)
                                          << QStringLiteral("cannot decode the protobuf body");
        QTest::newRow("invalid json")
            << 1 << QByteArray("{\"resourceSpans\": [") << QStringLiteral("invalid JSON");
        QTest::newRow("not an object")
            << 1 << QByteArray("[1,2]") << QStringLiteral("must be an object");
        QTest::newRow("bad hex id")
            << 1
            << QByteArray(R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"zz"}]}]}]})")
            << QStringLiteral("not a hex id");
        QTest::newRow("wrong type")
            << 1
            << QByteArray(
                   R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"name":42,"kind":"x"}]}]}]})")
            << QStringLiteral("invalid OTLP JSON");
        QTest::newRow("deep nesting") << 1 << (QByteArray(5000, '[') + QByteArray(5000, ']'))
                                      << QStringLiteral("nested deeper");
    }

    void badBodiesGivePreciseErrors()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        pb::collector::trace::v1::ExportTraceServiceRequest req;
        const auto st
            = otlp::decodeRequest(encoding == 0 ? otlp::Encoding::Protobuf : otlp::Encoding::Json,
                                  std::string_view(body.constData(), body.size()), req);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(expected), qPrintable(st.error().message));
    }

    void truncatedProtobufIsRejected()
    {
        const std::string full = logfireSpanRequest().SerializeAsString();
        pb::collector::trace::v1::ExportTraceServiceRequest req;
        QVERIFY(!otlp::decodeRequest(otlp::Encoding::Protobuf,
                                     std::string_view(full).substr(0, full.size() - 7), req)
                     .ok());
        QVERIFY(otlp::decodeRequest(otlp::Encoding::Protobuf, full, req).ok());
    }

    void responsesAndStatus()
    {
        const auto ok = otlp::encodeResponse(otlp::Signal::Traces, otlp::Encoding::Protobuf, 0, {});
        QVERIFY(ok.empty()); // partial_success unset
        QCOMPARE(otlp::encodeResponse(otlp::Signal::Logs, otlp::Encoding::Json, 0, {}),
                 std::string("{}"));
        pb::collector::metrics::v1::ExportMetricsServiceResponse partial;
        QVERIFY(partial.ParseFromString(otlp::encodeResponse(
            otlp::Signal::Metrics, otlp::Encoding::Protobuf, 2, "summary not supported")));
        QCOMPARE(partial.partial_success().rejected_data_points(), 2);
        QCOMPARE(partial.partial_success().error_message(), std::string("summary not supported"));
        google::rpc::Status status;
        QVERIFY(status.ParseFromString(otlp::encodeStatus(otlp::Encoding::Protobuf, 3, "bad")));
        QCOMPARE(status.code(), 3);
        QCOMPARE(status.message(), std::string("bad"));
        QCOMPARE(Json::parse(otlp::encodeStatus(otlp::Encoding::Json, 3, "bad"))
                     .at("message")
                     .get<std::string>(),
                 std::string("bad"));
    }

    void contentTypes()
    {
        QCOMPARE(otlp::encodingForContentType("application/x-protobuf"),
                 std::optional(otlp::Encoding::Protobuf));
        QCOMPARE(otlp::encodingForContentType("application/json; charset=utf-8"),
                 std::optional(otlp::Encoding::Json));
        QVERIFY(!otlp::encodingForContentType("text/plain"));
        QVERIFY(!otlp::encodingForContentType(""));
    }

    void inflateStopsAtTheCap()
    {
        const std::string big(10 << 20, 'a');
        const std::string bomb = gzip(big);
        QVERIFY(bomb.size() < 100'000);
        std::string out;
        QCOMPARE(otlp::inflateCapped(bomb, 1 << 20, out), otlp::InflateError::TooLarge);
        QVERIFY(out.size() <= size_t(1 << 20));
        out.clear();
        QCOMPARE(otlp::inflateCapped(bomb, 20 << 20, out), otlp::InflateError::None);
        QCOMPARE(out.size(), big.size());
        out.clear();
        QCOMPARE(otlp::inflateCapped("not gzip at all", 1 << 20, out), otlp::InflateError::Corrupt);
    }

    void deepAnyValueIsCut()
    {
        pb::common::v1::AnyValue root;
        auto *v = &root;
        for (int i = 0; i < 500; ++i)
            v = v->mutable_array_value()->add_values();
        v->set_string_value("leaf");
        const Json j = otlp::anyValueToJson(root);
        QVERIFY(j.dump().find("nested deeper") != std::string::npos);
    }

    void groupCommitWriterCommitsBeforeResolving()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("w.hearth")));
        QVERIFY(opened.ok());
        std::shared_ptr<Store> store(std::move(opened.value()));
        std::atomic<int> commits {0};
        otlp::IngestWriter writer(store, 1000, [&](const WriteStats &) { ++commits; });
        std::vector<std::future<Result<WriteStats>>> futures;
        for (int i = 0; i < 20; ++i) {
            otlp::MapResult m;
            auto req = logfireSpanRequest();
            auto *s = req.mutable_resource_spans(0)->mutable_scope_spans(0)->mutable_spans(0);
            s->set_span_id(
                bytesFromHex("10000000000000" + QByteArray::number(10 + i).toStdString()));
            otlp::mapTraces(req, m);
            auto f = writer.submit(std::move(m.batch));
            QVERIFY(f);
            futures.push_back(std::move(*f));
        }
        for (auto &f : futures) {
            auto r = f.get();
            QVERIFY(r.ok());
        }
        // Every acknowledged row is readable from another connection, i.e. committed.
        auto reader = store->openReader();
        QVERIFY(reader.ok());
        sqlite::Statement st(reader->get(), "SELECT count(*) FROM _records WHERE kind = 'span'");
        QCOMPARE(st.step(), SQLITE_ROW);
        QCOMPARE(st.columnInt(0), 20);
        QVERIFY(commits >= 1 && commits <= 20);
        writer.stop();
        WriteBatch late;
        late.records.push_back(Record {});
        QVERIFY(!writer.submit(std::move(late))); // stopped: refused, never lost silently
    }

    void writerLeavesFreeingTheRowsToTheCaller()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("f.hearth")));
        QVERIFY(opened.ok());
        std::shared_ptr<Store> store(std::move(opened.value()));
        otlp::IngestWriter writer(store, 1000);
        otlp::MapResult m;
        otlp::mapTraces(logfireSpanRequest(), m);
        const auto batch = std::make_shared<const WriteBatch>(std::move(m.batch));
        auto f = writer.submit(batch);
        QVERIFY(f);
        QVERIFY(f->get().ok());
        // The writer let go of the rows before the waiter woke: this thread frees them.
        QCOMPARE(batch.use_count(), 1L);
    }

    void writerRefusesWhenSaturated()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("s.hearth")));
        QVERIFY(opened.ok());
        std::shared_ptr<Store> store(std::move(opened.value()));
        // Hold the store's write lock by keeping a write transaction open on another connection,
        // so the writer thread blocks and the queue fills.
        auto blocker
            = sqlite::Connection::open(dir.filePath(QStringLiteral("s.hearth")).toStdString(),
                                       sqlite::Connection::Mode::ReadWrite);
        QVERIFY(blocker.ok());
        QVERIFY(blocker->exec("PRAGMA busy_timeout=0; BEGIN IMMEDIATE").ok());
        QVERIFY(store->writer().exec("PRAGMA busy_timeout=5000").ok());
        otlp::IngestWriter writer(store, 3);
        auto batchOf = [](int n, int base) {
            WriteBatch b;
            for (int i = 0; i < n; ++i) {
                Record r;
                r.traceId = kTrace;
                r.spanId = "00000000000000" + std::to_string(base + i);
                b.records.push_back(r);
            }
            return b;
        };
        auto first = writer.submit(batchOf(2, 10)); // taken by the writer, which then blocks
        QVERIFY(first);
        QTRY_COMPARE(writer.queuedRows(), size_t(2));
        auto second = writer.submit(batchOf(2, 20)); // 2 + 2 > 3: refused
        QVERIFY(!second);
        QVERIFY(blocker->exec("ROLLBACK").ok());
        QVERIFY(first->get().ok());
        QTRY_COMPARE(writer.queuedRows(), size_t(0));
        QVERIFY(writer.submit(batchOf(2, 30)));
    }
};

QTEST_GUILESS_MAIN(TestOtlpMapper)
#include "tst_otlpmapper.moc"
