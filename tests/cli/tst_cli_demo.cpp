// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "core/store/store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestCliDemo : public QObject
{
    Q_OBJECT
private:
    using Run = CliRun;
    static Run run(const QStringList &args) { return runCli(args); }
    static qint64 printed(const QString &out, const QString &label)
    {
        const QRegularExpression re(QStringLiteral("^\\s*%1:\\s+(\\d+)").arg(label),
                                    QRegularExpression::MultilineOption);
        const auto m = re.match(out);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

private Q_SLOTS:
    void printedCountsMatchTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), path,
                           QStringLiteral("--traces"), QStringLiteral("1000"),
                           QStringLiteral("--end"), QStringLiteral("2026-11-28T04:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 records = printed(r.out, QStringLiteral("records"));
        const qint64 metrics = printed(r.out, QStringLiteral("metrics"));
        QVERIFY2(records > 1000, qPrintable(r.out));
        QCOMPARE(printed(r.out, QStringLiteral("traces")), 1000);
        QVERIFY(printed(r.out, QStringLiteral("input tokens")) > 0);
        QVERIFY(r.out.contains(QStringLiteral("cost:           $")));

        // Read it the way an outside tool would: plain SQLite on the public views.
        auto conn = core::sqlite::Connection::open(path.toStdString(),
                                                   core::sqlite::Connection::Mode::ReadOnly);
        QVERIFY(conn.ok());
        QCOMPARE(conn->queryInt("SELECT count(*) FROM records").value().value_or(-1), records);
        QCOMPARE(conn->queryInt("SELECT count(*) FROM metrics").value().value_or(-1), metrics);
        QCOMPARE(
            conn->queryInt("SELECT count(DISTINCT trace_id) FROM records_all").value().value_or(-1),
            1000);
    }

    void sameArgumentsTwiceAddNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twice.db"));
        const QStringList args {QStringLiteral("demo"),
                                QStringLiteral("--db"),
                                path,
                                QStringLiteral("--traces"),
                                QStringLiteral("60"),
                                QStringLiteral("--end"),
                                QStringLiteral("1795000000000000")};
        const Run first = run(args);
        QCOMPARE(first.exitCode, 0);
        const Run second = run(args);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(printed(second.out, QStringLiteral("records")), 0);
        QVERIFY2(second.out.contains(QStringLiteral("already in")), qPrintable(second.out));
        auto conn = core::sqlite::Connection::open(path.toStdString(),
                                                   core::sqlite::Connection::Mode::ReadOnly);
        QVERIFY(conn.ok());
        QCOMPARE(conn->queryInt("SELECT count(*) FROM records").value().value_or(-1),
                 printed(first.out, QStringLiteral("records")));
        QCOMPARE(conn->queryInt("SELECT count(*) FROM metrics").value().value_or(-1),
                 printed(first.out, QStringLiteral("metrics")));

        // Another end time is new data alongside.
        QStringList later = args;
        later.last() = QStringLiteral("1795086400000000");
        const Run third = run(later);
        QCOMPARE(third.exitCode, 0);
        QVERIFY(printed(third.out, QStringLiteral("records")) > 0);
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("traces") << QStringList {QStringLiteral("--traces"), QStringLiteral("many")}
                                << QStringLiteral("--traces must be");
        QTest::newRow("days") << QStringList {QStringLiteral("--days"), QStringLiteral("0")}
                              << QStringLiteral("--days must be");
        QTest::newRow("end") << QStringList {QStringLiteral("--end"), QStringLiteral("yesterday")}
                             << QStringLiteral("--end must be");
        QTest::newRow("seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("-4")}
                              << QStringLiteral("--seed must be");
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("never.db"));
        const Run r
            = run(QStringList {QStringLiteral("demo"), QStringLiteral("--db"), path} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path)); // nothing written on bad input
    }

    void unwritableStoreIsReported()
    {
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("/proc/hearth-nope/x.db"), QStringLiteral("--traces"),
                           QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/proc/hearth-nope")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
