// SPDX-License-Identifier: MIT
#include "core/live/livequery.h"
#include "core/live/liverecord.h"
#include "core/live/timehistogram.h"
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

Record span(const std::string &trace, const std::string &id, const std::string &parent,
            Micros start, Micros end, int level = 9, const std::string &env = "prod")
{
    Record r;
    r.traceId = trace;
    r.spanId = id;
    r.parentSpanId = parent;
    r.startUs = start;
    r.endUs = end;
    r.duration = static_cast<double>(end - start) / 1e6;
    r.level = level;
    r.spanName = "work " + id;
    r.message = "work " + id;
    r.serviceName = "api";
    r.deploymentEnvironment = env;
    return r;
}

const std::string kT1 = "0af7651916cd43dd8448eb211c80319c";
const std::string kT2 = "1af7651916cd43dd8448eb211c80319c";
constexpr Micros kBase = 1'800'000'000'000'000;

} // namespace

class TestLiveQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LocalEngine> m_engine;

    QueryResult run(const QueryRequest &r)
    {
        auto result = m_engine->run(r, std::make_shared<CancelToken>());
        if (!result)
            qWarning() << r.sql << result.error().message;
        return result ? result.value() : QueryResult();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("q.hearth"));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        WriteBatch batch;
        // t1: a 60 s root whose child arrived first; t2 an error in staging, env NULL for one row.
        batch.records.push_back(
            span(kT1, "c000000000000001", "r000000000000001", kBase + 1000, kBase + 2000));
        batch.records.push_back(
            span(kT1, "r000000000000001", "", kBase, kBase + 60 * kMicrosPerSecond));
        batch.records.push_back(
            span(kT2, "e000000000000001", "", kBase + 5000, kBase + 6000, 17, "staging"));
        batch.records.push_back(
            span(kT2, "n000000000000001", "e000000000000001", kBase + 5500, kBase + 5600, 9, ""));
        QVERIFY(m_store->write(batch).ok());
        m_engine = std::make_unique<LocalEngine>(path);
    }

    void validateWhere_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("position");
        QTest::newRow("ok") << QStringLiteral("level >= 17 AND message LIKE '%(x%'") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("doubled quote") << QStringLiteral("message = 'it''s'") << -1;
        QTest::newRow("unterminated string") << QStringLiteral("service_name = 'api") << 15;
        QTest::newRow("unclosed paren") << QStringLiteral("(level > 9 AND (x = 1)") << 0;
        QTest::newRow("stray close") << QStringLiteral("level > 9)") << 9;
        QTest::newRow("semicolon") << QStringLiteral("level > 9; DROP TABLE x") << 9;
        QTest::newRow("comment hides paren") << QStringLiteral("level > 9 -- )") << -1;
    }

    void validateWhere()
    {
        QFETCH(QString, where);
        QFETCH(int, position);
        const auto error = LiveQuery::validateWhere(where);
        if (position < 0) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        } else {
            QVERIFY(error);
            QCOMPARE(error->position, position);
            QVERIFY(!error->message.isEmpty());
        }
    }

    void listReturnsWindowNewestFirst()
    {
        LiveQuery q({kBase, kBase + kMicrosPerHour, QString(), {}});
        const QueryRequest r = q.list(10);
        QCOMPARE(r.minTimestamp, std::optional<Micros>(kBase));
        QVERIFY(!r.sql.contains(QStringLiteral("::")));
        QVERIFY(!r.sql.contains(QStringLiteral("->>")));
        const auto records = liveRecordsFromResult(run(r));
        QCOMPARE(records.size(), size_t(4));
        QCOMPARE(records.front().spanId, QStringLiteral("n000000000000001"));
        QCOMPARE(records.back().spanId, QStringLiteral("r000000000000001"));
        QCOMPARE(records.back().duration, 60.0);
        // Paging: rows older than the given start only.
        const auto older = liveRecordsFromResult(run(q.list(10, kBase + 1000)));
        QCOMPARE(older.size(), size_t(1));
        QCOMPARE(older.front().spanId, QStringLiteral("r000000000000001"));
    }

    void userClauseAndEnvironmentsFilter()
    {
        LiveQuery errors({kBase, kBase + kMicrosPerHour, QStringLiteral("level >= 17"), {}});
        auto records = liveRecordsFromResult(run(errors.list(10)));
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records.front().environment, QStringLiteral("staging"));

        LiveQuery staging({kBase, kBase + kMicrosPerHour, QString(), {QStringLiteral("staging")}});
        QCOMPARE(liveRecordsFromResult(run(staging.list(10))).size(), size_t(1));
        LiveQuery unspecified({kBase, kBase + kMicrosPerHour, QString(), {QString()}});
        records = liveRecordsFromResult(run(unspecified.list(10)));
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records.front().spanId, QStringLiteral("n000000000000001"));
        LiveQuery quoted({kBase, kBase + kMicrosPerHour, QString(), {QStringLiteral("o'brien")}});
        QCOMPARE(run(quoted.list(10)).rows.size(), 0); // quoted, not a syntax error

        const auto envs
            = run(LiveQuery({kBase, kBase + kMicrosPerHour, QString(), {}}).environments());
        QCOMPARE(envs.rows.size(), 3);
    }

    void trailingCommentDoesNotSwallowTheQuery()
    {
        LiveQuery q(
            {kBase, kBase + kMicrosPerHour, QStringLiteral("level >= 17 -- errors only"), {}});
        auto result = m_engine->run(q.list(10), std::make_shared<CancelToken>());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->rows.size(), 1);
    }

    void engineErrorMapsIntoTheClause()
    {
        const QString where = QStringLiteral("level >= 17 AND nosuchcolumn = 1");
        LiveQuery q({kBase, kBase + kMicrosPerHour, where, {}});
        const QueryRequest r = q.list(10);
        // An offset inside the user's text maps back to it; outside it maps to -1.
        const int userStart = r.sql.indexOf(where);
        QVERIFY(userStart > 0);
        QCOMPARE(q.userPosition(r, userStart + 16), 16);
        QCOMPARE(q.userPosition(r, 3), -1);
        auto result = m_engine->run(r, std::make_shared<CancelToken>());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("nosuchcolumn")));
    }

    void pollFindsLongSpansByEndTime()
    {
        // The 60 s root started before the poll cursor but ended after it: the end-time poll sees
        // it.
        LiveQuery q({kBase, kBase + kMicrosPerHour, QString(), {}});
        const auto records = liveRecordsFromResult(run(q.poll(kBase + 30 * kMicrosPerSecond, 100)));
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records.front().spanId, QStringLiteral("r000000000000001"));
    }

    void spansFetchesParentsOutsideTheFilter()
    {
        LiveQuery q({kBase, kBase + kMicrosPerHour, QStringLiteral("level >= 17"), {}});
        const auto records = liveRecordsFromResult(
            run(q.spans({{QString::fromStdString(kT1), QStringLiteral("r000000000000001")},
                         {QStringLiteral("o'x"), QStringLiteral("y")}})));
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records.front().level, 9);
    }

    void histogramBucketsAndErrors()
    {
        LiveQuery q({kBase, kBase + 10 * kMicrosPerSecond, QString(), {}});
        TimeHistogram h(kBase, kBase + 10 * kMicrosPerSecond, kMicrosPerSecond);
        h.fill(run(q.histogram(kMicrosPerSecond)));
        QCOMPARE(h.bucketCount(), 10);
        QCOMPARE(h.count(0), qint64(4));
        QCOMPARE(h.errors(0), qint64(1));
        QCOMPARE(h.total(), qint64(4));
        QCOMPARE(h.maxCount(), qint64(4));
    }

    void histogramGeometry()
    {
        QCOMPARE(TimeHistogram::chooseBucket(5 * kMicrosPerMinute), 5 * kMicrosPerSecond);
        QCOMPARE(TimeHistogram::chooseBucket(kMicrosPerHour), 30 * kMicrosPerSecond);
        QCOMPARE(TimeHistogram::chooseBucket(14 * kMicrosPerDay), 3 * kMicrosPerHour);
        TimeHistogram h(0, 100 * kMicrosPerSecond, 10 * kMicrosPerSecond);
        QCOMPARE(h.bucketCount(), 10);
        QCOMPARE(h.xOf(50 * kMicrosPerSecond, 200), 100.0);
        QCOMPARE(h.timeAt(100, 200), 50 * kMicrosPerSecond);
        QCOMPARE(h.bucketAt(199, 200), 9);
        QCOMPARE(h.bucketAt(-5, 200), 0);
        QCOMPARE(h.xOf(-kMicrosPerSecond, 200), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLiveQuery)
#include "tst_livequery.moc"
