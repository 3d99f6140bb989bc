// SPDX-License-Identifier: MIT
// AlertLeaseKeeper: the lease runs on the pool. While another connection holds the store's write
// lock (an ingest batch), the calling thread's event loop keeps turning, no check is queued
// behind another, and evaluation starts once the lock is gone. Release and destruction with a
// check in flight give the lease up (not left to lapse) and drop the stale answer.
#include "core/alerts/alertleasekeeper.h"
#include "core/alerts/alertscheduler.h"
#include "core/store/store.h"
#include "fakeengine.h"
#include "loopmeter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hearth::core;

namespace {

constexpr Micros kStart = 1'800'000'000'000'000;
constexpr Micros kTtl = 30 * kMicrosPerSecond;
// A lease call on this thread would stall it for the whole busy timeout per tick; an event loop
// that never pauses for much less than that shows none does.
constexpr qint64 kMaxGapMs = AlertLease::kBusyTimeoutMs * 3 / 4;

} // namespace

class TestAlertLeaseKeeper : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("keeper%1.hearth").arg(++m_n));
        if (!Store::open(path).ok())
            qFatal("creating the store failed");
        return path;
    }

    static sqlite::Connection lockStore(const QString &path)
    {
        auto blocker
            = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadWrite);
        if (!blocker || !blocker->exec("BEGIN IMMEDIATE").ok())
            qFatal("taking the write lock failed");
        return std::move(blocker.value());
    }

private Q_SLOTS:
    void loopKeepsTurningWhileTheStoreIsLocked()
    {
        const QString path = freshStore();
        std::shared_ptr<AlertRepository> repo(AlertRepository::open(path).value().release());
        AlertRule rule;
        rule.name = QStringLiteral("errors");
        rule.sql = QStringLiteral("SELECT trace_id FROM records WHERE is_exception");
        QVERIFY(repo->saveRule(rule).ok());
        auto engine = std::make_shared<FakeEngine>();
        auto clock = std::make_shared<SystemAlertClock>();
        AlertScheduler scheduler(repo, fixedEngine(engine), clock);
        AlertLeaseKeeper keeper(path, QStringLiteral("Hearth"), clock);
        keeper.attach(&scheduler);
        QSignalSpy checked(&keeper, &AlertLeaseKeeper::checked);

        // An ingest batch holds the write lock; the scheduler polls every 20 ms meanwhile.
        sqlite::Connection blocker = lockStore(path);
        hearth::test::LoopMeter meter;
        scheduler.start(std::chrono::milliseconds(20));
        QTRY_VERIFY(checked.count() >= 3); // each waited out the busy timeout on the pool
        qInfo("longest pause of the event loop while locked: %lld ms", meter.maxGapMs());
        QVERIFY2(meter.maxGapMs() < kMaxGapMs,
                 qPrintable(QStringLiteral("the loop paused %1 ms").arg(meter.maxGapMs())));
        QVERIFY(meter.firings() > 20);
        for (const auto &args : checked)
            QCOMPARE(args.front().value<AlertLeaseCheck>().held.error().code, Error::Code::Busy);
        QVERIFY(!scheduler.isEvaluator());
        QCOMPARE(engine->sqls.size(), 0);

        // The batch commits: the next check takes the lease and the due rule runs.
        QVERIFY(blocker.exec("COMMIT").ok());
        QTRY_VERIFY(scheduler.isEvaluator());
        QTRY_COMPARE(repo->runs(rule.id).value().size(), 1);
        QCOMPARE(repo->evaluator(clock->now()).value()->owner, keeper.self().owner);
        QVERIFY2(meter.maxGapMs() < kMaxGapMs,
                 qPrintable(QStringLiteral("the loop paused %1 ms").arg(meter.maxGapMs())));

        scheduler.stop();
        QSignalSpy released(&keeper, &AlertLeaseKeeper::released);
        keeper.release();
        QVERIFY(released.wait());
        QVERIFY(!repo->evaluator(clock->now()).value().has_value());
    }

    // A poll while a check still waits for the lock starts nothing: the running check answers
    // for it. A store busy for seconds never queues up jobs.
    void aCheckInFlightIsNotQueuedAgain()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        AlertLeaseKeeper keeper(path, QStringLiteral("Hearth"), clock, kTtl);
        QSignalSpy checked(&keeper, &AlertLeaseKeeper::checked);
        sqlite::Connection blocker = lockStore(path);
        QVERIFY(keeper.requestCheck());
        QVERIFY(keeper.isChecking());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!keeper.requestCheck());
        QVERIFY(checked.wait());
        QCOMPARE(checked.count(), 1);
        QVERIFY(!keeper.isChecking());
        QCOMPARE(keeper.lastCheck().held.error().code, Error::Code::Busy);
        QVERIFY(!keeper.lastCheck().holder.has_value()); // nobody held it

        QVERIFY(blocker.exec("COMMIT").ok());
        QVERIFY(keeper.requestCheck());
        QVERIFY(checked.wait());
        QCOMPARE(checked.count(), 2);
        QCOMPARE(keeper.lastCheck().held.value(), true);
        QCOMPARE(keeper.lastCheck().holder->owner, keeper.self().owner);
        QCOMPARE(keeper.lastCheck().holder->expiresAt, kStart + kTtl);
    }

    // Shutdown while a renewal waits for the lock: the answer is dropped, the lease is given up
    // once the lock is free (not left to lapse: the manual clock never lets it), and the keeper
    // starts nothing more.
    void releaseWithACheckInFlight()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        auto repo = AlertRepository::open(path).value();
        AlertLeaseKeeper keeper(path, QStringLiteral("Hearth"), clock, kTtl);
        QSignalSpy checked(&keeper, &AlertLeaseKeeper::checked);
        QSignalSpy released(&keeper, &AlertLeaseKeeper::released);
        QVERIFY(keeper.requestCheck());
        QVERIFY(checked.wait());
        QCOMPARE(keeper.lastCheck().held.value(), true);

        sqlite::Connection blocker = lockStore(path);
        clock->advance(kTtl / 2); // a renewal is due: it needs the write lock
        QVERIFY(keeper.requestCheck());
        keeper.release();
        QVERIFY(keeper.isReleased());
        QVERIFY(!keeper.isChecking());
        QVERIFY(!keeper.requestCheck());
        QVERIFY(blocker.exec("COMMIT").ok());
        QVERIFY(released.wait());
        QCOMPARE(checked.count(), 1); // the renewal's answer never arrived
        QVERIFY(!repo->evaluator(clock->now()).value().has_value());
    }

    // The window closes (the keeper is destroyed) while a check waits for the lock: no crash, no
    // answer to a dead keeper or scheduler, and the lease is still given up.
    void destroyedWithACheckInFlight()
    {
        const QString path = freshStore();
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        std::shared_ptr<AlertRepository> repo(AlertRepository::open(path).value().release());
        auto scheduler = std::make_unique<AlertScheduler>(
            repo, fixedEngine(std::make_shared<FakeEngine>()), clock);
        auto keeper
            = std::make_unique<AlertLeaseKeeper>(path, QStringLiteral("Hearth"), clock, kTtl);
        keeper->attach(scheduler.get());
        QSignalSpy changed(scheduler.get(), &AlertScheduler::evaluatorChanged);
        QVERIFY(keeper->requestCheck());
        QVERIFY(changed.wait());
        QVERIFY(scheduler->isEvaluator());

        sqlite::Connection blocker = lockStore(path);
        clock->advance(kTtl / 2);
        QVERIFY(keeper->requestCheck());
        scheduler->stop();
        keeper.reset();
        scheduler.reset();
        QVERIFY(blocker.exec("COMMIT").ok());
        QTRY_VERIFY(!repo->evaluator(clock->now()).value().has_value());
    }

    // The lease file cannot be opened: the answer is an error (not Busy), and the scheduler
    // reports it instead of evaluating.
    void openFailureIsReported()
    {
        auto clock = std::make_shared<ManualAlertClock>(kStart);
        const QString path = m_dir.filePath(QStringLiteral("missing/none.hearth"));
        auto repoPath = freshStore();
        std::shared_ptr<AlertRepository> repo(AlertRepository::open(repoPath).value().release());
        AlertScheduler scheduler(repo, fixedEngine(std::make_shared<FakeEngine>()), clock);
        AlertLeaseKeeper keeper(path, QStringLiteral("Hearth"), clock, kTtl);
        keeper.attach(&scheduler);
        QSignalSpy failed(&scheduler, &AlertScheduler::schedulingFailed);
        QVERIFY(keeper.requestCheck());
        QVERIFY(failed.wait());
        QVERIFY(!keeper.lastCheck().held.ok());
        QVERIFY(keeper.lastCheck().held.error().code != Error::Code::Busy);
        QVERIFY(!failed.front().front().toString().isEmpty());
        QVERIFY(!scheduler.isEvaluator());
    }
};

QTEST_GUILESS_MAIN(TestAlertLeaseKeeper)
#include "tst_alertleasekeeper.moc"
