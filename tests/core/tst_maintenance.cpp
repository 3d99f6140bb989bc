// SPDX-License-Identifier: MIT
#include "core/store/maintenance.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

constexpr Micros kNow = 1'764'301'560'000'000;

void fill(Store &store, int days, int perDay)
{
    WriteBatch batch;
    for (int d = 0; d < days; ++d) {
        for (int i = 0; i < perDay; ++i) {
            Record r;
            r.startUs = kNow - d * kMicrosPerDay - i * kMicrosPerSecond;
            r.endUs = r.startUs + 1000;
            r.traceId
                = QStringLiteral("%1").arg(d * perDay + i, 32, 16, QLatin1Char('0')).toStdString();
            r.spanId = "00000000000000aa";
            r.spanName = "s";
            r.message = std::string(400, 'm');
            batch.records.push_back(r);
            MetricPoint m;
            m.recordedUs = r.startUs;
            m.metricName = "cpu";
            m.metricType = "gauge";
            m.unit = "1";
            m.scalarValue = 0.5;
            batch.metrics.push_back(m);
        }
    }
    QVERIFY(store.write(batch).ok());
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retentionByAgeKeepsRecentData()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("r.hearth")));
        QVERIFY(store.ok());
        fill(**store, 10, 50);
        QCOMPARE((*store)->recordCount().value(), 500);

        RetentionPolicy policy;
        policy.maxAgeDays = 3; // days 0-2 stay, and day 3's row that is exactly 3 days old
        auto result = applyRetention(**store, policy, kNow);
        QVERIFY(result.ok());
        QCOMPARE(result->recordsDeleted, 349);
        QCOMPARE(result->metricsDeleted, 349);
        QCOMPARE((*store)->recordCount().value(), 151);
        auto oldest = (*store)->writer().queryInt("SELECT min(start_timestamp) FROM _records");
        QVERIFY(oldest->value() >= kNow - 3 * kMicrosPerDay);
    }

    void retentionBySizeDropsOldestFirst()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.hearth")));
        QVERIFY(store.ok());
        fill(**store, 20, 100);
        QVERIFY((*store)->checkpoint().ok());
        const DiskUsage before = diskUsage(**store);
        QVERIFY(before.databaseBytes > 500'000);

        RetentionPolicy policy;
        policy.maxBytes = before.databaseBytes / 2;
        auto result = applyRetention(**store, policy, kNow);
        QVERIFY(result.ok());
        QVERIFY(result->recordsDeleted > 0);
        const DiskUsage after = diskUsage(**store);
        QVERIFY(after.databaseBytes - after.freeBytes <= *policy.maxBytes);
        // The newest day survived intact.
        auto newest
            = (*store)->writer().queryInt("SELECT count(*) FROM _records WHERE start_timestamp > "
                                          + std::to_string(kNow - kMicrosPerDay));
        QCOMPARE(newest->value_or(0), 100);

        QVERIFY(vacuum(**store).ok());
        QVERIFY(diskUsage(**store).databaseBytes < before.databaseBytes);
    }

    void readOnlyStoreRefusesRetention()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.hearth"));
        QVERIFY(Store::open(path).ok());
        auto store = Store::open(path, Store::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        RetentionPolicy policy;
        policy.maxAgeDays = 1;
        QVERIFY(!applyRetention(**store, policy).ok());
        QVERIFY(!vacuum(**store).ok());
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
