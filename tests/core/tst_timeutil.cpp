// SPDX-License-Identifier: MIT
#include "core/util/timeutil.h"

#include <QTest>

using namespace hearth::core;

class TestTimeUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoRoundTrip_data()
    {
        QTest::addColumn<qint64>("us");
        QTest::addColumn<QString>("iso");
        QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000000Z");
        QTest::newRow("micros") << qint64(1'764'301'560'123'456)
                                << QStringLiteral("2025-11-28T03:46:00.123456Z");
        QTest::newRow("leap day") << qint64(951'782'400'000'001)
                                  << QStringLiteral("2000-02-29T00:00:00.000001Z");
        QTest::newRow("before epoch")
            << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999999Z");
    }
    void isoRoundTrip()
    {
        QFETCH(qint64, us);
        QFETCH(QString, iso);
        QCOMPARE(formatIsoMicrosQ(us), iso);
        QCOMPARE(parseIsoMicros(iso.toStdString()).value_or(-42), us);
    }

    void parsesOtherForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("us");
        QTest::newRow("space, no zone")
            << QStringLiteral("2025-11-28 03:46:00") << qint64(1'764'301'560'000'000);
        QTest::newRow("offset") << QStringLiteral("2025-11-28T05:46:00+02:00")
                                << qint64(1'764'301'560'000'000);
        QTest::newRow("nanos") << QStringLiteral("2025-11-28T03:46:00.123456789Z")
                               << qint64(1'764'301'560'123'456);
        QTest::newRow("date") << QStringLiteral("2025-11-28") << qint64(1'764'288'000'000'000);
    }
    void parsesOtherForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, us);
        QCOMPARE(parseIsoMicros(text.toStdString()).value_or(-42), us);
    }

    void rejectsGarbage()
    {
        for (const char *bad : {"", "yesterday", "2025-13-01", "2025-11-28T25:00", "2025-11-28Tx"})
            QVERIFY2(!parseIsoMicros(bad).has_value(), bad);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("us");
        QTest::newRow("24h") << QStringLiteral("24h") << qint64(86'400'000'000);
        QTest::newRow("7d") << QStringLiteral("7d") << qint64(604'800'000'000);
        QTest::newRow("words") << QStringLiteral("5 minutes") << qint64(300'000'000);
        QTest::newRow("ms") << QStringLiteral("250ms") << qint64(250'000);
        QTest::newRow("combined") << QStringLiteral("1h30m") << qint64(5'400'000'000);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, us);
        QCOMPARE(parseDuration(text.toStdString()).value_or(-1), us);
        QVERIFY(!parseDuration("ten minutes").has_value());
    }

    void formatsDurations()
    {
        QCOMPARE(formatDurationSeconds(0.000850), QStringLiteral("850µs"));
        QCOMPARE(formatDurationSeconds(0.0123), QStringLiteral("12.3ms"));
        QCOMPARE(formatDurationSeconds(4.213), QStringLiteral("4.21s"));
        QCOMPARE(formatDurationSeconds(192), QStringLiteral("3m 12s"));
    }
};

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
