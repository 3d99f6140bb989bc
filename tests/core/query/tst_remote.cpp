// SPDX-License-Identifier: MIT
// The Logfire query API client (RemoteEngine) against (a) a real `hearth-cli serve --query-api`
// on the fixture store and (b) a scripted cpp-httplib server inside this executable that replays
// recorded Logfire response shapes (tests/data/query) and error/Retry-After sequences. Also the
// result cache in front of both.
#undef QT_NO_CAST_FROM_ASCII // literal-heavy expectations, test file only
#include "core/query/localengine.h"
#include "core/query/queryfixture.h"
#include "core/query/resultcache.h"
#include "core/query/resultformat.h"
#include "core/remote/remoteengine.h"

#include <atomic>
#include <functional>
#include <httplib.h>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace hearth::core;
using nlohmann::json;

namespace {

std::string dataFile(const char *name)
{
    QFile f(QStringLiteral(HEARTH_TEST_DATA_DIR "/query/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

// A scripted HTTP server: each request to any path runs `handler`.
struct Scripted
{
    httplib::Server server;
    std::thread thread;
    int port = 0;
    std::atomic_int hits {0};
    std::function<void(const httplib::Request &, httplib::Response &)> handler;

    bool start()
    {
        auto h = [this](const httplib::Request &req, httplib::Response &res) {
            ++hits;
            handler(req, res);
        };
        server.Post(".*", h);
        server.Get(".*", h);
        port = server.bind_to_any_port("127.0.0.1");
        if (port <= 0)
            return false;
        thread = std::thread([this] { server.listen_after_bind(); });
        return true;
    }
    ~Scripted()
    {
        if (thread.joinable()) {
            while (!server.is_running())
                std::this_thread::yield();
            server.stop();
            thread.join();
        }
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

QStringList rowsOf(const QueryResult &r)
{
    QStringList out;
    for (const auto &row : r.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < r.columns.size(); ++c)
            cells << (row[c].isNull() ? QStringLiteral("NULL")
                                      : cellText(r.columns[c].type, row[c]));
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

RemoteOptions fastRetries(const QString &url)
{
    RemoteOptions o;
    o.baseUrl = url;
    o.token = QStringLiteral("pylf_v1_us_test");
    o.initialBackoff = std::chrono::milliseconds(1);
    o.maxRetries = 3;
    return o;
}

} // namespace

class TestRemote : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    queryfixture::Fixture m_fx;
    QProcess m_serve;
    QString m_url;
    const QString m_token = QStringLiteral("s3cret-read-token");

    const QString kLlmSql = QStringLiteral(
        "SELECT time_bucket('1 hour', start_timestamp) AS x, attributes->>'gen_ai.request.model' "
        "AS model, "
        "SUM((attributes->'gen_ai.usage.input_tokens')::numeric) AS input_tokens, count() AS calls "
        "FROM records WHERE attributes ? 'gen_ai.request.model' GROUP BY x, model ORDER BY x");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = queryfixture::build(m_dir.filePath(QStringLiteral("served.hearth")));
        QVERIFY(!m_fx.path.isEmpty());
        m_serve.start(QStringLiteral(HEARTH_CLI_PATH),
                      {"serve", "--no-otlp", "--db", m_fx.path, "--query-api", "127.0.0.1:0",
                       "--query-token", m_token});
        QVERIFY(m_serve.waitForStarted());
        // Readiness probe: the component prints the bound port once it listens.
        QByteArray out;
        while (!out.contains("query-api: listening on ")) {
            QVERIFY2(m_serve.waitForReadyRead(20000), m_serve.readAllStandardError().constData());
            out += m_serve.readAllStandardOutput();
        }
        const int at = out.indexOf("listening on ");
        const QByteArray hostPort = out.mid(at + 13, out.indexOf('\n', at) - at - 13);
        m_url = QStringLiteral("http://") + QString::fromLatin1(hostPort);
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        QVERIFY(m_serve.waitForFinished(20000));
        QCOMPARE(m_serve.exitCode(), 0);
    }

    void servedResultsEqualLocalInEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(RemoteOptions::Format::Json);
        QTest::newRow("ndjson") << int(RemoteOptions::Format::Ndjson);
        QTest::newRow("csv") << int(RemoteOptions::Format::Csv);
    }

    void servedResultsEqualLocalInEveryFormat()
    {
        QFETCH(int, format);
        LocalEngine local(m_fx.path);
        QueryRequest req;
        req.sql = kLlmSql;
        auto expected = local.run(req, {});
        QVERIFY(expected.ok());
        QCOMPARE(expected->rows.size(), 4);

        RemoteOptions o;
        o.baseUrl = m_url;
        o.token = m_token;
        o.format = RemoteOptions::Format(format);
        RemoteEngine remote(o);
        auto got = remote.run(req, std::make_shared<CancelToken>());
        QVERIFY2(got.ok(), qPrintable(got ? QString() : got.error().message));
        QCOMPARE(rowsOf(got.value()), rowsOf(expected.value()));
        if (o.format != RemoteOptions::Format::Csv) {
            QCOMPARE(got->columns[0].type, ColumnType::Timestamp);
            QCOMPARE(got->columns[3].type, ColumnType::Integer);
        }
        QVERIFY(got->source.startsWith(QStringLiteral("logfire: ")));
    }

    void serverErrorsMapToClearMessages()
    {
        RemoteOptions o;
        o.baseUrl = m_url;
        o.token = QStringLiteral("wrong");
        RemoteEngine bad(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT 1");
        auto denied = bad.run(req, {});
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, Error::Code::Auth);
        QVERIFY2(denied.error().message.contains(QStringLiteral("HTTP 401")),
                 qPrintable(denied.error().message));
        QVERIFY2(!denied.error().message.contains(QStringLiteral("wrong")),
                 "the token must never be echoed");

        o.token = m_token;
        RemoteEngine good(o);
        req.sql = QStringLiteral("SELECT nope FROM records");
        auto sqlError = good.run(req, {});
        QVERIFY(!sqlError.ok());
        QCOMPARE(sqlError.error().code, Error::Code::SqlSyntax);
        QVERIFY2(sqlError.error().message.startsWith(
                     QStringLiteral("Execution error: no such column: nope")),
                 qPrintable(sqlError.error().message));

        req.sql = QStringLiteral("DELETE FROM _records");
        auto write = good.run(req, {});
        QVERIFY(!write.ok());
        QVERIFY(write.error().message.contains(QStringLiteral("read-only")));
    }

    void auxiliaryEndpointsAndLegacyV1()
    {
        RemoteOptions o;
        o.baseUrl = m_url;
        o.token = m_token;
        RemoteEngine remote(o);
        auto info = remote.readTokenInfo();
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info.value()["project_name"].get<std::string>(), std::string("served"));
        auto schemas = remote.schemas();
        QVERIFY(schemas.ok());
        const json &tables = schemas.value()["tables"];
        QCOMPARE(tables.size(), size_t(2));
        QCOMPARE(tables[0]["name"].get<std::string>(), std::string("records"));
        QVERIFY(tables[0]["schema"].contains("start_timestamp"));
        QVERIFY(!tables[0]["schema"].contains("_gen_ai_request_model"));

        o.legacyV1 = true;
        RemoteEngine v1(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT span_name, count(*) AS n FROM records WHERE span_name = "
                                 "$name GROUP BY span_name");
        req.variables = {{QStringLiteral("name"), QStringLiteral("running tool")}};
        auto r = v1.run(req, {});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(rowsOf(r.value()), QStringList {"running tool|4"});
    }

    void environmentFilterTravelsAndIsApplied()
    {
        // The fixture's rows have no environment: "" selects them all (Logfire's convention),
        // a named environment none, both applied by the served store, not by the client.
        RemoteOptions o;
        o.baseUrl = m_url;
        o.token = m_token;
        RemoteEngine remote(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT count(*) AS n FROM records");
        auto countFor = [&](const QStringList &environments) -> qint64 {
            req.environments = environments;
            auto r = remote.run(req, {});
            if (!r) {
                qWarning() << r.error().message;
                return -1;
            }
            return r->rows.value(0).value(0).toLongLong();
        };
        const qint64 all = countFor({});
        QVERIFY(all > 0);
        QCOMPARE(countFor({QStringLiteral("prod")}), 0);
        QCOMPARE(countFor({QString()}), all);
        QCOMPARE(countFor({QStringLiteral("prod"), QString()}), all);

        // A malformed filter is refused with the field named, not ignored.
        httplib::Client raw(m_url.toStdString());
        const auto refused = raw.Post(
            "/v2/query", {{"Authorization", "Bearer " + m_token.toStdString()}},
            R"({"sql":"SELECT 1","min_timestamp":"2020-01-01T00:00:00Z","deployment_environment":"prod"})",
            "application/json");
        QVERIFY(refused);
        QCOMPARE(refused->status, 422);
        QVERIFY2(refused->body.find("deployment_environment") != std::string::npos,
                 refused->body.c_str());

        // The v1 endpoint cannot filter: a clear error instead of every environment's rows.
        o.legacyV1 = true;
        RemoteEngine v1(o);
        req.environments = {QStringLiteral("prod")};
        auto r = v1.run(req, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot filter by environment (prod)")),
                 qPrintable(r.error().message));
    }

    void timeWindowAndLimitTravelInTheBody()
    {
        RemoteOptions o;
        o.baseUrl = m_url;
        o.token = m_token;
        RemoteEngine remote(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT span_id FROM records ORDER BY span_id");
        req.minTimestamp = m_fx.base - 5 * kMicrosPerHour;
        req.limit = 3;
        auto r = remote.run(req, {});
        QVERIFY(r.ok());
        QCOMPARE(r->rows.size(), 3);
        QVERIFY(r->truncated);
        req.limit = 100;
        auto all = remote.run(req, {});
        QVERIFY(all.ok());
        QCOMPARE(all->rows.size(), 9); // the 24 h subset of the fixture
    }

    void recordedLogfireShapesParse()
    {
        Scripted s;
        s.handler = [](const httplib::Request &req, httplib::Response &res) {
            const std::string file = req.path == "/v1/read-token-info" ? "read_token_info.json"
                : req.body.find("timestamps") != std::string::npos ? "logfire_v2_timestamps.json"
                                                                   : "logfire_v2_response.json";
            res.set_content(dataFile(file.c_str()), "application/json");
        };
        QVERIFY(s.start());
        RemoteEngine remote(fastRetries(s.url()));
        QueryRequest req;
        req.sql = QStringLiteral("SELECT kind, message, is_exception, tags FROM records");
        auto r = remote.run(req, {});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->columns.size(), 4);
        QCOMPARE(r->columns[2].type, ColumnType::Boolean);
        QCOMPARE(r->columns[3].type, ColumnType::List);
        QCOMPARE(rowsOf(r.value()),
                 (QStringList {"log|about to raise an error|false|[]",
                               "log|aha 0|false|[\"tag1\",\"tag2\"]"}));

        req.sql = QStringLiteral("SELECT 'timestamps'");
        auto t = remote.run(req, {});
        QVERIFY(t.ok());
        QCOMPARE(t->columns[0].type, ColumnType::Timestamp);
        QCOMPARE(t->columns[1].type, ColumnType::Text); // Dictionary(UInt16, Utf8)
        QCOMPARE(t->columns[2].type, ColumnType::Integer);
        QCOMPARE(t->rows[0][0].toLongLong(), *parseIsoMicros("2026-05-27T13:16:36.517321Z"));
        QCOMPARE(rowsOf(t.value())[1],
                 QStringLiteral("2026-05-27T13:16:37.000001Z|worker|17|NULL"));

        auto info = remote.readTokenInfo();
        QVERIFY(info.ok());
        QCOMPARE(info.value()["organization_name"].get<std::string>(), std::string("viicos"));
    }

    void requestCarriesLogfireFields()
    {
        Scripted s;
        json seen;
        std::string auth;
        std::string accept;
        s.handler = [&](const httplib::Request &req, httplib::Response &res) {
            seen = json::parse(req.body, nullptr, false);
            auth = req.get_header_value("Authorization");
            accept = req.get_header_value("Accept");
            res.set_content(dataFile("logfire_v2_response.json"), "application/json");
        };
        QVERIFY(s.start());
        RemoteOptions o = fastRetries(s.url());
        o.timezone = QStringLiteral("Europe/Paris");
        RemoteEngine remote(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT * FROM records WHERE service_name = $svc");
        req.variables = {{QStringLiteral("svc"), QStringLiteral("o'brien")}};
        req.maxTimestamp = *parseIsoMicros("2026-05-28T00:00:00Z");
        req.limit = 50000;
        req.environments = {QStringLiteral("prod"), QString()};
        QVERIFY(remote.run(req, {}).ok());
        QCOMPARE(seen["deployment_environment"].dump(), std::string(R"(["prod",""])"));
        QCOMPARE(seen["sql"].get<std::string>(),
                 std::string("SELECT * FROM records WHERE service_name = 'o''brien'"));
        QCOMPARE(seen["min_timestamp"].get<std::string>(),
                 std::string("2020-01-01T00:00:00.000000Z"));
        QCOMPARE(seen["max_timestamp"].get<std::string>(),
                 std::string("2026-05-28T00:00:00.000000Z"));
        QCOMPARE(seen["limit"].get<int>(), 10000);
        QCOMPARE(seen["timezone"].get<std::string>(), std::string("Europe/Paris"));
        QCOMPARE(auth, std::string("Bearer pylf_v1_us_test"));
        QCOMPARE(accept, std::string("application/json"));
    }

    void retriesHonourRetryAfter()
    {
        Scripted s;
        std::atomic_int calls {0};
        s.handler = [&](const httplib::Request &, httplib::Response &res) {
            const int n = ++calls;
            if (n == 1) {
                res.status = 429;
                res.set_header("Retry-After", "1");
                res.set_content(R"({"detail":"rate limited"})", "application/json");
            } else if (n == 2) {
                res.status = 503;
                res.set_content("upstream unavailable", "text/plain");
            } else {
                res.set_content(dataFile("logfire_v2_response.json"), "application/json");
            }
        };
        QVERIFY(s.start());
        RemoteEngine remote(fastRetries(s.url()));
        QueryRequest req;
        req.sql = QStringLiteral("SELECT 1");
        QElapsedTimer timer;
        timer.start();
        auto r = remote.run(req, {});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QVERIFY2(timer.elapsed() >= 950, "Retry-After: 1 must be waited out");
        QCOMPARE(calls.load(), 3);
        QCOMPARE(remote.stats().retries, 2);
        QCOMPARE(r->rows.size(), 2);
    }

    void givesUpAfterRetriesAndMapsStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("expectedHits");
        QTest::newRow("400 detail") << 400 << "logfire_400.json" << int(Error::Code::SqlSyntax)
                                    << "Execution error: Schema error: No field named nope." << 1;
        QTest::newRow("422 validation")
            << 422 << "logfire_422.json" << int(Error::Code::InvalidInput)
            << "HTTP 422): body.min_timestamp: Field required" << 1;
        QTest::newRow("403") << 403 << "" << int(Error::Code::Auth)
                             << "rejected the read token (HTTP 403)" << 1;
        QTest::newRow("503 forever")
            << 503 << "" << int(Error::Code::Network) << "HTTP 503 after 3 retries" << 4;
        QTest::newRow("429 forever") << 429 << "" << int(Error::Code::Busy) << "rate limiting" << 4;
        QTest::newRow("418 unexpected")
            << 418 << "" << int(Error::Code::Generic) << "HTTP 418" << 1;
    }

    void givesUpAfterRetriesAndMapsStatuses()
    {
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        QFETCH(int, expectedHits);
        Scripted s;
        const std::string body
            = file.isEmpty() ? std::string("nope") : dataFile(file.toUtf8().constData());
        s.handler = [&](const httplib::Request &, httplib::Response &res) {
            res.status = status;
            res.set_content(body, "application/json");
        };
        QVERIFY(s.start());
        RemoteEngine remote(fastRetries(s.url()));
        QueryRequest req;
        req.sql = QStringLiteral("SELECT 1");
        auto r = remote.run(req, {});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        QCOMPARE(s.hits.load(), expectedHits);
    }

    void ndjsonStreamsAndStreamErrors()
    {
        Scripted s;
        s.handler = [](const httplib::Request &req, httplib::Response &res) {
            res.set_content(dataFile(req.body.find("fail") != std::string::npos
                                         ? "logfire_v2_stream_error.ndjson"
                                         : "logfire_v2_stream.ndjson"),
                            "application/x-ndjson");
        };
        QVERIFY(s.start());
        RemoteOptions o = fastRetries(s.url());
        o.format = RemoteOptions::Format::Ndjson;
        RemoteEngine remote(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT kind, n");
        auto r = remote.run(req, {});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(rowsOf(r.value()), (QStringList {"log|1", "span|2", "span_event|3"}));
        req.sql = QStringLiteral("SELECT 'fail'");
        auto e = remote.run(req, {});
        QVERIFY(!e.ok());
        QCOMPARE(e.error().message, QStringLiteral("Execution error: Resources exhausted"));
    }

    void cancelStopsAnEndlessStream()
    {
        Scripted s;
        std::atomic_int chunks {0};
        s.handler = [&](const httplib::Request &, httplib::Response &res) {
            res.set_chunked_content_provider(
                "application/x-ndjson", [&](size_t, httplib::DataSink &sink) {
                    const std::string line = chunks++ == 0
                        ? std::string(
                              R"({"type":"schema","schema":{"fields":[{"name":"n","data_type":"Int64"}]}})")
                            + "\n"
                        : std::string(R"({"type":"data","rows":[]})") + "\n";
                    return sink.write(line.data(), line.size());
                });
        };
        QVERIFY(s.start());
        RemoteOptions o = fastRetries(s.url());
        o.format = RemoteOptions::Format::Ndjson;
        RemoteEngine remote(o);
        QueryRequest req;
        req.sql = QStringLiteral("SELECT n");
        auto token = std::make_shared<CancelToken>();
        Result<QueryResult> result = Error::make(Error::Code::Generic, QString());
        std::thread worker([&] { result = remote.run(req, token); });
        QTRY_VERIFY_WITH_TIMEOUT(chunks.load() > 5, 10000); // the stream is flowing
        token->cancel();
        worker.join();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }

    void networkErrorsAndRegions()
    {
        Scripted closed; // bind then stop: a port nobody listens on
        QVERIFY(closed.start());
        const QString url = closed.url();
        while (!closed.server.is_running())
            std::this_thread::yield();
        closed.server.stop();
        closed.thread.join();
        RemoteEngine remote(fastRetries(url));
        QueryRequest req;
        req.sql = QStringLiteral("SELECT 1");
        auto r = remote.run(req, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Network);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Cannot reach ") + url),
                 qPrintable(r.error().message));

        QCOMPARE(RemoteEngine::baseUrlForToken(QStringLiteral("pylf_v1_eu_0123456789abcdef")),
                 QStringLiteral("https://logfire-eu.pydantic.dev"));
        QCOMPARE(RemoteEngine::baseUrlForToken(QStringLiteral("pylf_v2_us_abc_def")),
                 QStringLiteral("https://logfire-us.pydantic.dev"));
        QCOMPARE(RemoteEngine::baseUrlForToken(QStringLiteral("legacy-token-without-prefix")),
                 QStringLiteral("https://logfire-us.pydantic.dev"));
        RemoteOptions o;
        o.token = QStringLiteral("pylf_v1_eu_x");
        QCOMPARE(RemoteEngine(o).name(),
                 QStringLiteral("logfire: https://logfire-eu.pydantic.dev"));
    }

    void cacheServesFreshOfflineAndUnreachable()
    {
        auto cache = ResultCache::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.ok());
        std::shared_ptr<ResultCache> shared(std::move(cache.value()));
        Scripted s;
        std::atomic_bool up {true};
        s.handler = [&](const httplib::Request &, httplib::Response &res) {
            if (!up) {
                res.status = 503;
                return;
            }
            res.set_content(dataFile("logfire_v2_response.json"), "application/json");
        };
        QVERIFY(s.start());
        RemoteOptions o = fastRetries(s.url());
        o.maxRetries = 0;
        auto remote = std::make_shared<RemoteEngine>(o);
        CachingEngine engine(remote, shared, std::chrono::minutes(5));
        QueryRequest req;
        req.sql = QStringLiteral("SELECT kind FROM records");
        req.minTimestamp = 1'000;
        req.maxTimestamp = 1'000 + kMicrosPerDay;

        auto first = engine.run(req, {});
        QVERIFY(first.ok());
        QVERIFY(!first->cachedAt);
        QCOMPARE(s.hits.load(), 1);
        auto fresh = engine.run(req, {});
        QVERIFY(fresh.ok());
        QVERIFY(fresh->cachedAt.has_value()); // within freshness: no request
        QCOMPARE(s.hits.load(), 1);
        QCOMPARE(rowsOf(fresh.value()), rowsOf(first.value()));
        QCOMPARE(fresh->columns[1 - 1].type, first->columns[0].type);

        // Another "last 24 h" window while the server fails: the latest result, marked cached.
        engine.setFreshness(std::chrono::milliseconds(0));
        up = false;
        QueryRequest later = req;
        later.minTimestamp = 5'000;
        later.maxTimestamp = 5'000 + kMicrosPerDay;
        auto fallback = engine.run(later, {});
        QVERIFY2(fallback.ok(), qPrintable(fallback ? QString() : fallback.error().message));
        QVERIFY(fallback->cachedAt.has_value());
        QVERIFY(fallback->source.startsWith(QStringLiteral("cache: ")));

        engine.setOffline(true);
        const int hits = s.hits.load();
        auto offline = engine.run(later, {});
        QVERIFY(offline.ok());
        QVERIFY(offline->cachedAt.has_value());
        QCOMPARE(s.hits.load(), hits);
        QueryRequest unknown = req;
        unknown.sql = QStringLiteral("SELECT 2");
        auto miss = engine.run(unknown, {});
        QVERIFY(!miss.ok());
        QVERIFY(miss.error().message.contains(QStringLiteral("no cached result")));
    }

    void cacheEvictsOverItsSizeCap()
    {
        auto cache = ResultCache::open(m_dir.filePath(QStringLiteral("small-cache.sqlite")), 4096);
        QVERIFY(cache.ok());
        QueryResult r;
        r.columns = {{QStringLiteral("s"), ColumnType::Text}};
        for (int i = 0; i < 10; ++i)
            r.rows.push_back({QString(100, QLatin1Char('x'))});
        for (int i = 0; i < 20; ++i) {
            QueryRequest req;
            req.sql = QStringLiteral("SELECT %1").arg(i);
            QVERIFY((*cache)->store(QStringLiteral("e"), req, r).ok());
        }
        auto bytes = (*cache)->totalBytes();
        QVERIFY(bytes.ok());
        QVERIFY2(bytes.value() <= 4096, qPrintable(QString::number(bytes.value())));
        auto count = (*cache)->entryCount();
        QVERIFY(count.value() > 0 && count.value() < 20);
        QueryRequest newest;
        newest.sql = QStringLiteral("SELECT 19");
        auto hit = (*cache)->lookup(QStringLiteral("e"), newest);
        QVERIFY(hit.ok() && hit->has_value());
        QueryRequest oldest;
        oldest.sql = QStringLiteral("SELECT 0");
        auto gone = (*cache)->lookup(QStringLiteral("e"), oldest);
        QVERIFY(gone.ok() && !gone->has_value());
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
