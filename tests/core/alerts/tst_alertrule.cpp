// SPDX-License-Identifier: MIT
#include "core/alerts/alertrepository.h"
#include "core/alerts/alertrule.h"
#include "core/alerts/alertvariables.h"
#include "core/store/store.h"

#include <nlohmann/json.hpp>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestAlertRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("5m") << QStringLiteral("PT5M") << qint64(5 * kMicrosPerMinute);
        QTest::newRow("1h") << QStringLiteral("PT1H") << qint64(kMicrosPerHour);
        QTest::newRow("7d") << QStringLiteral("P7D") << qint64(7 * kMicrosPerDay);
        QTest::newRow("30d") << QStringLiteral("P30D") << qint64(30 * kMicrosPerDay);
        QTest::newRow("1d2h") << QStringLiteral("P1DT2H")
                              << qint64(kMicrosPerDay + 2 * kMicrosPerHour);
        QTest::newRow("10s") << QStringLiteral("PT10S") << qint64(10 * kMicrosPerSecond);
    }
    void isoDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QCOMPARE(parseIsoDuration(text).value_or(-1), micros);
        QCOMPARE(formatIsoDuration(micros), text);
    }

    void badIsoDurationsAreRejected()
    {
        QVERIFY(!parseIsoDuration(QStringLiteral("5 minutes")));
        QVERIFY(!parseIsoDuration(QStringLiteral("PT")));
        QVERIFY(!parseIsoDuration(QStringLiteral("P")));
    }

    void importsLogfireAlertFields()
    {
        // The fields Logfire's API and Terraform provider use, with read-only ones it returns.
        const QByteArray logfire
            = "{\n"
              "            \"name\": \"Exceptions in checkout\", \"description\": \"any "
              "exception\", \"active\": false,\n"
              "            \"query\": \"SELECT trace_id, message FROM records WHERE "
              "is_exception\",\n"
              "            \"time_window\": \"PT15M\", \"frequency\": \"PT5M\", \"watermark\": "
              "\"PT10S\",\n"
              "            \"environments\": [\"prod\"], \"notify_when\": "
              "\"has_matches_changed\",\n"
              "            \"channel_assignments\": [{\"channel_id\": \"c1\"}],\n"
              "            \"last_run\": \"2026-11-01T00:00:00Z\", \"has_matches\": true, "
              "\"result_length\": 3}";
        auto rules = parseRulesJson(logfire);
        QVERIFY2(rules.ok(), qPrintable(rules ? QString() : rules.error().message));
        QCOMPARE(rules->size(), 1);
        const AlertRule &r = rules->front();
        QCOMPARE(r.name, QStringLiteral("Exceptions in checkout"));
        QCOMPARE(r.active, false);
        QCOMPARE(r.window, 15 * kMicrosPerMinute);
        QCOMPARE(r.interval, 5 * kMicrosPerMinute);
        QCOMPARE(r.environments, QStringList {QStringLiteral("prod")});
        QCOMPARE(r.notifyWhen, NotifyWhen::HasMatchesChanged);
    }

    void roundTripKeepsHearthFields()
    {
        AlertRule r;
        r.name = QStringLiteral("slow LLM calls");
        r.sql = QStringLiteral("SELECT trace_id FROM records WHERE duration > $limit");
        r.window = kMicrosPerHour;
        r.interval = 10 * kMicrosPerMinute;
        r.notifyWhen = NotifyWhen::MatchesChanged;
        r.variables
            = {{QStringLiteral("limit"), 2.5},
               {QStringLiteral("svc"), QStringList {QStringLiteral("a"), QStringLiteral("b")}},
               {QStringLiteral("name"), QStringLiteral("x")}};
        AlertChannel hook;
        hook.url = QStringLiteral("https://hooks.example.test/T1");
        hook.format = AlertChannel::Format::Template;
        hook.bodyTemplate = QStringLiteral("{\"text\": \"{{summary}}\"}");
        hook.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer t")}};
        r.channels = {hook, AlertChannel {AlertChannel::Type::Desktop}};
        r.snoozedUntil = 1'800'000'000'000'000;

        const QByteArray text = rulesToJson({r});
        const auto json = nlohmann::json::parse(text.toStdString());
        QCOMPARE(json["alerts"][0]["time_window"].get<std::string>(), std::string("PT1H"));
        QCOMPARE(json["alerts"][0]["notify_when"].get<std::string>(),
                 std::string("matches_changed"));
        QCOMPARE(json["alerts"][0]["query"].get<std::string>(), r.sql.toStdString());

        auto back = parseRulesJson(text);
        QVERIFY(back.ok());
        const AlertRule &b = back->front();
        QCOMPARE(b.variables, r.variables);
        QCOMPARE(b.channels.size(), 2);
        QCOMPARE(b.channels[0].format, AlertChannel::Format::Template);
        QCOMPARE(b.channels[0].headers, hook.headers);
        QCOMPARE(b.channels[0].bodyTemplate, hook.bodyTemplate);
        QCOMPARE(b.channels[1].type, AlertChannel::Type::Desktop);
        QCOMPARE(b.snoozedUntil, r.snoozedUntil);
        QCOMPARE(b.window, r.window);
        QCOMPARE(b.interval, r.interval);
    }

    void badInputNamesTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("no name") << QByteArray("{\"query\": \"SELECT 1\"}")
                                 << QStringLiteral("name");
        QTest::newRow("window too long")
            << QByteArray("{\"name\": \"a\", \"query\": \"SELECT 1\", \"time_window\": \"P31D\"}")
            << QStringLiteral("between 1 minute and 30 days");
        QTest::newRow("interval too short")
            << QByteArray("{\"name\": \"a\", \"query\": \"SELECT 1\", \"frequency\": \"PT30S\"}")
            << QStringLiteral("between 1 minute and 24 hours");
        QTest::newRow("mode") << QByteArray(
            "{\"name\": \"a\", \"query\": \"SELECT 1\", \"notify_when\": \"sometimes\"}")
                              << QStringLiteral("sometimes");
        QTest::newRow("second alert")
            << QByteArray("[{\"name\": \"a\", \"query\": \"SELECT 1\"}, {\"name\": \"b\"}]")
            << QStringLiteral("Alert 2");
        QTest::newRow("webhook url")
            << QByteArray("{\"name\": \"a\", \"query\": \"SELECT 1\", \"hearth\": {\"channels\": "
                          "[{\"type\": \"webhook\", \"url\": \"ftp://x\"}]}}")
            << QStringLiteral("ftp://x");
    }
    void badInputNamesTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto rules = parseRulesJson(json);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().message.contains(expected), qPrintable(rules.error().message));
    }

    void substitution_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QStringLiteral("a = $s") << QStringLiteral("a = 'o''k'");
        QTest::newRow("braced") << QStringLiteral("${s}x") << QStringLiteral("'o''k'x");
        QTest::newRow("number") << QStringLiteral("n > $n") << QStringLiteral("n > 5");
        QTest::newRow("bool") << QStringLiteral("b = $b") << QStringLiteral("b = TRUE");
        QTest::newRow("list") << QStringLiteral("x = ANY($l)")
                              << QStringLiteral("x = ANY(make_array('a', 'b''c'))");
        QTest::newRow("in literal")
            << QStringLiteral("'$s' || \"$s\"") << QStringLiteral("'$s' || \"$s\"");
        QTest::newRow("in comment")
            << QStringLiteral("1 -- $s\n+ $n") << QStringLiteral("1 -- $s\n+ 5");
        // The value is a literal, never SQL: an injection attempt stays inside the quotes.
        QTest::newRow("injection")
            << QStringLiteral("a = $evil") << QStringLiteral("a = ''' OR 1=1 --'");
    }
    void substitution()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QVariantMap vars {
            {QStringLiteral("s"), QStringLiteral("o'k")},
            {QStringLiteral("n"), qint64(5)},
            {QStringLiteral("b"), true},
            {QStringLiteral("l"), QStringList {QStringLiteral("a"), QStringLiteral("b'c")}},
            {QStringLiteral("evil"), QStringLiteral("' OR 1=1 --")},
        };
        auto out = substituteAlertVariables(sql, vars);
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        QCOMPARE(out.value(), expected);
    }

    void unknownVariableIsAnError()
    {
        auto out = substituteAlertVariables(QStringLiteral("x = $nope"), {});
        QVERIFY(!out.ok());
        QCOMPARE(out.error().position, 4);
        QVERIFY(out.error().message.contains(QLatin1String("$nope")));
        QVERIFY(out.error().message.contains(QLatin1String("alert's variables")));
    }

    void describesInPlainLanguage()
    {
        AlertRule r;
        r.name = QStringLiteral("a");
        r.window = kMicrosPerHour;
        r.notifyWhen = NotifyWhen::StartsHavingMatches;
        r.environments = {QStringLiteral("prod")};
        const QString text = describeRule(r);
        QVERIFY2(text.contains(QLatin1String("starts returning rows")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("last hour")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("every minute")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("prod")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("only recorded")), qPrintable(text));
    }

    void fromPanelKeepsVariables()
    {
        const QVariantMap vars {{QStringLiteral("service"), QStringLiteral("api")}};
        const AlertRule r = fromPanel(
            QStringLiteral("Errors by service"),
            QStringLiteral("SELECT count(*) FROM records WHERE service_name = $service"), vars);
        QCOMPARE(r.variables, vars);
        QVERIFY(validateRule(r).ok());
        QCOMPARE(r.name, QStringLiteral("Errors by service"));
    }

    void repositoryStoresRulesAndRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.hearth"));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        auto repo = AlertRepository::open(path);
        QVERIFY(repo.ok());
        AlertRule r;
        r.name = QStringLiteral("one");
        r.sql = QStringLiteral("SELECT 1");
        QVERIFY((*repo)->saveRule(r).ok());
        QVERIFY(r.id > 0);
        QVERIFY((*repo)->setSnoozedUntil(r.id, 42).ok());
        QCOMPARE((*repo)->rule(r.id).value().snoozedUntil.value_or(0), 42);
        AlertRun run;
        run.ruleId = r.id;
        run.startedAt = 100;
        run.rowCount = 2;
        run.state = AlertState::Firing;
        run.deliveryJson = QByteArrayLiteral("[{\"channel\":\"x\",\"ok\":false}]");
        QVERIFY((*repo)->insertRun(run).ok());
        auto runs = (*repo)->runs(r.id);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->front().state, AlertState::Firing);
        QVERIFY(runs->front().deliveryFailed());
        QCOMPARE((*repo)->recentRuns(20).value().value(r.id).size(), 1);
        QVERIFY((*repo)->ruleByName(QStringLiteral("one")).value().has_value());
        // Deleting a rule deletes its history.
        QVERIFY((*repo)->deleteRule(r.id).ok());
        QCOMPARE((*repo)->runCount().value(), 0);
        QCOMPARE((*repo)->rule(r.id).error().code, Error::Code::NotFound);
    }

    void repositoryRefusesAFileWithoutAlertTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        {
            auto c = sqlite::Connection::open(path.toStdString(),
                                              sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(c->exec("CREATE TABLE t (x)").ok());
        }
        auto repo = AlertRepository::open(path);
        QVERIFY(!repo.ok());
        QVERIFY(repo.error().message.contains(QLatin1String("no alert tables")));
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
