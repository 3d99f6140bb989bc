// SPDX-License-Identifier: MIT
// Real OpenTelemetry JS SDK exporters (protobuf and JSON, gzip and not) and @pydantic/logfire-node
// against a real `hearth-cli serve`; the stored rows are checked column by column.
#include "core/otlp/servehelper.h"
#include "core/store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::ServeProcess;

namespace {

// One row as column name → text (NULL becomes an invalid QVariant).
using Row = QVariantMap;

} // namespace

class TestOtlpSdk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    ServeProcess m_serve;

    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_serve.httpPort());
    }

    // Runs a node client to completion; returns its stdout's last line.
    QByteArray runNode(const QStringList &args)
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(HEARTH_INTEGRATION_DIR));
        node.start(QStringLiteral(HEARTH_NODE_PATH), args);
        if (!node.waitForFinished(120000)) {
            node.kill();
            qWarning("node timed out");
            return {};
        }
        const QByteArray out = node.readAllStandardOutput().trimmed();
        if (node.exitCode() != 0) {
            qWarning("node failed: %s\n%s", out.constData(),
                     node.readAllStandardError().constData());
            return {};
        }
        return out.mid(out.lastIndexOf('\n') + 1);
    }

    QList<Row> query(const QString &sql)
    {
        QList<Row> rows;
        auto conn = core::Store::openReader(m_db);
        if (!conn)
            return rows;
        core::sqlite::Statement st(conn->get(), sql.toStdString());
        if (!st.valid()) {
            qWarning("bad SQL: %s", qPrintable(sql));
            return rows;
        }
        while (st.step() == SQLITE_ROW) {
            Row row;
            for (int i = 0; i < sqlite3_column_count(st.get()); ++i) {
                const QString name = QString::fromUtf8(sqlite3_column_name(st.get(), i));
                if (sqlite3_column_type(st.get(), i) == SQLITE_NULL)
                    row.insert(name, QVariant());
                else
                    row.insert(name, QString::fromStdString(std::string(st.columnText(i))));
            }
            rows << row;
        }
        return rows;
    }

    Row one(const QString &sql)
    {
        const auto rows = query(sql);
        if (rows.size() != 1) {
            qWarning("expected one row, got %lld: %s", static_cast<long long>(rows.size()),
                     qPrintable(sql));
            return {};
        }
        return rows.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sdk.hearth"));
        const QString error = m_serve.start(m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void openTelemetrySdk_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("compression");
        QTest::newRow("protobuf") << QStringLiteral("proto") << QStringLiteral("none");
        QTest::newRow("protobuf+gzip") << QStringLiteral("proto") << QStringLiteral("gzip");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("none");
        QTest::newRow("json+gzip") << QStringLiteral("json") << QStringLiteral("gzip");
    }

    void openTelemetrySdk()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, compression);
        const QString run = protocol + compression;
        const QByteArray out
            = runNode({QStringLiteral("otel_client.mjs"), baseUrl(), protocol, compression, run});
        const QJsonObject ids = QJsonDocument::fromJson(out).object();
        QVERIFY2(!ids.isEmpty(), out.constData());
        const QString traceId = ids.value(QStringLiteral("traceId")).toString();
        const QString rootId = ids.value(QStringLiteral("rootSpanId")).toString();
        const QString llmId = ids.value(QStringLiteral("llmSpanId")).toString();
        const QString remoteId = ids.value(QStringLiteral("remoteSpanId")).toString();
        const QString svcA = QStringLiteral("svc-a-") + run;

        // The root span.
        Row root = one(QStringLiteral("SELECT *, rowid AS rid FROM _records WHERE trace_id = '%1' "
                                      "AND span_id = '%2'")
                           .arg(traceId, rootId));
        QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("span"));
        QVERIFY(root.value(QStringLiteral("parent_span_id")).isNull());
        QCOMPARE(root.value(QStringLiteral("span_name")).toString(),
                 QStringLiteral("handle request"));
        QCOMPARE(root.value(QStringLiteral("message")).toString(),
                 QStringLiteral("handle request"));
        QCOMPARE(root.value(QStringLiteral("level")).toInt(), 9);
        QCOMPARE(root.value(QStringLiteral("service_name")).toString(), svcA);
        QCOMPARE(root.value(QStringLiteral("service_version")).toString(), QStringLiteral("1.4.2"));
        QCOMPARE(root.value(QStringLiteral("deployment_environment")).toString(),
                 QStringLiteral("itest"));
        QCOMPARE(root.value(QStringLiteral("telemetry_sdk_language")).toString(),
                 QStringLiteral("nodejs"));
        QCOMPARE(root.value(QStringLiteral("telemetry_sdk_name")).toString(),
                 QStringLiteral("opentelemetry"));
        QCOMPARE(root.value(QStringLiteral("otel_scope_name")).toString(),
                 QStringLiteral("itest-scope"));
        QCOMPARE(root.value(QStringLiteral("otel_scope_version")).toString(),
                 QStringLiteral("0.1.0"));
        QCOMPARE(root.value(QStringLiteral("http_method")).toString(), QStringLiteral("POST"));
        QCOMPARE(root.value(QStringLiteral("http_route")).toString(), QStringLiteral("/chat"));
        QCOMPARE(root.value(QStringLiteral("http_response_status_code")).toInt(), 200);
        QCOMPARE(root.value(QStringLiteral("url_full")).toString(),
                 QStringLiteral("http://x/chat?q=1"));
        QCOMPARE(root.value(QStringLiteral("otel_status_code")).toString(),
                 QStringLiteral("UNSET"));
        const qint64 rootStart = root.value(QStringLiteral("start_timestamp")).toLongLong();
        const qint64 rootEnd = root.value(QStringLiteral("end_timestamp")).toLongLong();
        QVERIFY(rootStart > 1'700'000'000'000'000LL); // µs since the epoch, i.e. a 2023+ date
        QVERIFY(rootEnd >= rootStart);
        QCOMPARE(root.value(QStringLiteral("duration")).toDouble(), (rootEnd - rootStart) / 1e6);

        // The LLM child: exception, error level, gen_ai columns, typed attributes.
        Row llm = one(QStringLiteral("SELECT *, rowid AS rid, attributes ->> '$.flag' AS flag, "
                                     "attributes ->> '$.ratio' AS ratio, attributes -> '$.list' AS "
                                     "list FROM _records WHERE trace_id = '%1' AND span_id = '%2'")
                          .arg(traceId, llmId));
        QCOMPARE(llm.value(QStringLiteral("parent_span_id")).toString(), rootId);
        QCOMPARE(llm.value(QStringLiteral("level")).toInt(), 17);
        QCOMPARE(llm.value(QStringLiteral("otel_status_code")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(llm.value(QStringLiteral("otel_status_message")).toString(),
                 QStringLiteral("RateLimitError: rate limited"));
        QCOMPARE(llm.value(QStringLiteral("is_exception")).toInt(), 1);
        QCOMPARE(llm.value(QStringLiteral("exception_type")).toString(),
                 QStringLiteral("RateLimitError"));
        QCOMPARE(llm.value(QStringLiteral("exception_message")).toString(),
                 QStringLiteral("rate limited"));
        QVERIFY(llm.value(QStringLiteral("exception_stacktrace"))
                    .toString()
                    .contains(QStringLiteral("otel_client.mjs")));
        QCOMPARE(llm.value(QStringLiteral("_gen_ai_request_model")).toString(),
                 QStringLiteral("gpt-4o"));
        QCOMPARE(llm.value(QStringLiteral("_gen_ai_response_model")).toString(),
                 QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(llm.value(QStringLiteral("_gen_ai_operation_name")).toString(),
                 QStringLiteral("chat"));
        QCOMPARE(llm.value(QStringLiteral("_gen_ai_system")).toString(), QStringLiteral("openai"));
        QCOMPARE(llm.value(QStringLiteral("_gen_ai_input_tokens")).toInt(), 321);
        QCOMPARE(llm.value(QStringLiteral("_gen_ai_output_tokens")).toInt(), 54);
        QCOMPARE(llm.value(QStringLiteral("_operation_cost")).toDouble(), 0.00123);
        QCOMPARE(llm.value(QStringLiteral("flag")).toInt(), 1);
        QCOMPARE(llm.value(QStringLiteral("ratio")).toDouble(), 0.25);
        QCOMPARE(llm.value(QStringLiteral("list")).toString(), QStringLiteral("[\"a\",\"b\"]"));
        QVERIFY(llm.value(QStringLiteral("start_timestamp")).toLongLong() >= rootStart);
        QVERIFY(llm.value(QStringLiteral("end_timestamp")).toLongLong() <= rootEnd);
        // Spans are exported as they end: the child was stored before its parent arrived.
        QVERIFY(llm.value(QStringLiteral("rid")).toLongLong()
                < root.value(QStringLiteral("rid")).toLongLong());

        // The non-exception event became a span_event row under the LLM span.
        Row ev = one(QStringLiteral("SELECT *, attributes ->> '$.key' AS k FROM _records WHERE "
                                    "trace_id = '%1' AND kind = 'span_event'")
                         .arg(traceId));
        QCOMPARE(ev.value(QStringLiteral("parent_span_id")).toString(), llmId);
        QCOMPARE(ev.value(QStringLiteral("span_name")).toString(), QStringLiteral("cache-miss"));
        QCOMPARE(ev.value(QStringLiteral("k")).toString(), QStringLiteral("k1"));

        // A second service in the same trace.
        Row remote = one(QStringLiteral("SELECT * FROM _records WHERE trace_id = '%1' AND span_id "
                                        "= '%2'")
                             .arg(traceId, remoteId));
        QCOMPARE(remote.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("svc-b-") + run);
        QCOMPARE(remote.value(QStringLiteral("parent_span_id")).toString(), rootId);
        QCOMPARE(query(QStringLiteral("SELECT DISTINCT service_name FROM records WHERE trace_id = "
                                      "'%1'")
                           .arg(traceId))
                     .size(),
                 2);

        // OTLP logs: linked to the active span, levels from severity, bodies.
        Row warn = one(QStringLiteral("SELECT *, attributes ->> '$.attempt' AS attempt FROM "
                                      "_records WHERE kind = 'log' AND log_body = 'retrying %1'")
                           .arg(run));
        QCOMPARE(warn.value(QStringLiteral("trace_id")).toString(), traceId);
        QCOMPARE(warn.value(QStringLiteral("parent_span_id")).toString(), llmId);
        QCOMPARE(warn.value(QStringLiteral("level")).toInt(), 13);
        QCOMPARE(warn.value(QStringLiteral("message")).toString(),
                 QStringLiteral("retrying ") + run);
        QCOMPARE(warn.value(QStringLiteral("attempt")).toInt(), 2);
        QVERIFY(warn.value(QStringLiteral("duration")).isNull());
        QCOMPARE(warn.value(QStringLiteral("service_name")).toString(), svcA);
        QCOMPARE(warn.value(QStringLiteral("otel_scope_name")).toString(),
                 QStringLiteral("itest-logger"));
        // log_body is JSON for structured bodies and plain text otherwise.
        Row structured = one(QStringLiteral("SELECT *, CASE WHEN json_valid(log_body) THEN "
                                            "log_body ->> '$.free_mb' END AS free FROM _records "
                                            "WHERE kind = 'log' AND CASE WHEN json_valid(log_body) "
                                            "THEN log_body ->> '$.run' END = '%1'")
                                 .arg(run));
        QCOMPARE(structured.value(QStringLiteral("free")).toInt(), 12);
        QCOMPARE(structured.value(QStringLiteral("level")).toInt(), 17);
        QVERIFY(structured.value(QStringLiteral("parent_span_id")).isNull());
        QCOMPARE(structured.value(QStringLiteral("trace_id")).toString().size(), 32);
        Row plain = one(QStringLiteral("SELECT * FROM _records WHERE kind = 'log' AND log_body = "
                                       "'plain %1'")
                            .arg(run));
        QCOMPARE(plain.value(QStringLiteral("level")).toInt(), 9); // severity 0 → info

        // Metrics.
        Row counter = one(QStringLiteral("SELECT *, attributes ->> '$.route' AS route FROM "
                                         "_metrics WHERE metric_name = 'requests_%1'")
                              .arg(run));
        QCOMPARE(counter.value(QStringLiteral("metric_type")).toString(), QStringLiteral("sum"));
        QCOMPARE(counter.value(QStringLiteral("aggregation_temporality")).toString(),
                 QStringLiteral("cumulative"));
        QCOMPARE(counter.value(QStringLiteral("is_monotonic")).toInt(), 1);
        QCOMPARE(counter.value(QStringLiteral("scalar_value")).toDouble(), 7.0);
        QCOMPARE(counter.value(QStringLiteral("route")).toString(), QStringLiteral("/chat"));
        QCOMPARE(counter.value(QStringLiteral("unit")).toString(), QStringLiteral("1"));
        QCOMPARE(counter.value(QStringLiteral("service_name")).toString(), svcA);
        QVERIFY(counter.value(QStringLiteral("start_timestamp")).toLongLong()
                <= counter.value(QStringLiteral("recorded_timestamp")).toLongLong());
        Row hist = one(
            QStringLiteral("SELECT * FROM _metrics WHERE metric_name = 'latency_%1'").arg(run));
        QCOMPARE(hist.value(QStringLiteral("metric_type")).toString(), QStringLiteral("histogram"));
        QCOMPARE(hist.value(QStringLiteral("histogram_count")).toInt(), 4);
        QCOMPARE(hist.value(QStringLiteral("histogram_sum")).toDouble(), 22.55);
        QCOMPARE(hist.value(QStringLiteral("histogram_min")).toDouble(), 0.05);
        QCOMPARE(hist.value(QStringLiteral("histogram_max")).toDouble(), 20.0);
        QCOMPARE(hist.value(QStringLiteral("histogram_bucket_counts")).toString(),
                 QStringLiteral("[1,1,1,1]"));
        QCOMPARE(hist.value(QStringLiteral("histogram_explicit_bounds")).toString(),
                 QStringLiteral("[0.1,1.0,10.0]"));
        Row updown = one(
            QStringLiteral("SELECT * FROM _metrics WHERE metric_name = 'inflight_%1'").arg(run));
        QCOMPARE(updown.value(QStringLiteral("is_monotonic")).toInt(), 0);
        QCOMPARE(updown.value(QStringLiteral("scalar_value")).toDouble(), 3.0);
        Row gauge
            = one(QStringLiteral("SELECT * FROM _metrics WHERE metric_name = 'temp_%1'").arg(run));
        QCOMPARE(gauge.value(QStringLiteral("metric_type")).toString(), QStringLiteral("gauge"));
        QCOMPARE(gauge.value(QStringLiteral("scalar_value")).toDouble(), 21.5);
    }

    void logfireNodeSdk()
    {
        const QString run = QStringLiteral("lf1");
        const QByteArray out = runNode({QStringLiteral("logfire_client.mjs"), baseUrl(), run});
        QVERIFY2(out.contains("done"), out.constData());
        const QString svc = QStringLiteral("lf-") + run;
        Row outer = one(QStringLiteral("SELECT *, attributes ->> '$.job' AS job FROM records WHERE "
                                       "service_name = '%1' AND span_name = 'outer {job}'")
                            .arg(svc));
        QCOMPARE(outer.value(QStringLiteral("kind")).toString(), QStringLiteral("span"));
        QCOMPARE(outer.value(QStringLiteral("message")).toString(),
                 QStringLiteral("outer nightly"));
        QCOMPARE(outer.value(QStringLiteral("tags")).toString(), QStringLiteral("[\"batch\"]"));
        QCOMPARE(outer.value(QStringLiteral("job")).toString(), QStringLiteral("nightly"));
        QCOMPARE(outer.value(QStringLiteral("level")).toInt(), 9);
        QVERIFY(outer.value(QStringLiteral("parent_span_id")).isNull());
        QCOMPARE(outer.value(QStringLiteral("service_version")).toString(),
                 QStringLiteral("3.1.0"));
        QCOMPARE(outer.value(QStringLiteral("otel_scope_name")).toString(),
                 QStringLiteral("logfire"));
        const QString traceId = outer.value(QStringLiteral("trace_id")).toString();
        const QString outerId = outer.value(QStringLiteral("span_id")).toString();
        Row hello = one(QStringLiteral("SELECT *, attributes -> '$.payload.a' AS a, attributes ->> "
                                       "'$.\"logfire.msg\"' AS leftover FROM _records WHERE "
                                       "service_name = '%1' AND span_name = 'hello {name}'")
                            .arg(svc));
        QCOMPARE(hello.value(QStringLiteral("kind")).toString(), QStringLiteral("log"));
        QCOMPARE(hello.value(QStringLiteral("message")).toString(), QStringLiteral("hello bob"));
        QCOMPARE(hello.value(QStringLiteral("tags")).toString(), QStringLiteral("[\"greeting\"]"));
        QCOMPARE(hello.value(QStringLiteral("a")).toString(), QStringLiteral("[1,2]"));
        QVERIFY(hello.value(QStringLiteral("leftover")).isNull()); // consumed logfire.msg
        QVERIFY(!hello.value(QStringLiteral("attributes_json_schema")).toString().isEmpty());
        QCOMPARE(hello.value(QStringLiteral("trace_id")).toString(), traceId);
        QCOMPARE(hello.value(QStringLiteral("parent_span_id")).toString(), outerId);
        Row warn = one(QStringLiteral("SELECT * FROM _records WHERE service_name = '%1' AND "
                                      "span_name = 'disk {pct} full'")
                           .arg(svc));
        QCOMPARE(warn.value(QStringLiteral("level")).toInt(), 13);
        QCOMPARE(warn.value(QStringLiteral("message")).toString(), QStringLiteral("disk 91 full"));
        Row failed = one(QStringLiteral("SELECT * FROM _records WHERE service_name = '%1' AND "
                                        "span_name = 'step failed'")
                             .arg(svc));
        QCOMPARE(failed.value(QStringLiteral("is_exception")).toInt(), 1);
        QCOMPARE(failed.value(QStringLiteral("exception_type")).toString(),
                 QStringLiteral("TypeError"));
        QCOMPARE(failed.value(QStringLiteral("exception_message")).toString(),
                 QStringLiteral("bad value"));
        QCOMPARE(failed.value(QStringLiteral("level")).toInt(), 17);
        // Pending spans were sent (token + base URL) but are superseded by the real spans.
        QCOMPARE(query(QStringLiteral("SELECT 1 FROM _records WHERE service_name = '%1' AND kind = "
                                      "'pending_span'")
                           .arg(svc))
                     .size(),
                 0);
    }

    void cleanupTestCase() { QCOMPARE(m_serve.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestOtlpSdk)
#include "tst_otlp_sdk.moc"
