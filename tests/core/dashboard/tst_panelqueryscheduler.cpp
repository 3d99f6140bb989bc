// SPDX-License-Identifier: MIT
#include "core/dashboard/panelqueryscheduler.h"

#include <condition_variable>
#include <mutex>
#include <QSignalSpy>
#include <QTest>

using namespace hearth::core;

namespace {

// A QueryEngine whose queries block until released, so the test controls overlap exactly.
class FakeEngine : public QueryEngine
{
public:
    QString name() const override { return QStringLiteral("fake"); }
    Result<QueryResult> run(const QueryRequest &request, const CancelTokenPtr &cancel) override
    {
        std::unique_lock lock(m_mutex);
        ++m_running;
        ++m_calls;
        m_peak = std::max(m_peak, m_running);
        m_sqls << request.sql;
        // Polls the token like SQLite's progress handler does; release() wakes it at once.
        while (!m_released && !cancel->cancelled())
            m_cv.wait_for(lock, std::chrono::milliseconds(2));
        --m_running;
        if (cancel->cancelled())
            return Error::make(Error::Code::Cancelled, QStringLiteral("cancelled"));
        if (request.sql.contains(QLatin1String("FAIL")))
            return Error::make(Error::Code::SqlSyntax, QStringLiteral("boom"), 3);
        QueryResult r;
        r.columns = {{QStringLiteral("v"), ColumnType::Text}};
        r.rows = {{request.sql}};
        return r;
    }
    void release()
    {
        std::lock_guard lock(m_mutex);
        m_released = true;
        m_cv.notify_all();
    }
    int calls()
    {
        std::lock_guard lock(m_mutex);
        return m_calls;
    }
    int running()
    {
        std::lock_guard lock(m_mutex);
        return m_running;
    }
    int peak()
    {
        std::lock_guard lock(m_mutex);
        return m_peak;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_released = false;
    int m_running = 0, m_peak = 0, m_calls = 0;
    QStringList m_sqls;
};

PanelJob job(const QString &key, const QString &sql, Micros from = 0)
{
    return PanelJob {key, sql, TimeWindow {from, from + kMicrosPerHour}, 1000};
}

} // namespace

class TestPanelQueryScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundedConcurrency()
    {
        auto engine = std::make_shared<FakeEngine>();
        PanelQueryScheduler scheduler(engine, 3);
        QSignalSpy finished(&scheduler, &PanelQueryScheduler::panelFinished);
        QSignalSpy idle(&scheduler, &PanelQueryScheduler::idle);
        for (int i = 0; i < 20; ++i)
            scheduler.submit(job(QStringLiteral("p%1").arg(i), QStringLiteral("SELECT %1").arg(i)));
        QTRY_COMPARE(engine->running(), 3);
        QCOMPARE(scheduler.runningCount(), 3);
        QCOMPARE(scheduler.queuedCount(), 17);
        engine->release();
        QTRY_COMPARE(finished.size(), 20);
        QVERIFY(idle.size() >= 1);
        QCOMPARE(engine->peak(), 3);
        QCOMPARE(scheduler.peakRunning(), 3);
        QVERIFY(scheduler.isIdle());
        for (const auto &args : finished) {
            const auto outcome = args.at(0).value<PanelOutcome>();
            QVERIFY(outcome.result);
            QVERIFY(!outcome.fromCache);
        }
    }

    void reusesUnchangedResults()
    {
        auto engine = std::make_shared<FakeEngine>();
        engine->release();
        PanelQueryScheduler scheduler(engine, 2);
        QSignalSpy finished(&scheduler, &PanelQueryScheduler::panelFinished);
        scheduler.submit(job(QStringLiteral("a"), QStringLiteral("SELECT 1")));
        QTRY_COMPARE(finished.size(), 1);
        scheduler.submit(job(QStringLiteral("a"), QStringLiteral("SELECT 1")));
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.at(1).at(0).value<PanelOutcome>().fromCache);
        QCOMPARE(engine->calls(), 1);
        // A different range or SQL runs again.
        scheduler.submit(job(QStringLiteral("a"), QStringLiteral("SELECT 1"), kMicrosPerMinute));
        scheduler.submit(job(QStringLiteral("b"), QStringLiteral("SELECT 2")));
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(engine->calls(), 3);
        scheduler.clearCache();
        scheduler.submit(job(QStringLiteral("a"), QStringLiteral("SELECT 1")));
        QTRY_COMPARE(finished.size(), 5);
        QCOMPARE(engine->calls(), 4);
    }

    void errorsAreDeliveredNotCached()
    {
        auto engine = std::make_shared<FakeEngine>();
        engine->release();
        PanelQueryScheduler scheduler(engine, 2);
        QSignalSpy finished(&scheduler, &PanelQueryScheduler::panelFinished);
        scheduler.submit(job(QStringLiteral("bad"), QStringLiteral("FAIL")));
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.at(0).at(0).value<PanelOutcome>();
        QVERIFY(!outcome.result);
        QCOMPARE(outcome.error, QStringLiteral("boom"));
        QCOMPARE(outcome.errorPosition, 3);
        scheduler.submit(job(QStringLiteral("bad"), QStringLiteral("FAIL")));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(engine->calls(), 2);
    }

    void cancelAllDropsQueuedAndRunning()
    {
        auto engine = std::make_shared<FakeEngine>();
        PanelQueryScheduler scheduler(engine, 2);
        QSignalSpy finished(&scheduler, &PanelQueryScheduler::panelFinished);
        QSignalSpy idle(&scheduler, &PanelQueryScheduler::idle);
        for (int i = 0; i < 6; ++i)
            scheduler.submit(job(QStringLiteral("p%1").arg(i), QStringLiteral("OLD %1").arg(i)));
        QTRY_COMPARE(engine->running(), 2);
        const quint64 before = scheduler.generation();
        scheduler.cancelAll(); // the range changed
        QVERIFY(scheduler.generation() > before);
        QCOMPARE(scheduler.queuedCount(), 0);
        QTRY_COMPARE(engine->running(), 0); // the token reached the running queries
        QTRY_VERIFY(idle.size() >= 1);
        QCOMPARE(finished.size(), 0); // stale results are never delivered
        QCOMPARE(engine->calls(), 2); // queued ones never ran
        engine->release();
        scheduler.submit(job(QStringLiteral("p0"), QStringLiteral("NEW")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<PanelOutcome>().result->rows[0][0].toString(),
                 QStringLiteral("NEW"));
    }

    void newerJobForAPanelSupersedesOlder()
    {
        auto engine = std::make_shared<FakeEngine>();
        PanelQueryScheduler scheduler(engine, 1);
        QSignalSpy finished(&scheduler, &PanelQueryScheduler::panelFinished);
        scheduler.submit(job(QStringLiteral("a"), QStringLiteral("FIRST")));
        QTRY_COMPARE(engine->running(), 1);
        scheduler.submit(job(QStringLiteral("a"), QStringLiteral("SECOND")));
        QTRY_COMPARE(engine->calls(), 2);
        engine->release();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<PanelOutcome>().result->rows[0][0].toString(),
                 QStringLiteral("SECOND"));
        QTRY_VERIFY(scheduler.isIdle());
    }
};

QTEST_GUILESS_MAIN(TestPanelQueryScheduler)
#include "tst_panelqueryscheduler.moc"
