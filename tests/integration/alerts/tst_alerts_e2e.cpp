// SPDX-License-Identifier: MIT
// A rule fires end to end: the OpenTelemetry JS SDK sends spans (one with an exception) to a real
// `hearth-cli serve --alerts`; a rule imported with `hearth-cli alerts import` (variables and a
// webhook) is evaluated by serve's scheduler, recorded in alert_runs and delivered over HTTP.
#include "core/alerts/alertrepository.h"
#include "core/otlp/servehelper.h"

#include <httplib.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace hearth;
using hearth::test::ServeProcess;

namespace {

// The webhook receiver: a real cpp-httplib server on a free loopback port.
class HookServer
{
public:
    HookServer()
    {
        m_server.Post("/alert", [this](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(m_mutex);
            m_bodies.push_back(req.body);
            res.set_content("ok", "text/plain");
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~HookServer()
    {
        while (!m_server.is_running())
            std::this_thread::yield();
        m_server.stop();
        m_thread.join();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/alert").arg(m_port); }
    std::vector<std::string> bodies()
    {
        std::lock_guard lock(m_mutex);
        return m_bodies;
    }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<std::string> m_bodies;
};

int runCli(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(HEARTH_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

} // namespace

class TestAlertsE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ruleFiresOnOpenTelemetryData()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("e2e.hearth"));
        HookServer hook;
        ServeProcess serve;
        const QString error
            = serve.start(db,
                          {QStringLiteral("--alerts"), QStringLiteral("--alerts-poll-ms"),
                           QStringLiteral("100")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(serve.output().contains(QLatin1String("alerts: evaluating rules")));

        // A real OpenTelemetry SDK client: its LLM span records a RateLimitError exception.
        const QString run = QStringLiteral("alerts");
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(HEARTH_INTEGRATION_DIR));
        node.start(QStringLiteral(HEARTH_NODE_PATH),
                   {QStringLiteral("otel_client.mjs"),
                    QStringLiteral("http://127.0.0.1:%1").arg(serve.httpPort()),
                    QStringLiteral("proto"), QStringLiteral("none"), run});
        QVERIFY(node.waitForFinished(120000));
        QCOMPARE(node.exitCode(), 0);
        QByteArray out = node.readAllStandardOutput().trimmed();
        const QJsonObject ids
            = QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
        const QString traceId = ids.value(QStringLiteral("traceId")).toString();
        QVERIFY2(!traceId.isEmpty(), out.constData());

        // The rule, with a variable for the service, arrives while serve runs: a new rule is due
        // at serve's next poll.
        nlohmann::json rule = {
            {"name", "LLM exceptions"},
            {"query",
             "SELECT trace_id, exception_type FROM records WHERE is_exception AND "
             "service_name = $service"},
            {"time_window", "PT1H"},
            {"frequency", "PT1M"},
            {"notify_when", "starts_having_matches"},
            {"hearth",
             {{"variables", {{"service", QString(QStringLiteral("svc-a-") + run).toStdString()}}},
              {"channels",
               {{{"type", "webhook"},
                 {"label", "test hook"},
                 {"url", hook.url().toStdString()},
                 {"format", "raw-data"}}}}}}};
        QFile file(dir.filePath(QStringLiteral("rule.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(rule.dump()));
        file.close();
        QByteArray cliOut;
        QCOMPARE(runCli({QStringLiteral("alerts"), QStringLiteral("import"), file.fileName(),
                         QStringLiteral("--db"), db},
                        &cliOut),
                 0);

        QTRY_VERIFY_WITH_TIMEOUT(!hook.bodies().empty(), 30000);
        const auto body = nlohmann::json::parse(hook.bodies().front());
        QCOMPARE(body["alert"].get<std::string>(), std::string("LLM exceptions"));
        QCOMPARE(body["state"].get<std::string>(), std::string("firing"));
        QVERIFY(body["row_count"].get<int>() >= 1);
        QCOMPARE(body["rows"][0]["trace_id"].get<std::string>(), traceId.toStdString());
        QCOMPARE(body["rows"][0]["exception_type"].get<std::string>(),
                 std::string("RateLimitError"));

        // The run is in the store, with its delivery; `alerts list` shows it firing.
        auto repo = core::AlertRepository::open(db);
        QVERIFY(repo.ok());
        // The run is written after its delivery (it records the delivery's outcome), so it may
        // land a moment after the webhook body.
        QTRY_COMPARE_WITH_TIMEOUT((*repo)->recentRuns(1).value().size(), 1, 10000);
        auto runs = (*repo)->recentRuns(1);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        const core::AlertRun &recorded = runs->cbegin()->front();
        QCOMPARE(recorded.state, core::AlertState::Firing);
        QVERIFY(recorded.deliveryJson.contains("\"ok\":true"));
        QCOMPARE(
            runCli({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--db"), db},
                   &cliOut),
            0);
        QVERIFY2(cliOut.contains("firing"), cliOut.constData());
        QCOMPARE(serve.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertsE2e)
#include "tst_alerts_e2e.moc"
