// SPDX-License-Identifier: MIT
// OTLP/HTTP and OTLP/gRPC against a real `hearth-cli serve`: good requests in every encoding, and
// bad input of every kind, each answered as otlp.md says while the server keeps serving.
#include "core/otlp/otlpcodec.h"
#include "core/store/store.h"
#include "google/rpc/status.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.grpc.pb.h"
#include "otlpfixtures.h"
#include "servehelper.h"

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::ServeProcess;
namespace pb = opentelemetry::proto;

namespace {

constexpr const char *kProto = "application/x-protobuf";
constexpr const char *kJson = "application/json";

std::int64_t countRows(const QString &db, const char *sql)
{
    auto conn = core::Store::openReader(db);
    if (!conn)
        return -1;
    auto n = conn->queryInt(sql);
    return n ? n->value_or(0) : -2;
}

} // namespace

class TestOtlpServe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    ServeProcess m_serve;
    std::unique_ptr<httplib::Client> m_client;

    httplib::Result post(const std::string &path, const std::string &body, const char *type,
                         httplib::Headers headers = {})
    {
        return m_client->Post(path.c_str(), headers, body, type);
    }

    // The server still answers a good request (checked after every bad one).
    void verifyStillServing(std::uint64_t n)
    {
        const auto body = test::traceRequest(900 + n, 900000 + n * 10, 1).SerializeAsString();
        auto res = post("/v1/traces", body, kProto);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("serve.hearth"));
        const QString error
            = m_serve.start(m_db, {QStringLiteral("--otlp-max-body"), QStringLiteral("2000000")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client = std::make_unique<httplib::Client>("127.0.0.1", m_serve.httpPort());
        m_client->set_read_timeout(30, 0);
    }

    void protobufJsonGzipAndChunked()
    {
        const auto before = countRows(m_db, "SELECT count(*) FROM _records");
        // Protobuf with Content-Length.
        auto r1 = post("/v1/traces", test::traceRequest(1, 100, 5).SerializeAsString(), kProto);
        QVERIFY(r1);
        QCOMPARE(r1->status, 200);
        QCOMPARE(r1->get_header_value("Content-Type"), std::string(kProto));
        QVERIFY(r1->body.empty()); // partial_success unset
        // Protobuf, gzip.
        auto r2
            = post("/v1/traces", test::gzipped(test::traceRequest(2, 200, 5).SerializeAsString()),
                   kProto, {{"Content-Encoding", "gzip"}});
        QVERIFY(r2);
        QCOMPARE(r2->status, 200);
        // JSON (hex ids), with charset parameter.
        const std::string json
            = R"({"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"json-svc"}}]},"scopeSpans":[{"spans":[{"traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"EEE19B7EC3C1B174","name":"json span","kind":2,"startTimeUnixNano":"1764301560000000000","endTimeUnixNano":"1764301561000000000"}]}]}]})";
        auto r3 = post("/v1/traces", json, "application/json; charset=utf-8");
        QVERIFY(r3);
        QCOMPARE(r3->status, 200);
        QCOMPARE(r3->body, std::string("{}"));
        // Chunked body (no Content-Length), as the JS exporter sends it.
        const std::string chunked = test::traceRequest(3, 300, 5).SerializeAsString();
        auto r4 = m_client->Post(
            "/v1/traces",
            [&chunked](size_t offset, httplib::DataSink &sink) {
                const size_t n = std::min<size_t>(7, chunked.size() - offset);
                sink.write(chunked.data() + offset, n);
                if (offset + n == chunked.size())
                    sink.done();
                return true;
            },
            kProto);
        QVERIFY(r4);
        QCOMPARE(r4->status, 200);
        // 200 means committed: the rows are readable right away from another connection.
        QCOMPARE(countRows(m_db, "SELECT count(*) FROM _records"), before + 16);
        QCOMPARE(countRows(m_db,
                           "SELECT count(*) FROM _records WHERE trace_id = "
                           "'5b8efff798038103d269b633813fc60c' AND span_id = 'eee19b7ec3c1b174' "
                           "AND service_name = 'json-svc' AND duration = 1.0"),
                 1);
    }

    void duplicatesAreStoredOnce()
    {
        const auto body = test::traceRequest(4, 400, 3).SerializeAsString();
        for (int i = 0; i < 2; ++i) {
            auto r = post("/v1/traces", body, kProto);
            QVERIFY(r);
            QCOMPARE(r->status, 200);
        }
        QCOMPARE(countRows(m_db,
                           "SELECT count(*) FROM _records WHERE span_id IN ('0000000000000191', "
                           "'0000000000000192', '0000000000000193')"),
                 3);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const std::string full = test::traceRequest(5, 500, 20).SerializeAsString();
        const QByteArray truncated = QByteArray::fromStdString(full.substr(0, full.size() - 9));
        QTest::newRow("truncated protobuf")
            << QByteArray("/v1/traces") << QByteArray(kProto) << QByteArray() << truncated << 400
            << QStringLiteral("cannot decode the protobuf body");
        QTest::newRow("garbage protobuf")
            << QByteArray("/v1/logs") << QByteArray(kProto) << QByteArray()
            << QByteArray("\x0a\xff\xff\xff\xff\x0f garbage", 16) << 400
            << QStringLiteral("cannot decode");
        QTest::newRow("invalid json")
            << QByteArray("/v1/metrics") << QByteArray(kJson) << QByteArray()
            << QByteArray("{\"resourceMetrics\":[") << 400 << QStringLiteral("invalid JSON");
        QTest::newRow("wrong types")
            << QByteArray("/v1/traces") << QByteArray(kJson) << QByteArray()
            << QByteArray(R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"name":{"x":1}}]}]}]})")
            << 400 << QStringLiteral("invalid OTLP JSON");
        QTest::newRow("deep json")
            << QByteArray("/v1/traces") << QByteArray(kJson) << QByteArray()
            << QByteArray("{\"a\":" + QByteArray(3000, '[') + QByteArray(3000, ']') + "}") << 400
            << QStringLiteral("nested deeper");
        // AnyValue nested 300 levels: beyond protobuf's recursion limit.
        pb::collector::trace::v1::ExportTraceServiceRequest deep = test::traceRequest(6, 600, 1);
        auto *v = deep.mutable_resource_spans(0)
                      ->mutable_scope_spans(0)
                      ->mutable_spans(0)
                      ->mutable_attributes(0)
                      ->mutable_value();
        for (int i = 0; i < 300; ++i)
            v = v->mutable_array_value()->add_values();
        QTest::newRow("deep protobuf")
            << QByteArray("/v1/traces") << QByteArray(kProto) << QByteArray()
            << QByteArray::fromStdString(deep.SerializeAsString()) << 400
            << QStringLiteral("cannot decode");
        QTest::newRow("gzip bomb")
            << QByteArray("/v1/traces") << QByteArray(kProto) << QByteArray("gzip")
            << QByteArray::fromStdString(test::gzipped(std::string(50 << 20, '\0'))) << 413
            << QStringLiteral("larger than");
        QTest::newRow("raw body over the cap")
            << QByteArray("/v1/traces") << QByteArray(kProto) << QByteArray()
            << QByteArray(3'000'000, 'x') << 413 << QString();
        QTest::newRow("broken gzip")
            << QByteArray("/v1/traces") << QByteArray(kProto) << QByteArray("gzip")
            << QByteArray("not gzip data") << 400 << QStringLiteral("cannot read");
        QTest::newRow("unknown content encoding")
            << QByteArray("/v1/traces") << QByteArray(kProto) << QByteArray("zstd")
            << QByteArray("abc") << 400 << QStringLiteral("Content-Encoding");
        QTest::newRow("wrong content type")
            << QByteArray("/v1/traces") << QByteArray("text/plain") << QByteArray()
            << QByteArray("hello") << 415 << QStringLiteral("Content-Type");
    }

    void badInput()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        httplib::Headers headers;
        if (!encoding.isEmpty())
            headers.emplace("Content-Encoding", encoding.toStdString());
        httplib::Client client("127.0.0.1", m_serve.httpPort());
        client.set_read_timeout(30, 0);
        auto res
            = client.Post(path.constData(), headers, body.toStdString(), contentType.constData());
        QVERIFY2(res, "no response");
        QCOMPARE(res->status, status);
        if (!message.isEmpty()) {
            if (contentType == kProto) {
                google::rpc::Status st;
                QVERIFY(st.ParseFromString(res->body));
                QCOMPARE(st.code(), 3);
                QVERIFY2(QString::fromStdString(st.message()).contains(message),
                         st.message().c_str());
            } else {
                QVERIFY2(QString::fromStdString(res->body).contains(message), res->body.c_str());
            }
        }
        verifyStillServing(static_cast<std::uint64_t>(QTest::currentDataTag()[0]));
    }

    void wrongMethod()
    {
        auto res = m_client->Get("/v1/traces");
        QVERIFY(res);
        QCOMPARE(res->status, 405);
        auto res2 = m_client->Put("/v1/metrics", "x", "application/x-protobuf");
        QVERIFY(res2);
        QCOMPARE(res2->status, 405);
        verifyStillServing(1);
    }

    void hugeAttributeIsStored()
    {
        auto req = test::traceRequest(7, 700, 1);
        auto *a = req.mutable_resource_spans(0)
                      ->mutable_scope_spans(0)
                      ->mutable_spans(0)
                      ->add_attributes();
        a->set_key("big");
        a->mutable_value()->set_string_value(std::string(1'500'000, 'y'));
        auto res = post("/v1/traces", req.SerializeAsString(), kProto);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QCOMPARE(countRows(m_db,
                           "SELECT length(attributes ->> '$.big') FROM _records WHERE "
                           "span_id = '00000000000002bd'"),
                 1'500'000);
    }

    void summaryIsPartialSuccess()
    {
        pb::collector::metrics::v1::ExportMetricsServiceRequest req;
        auto *sm = req.add_resource_metrics()->add_scope_metrics();
        auto *g = sm->add_metrics();
        g->set_name("temp");
        g->mutable_gauge()->add_data_points()->set_as_double(21.5);
        auto *s = sm->add_metrics();
        s->set_name("legacy.summary");
        s->mutable_summary()->add_data_points()->set_count(3);
        auto res = post("/v1/metrics", req.SerializeAsString(), kProto);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        pb::collector::metrics::v1::ExportMetricsServiceResponse resp;
        QVERIFY(resp.ParseFromString(res->body));
        QCOMPARE(resp.partial_success().rejected_data_points(), 1);
        QVERIFY(resp.partial_success().error_message().find("legacy.summary") != std::string::npos);
        QCOMPARE(countRows(m_db,
                           "SELECT count(*) FROM _metrics WHERE metric_name = 'temp' AND "
                           "scalar_value = 21.5"),
                 1);
    }

    void slowClientDoesNotBlockOthers()
    {
        QTcpSocket slow;
        slow.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_serve.httpPort()));
        QVERIFY(slow.waitForConnected(5000));
        slow.write("POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
                   "Content-Length: 100000\r\n\r\nabc");
        QVERIFY(slow.waitForBytesWritten(5000));
        verifyStillServing(2); // answered while the slow request is still incomplete
    }

    void grpcExport()
    {
        auto channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(m_serve.grpcPort()),
                                           grpc::InsecureChannelCredentials());
        auto stub = pb::collector::trace::v1::TraceService::NewStub(channel);
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        pb::collector::trace::v1::ExportTraceServiceResponse resp;
        const auto st = stub->Export(&ctx, test::traceRequest(8, 800, 4, "grpc-svc"), &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QVERIFY(!resp.has_partial_success());
        QCOMPARE(countRows(m_db, "SELECT count(*) FROM _records WHERE service_name = 'grpc-svc'"),
                 4);
    }

    void portInUseIsAClearError()
    {
        QProcess second;
        second.start(QStringLiteral(HEARTH_CLI_PATH),
                     {QStringLiteral("serve"), QStringLiteral("--db"),
                      m_dir.filePath(QStringLiteral("other.hearth")), QStringLiteral("--otlp-http"),
                      QStringLiteral("127.0.0.1:%1").arg(m_serve.httpPort()),
                      QStringLiteral("--no-otlp-grpc")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 1);
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(err.contains(QString::number(m_serve.httpPort()))
                     && err.contains(QStringLiteral("in use")),
                 qPrintable(err));
    }

    void tokenIsRequiredWhenSet()
    {
        ServeProcess secured;
        const QString db = m_dir.filePath(QStringLiteral("token.hearth"));
        const QString error
            = secured.start(db, {QStringLiteral("--otlp-token"), QStringLiteral("s3cret")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!secured.output().contains(QStringLiteral("s3cret"))); // never logged
        httplib::Client c("127.0.0.1", secured.httpPort());
        const auto body = test::traceRequest(9, 900, 2).SerializeAsString();
        auto none = c.Post("/v1/traces", body, kProto);
        QVERIFY(none);
        QCOMPARE(none->status, 401);
        auto wrong = c.Post("/v1/traces", {{"Authorization", "Bearer nope"}}, body, kProto);
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 401);
        auto bearer = c.Post("/v1/traces", {{"Authorization", "Bearer s3cret"}}, body, kProto);
        QVERIFY(bearer);
        QCOMPARE(bearer->status, 200);
        auto bare = c.Post("/v1/traces", {{"Authorization", "s3cret"}}, body, kProto);
        QVERIFY(bare);
        QCOMPARE(bare->status, 200);
        const int code = secured.terminate();
        QVERIFY2(code == 0, qPrintable(secured.output() + secured.errors()));
        QCOMPARE(countRows(db, "SELECT count(*) FROM _records"), 2);
    }

    void forwardsToUpstream()
    {
        ServeProcess upstream;
        const QString upDb = m_dir.filePath(QStringLiteral("upstream.hearth"));
        QString error
            = upstream.start(upDb, {QStringLiteral("--otlp-token"), QStringLiteral("tok")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ServeProcess local;
        const QString localDb = m_dir.filePath(QStringLiteral("local.hearth"));
        error = local.start(localDb,
                            {QStringLiteral("--forward"),
                             QStringLiteral("http://127.0.0.1:%1").arg(upstream.httpPort()),
                             QStringLiteral("--forward-header"),
                             QStringLiteral("Authorization=tok")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        httplib::Client c("127.0.0.1", local.httpPort());
        auto res2 = c.Post(
            "/v1/traces", {{"Content-Encoding", "gzip"}},
            test::gzipped(test::traceRequest(10, 1000, 3, "fwd").SerializeAsString()), kProto);
        QVERIFY(res2);
        QCOMPARE(res2->status, 200);
        QCOMPARE(countRows(localDb, "SELECT count(*) FROM _records WHERE service_name = 'fwd'"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(
            countRows(upDb, "SELECT count(*) FROM _records WHERE service_name = 'fwd'"), 3, 20000);
        QCOMPARE(local.terminate(), 0);
        QVERIFY2(local.output().contains(QStringLiteral("forward: ")), qPrintable(local.output()));
        QCOMPARE(upstream.terminate(), 0);
    }

    void sigtermDrainsAndExitsZero()
    {
        auto res = post("/v1/traces", test::traceRequest(11, 1100, 2).SerializeAsString(), kProto);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        m_client.reset();
        QCOMPARE(m_serve.terminate(), 0);
        QVERIFY2(m_serve.output().contains(QStringLiteral("otlp: ")), qPrintable(m_serve.output()));
        auto opened = core::Store::open(m_db);
        QVERIFY(opened.ok());
        auto ok = (*opened)->writer().queryInt("SELECT count(*) FROM _records WHERE span_id = "
                                               "'000000000000044d'");
        QVERIFY(ok.ok());
        QCOMPARE(ok->value_or(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestOtlpServe)
#include "tst_otlpserve.moc"
