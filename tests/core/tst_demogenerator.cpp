// SPDX-License-Identifier: MIT
#include "core/demo/demogenerator.h"
#include "core/store/store.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

// A fixed end time: the same seed and end must give the same rows.
constexpr Micros kEnd = 1'795'000'000'000'000; // 2026-11-19T07:33:20Z

struct Generated
{
    std::unique_ptr<Store> store;
    demo::Summary summary;
};

std::int64_t queryInt(sqlite::Connection &conn, const std::string &sql)
{
    auto v = conn.queryInt(sql);
    if (!v) {
        qWarning("%s: %s", sql.c_str(), qPrintable(v.error().message));
        return -1;
    }
    return v->value_or(0);
}

double queryDouble(sqlite::Connection &conn, const std::string &sql)
{
    sqlite::Statement st(conn.get(), sql);
    if (!st.valid() || st.step() != SQLITE_ROW)
        return -1;
    return st.columnDouble(0);
}

// Every column of every row, in a stable order, hashed.
QByteArray digest(sqlite::Connection &conn, const std::string &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    sqlite::Statement st(conn.get(), sql);
    while (st.valid() && st.step() == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(st.get()); ++i) {
            const auto text = st.columnText(i);
            hash.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
            hash.addData(QByteArrayView(st.columnIsNull(i) ? "\x01" : "\x02", 1));
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Generated m_main;

    Generated generate(const QString &name, int traces, std::uint64_t seed)
    {
        Generated g;
        auto store = Store::open(m_dir.filePath(name));
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return g;
        }
        demo::Options options;
        options.traces = traces;
        options.seed = seed;
        options.endUs = kEnd;
        options.batchRecords = 3000; // several transactions even for a small set
        auto summary = demo::generate(**store, options);
        if (!summary) {
            qWarning("%s", qPrintable(summary.error().message));
            return g;
        }
        g.store = std::move(store.value());
        g.summary = summary.value();
        return g;
    }

    sqlite::Connection reader()
    {
        auto conn = m_main.store->openReader();
        return std::move(conn.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_main = generate(QStringLiteral("main.hearth"), 600, 7);
        QVERIFY(m_main.store);
    }

    void sameSeedAndEndGiveIdenticalRows()
    {
        Generated again = generate(QStringLiteral("again.hearth"), 600, 7);
        QVERIFY(again.store);
        auto a = reader();
        auto b = again.store->openReader();
        QVERIFY(b.ok());
        const std::string records = "SELECT * FROM records_all ORDER BY trace_id, span_id";
        const std::string metrics = "SELECT * FROM metrics ORDER BY recorded_timestamp, "
                                    "metric_name, service_instance_id, "
                                    "attributes";
        QCOMPARE(digest(a, records), digest(*b, records));
        QCOMPARE(digest(a, metrics), digest(*b, metrics));
        QCOMPARE(again.summary.records, m_main.summary.records);
        QCOMPARE(again.summary.inputTokens, m_main.summary.inputTokens);

        Generated other = generate(QStringLiteral("other.hearth"), 600, 8);
        QVERIFY(other.store);
        auto c = other.store->openReader();
        QVERIFY(digest(a, records) != digest(*c, records));
    }

    void summaryMatchesTheStore()
    {
        auto conn = reader();
        const auto &s = m_main.summary;
        QCOMPARE(s.traces, 600);
        QVERIFY(s.records > 600 * 5);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records"), s.records);
        QCOMPARE(s.records, s.spans + s.logs + s.spanEvents);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records WHERE kind = 'span'"), s.spans);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records WHERE kind = 'log'"), s.logs);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records WHERE kind = 'span_event'"),
                 s.spanEvents);
        QVERIFY(s.spanEvents > 0);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records WHERE is_exception"), s.exceptions);
        QVERIFY(s.exceptions > 0);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM metrics"), s.metrics);
        QCOMPARE(queryInt(conn, "SELECT count(DISTINCT trace_id) FROM records_all"), s.traces);
        QCOMPARE(s.duplicates, 0);
        // Everything lies inside the window.
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM _records WHERE start_timestamp > "
                              + std::to_string(kEnd) + " OR start_timestamp < "
                              + std::to_string(s.startUs)),
                 0);
        QCOMPARE(
            queryInt(conn,
                     "SELECT count(*) FROM _records WHERE end_timestamp > " + std::to_string(kEnd)),
            0);
    }

    void everyJsonColumnIsValid()
    {
        auto conn = reader();
        for (const char *column :
             {"attributes", "attributes_json_schema", "tags", "otel_events", "otel_links",
              "otel_scope_attributes", "otel_resource_attributes"}) {
            const std::string c(column);
            QCOMPARE(queryInt(conn,
                              "SELECT count(*) FROM records_all WHERE " + c
                                  + " IS NOT NULL AND NOT json_valid(" + c + ")"),
                     0);
        }
        for (const char *column : {"attributes", "histogram_bucket_counts",
                                   "histogram_explicit_bounds", "otel_resource_attributes"}) {
            const std::string c(column);
            QCOMPARE(queryInt(conn,
                              "SELECT count(*) FROM metrics WHERE " + c
                                  + " IS NOT NULL AND NOT json_valid(" + c + ")"),
                     0);
        }
        // Structured GenAI attributes are JSON values, not strings holding JSON.
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM records WHERE attributes ->> "
                          "'$.\"gen_ai.operation.name\"' = 'chat' AND json_type(attributes, "
                          "'$.\"gen_ai.input.messages\"') != 'array'"),
                 0);
        QVERIFY(queryInt(conn,
                         "SELECT count(*) FROM records WHERE json_type(attributes, "
                         "'$.\"pydantic_ai.all_messages\"') = 'array'")
                > 0);
        QCOMPARE(
            queryInt(conn,
                     "SELECT count(*) FROM records WHERE is_exception AND (otel_events IS NULL "
                     "OR NOT EXISTS (SELECT 1 FROM json_each(otel_events) e WHERE "
                     "e.value ->> 'name' = 'exception'))"),
            0);
    }

    void parentLinksResolveAcrossServices()
    {
        auto conn = reader();
        // Every parent exists in the same trace (pending spans stand in for running parents).
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM records_all c WHERE c.parent_span_id IS NOT "
                          "NULL AND NOT EXISTS (SELECT 1 FROM records_all p WHERE p.trace_id "
                          "= c.trace_id AND p.span_id = c.parent_span_id)"),
                 0);
        // One trace, two services: the worker's server span is a child of the gateway's client
        // span, and each trace has exactly one root.
        const auto crossLinks = queryInt(
            conn,
            "SELECT count(*) FROM records w JOIN records g ON g.trace_id = w.trace_id AND "
            "g.span_id = w.parent_span_id WHERE w.service_name = 'agent-worker' AND "
            "g.service_name = 'gateway' AND w.http_route = '/agents/{agent_name}/run' AND "
            "g.span_name = 'POST'");
        QVERIFY(crossLinks > 100);
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM (SELECT trace_id FROM records_all WHERE "
                          "parent_span_id IS NULL GROUP BY trace_id HAVING count(*) != 1)"),
                 0);
        QVERIFY(queryInt(conn,
                         "SELECT count(*) FROM records WHERE span_name = 'POST /v1/analyze' "
                         "AND http_route = '/v1/analyze' AND service_name = 'gateway'")
                > 0);
    }

    void pendingSpansOnlyInRecordsAll()
    {
        auto conn = reader();
        QVERIFY(m_main.summary.pendingSpans > 0);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records_all WHERE kind = 'pending_span'"),
                 m_main.summary.pendingSpans);
        QCOMPARE(queryInt(conn, "SELECT count(*) FROM records WHERE kind = 'pending_span'"), 0);
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM records_all WHERE kind = 'pending_span' AND "
                          "(duration != 0 OR attributes ->> '$.\"logfire.span_type\"' != "
                          "'pending_span')"),
                 0);
        // A running request is pending at every level it has reached, gateway included.
        QVERIFY(queryInt(conn,
                         "SELECT count(*) FROM records_all WHERE kind = 'pending_span' AND "
                         "parent_span_id IS NULL AND service_name = 'gateway'")
                > 0);
    }

    void tokensAndCostMatchTheSummary()
    {
        auto conn = reader();
        const auto &s = m_main.summary;
        QVERIFY(s.inputTokens > 0 && s.outputTokens > 0 && s.cost > 0);
        const std::string chat = " FROM records WHERE attributes ->> '$.\"gen_ai.operation.name\"' "
                                 "= 'chat'";
        QCOMPARE(
            queryInt(conn, "SELECT sum(attributes ->> '$.\"gen_ai.usage.input_tokens\"')" + chat),
            s.inputTokens);
        QCOMPARE(
            queryInt(conn, "SELECT sum(attributes ->> '$.\"gen_ai.usage.output_tokens\"')" + chat),
            s.outputTokens);
        QVERIFY(qAbs(queryDouble(conn, "SELECT sum(attributes ->> '$.\"operation.cost\"')" + chat)
                     - s.cost)
                < 1e-6);
        // The metrics agree with the spans.
        QCOMPARE(queryInt(conn,
                          "SELECT sum(histogram_sum) FROM metrics WHERE metric_name = "
                          "'gen_ai.client.token.usage' AND attributes ->> "
                          "'$.\"gen_ai.token.type\"' = 'input'"),
                 s.inputTokens);
        QCOMPARE(queryInt(conn,
                          "SELECT sum(histogram_sum) FROM metrics WHERE metric_name = "
                          "'gen_ai.client.token.usage' AND attributes ->> "
                          "'$.\"gen_ai.token.type\"' = 'output'"),
                 s.outputTokens);
        QVERIFY(qAbs(queryDouble(conn,
                                 "SELECT sum(histogram_sum) FROM metrics WHERE metric_name "
                                 "= 'operation.cost'")
                     - s.cost)
                < 1e-6);
        // Several providers and models.
        QVERIFY(queryInt(conn, "SELECT count(DISTINCT attributes ->> '$.\"gen_ai.system\"')" + chat)
                >= 3);
        QVERIFY(
            queryInt(conn,
                     "SELECT count(DISTINCT attributes ->> '$.\"gen_ai.request.model\"')" + chat)
            >= 5);
    }

    void materialisedColumnsMirrorAttributes()
    {
        auto conn = reader();
        const auto mismatches = [&](const std::string &column, const std::string &expr) {
            return queryInt(
                conn, "SELECT count(*) FROM _records WHERE " + column + " IS NOT (" + expr + ")");
        };
        QCOMPARE(mismatches("_gen_ai_request_model", "attributes ->> '$.\"gen_ai.request.model\"'"),
                 0);
        QCOMPARE(
            mismatches("_gen_ai_response_model", "attributes ->> '$.\"gen_ai.response.model\"'"),
            0);
        QCOMPARE(
            mismatches("_gen_ai_operation_name", "attributes ->> '$.\"gen_ai.operation.name\"'"),
            0);
        QCOMPARE(mismatches("_gen_ai_system",
                            "coalesce(attributes ->> '$.\"gen_ai.system\"', attributes ->> "
                            "'$.\"gen_ai.provider.name\"')"),
                 0);
        QCOMPARE(
            mismatches("_gen_ai_input_tokens", "attributes ->> '$.\"gen_ai.usage.input_tokens\"'"),
            0);
        QCOMPARE(mismatches("_gen_ai_output_tokens",
                            "attributes ->> '$.\"gen_ai.usage.output_tokens\"'"),
                 0);
        QCOMPARE(mismatches("_operation_cost", "attributes ->> '$.\"operation.cost\"'"), 0);
        QCOMPARE(mismatches("http_response_status_code",
                            "attributes ->> '$.\"http.response.status_code\"'"),
                 0);
        QCOMPARE(mismatches("http_route", "attributes ->> '$.\"http.route\"'"), 0);
        QCOMPARE(mismatches("url_full", "attributes ->> '$.\"url.full\"'"), 0);
    }

    void levelsCoverEveryName()
    {
        auto conn = reader();
        for (int level : {1, 5, 9, 10, 13, 17, 21})
            QVERIFY2(queryInt(conn,
                              "SELECT count(*) FROM records WHERE level = " + std::to_string(level))
                         > 0,
                     qPrintable(QString::number(level)));
    }

    void exceptionsLookLikePython()
    {
        auto conn = reader();
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM records WHERE is_exception AND (level < 17 "
                          "OR otel_status_code != 'ERROR' OR exception_type IS NULL OR "
                          "exception_stacktrace NOT LIKE 'Traceback (most recent call "
                          "last):%' OR exception_stacktrace NOT LIKE '%' || exception_type "
                          "|| ': %')"),
                 0);
        QVERIFY(queryInt(conn, "SELECT count(DISTINCT exception_type) FROM records") >= 3);
    }

    void requiredMetricsExist()
    {
        auto conn = reader();
        for (const char *name :
             {"gen_ai.client.token.usage", "operation.cost", "system.cpu.simple_utilization",
              "process.cpu.utilization", "system.memory.utilization", "system.swap.utilization",
              "http.server.duration", "system.process.count"})
            QVERIFY2(queryInt(conn,
                              std::string("SELECT count(*) FROM metrics WHERE metric_name = '")
                                  + name + "'")
                         > 0,
                     name);
        QCOMPARE(queryInt(conn,
                          "SELECT count(*) FROM metrics WHERE metric_type = 'histogram' AND "
                          "json_array_length(histogram_bucket_counts) != "
                          "json_array_length(histogram_explicit_bounds) + 1"),
                 0);
        // Gauges over the whole window, most recent minutes included.
        QVERIFY(queryInt(conn,
                         "SELECT count(*) FROM _metrics WHERE metric_name = "
                         "'system.memory.utilization' AND recorded_timestamp > "
                             + std::to_string(kEnd - 5 * kMicrosPerMinute))
                > 0);
        QVERIFY(queryInt(conn,
                         "SELECT count(*) FROM _metrics WHERE metric_name = "
                         "'system.memory.utilization' AND recorded_timestamp < "
                             + std::to_string(kEnd - 6 * kMicrosPerDay))
                > 0);
    }

    void recentHourIsBusierThanAverage()
    {
        auto conn = reader();
        const auto lastHour = queryInt(conn,
                                       "SELECT count(DISTINCT trace_id) FROM _records WHERE "
                                       "start_timestamp > "
                                           + std::to_string(kEnd - kMicrosPerHour));
        QVERIFY2(lastHour > 600 / (7 * 24) * 4, qPrintable(QString::number(lastHour)));
    }

    void cancellingStopsEarly()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("cancel.hearth")));
        QVERIFY(store.ok());
        demo::Options options;
        options.traces = 3000;
        options.endUs = kEnd;
        options.batchRecords = 1000;
        int calls = 0;
        auto result = demo::generate(**store, options, [&](double) { return ++calls < 3; });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        const auto written = (*store)->recordCount().value();
        QVERIFY(written > 0); // what was committed stays
        QVERIFY(written < 3000 * 5);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
