// SPDX-License-Identifier: MIT
#include "core/alerts/alertevaluator.h"
#include "core/alerts/alertscheduler.h"
#include "core/alerts/webhooksender.h"
#include "core/store/store.h"
#include "fakeengine.h"

#include <atomic>
#include <httplib.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace hearth::core;
using json = nlohmann::json;

namespace {

// A real HTTP server on a free loopback port that fails the first `failures` requests with 500.
class HookServer
{
public:
    explicit HookServer(int failures) : m_failures(failures)
    {
        m_server.Post("/hook", [this](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(m_mutex);
            m_bodies.push_back(req.body);
            m_auth.push_back(req.get_header_value("Authorization"));
            m_contentType.push_back(req.get_header_value("Content-Type"));
            if (static_cast<int>(m_bodies.size()) <= m_failures) {
                res.status = 500;
                res.set_content("boom", "text/plain");
            } else {
                res.status = 200;
                res.set_content("ok", "text/plain");
            }
        });
        // bind_to_any_port listens at once, so requests queue until the thread accepts them.
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~HookServer()
    {
        // stop() before the accept loop started would leave the thread listening forever.
        while (!m_server.is_running())
            std::this_thread::yield();
        m_server.stop();
        m_thread.join();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port); }
    int port() const { return m_port; }
    std::vector<std::string> bodies()
    {
        std::lock_guard lock(m_mutex);
        return m_bodies;
    }
    std::vector<std::string> auth()
    {
        std::lock_guard lock(m_mutex);
        return m_auth;
    }
    std::vector<std::string> contentTypes()
    {
        std::lock_guard lock(m_mutex);
        return m_contentType;
    }

private:
    httplib::Server m_server;
    int m_port = 0;
    int m_failures;
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<std::string> m_bodies;
    std::vector<std::string> m_auth;
    std::vector<std::string> m_contentType;
};

RetryPolicy fastRetries(int attempts)
{
    RetryPolicy p;
    p.attempts = attempts;
    p.initialBackoff = std::chrono::milliseconds(5);
    p.timeout = std::chrono::milliseconds(5000);
    return p;
}

AlertEvent sampleEvent()
{
    AlertEvent e;
    e.rule.name = QStringLiteral("Errors \"checkout\"");
    e.rule.description = QStringLiteral("exceptions in checkout");
    e.rule.sql = QStringLiteral("SELECT trace_id FROM records");
    e.run.startedAt = 1'800'000'000'000'000;
    e.run.rowCount = 2;
    e.run.state = AlertState::Firing;
    e.run.transition = QStringLiteral("ok->firing");
    QueryResult r;
    r.columns = {{QStringLiteral("trace_id"), ColumnType::Text},
                 {QStringLiteral("n"), ColumnType::Integer}};
    r.rows = {{QStringLiteral("abc"), qint64(1)}, {QStringLiteral("def"), qint64(2)}};
    e.run.rowsJson = resultToRowsJson(r);
    e.summary = alertEventSummary(e.rule, e.run);
    return e;
}

} // namespace

class TestWebhookSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesOn500ThenSucceeds()
    {
        HookServer server(2);
        AlertChannel c;
        c.url = server.url();
        c.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer sekrit")}};
        const DeliveryResult r = deliverWebhook(c, sampleEvent(), fastRetries(4));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.httpStatus, 200L);
        QCOMPARE(server.bodies().size(), size_t(3));
        QCOMPARE(server.auth().back(), std::string("Bearer sekrit"));
        QCOMPARE(server.contentTypes().back(), std::string("application/json"));
        const json body = json::parse(server.bodies().back());
        QCOMPARE(body["alert"].get<std::string>(), std::string("Errors \"checkout\""));
        QCOMPARE(body["state"].get<std::string>(), std::string("firing"));
        QCOMPARE(body["row_count"].get<int>(), 2);
        QCOMPARE(body["rows"][1]["trace_id"].get<std::string>(), std::string("def"));
    }

    void givesUpAfterTheLastAttempt()
    {
        HookServer server(1000);
        AlertChannel c;
        c.url = server.url();
        c.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer sekrit")}};
        const DeliveryResult r = deliverWebhook(c, sampleEvent(), fastRetries(3));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.httpStatus, 500L);
        QCOMPARE(server.bodies().size(), size_t(3));
        QVERIFY(r.error.contains(QLatin1String("500")));
        QVERIFY(!r.error.contains(QLatin1String("sekrit")));
    }

    void connectionRefusedIsAnError()
    {
        // A port that was free a moment ago and has no listener now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        AlertChannel c;
        c.url = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
        const DeliveryResult r = deliverWebhook(c, sampleEvent(), fastRetries(2));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 2);
        QVERIFY(!r.error.isEmpty());
    }

    void slackPayload()
    {
        HookServer server(0);
        AlertChannel c;
        c.url = server.url();
        c.format = AlertChannel::Format::Slack;
        QVERIFY(deliverWebhook(c, sampleEvent(), fastRetries(1)).ok);
        const json body = json::parse(server.bodies().front());
        QVERIFY(body["text"].get<std::string>().find("Firing") != std::string::npos);
        QCOMPARE(body["blocks"][0]["type"].get<std::string>(), std::string("section"));
        QCOMPARE(body["blocks"][0]["text"]["type"].get<std::string>(), std::string("mrkdwn"));
    }

    void templatePayloadWithHeaders()
    {
        HookServer server(0);
        AlertChannel c;
        c.url = server.url();
        c.format = AlertChannel::Format::Template;
        // A Teams-style card; the name contains quotes, so it must be JSON-escaped to stay valid.
        c.bodyTemplate = QStringLiteral("{\"@type\": \"MessageCard\", \"title\": "
                                        "\"{{alert_name}}\", \"text\": \"{{summary}}\", "
                                        "\"count\": {{row_count}}, \"rows\": {{rows_json}}}");
        c.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/vnd.test+json")},
                     {QStringLiteral("Authorization"), QStringLiteral("Basic dTpw")}};
        const DeliveryResult r = deliverWebhook(c, sampleEvent(), fastRetries(1));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(server.contentTypes().front(), std::string("application/vnd.test+json"));
        QCOMPARE(server.auth().front(), std::string("Basic dTpw"));
        const json body = json::parse(server.bodies().front());
        QCOMPARE(body["title"].get<std::string>(), std::string("Errors \"checkout\""));
        QCOMPARE(body["count"].get<int>(), 2);
        QCOMPARE(body["rows"][0]["n"].get<int>(), 1);
    }

    void schedulerRecordsDeliveryOutcomeOnTheRun()
    {
        HookServer failing(1000);
        HookServer flaky(1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.hearth"));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        std::shared_ptr<AlertRepository> repo(AlertRepository::open(path).value().release());
        auto engine = std::make_shared<FakeEngine>();
        engine->rows = 1;
        AlertScheduler scheduler(repo, fixedEngine(engine),
                                 std::make_shared<ManualAlertClock>(1'800'000'000'000'000));
        scheduler.setRetryPolicy(fastRetries(3));
        AlertRule rule;
        rule.name = QStringLiteral("hooked");
        rule.sql = QStringLiteral("SELECT trace_id FROM records");
        AlertChannel bad;
        bad.label = QStringLiteral("always down");
        bad.url = failing.url();
        AlertChannel good;
        good.label = QStringLiteral("flaky");
        good.url = flaky.url();
        rule.channels = {bad, good};
        QVERIFY(repo->saveRule(rule).ok());
        QCOMPARE(scheduler.tick(), 1);
        scheduler.waitForIdle();

        const AlertRun run = repo->runs(rule.id, 1).value().front();
        QCOMPARE(run.state, AlertState::Firing);
        QVERIFY(run.deliveryFailed());
        const json delivery = json::parse(run.deliveryJson.toStdString());
        QCOMPARE(delivery.size(), size_t(2));
        QCOMPARE(delivery[0]["channel"].get<std::string>(), std::string("always down"));
        QCOMPARE(delivery[0]["ok"].get<bool>(), false);
        QCOMPARE(delivery[0]["attempts"].get<int>(), 3);
        QCOMPARE(delivery[0]["error"].get<std::string>(), std::string("HTTP 500"));
        QCOMPARE(delivery[1]["ok"].get<bool>(), true);
        QCOMPARE(delivery[1]["attempts"].get<int>(), 2);
        QCOMPARE(failing.bodies().size(), size_t(3));
        QVERIFY(scheduler.statusLine().contains(QLatin1String("1 failed deliveries")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSender)
#include "tst_webhooksender.moc"
