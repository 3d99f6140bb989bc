// SPDX-License-Identifier: MIT
// Rules that name a Logfire connection are evaluated on it. The "Logfire" here is a real
// `hearth-cli serve --query-api` (Hearth's Logfire-compatible query API) over its own store;
// the rule lives in another store, as it would on a laptop watching a remote project.
//  - in process, with a manual clock: the rule fires on the remote's rows, the engine is created
//    once and reused, a bad token / unknown connection / missing token each give an Error run
//    with the exact message, and none of them stops a local rule;
//  - headless: a second `hearth-cli serve --alerts --alerts-connection NAME=URL` with the token in
//    its environment evaluates the same rule on its own.
#include "core/alerts/alertengines.h"
#include "core/alerts/alertrepository.h"
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

constexpr Micros kNow = 1'800'000'000'000'000;
const QString kToken = QStringLiteral("remote-read-token-7f3a");

Record failingSpan(int i, Micros start)
{
    Record r;
    r.traceId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('c')).toStdString();
    r.spanId = QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('d')).toStdString();
    r.kind = "span";
    r.startUs = start;
    r.endUs = start + 1000;
    r.duration = 0.001;
    r.spanName = "POST /pay";
    r.message = "payment failed";
    r.serviceName = "payments";
    r.isException = true;
    r.level = 17;
    return r;
}

AlertRule remoteRule(const QString &engine, const QString &name)
{
    AlertRule r;
    r.name = name;
    r.engine = engine;
    r.sql = QStringLiteral(
        "SELECT trace_id, message FROM records WHERE is_exception AND service_name = $service");
    r.variables = {{QStringLiteral("service"), QStringLiteral("payments")}};
    r.window = 10 * kMicrosPerMinute;
    return r;
}

} // namespace

class TestAlertRemote : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_logfire;
    QString m_url;
    QString m_remotePath;

    // The rule-side store, its repository and engines (the local store plus "prod").
    struct Side
    {
        QString path;
        std::unique_ptr<Store> store;
        std::shared_ptr<AlertRepository> repo;
        std::shared_ptr<AlertEngines> engines;
    };

    Side makeSide(const QString &name, const QString &token)
    {
        Side s;
        s.path = m_dir.filePath(name);
        s.store = std::move(Store::open(s.path).value());
        s.repo = std::shared_ptr<AlertRepository>(AlertRepository::open(s.path).value().release());
        s.engines = std::make_shared<AlertEngines>(std::make_shared<LocalEngine>(s.path));
        LogfireConnection prod;
        prod.id = QStringLiteral("c0ffee");
        prod.name = QStringLiteral("prod");
        prod.baseUrl = m_url;
        LogfireConnection tokenless;
        tokenless.id = QStringLiteral("beef");
        tokenless.name = QStringLiteral("staging");
        tokenless.baseUrl = m_url;
        s.engines->setConnections({prod, tokenless});
        s.engines->setToken(prod.id, token);
        s.engines->setTokenProblem(tokenless.id, QStringLiteral("the keychain has no entry"));
        RemoteOptions options;
        options.maxRetries = 0;
        s.engines->setRemoteOptions(options);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_remotePath = m_dir.filePath(QStringLiteral("logfire.hearth"));
        {
            auto store = Store::open(m_remotePath);
            QVERIFY(store.ok());
            WriteBatch batch;
            for (int i = 1; i <= 3; ++i)
                batch.records.push_back(failingSpan(i, kNow - 2 * kMicrosPerMinute));
            QVERIFY((*store)->write(batch).ok());
        }
        m_logfire.start(QStringLiteral(HEARTH_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--no-otlp"),
                         QStringLiteral("--no-alerts"), QStringLiteral("--db"), m_remotePath,
                         QStringLiteral("--query-api"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--query-token"), kToken});
        QVERIFY(m_logfire.waitForStarted());
        QByteArray out;
        while (!out.contains("query-api: listening on ")) {
            QVERIFY2(m_logfire.waitForReadyRead(20000),
                     m_logfire.readAllStandardError().constData());
            out += m_logfire.readAllStandardOutput();
        }
        const int at = out.indexOf("listening on ");
        m_url = QStringLiteral("http://")
            + QString::fromLatin1(out.mid(at + 13, out.indexOf('\n', at) - at - 13));
    }

    void cleanupTestCase()
    {
        m_logfire.terminate();
        QVERIFY(m_logfire.waitForFinished(20000));
        QCOMPARE(m_logfire.exitCode(), 0);
    }

    void ruleNamingAConnectionFiresOnItsRows()
    {
        Side side = makeSide(QStringLiteral("laptop.hearth"), kToken);
        auto byId = remoteRule(QStringLiteral("c0ffee"), QStringLiteral("remote by id"));
        auto byName = remoteRule(QStringLiteral("prod"), QStringLiteral("remote by name"));
        auto local = remoteRule(QStringLiteral("local"), QStringLiteral("local rule"));
        QVERIFY(side.repo->saveRule(byId).ok());
        QVERIFY(side.repo->saveRule(byName).ok());
        QVERIFY(side.repo->saveRule(local).ok());

        auto clock = std::make_shared<ManualAlertClock>(kNow);
        AlertScheduler scheduler(side.repo, alertEngineResolver(side.engines), clock);
        QCOMPARE(scheduler.tick(), 3);
        scheduler.waitForIdle();
        for (const auto &rule : {byId, byName}) {
            const auto run = side.repo->runs(rule.id, 1).value().front();
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            QCOMPARE(run.state, AlertState::Firing);
            QCOMPARE(*run.rowCount, qint64(3));
            QVERIFY(run.rowsJson.contains(failingSpan(1, 0).traceId.c_str()));
        }
        // The local store has no rows: the local rule is not confused with the remote.
        QVERIFY(side.repo->runs(local.id, 1).value().front().state != AlertState::Firing);

        // Later runs reuse the one engine; once the rows leave the window the remote has no
        // telemetry in it at all, which the rule reports as No data.
        clock->advance(byId.interval);
        QCOMPARE(scheduler.tick(), 3);
        scheduler.waitForIdle();
        clock->advance(10 * kMicrosPerMinute);
        QCOMPARE(scheduler.tick(), 3);
        scheduler.waitForIdle();
        const auto cleared = side.repo->runs(byId.id, 1).value().front();
        QVERIFY2(cleared.error.isEmpty(), qPrintable(cleared.error));
        QCOMPARE(cleared.state, AlertState::NoData);
        QCOMPARE(*cleared.rowCount, qint64(0));
        QCOMPARE(side.engines->remoteEnginesCreated(), 1);
    }

    void badTokenMissingConnectionAndMissingTokenAreErrorRuns()
    {
        Side side = makeSide(QStringLiteral("badtoken.hearth"), QStringLiteral("not-the-token"));
        auto bad = remoteRule(QStringLiteral("prod"), QStringLiteral("bad token"));
        auto unknown = remoteRule(QStringLiteral("nowhere"), QStringLiteral("unknown"));
        auto tokenless = remoteRule(QStringLiteral("staging"), QStringLiteral("tokenless"));
        auto local = remoteRule(QStringLiteral("local"), QStringLiteral("local"));
        for (auto *r : {&bad, &unknown, &tokenless, &local})
            QVERIFY(side.repo->saveRule(*r).ok());
        {
            WriteBatch batch;
            batch.records.push_back(failingSpan(9, kNow - kMicrosPerMinute));
            QVERIFY(side.store->write(batch).ok());
        }

        auto clock = std::make_shared<ManualAlertClock>(kNow);
        AlertScheduler scheduler(side.repo, alertEngineResolver(side.engines), clock);
        QCOMPARE(scheduler.tick(), 4);
        scheduler.waitForIdle();
        const auto runOf
            = [&side](const AlertRule &r) { return side.repo->runs(r.id, 1).value().front(); };
        QCOMPARE(runOf(bad).state, AlertState::Error);
        QCOMPARE(runOf(bad).error,
                 m_url
                     + QStringLiteral(" rejected the read token (HTTP 401): check the token and "
                                      "its region. Invalid or missing read token."));
        QCOMPARE(runOf(unknown).state, AlertState::Error);
        QCOMPARE(runOf(unknown).error, QStringLiteral("connection 'nowhere' is not configured"));
        QCOMPARE(runOf(tokenless).state, AlertState::Error);
        QCOMPARE(runOf(tokenless).error,
                 QStringLiteral("no read token for 'staging': the keychain has no entry"));
        // The broken rules did not stop the local one.
        QCOMPARE(runOf(local).state, AlertState::Firing);
        for (const auto &r : {bad, unknown, tokenless})
            QVERIFY(!runOf(r).error.contains(QLatin1String("not-the-token")));

        // A token arriving later (typed for the session) is used from the next run.
        side.engines->setToken(QStringLiteral("c0ffee"), kToken);
        clock->advance(bad.interval);
        scheduler.tick();
        scheduler.waitForIdle();
        QCOMPARE(runOf(bad).state, AlertState::Firing);
    }

    void headlessServeEvaluatesOnANamedConnection()
    {
        const QString path = m_dir.filePath(QStringLiteral("headless.hearth"));
        {
            // serve runs on the system clock: two fresh failures on the "Logfire" side.
            auto remote = Store::open(m_remotePath);
            QVERIFY(remote.ok());
            WriteBatch batch;
            for (int i = 21; i <= 22; ++i)
                batch.records.push_back(failingSpan(i, nowMicros() - kMicrosPerMinute));
            QVERIFY((*remote)->write(batch).ok());
        }
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            auto repo = AlertRepository::open(path);
            QVERIFY(repo.ok());
            auto rule = remoteRule(QStringLiteral("logfire-test"), QStringLiteral("headless"));
            QVERIFY((*repo)->saveRule(rule).ok());
            auto unknown = remoteRule(QStringLiteral("elsewhere"), QStringLiteral("unknown"));
            QVERIFY((*repo)->saveRule(unknown).ok());
        }
        QProcess serve;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HEARTH_READ_TOKEN_LOGFIRE_TEST"), kToken);
        env.remove(QStringLiteral("LOGFIRE_READ_TOKEN"));
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(HEARTH_CLI_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--no-otlp"), QStringLiteral("--db"),
                     path, QStringLiteral("--alerts-poll-ms"), QStringLiteral("20"),
                     QStringLiteral("--alerts-connection"),
                     QStringLiteral("logfire-test=") + m_url});
        QVERIFY(serve.waitForStarted());
        auto repo = AlertRepository::open(path);
        QVERIFY(repo.ok());
        const auto runsOf = [&repo](const QString &name) {
            return (*repo)->runs((*repo)->ruleByName(name).value()->id).value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!runsOf(QStringLiteral("headless")).isEmpty()
                                     && !runsOf(QStringLiteral("unknown")).isEmpty(),
                                 20000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        const QString out = QString::fromUtf8(serve.readAllStandardOutput());
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QCOMPARE(serve.exitCode(), 0);
        const auto headless = runsOf(QStringLiteral("headless"));
        QVERIFY2(headless.front().error.isEmpty(), qPrintable(headless.front().error));
        QCOMPARE(headless.front().state, AlertState::Firing);
        QCOMPARE(*headless.front().rowCount, qint64(2));
        QCOMPARE(runsOf(QStringLiteral("unknown")).front().error,
                 QStringLiteral("connection 'elsewhere' is not configured"));
        QVERIFY2(out.contains(QLatin1String("this process evaluates the rules")), qPrintable(out));
        // Tokens never reach the output.
        QVERIFY(!out.contains(kToken) && !err.contains(kToken));
        // serve released the lease on its way out.
        QVERIFY(!(*repo)->evaluator(nowMicros()).value().has_value());
    }

    void badConnectionSpecIsRefused()
    {
        QProcess serve;
        serve.start(QStringLiteral(HEARTH_CLI_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--no-otlp"), QStringLiteral("--db"),
                     m_dir.filePath(QStringLiteral("spec.hearth")), QStringLiteral("--alerts"),
                     QStringLiteral("--alerts-connection"), QStringLiteral("no-equals-sign")});
        QVERIFY(serve.waitForFinished(20000));
        QVERIFY(serve.exitCode() != 0);
        QVERIFY2(serve.readAllStandardError().contains(
                     "--alerts-connection needs NAME=URL, got 'no-equals-sign'"),
                 "precise message");
    }
};

QTEST_GUILESS_MAIN(TestAlertRemote)
#include "tst_alertremote.moc"
