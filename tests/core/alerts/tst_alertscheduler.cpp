// SPDX-License-Identifier: MIT
#include "core/alerts/alertevaluator.h"
#include "core/alerts/alertscheduler.h"
#include "core/store/store.h"
#include "fakeengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

constexpr Micros kStart = 1'800'000'000'000'000;

class RecordingNotifier : public DesktopNotifier
{
public:
    bool notify(const AlertEvent &event, QString *) override
    {
        std::lock_guard lock(mutex);
        summaries << event.summary;
        return true;
    }
    std::mutex mutex;
    QStringList summaries;
};

// A store, a repository on it, a fake engine and a manual clock, wired to a scheduler.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::shared_ptr<AlertRepository> repo;
    std::shared_ptr<FakeEngine> engine = std::make_shared<FakeEngine>();
    std::shared_ptr<ManualAlertClock> clock = std::make_shared<ManualAlertClock>(kStart);
    std::shared_ptr<RecordingNotifier> desktop = std::make_shared<RecordingNotifier>();
    std::unique_ptr<AlertScheduler> scheduler;

    explicit Fixture(int concurrency = 2)
    {
        const QString path = dir.filePath(QStringLiteral("alerts.hearth"));
        store = std::move(Store::open(path).value());
        repo = std::shared_ptr<AlertRepository>(AlertRepository::open(path).value().release());
        auto e = engine;
        scheduler = std::make_unique<AlertScheduler>(repo, fixedEngine(e), clock, concurrency);
        scheduler->setDesktopNotifier(desktop);
    }

    AlertRule addRule(NotifyWhen mode = NotifyWhen::HasMatches, const QString &name = {})
    {
        AlertRule r;
        r.name = name.isEmpty() ? QStringLiteral("errors") : name;
        r.sql = QStringLiteral("SELECT trace_id FROM records WHERE is_exception");
        r.notifyWhen = mode;
        r.channels.push_back({AlertChannel::Type::Desktop});
        const auto s = repo->saveRule(r);
        Q_ASSERT(s.ok());
        return r;
    }

    // Advances the clock by one interval, runs what is due, returns the newest run of `rule`.
    AlertRun step(const AlertRule &rule, int rows)
    {
        engine->rows = rows;
        clock->advance(rule.interval);
        scheduler->tick();
        scheduler->waitForIdle();
        return repo->runs(rule.id, 1).value().front();
    }

    int notifications()
    {
        std::lock_guard lock(desktop->mutex);
        return desktop->summaries.size();
    }
};

} // namespace

class TestAlertScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newRuleRunsAtOnceThenEveryInterval()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        QCOMPARE(f.scheduler->tick(), 1);
        f.scheduler->waitForIdle();
        QCOMPARE(f.repo->runs(rule.id).value().size(), 1);
        QCOMPARE(f.repo->runs(rule.id).value().front().startedAt, kStart);

        // Not due again until a whole interval has passed on the (fake) clock.
        f.clock->advance(rule.interval - 1);
        QCOMPARE(f.scheduler->tick(), 0);
        f.clock->advance(1);
        QCOMPARE(f.scheduler->tick(), 1);
        f.scheduler->waitForIdle();
        QCOMPARE(f.repo->runs(rule.id).value().size(), 2);
        QCOMPARE(*f.scheduler->nextRunAt(rule), kStart + 2 * rule.interval);
    }

    void missedRunsAfterSleepAreCaughtUpOnce()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        f.scheduler->tick();
        f.scheduler->waitForIdle();
        // The machine sleeps for 5 hours: 300 intervals were missed.
        f.clock->advance(5 * kMicrosPerHour);
        QCOMPARE(f.scheduler->tick(), 1);
        f.scheduler->waitForIdle();
        QCOMPARE(f.scheduler->tick(), 0);
        QCOMPARE(f.repo->runs(rule.id).value().size(), 2);
        QCOMPARE(*f.scheduler->nextRunAt(rule), kStart + 5 * kMicrosPerHour + rule.interval);
    }

    void restartContinuesFromRecordedHistory()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        f.scheduler->tick();
        f.scheduler->waitForIdle();
        // A new process (serve restarted) half an interval later: not due yet.
        auto e = f.engine;
        AlertScheduler again(f.repo, fixedEngine(e), f.clock);
        f.clock->advance(rule.interval / 2);
        QCOMPARE(again.tick(), 0);
        f.clock->advance(rule.interval / 2);
        QCOMPARE(again.tick(), 1);
        again.waitForIdle();
    }

    void editedRuleIsDueAtOnce()
    {
        Fixture f;
        AlertRule rule = f.addRule();
        f.scheduler->tick();
        f.scheduler->waitForIdle();
        rule.sql = QStringLiteral("SELECT trace_id FROM records WHERE level >= 17");
        QVERIFY(f.repo->saveRule(rule).ok());
        QCOMPARE(f.scheduler->tick(), 1);
        f.scheduler->waitForIdle();
    }

    void inactiveRulesDoNotRun()
    {
        Fixture f;
        AlertRule rule = f.addRule();
        QVERIFY(f.repo->setActive(rule.id, false).ok());
        QCOMPARE(f.scheduler->tick(), 0);
        QVERIFY(!f.scheduler->nextRunAt(f.repo->rule(rule.id).value()));
    }

    void concurrencyIsBounded()
    {
        Fixture f(2);
        for (int i = 0; i < 6; ++i)
            f.addRule(NotifyWhen::HasMatches, QStringLiteral("rule %1").arg(i));
        QSemaphore gate;
        f.engine->gate = &gate;
        QCOMPARE(f.scheduler->tick(), 6);
        QTRY_COMPARE(f.engine->inFlight(), 2);
        // While two are blocked in the engine, a second tick launches nothing twice.
        QCOMPARE(f.scheduler->tick(), 0);
        gate.release(100);
        f.scheduler->waitForIdle();
        QCOMPARE(f.engine->maxInFlight(), 2);
        QCOMPARE(f.repo->runCount().value(), 6);
    }

    void notifyWhen_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<int>>("variants");
        QTest::addColumn<QList<bool>>("notified");
        // has_matches: every run with rows.
        QTest::newRow("has_matches")
            << int(NotifyWhen::HasMatches) << QList<int> {0, 2, 2, 0, 1}
            << QList<int> {0, 0, 0, 0, 0} << QList<bool> {false, true, true, false, true};
        QTest::newRow("starts_having_matches")
            << int(NotifyWhen::StartsHavingMatches) << QList<int> {0, 2, 2, 0, 1}
            << QList<int> {0, 0, 0, 0, 0} << QList<bool> {false, true, false, false, true};
        QTest::newRow("has_matches_changed")
            << int(NotifyWhen::HasMatchesChanged) << QList<int> {0, 2, 2, 0, 0}
            << QList<int> {0, 0, 0, 0, 0} << QList<bool> {false, true, false, true, false};
        // matches_changed: same count, different rows still notifies.
        QTest::newRow("matches_changed")
            << int(NotifyWhen::MatchesChanged) << QList<int> {2, 2, 2, 3, 0}
            << QList<int> {0, 0, 1, 1, 1} << QList<bool> {true, false, true, true, true};
    }

    void notifyWhen()
    {
        QFETCH(int, mode);
        QFETCH(QList<int>, rows);
        QFETCH(QList<int>, variants);
        QFETCH(QList<bool>, notified);
        Fixture f;
        const AlertRule rule = f.addRule(static_cast<NotifyWhen>(mode));
        for (int i = 0; i < rows.size(); ++i) {
            const int before = f.notifications();
            f.engine->variant = variants[i];
            const AlertRun run = f.step(rule, rows[i]);
            QCOMPARE(run.rowCount.value_or(-1), rows[i]);
            // The 5th run of some sequences is the 3rd crossing: flapping outranks firing/ok.
            QVERIFY(run.state == AlertState::Flapping
                    || run.state == (rows[i] > 0 ? AlertState::Firing : AlertState::Ok));
            QVERIFY2(notified[i] == (f.notifications() > before),
                     qPrintable(QStringLiteral("run %1").arg(i)));
            QCOMPARE(run.deliveryJson.isEmpty(), !notified[i]);
        }
    }

    void transitionsAreRecorded()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        QCOMPARE(f.step(rule, 0).transition, QString());
        QCOMPARE(f.step(rule, 1).transition, QStringLiteral("ok->firing"));
        QCOMPARE(f.step(rule, 1).transition, QString());
        QCOMPARE(f.step(rule, 0).transition, QStringLiteral("firing->ok"));
    }

    void flappingAfterThreeCrossings()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        QCOMPARE(f.step(rule, 0).state, AlertState::Ok);
        QCOMPARE(f.step(rule, 1).state, AlertState::Firing); // 1 crossing
        QCOMPARE(f.step(rule, 0).state, AlertState::Ok); // 2
        QCOMPARE(f.step(rule, 1).state, AlertState::Flapping); // 3
        // It stays flapping while 3 crossings remain within the last 20 runs...
        for (int i = 0; i < 16; ++i)
            QCOMPARE(f.step(rule, 1).state, AlertState::Flapping);
        // ...and settles once the oldest crossing leaves the window.
        QCOMPARE(f.step(rule, 1).state, AlertState::Firing);
    }

    void snoozeRecordsButDropsNotifications()
    {
        Fixture f;
        AlertRule rule = f.addRule();
        rule.snoozedUntil = kStart + 2 * rule.interval + 1;
        QVERIFY(f.repo->saveRule(rule).ok());
        f.scheduler->tick(); // edited and new: runs at kStart
        f.scheduler->waitForIdle();
        AlertRun run = f.step(rule, 2);
        QCOMPARE(run.state, AlertState::Snoozed);
        QCOMPARE(run.rowCount.value_or(-1), 2);
        QCOMPARE(run.transition, QStringLiteral("ok->firing"));
        QVERIFY(run.deliveryJson.contains("snoozed"));
        QCOMPARE(f.notifications(), 0);
        f.step(rule, 2);
        run = f.step(rule, 2); // snooze is over
        QCOMPARE(run.state, AlertState::Firing);
        QCOMPARE(f.notifications(), 1);
    }

    void noDataWhenTheWindowIsEmpty()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        f.engine->hasData = false;
        QCOMPARE(f.step(rule, 0).state, AlertState::NoData);
        f.engine->hasData = true;
        QCOMPARE(f.step(rule, 0).state, AlertState::Ok);
    }

    void errorIsRecordedAndNotifiedOnce()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        f.engine->error = QStringLiteral("no such column: bogus");
        AlertRun run = f.step(rule, 0);
        QCOMPARE(run.state, AlertState::Error);
        QCOMPARE(run.error, QStringLiteral("no such column: bogus"));
        QVERIFY(!run.rowCount);
        QCOMPARE(f.notifications(), 1);
        QCOMPARE(f.step(rule, 0).state, AlertState::Error);
        QCOMPARE(f.notifications(), 1);
        f.engine->error.clear();
        QCOMPARE(f.step(rule, 0).state, AlertState::Ok);
    }

    void unknownEngineIsAnError()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        AlertScheduler noEngines(f.repo, fixedEngine(nullptr), f.clock);
        auto run = noEngines.runRule(rule);
        QVERIFY(run.ok());
        QCOMPARE(run->state, AlertState::Error);
        QVERIFY(run->error.contains(QLatin1String("local")));
    }

    void variablesAndWindowReachTheEngine()
    {
        Fixture f;
        AlertRule rule = f.addRule();
        rule.sql
            = QStringLiteral("SELECT trace_id FROM records WHERE service_name = $service "
                             "AND level >= ${min_level} AND env = ANY($envs) AND x = '$service' "
                             "AND start_timestamp >= $__from_iso_string");
        rule.variables = {{QStringLiteral("service"), QStringLiteral("api's")},
                          {QStringLiteral("min_level"), qint64(17)},
                          {QStringLiteral("envs"),
                           QStringList {QStringLiteral("prod"), QStringLiteral("staging")}}};
        rule.window = 15 * kMicrosPerMinute;
        QVERIFY(f.repo->saveRule(rule).ok());
        f.scheduler->tick();
        f.scheduler->waitForIdle();
        std::lock_guard lock(f.engine->m_mutex);
        QCOMPARE(f.engine->sqls.size(), 1);
        QCOMPARE(
            f.engine->sqls.front(),
            QStringLiteral(
                "SELECT trace_id FROM records WHERE service_name = 'api''s' AND "
                "level >= 17 AND env = ANY(make_array('prod', 'staging')) AND x = '$service' AND "
                "start_timestamp >= '")
                + formatIsoMicrosQ(kStart - 15 * kMicrosPerMinute) + QLatin1Char('\''));
        QCOMPARE(*f.engine->lastRequest.minTimestamp, kStart - 15 * kMicrosPerMinute);
        QCOMPARE(*f.engine->lastRequest.maxTimestamp, kStart);
    }

    void unknownVariableFailsTheRunWithItsName()
    {
        Fixture f;
        AlertRule rule = f.addRule();
        rule.sql = QStringLiteral("SELECT 1 WHERE x = $missing");
        QVERIFY(f.repo->saveRule(rule).ok());
        f.scheduler->tick();
        f.scheduler->waitForIdle();
        const AlertRun run = f.repo->runs(rule.id, 1).value().front();
        QCOMPARE(run.state, AlertState::Error);
        QVERIFY2(run.error.contains(QLatin1String("$missing")), qPrintable(run.error));
    }

    void runRecordedSignalAndRowsJson()
    {
        Fixture f;
        const AlertRule rule = f.addRule();
        QSignalSpy spy(f.scheduler.get(), &AlertScheduler::runRecorded);
        f.engine->rows = 3;
        f.scheduler->tick();
        f.scheduler->waitForIdle();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.front().at(0).toLongLong(), rule.id);
        const AlertRun run = f.repo->runs(rule.id, 1).value().front();
        QVERIFY(run.rowsJson.contains("\"trace_id\""));
        QVERIFY(run.rowsJson.contains("trace-0-2"));
        QVERIFY(!rowsHash(run.rowsJson).isEmpty());
        QVERIFY(f.scheduler->statusLine().contains(QLatin1String("1 firing")));
    }
};

QTEST_GUILESS_MAIN(TestAlertScheduler)
#include "tst_alertscheduler.moc"
