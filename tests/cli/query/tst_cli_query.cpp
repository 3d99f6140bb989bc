// SPDX-License-Identifier: MIT
// `hearth-cli query` on a store and against `hearth-cli serve --query-api`, end to end.
#undef QT_NO_CAST_FROM_ASCII // literal-heavy argument lists, test file only
#include "core/query/queryfixture.h"

#include <nlohmann/json.hpp>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;

class TestCliQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    queryfixture::Fixture m_fx;

    struct Run
    {
        int exitCode;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HEARTH_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timeout")};
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = queryfixture::build(m_dir.filePath("cli.hearth"));
        QVERIFY(!m_fx.path.isEmpty());
    }

    void jsonPrintsTheV2Shape()
    {
        const Run r = run(
            {"query", "--db", m_fx.path, "--format", "json", "--sql",
             "SELECT message AS tool, count(*) AS n FROM records WHERE span_name = 'running tool' "
             "GROUP BY message ORDER BY n DESC"});
        QCOMPARE(r.exitCode, 0);
        const json doc = json::parse(r.out.toStdString());
        QCOMPARE(doc["schema"]["fields"][0]["name"].get<std::string>(), std::string("tool"));
        QCOMPARE(doc["schema"]["fields"][1]["data_type"].get<std::string>(), std::string("Int64"));
        QCOMPARE(doc["data"].size(), size_t(2));
        QCOMPARE(doc["data"][0]["tool"].get<std::string>(), std::string("running tool: search"));
        QCOMPARE(doc["data"][0]["n"].get<int>(), 3);
    }

    void csvAndTableWithVariablesAndWindow()
    {
        const Run csv = run({"query", "--db", m_fx.path, "--format", "csv", "--since", "24h",
                             "--var", "model=gpt-4o", "--var", "model=claude-3", "--sql",
                             "SELECT attributes->>'gen_ai.request.model' AS model, "
                             "SUM(attributes->'gen_ai.usage.input_tokens') AS tokens "
                             "FROM records WHERE attributes->>'gen_ai.request.model' = ANY($model) "
                             "GROUP BY model ORDER BY model"});
        QCOMPARE(csv.exitCode, 0);
        // Within 24 h: claude-3 m3 (30), gpt-4o m1 + m2 (30). m4 is 49 h old.
        QCOMPARE(csv.out, QByteArray("model,tokens\r\nclaude-3,30\r\ngpt-4o,30\r\n"));

        const QString from
            = hearth::core::formatIsoMicrosQ(m_fx.base - 50 * hearth::core::kMicrosPerHour);
        const Run table = run({"query", "--db", m_fx.path, "--from", from, "--sql",
                               "SELECT time_bucket('1 hour', start_timestamp) AS x, count(*) AS n "
                               "FROM records WHERE span_id = 'b000000000000004' GROUP BY x"});
        QCOMPARE(table.exitCode, 0);
        const QString expectedTs
            = hearth::core::formatIsoMicrosQ(m_fx.base - 49 * hearth::core::kMicrosPerHour);
        QVERIFY2(QString::fromUtf8(table.out).contains(expectedTs + QStringLiteral(" | 1")),
                 table.out.constData());
    }

    void failuresExitNonZeroWithAMessage()
    {
        const Run bad = run({"query", "--db", m_fx.path, "--sql", "SELECT nope FROM records"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("no such column: nope (at position 7)"), qPrintable(bad.err));
        const Run write = run({"query", "--db", m_fx.path, "--sql", "DROP TABLE _records"});
        QCOMPARE(write.exitCode, 1);
        QVERIFY(write.err.contains("read-only"));
        const Run usage = run({"query", "--sql", "SELECT 1"});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--db FILE or --remote URL"));
        const Run since = run({"query", "--db", m_fx.path, "--since", "soon", "--sql", "SELECT 1"});
        QCOMPARE(since.exitCode, 2);
        QVERIFY(since.err.contains("--since 'soon'"));
        const Run noToken
            = run({"query", "--remote", "http://127.0.0.1:9", "--sql", "SELECT 1"}, [] {
                  auto e = QProcessEnvironment::systemEnvironment();
                  e.remove("LOGFIRE_READ_TOKEN");
                  return e;
              }());
        QCOMPARE(noToken.exitCode, 2);
        QVERIFY(noToken.err.contains("LOGFIRE_READ_TOKEN"));
    }

    void remoteAgainstServeWithTokenFromEnvironment()
    {
        QProcess serve;
        serve.start(QStringLiteral(HEARTH_CLI_PATH),
                    {"serve", "--no-otlp", "--db", m_fx.path, "--query-api", "127.0.0.1:0",
                     "--query-token", "tok"});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        while (!out.contains("listening on ")) {
            QVERIFY(serve.waitForReadyRead(20000));
            out += serve.readAllStandardOutput();
        }
        const int at = out.indexOf("listening on ") + 13;
        const QString url = QStringLiteral("http://")
            + QString::fromLatin1(out.mid(at, out.indexOf('\n', at) - at));

        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("LOGFIRE_READ_TOKEN", "tok");
        const Run ok = run({"query", "--remote", url, "--format", "csv", "--sql",
                            "SELECT count(*) AS n FROM records WHERE level >= 'warn'"},
                           env);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, QByteArray("n\r\n2\r\n"));
        env.insert("LOGFIRE_READ_TOKEN", "not-the-token");
        const Run denied = run({"query", "--remote", url, "--sql", "SELECT 1"}, env);
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains("HTTP 401"), qPrintable(denied.err));
        QVERIFY(!denied.err.contains("not-the-token"));

        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void serveRefusesAnOpenApi()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove("HEARTH_QUERY_TOKEN");
        const Run r = run({"serve", "--no-otlp", "--db", m_dir.filePath("other.hearth"),
                           "--query-api", "127.0.0.1:0"},
                          env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--query-token"), qPrintable(r.err));
        const Run badSpec = run({"serve", "--no-otlp", "--db", m_dir.filePath("other.hearth"),
                                 "--query-api", "localhost", "--query-token", "t"});
        QCOMPARE(badSpec.exitCode, 1);
        QVERIFY(badSpec.err.contains("HOST:PORT"));
    }
};

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cli_query.moc"
