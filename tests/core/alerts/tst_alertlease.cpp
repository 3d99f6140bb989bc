// SPDX-License-Identifier: MIT
// The single-evaluator lease: two schedulers (as the GUI and `hearth-cli serve` would be) on one
// store file, driven by one manual clock. Only the holder evaluates; when it stops or its lease
// lapses the other takes over, continuing from the recorded runs, and no run is duplicated.
// The schedulers get the lease's answers as values (tick(check)), here on the test thread; the
// app and serve look off their main thread (tst_alertleasekeeper).
#include "core/alerts/alertlease.h"
#include "core/alerts/alertscheduler.h"
#include "core/store/store.h"
#include "fakeengine.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

constexpr Micros kStart = 1'800'000'000'000'000;
constexpr Micros kTtl = 30 * kMicrosPerSecond;

struct Process
{
    std::shared_ptr<AlertRepository> repo;
    std::shared_ptr<FakeEngine> engine = std::make_shared<FakeEngine>();
    std::shared_ptr<AlertClock> clock;
    std::unique_ptr<AlertLease> lease;
    std::unique_ptr<AlertScheduler> scheduler;

    Process(const QString &path, const QString &kind, std::shared_ptr<AlertClock> c)
        : clock(std::move(c))
    {
        repo = std::shared_ptr<AlertRepository>(AlertRepository::open(path).value().release());
        scheduler = std::make_unique<AlertScheduler>(repo, fixedEngine(engine), clock);
        auto opened = AlertLease::open(path, kind, kTtl);
        if (!opened)
            qFatal("opening the lease failed");
        lease = std::move(opened.value());
        scheduler->setLeaseOwner(lease->self().owner);
    }

    int tick()
    {
        const int n = scheduler->tick(lease->check(clock->now()));
        scheduler->waitForIdle();
        return n;
    }
    // Clean shutdown as the app and serve do it: stop, then release.
    void stop()
    {
        scheduler->stop();
        if (!lease->release().ok())
            qFatal("releasing the lease failed");
    }
    int queries() const { return engine->sqls.size(); }
};

} // namespace

class TestAlertLease : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("lease%1.hearth").arg(++m_n));
        auto store = Store::open(path);
        Q_ASSERT(store.ok());
        return path;
    }

    static AlertRule saveRule(AlertRepository &repo, const QString &name)
    {
        AlertRule r;
        r.name = name;
        r.sql = QStringLiteral("SELECT trace_id FROM records WHERE is_exception");
        // Not Q_ASSERT: release builds (CI) compile that away, and the rule with it.
        if (!repo.saveRule(r).ok())
            qFatal("saving the rule failed");
        return r;
    }

    // Every run's start time, per rule: a duplicate would show as two runs in one interval.
    static QVector<Micros> runTimes(AlertRepository &repo, qint64 ruleId)
    {
        QVector<Micros> out;
        const auto runs = repo.runs(ruleId);
        Q_ASSERT(runs.ok());
        for (const auto &run : runs.value())
            out.prepend(run.startedAt);
        return out;
    }

private Q_SLOTS:
    void onlyTheHolderEvaluates()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        Process gui(path, QStringLiteral("Hearth"), clock);
        Process serve(path, QStringLiteral("hearth-cli serve"), clock);
        const AlertRule a = saveRule(*gui.repo, QStringLiteral("a"));
        const AlertRule b = saveRule(*gui.repo, QStringLiteral("b"));

        QSignalSpy serveChanged(serve.scheduler.get(), &AlertScheduler::evaluatorChanged);
        QCOMPARE(serve.tick(), 2); // first to tick takes the lease
        QCOMPARE(gui.tick(), 0);
        QVERIFY(serve.scheduler->isEvaluator());
        QVERIFY(!gui.scheduler->isEvaluator());
        QCOMPARE(serveChanged.count(), 1);
        QCOMPARE(serveChanged.front().front().toBool(), true);

        // Both see who evaluates: serve, with its pid.
        const auto holder = gui.scheduler->evaluator();
        QVERIFY(holder.has_value());
        QCOMPARE(holder->kind, QStringLiteral("hearth-cli serve"));
        QCOMPARE(holder->owner, serve.scheduler->leaseOwner());
        QCOMPARE(
            holder->describe(),
            QStringLiteral("hearth-cli serve (pid %1)").arg(QCoreApplication::applicationPid()));
        QCOMPARE(gui.repo->evaluator(clock->now()).value()->owner, serve.scheduler->leaseOwner());

        // Ten intervals, both ticking every 15 s (renewals included): one run per interval.
        int launched = 0;
        for (int i = 0; i < 40; ++i) {
            clock->advance(a.interval / 4);
            QCOMPARE(gui.tick(), 0);
            launched += serve.tick();
        }
        QCOMPARE(launched, 20);
        QCOMPARE(gui.queries(), 0);
        QCOMPARE(serve.queries(), 22);
        QCOMPARE(runTimes(*gui.repo, a.id).size(), 11);
        QCOMPARE(runTimes(*gui.repo, b.id).size(), 11);
    }

    void releaseHandsOverAtOnceWithoutDuplicates()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        Process gui(path, QStringLiteral("Hearth"), clock);
        auto serve = std::make_unique<Process>(path, QStringLiteral("hearth-cli serve"), clock);
        const AlertRule rule = saveRule(*gui.repo, QStringLiteral("errors"));

        QCOMPARE(gui.tick(), 1);
        QCOMPARE(serve->tick(), 0);
        // Half an interval later the GUI quits cleanly: it releases the lease.
        clock->advance(rule.interval / 2);
        QSignalSpy guiChanged(gui.scheduler.get(), &AlertScheduler::evaluatorChanged);
        gui.stop();
        QCOMPARE(guiChanged.count(), 1);
        QVERIFY(!gui.scheduler->isEvaluator());
        QVERIFY(!gui.repo->evaluator(clock->now()).value().has_value());

        // serve takes over on its next tick, but the rule ran half an interval ago: not due yet.
        QCOMPARE(serve->tick(), 0);
        QVERIFY(serve->scheduler->isEvaluator());
        clock->advance(rule.interval / 2);
        QCOMPARE(serve->tick(), 1);
        QCOMPARE(runTimes(*gui.repo, rule.id), (QVector<Micros> {kStart, kStart + rule.interval}));
        QCOMPARE(gui.queries() + serve->queries(), 2);
    }

    void lapsedLeaseIsTakenOver()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        Process serve(path, QStringLiteral("hearth-cli serve"), clock);
        Process gui(path, QStringLiteral("Hearth"), clock);
        const AlertRule rule = saveRule(*gui.repo, QStringLiteral("errors"));
        QCOMPARE(serve.tick(), 1);
        QCOMPARE(gui.tick(), 0);

        // serve hangs (or was killed -9): it never ticks or releases again. Until the lease
        // lapses the GUI still waits, then takes over and runs what is due, once.
        clock->advance(kTtl - 1);
        QCOMPARE(gui.tick(), 0);
        QVERIFY(!gui.scheduler->isEvaluator());
        clock->advance(1);
        QCOMPARE(gui.tick(), 0); // lease taken; the rule ran 30 s ago, due after 60 s
        QVERIFY(gui.scheduler->isEvaluator());
        clock->advance(rule.interval - kTtl);
        QCOMPARE(gui.tick(), 1);

        // serve comes back: the lease is the GUI's now, so serve does not evaluate.
        QCOMPARE(serve.tick(), 0);
        QVERIFY(!serve.scheduler->isEvaluator());
        QCOMPARE(runTimes(*gui.repo, rule.id), (QVector<Micros> {kStart, kStart + rule.interval}));
    }

    // Two real `hearth-cli serve` processes on one store: one evaluates, the other says who does;
    // the rule (due at once for both) runs exactly once; when the first stops the second takes
    // over and, continuing from the recorded run, does not run it again before its interval.
    void twoServeProcessesOneEvaluates()
    {
        const QString path = freshStore();
        {
            auto repo = AlertRepository::open(path);
            QVERIFY(repo.ok());
            saveRule(**repo, QStringLiteral("errors"));
        }
        const QStringList args {QStringLiteral("serve"),
                                QStringLiteral("--no-otlp"),
                                QStringLiteral("--db"),
                                path,
                                QStringLiteral("--alerts-poll-ms"),
                                QStringLiteral("20")};
        const auto waitFor = [](QProcess &p, const QByteArray &text, QByteArray &seen) {
            while (!seen.contains(text)) {
                if (!p.waitForReadyRead(20000))
                    return false;
                seen += p.readAllStandardOutput();
            }
            return true;
        };
        QProcess first;
        first.start(QStringLiteral(HEARTH_CLI_PATH), args);
        QByteArray firstOut;
        QVERIFY2(waitFor(first, "this process evaluates the rules", firstOut),
                 firstOut.constData());
        QProcess second;
        second.start(QStringLiteral(HEARTH_CLI_PATH), args);
        QByteArray secondOut;
        // The lease's first answer comes from the pool, maybe after the startup lines: wait for it.
        const QByteArray evaluatedByFirst = QStringLiteral("alerts: rules are evaluated by "
                                                           "hearth-cli serve (pid %1)")
                                                .arg(first.processId())
                                                .toUtf8();
        QVERIFY2(waitFor(second, evaluatedByFirst, secondOut), secondOut.constData());
        QVERIFY2(!secondOut.contains("this process evaluates"), secondOut.constData());

        auto repo = AlertRepository::open(path);
        QVERIFY(repo.ok());
        const qint64 id = (*repo)->ruleByName(QStringLiteral("errors")).value()->id;
        QTRY_COMPARE_WITH_TIMEOUT((*repo)->runs(id).value().size(), 1, 20000);
        QCOMPARE((*repo)->evaluator(nowMicros()).value()->pid, first.processId());

        first.terminate();
        QVERIFY(first.waitForFinished(20000));
        QCOMPARE(first.exitCode(), 0);
        QVERIFY2(waitFor(second, "this process evaluates the rules", secondOut),
                 secondOut.constData());
        QCOMPARE((*repo)->evaluator(nowMicros()).value()->pid, second.processId());
        second.terminate();
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        // Still the one run: the rule's next run is a minute after the first.
        QCOMPARE((*repo)->runs(id).value().size(), 1);
    }

    void renewalKeepsTheLeaseWithoutRewritingEveryTick()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        auto lease = AlertLease::open(path, QStringLiteral("Hearth"), kTtl).value();
        auto other = AlertLease::open(path, QStringLiteral("hearth-cli serve"), kTtl).value();
        QCOMPARE(lease->acquire(kStart).value(), true);
        const Micros firstExpiry = lease->holder(kStart).value()->expiresAt;
        QCOMPARE(firstExpiry, kStart + kTtl);
        // Within the first third of the ttl nothing is written.
        QCOMPARE(lease->acquire(kStart + kTtl / 4).value(), true);
        QCOMPARE(lease->holder(kStart).value()->expiresAt, firstExpiry);
        // Later it is renewed, so a holder that keeps ticking never lapses.
        for (Micros t = kStart; t < kStart + 10 * kTtl; t += kTtl / 2) {
            QCOMPARE(lease->acquire(t).value(), true);
            QCOMPARE(other->acquire(t).value(), false);
        }
        QVERIFY(lease->release().ok());
        QCOMPARE(other->acquire(kStart + 10 * kTtl).value(), true);
        // A release by the old holder does not remove the new holder's lease.
        QVERIFY(lease->release().ok());
        QCOMPARE(lease->holder(kStart + 10 * kTtl).value()->kind,
                 QStringLiteral("hearth-cli serve"));
    }

    // The first answer is news even when another process holds the lease: listeners (serve's
    // "rules are evaluated by ...") learn who evaluates without waiting for a change.
    void firstAnswerSaysWhoEvaluates()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        Process serve(path, QStringLiteral("hearth-cli serve"), clock);
        Process gui(path, QStringLiteral("Hearth"), clock);
        QCOMPARE(serve.tick(), 0);
        QSignalSpy changed(gui.scheduler.get(), &AlertScheduler::evaluatorChanged);
        QVERIFY(!gui.scheduler->isEvaluator()); // no answer yet: not evaluating
        QVERIFY(!gui.scheduler->evaluator().has_value());
        QCOMPARE(gui.tick(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().toBool(), false);
        QCOMPARE(gui.scheduler->evaluator()->owner, serve.lease->self().owner);
        // Later identical answers are not news.
        clock->advance(kTtl / 4);
        QCOMPARE(gui.tick(), 0);
        QCOMPARE(changed.count(), 1);
        // stop() forgets the holder: this scheduler no longer knows who evaluates.
        gui.stop();
        QVERIFY(!gui.scheduler->evaluator().has_value());
    }

    // close() is release() for good: a look still on its way after shutdown (a pool job that
    // lost the race) answers false and never takes the lease back.
    void closedLeaseIsNeverTakenBack()
    {
        const QString path = freshStore();
        auto lease = AlertLease::open(path, QStringLiteral("Hearth"), kTtl).value();
        QCOMPARE(lease->acquire(kStart).value(), true);
        QVERIFY(lease->close().ok());
        auto repo = AlertRepository::open(path).value();
        QVERIFY(!repo->evaluator(kStart).value().has_value());
        const AlertLeaseCheck late = lease->check(kStart + kTtl);
        QCOMPARE(late.held.value(), false);
        QVERIFY(!late.holder.has_value());
        QVERIFY(!repo->evaluator(kStart + kTtl).value().has_value());
        // A released (not closed) lease can be taken again, as before.
        auto other = AlertLease::open(path, QStringLiteral("Hearth"), kTtl).value();
        QCOMPARE(other->acquire(kStart).value(), true);
        QVERIFY(other->release().ok());
        QCOMPARE(other->acquire(kStart + 1).value(), true);
    }

    void busyStoreKeepsTheCurrentAnswer()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        Process gui(path, QStringLiteral("Hearth"), clock);
        const AlertRule rule = saveRule(*gui.repo, QStringLiteral("errors"));
        QCOMPARE(gui.tick(), 1);
        // Another connection holds the write lock (an ingest batch) when a renewal is due.
        auto blocker
            = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadWrite);
        QVERIFY(blocker.ok());
        QVERIFY(blocker->exec("BEGIN IMMEDIATE").ok());
        clock->advance(kTtl / 2);
        QSignalSpy failed(gui.scheduler.get(), &AlertScheduler::schedulingFailed);
        QSignalSpy changed(gui.scheduler.get(), &AlertScheduler::evaluatorChanged);
        const AlertLeaseCheck busy = gui.lease->check(clock->now());
        QCOMPARE(busy.held.error().code, Error::Code::Busy); // fails fast (short busy timeout)
        QVERIFY(busy.holder.has_value()); // a read still says who holds it
        QCOMPARE(busy.holder->owner, gui.lease->self().owner);
        QCOMPARE(gui.scheduler->tick(busy), 0); // nothing due
        QVERIFY(gui.scheduler->isEvaluator()); // the lease has not lapsed: still the evaluator
        QCOMPARE(failed.count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(blocker->exec("COMMIT").ok());
        // The next tick renews it and runs what is due.
        clock->advance(rule.interval - kTtl / 2);
        QCOMPARE(gui.tick(), 1);
        QCOMPARE(gui.repo->evaluator(clock->now()).value()->expiresAt, clock->now() + kTtl);
    }
};

QTEST_GUILESS_MAIN(TestAlertLease)
#include "tst_alertlease.moc"
