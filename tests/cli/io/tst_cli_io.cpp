// SPDX-License-Identifier: MIT
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

QString fixture(const char *name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/io/") + QLatin1String(name);
}

} // namespace

class TestCliIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importExportNotesCase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.hearth"));
        const QString trace = QStringLiteral("0197123456789abcdef0123456789abc");
        Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                     fixture("logfire_v2_records.json"), fixture("logfire_metrics.ndjson")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("records: 3 new, 0 duplicate")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("metrics: 2 new, 0 duplicate")));
        QVERIFY(r.err.contains(QStringLiteral("importing: 100%")));

        r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--quiet"),
                 fixture("logfire_v2_records.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("records: 0 new, 3 duplicate")));

        r = cli(
            {QStringLiteral("import"), QStringLiteral("--db"), db, fixture("malformed.ndjson")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("malformed.ndjson:2: not valid JSON")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--skip-bad"),
                 fixture("malformed.ndjson")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(
            QStringLiteral("skipped: malformed.ndjson:3: column 'start_timestamp'")));
        QVERIFY(r.out.contains(QStringLiteral("records: 2 new")));

        const QString json = dir.filePath(QStringLiteral("trace.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--trace"),
                 trace, QStringLiteral("--out"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("rows: 3")));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("{\"schema\":{\"fields\":[{\"name\":\"start_timestamp\""));

        const QString csv = dir.filePath(QStringLiteral("all.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--since"),
                 QStringLiteral("100000d"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("rows: 5")), qPrintable(r.out));

        const QString nd = dir.filePath(QStringLiteral("q.ndjson"));
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--sql"),
                 QStringLiteral("SELECT trace_id, message FROM records WHERE level >= 17"),
                 QStringLiteral("--out"), nd});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("rows: 1\n")), qPrintable(r.out));

        r = cli({QStringLiteral("notes"), QStringLiteral("--db"), db, QStringLiteral("pin"), trace,
                 QStringLiteral("--note"), QStringLiteral("look at the retries")});
        QCOMPARE(r.exitCode, 0);
        const QString caseFile = dir.filePath(QStringLiteral("case.hearth"));
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--sql"),
                 QStringLiteral("SELECT trace_id FROM records WHERE level >= 17"),
                 QStringLiteral("--out"), caseFile, QStringLiteral("--title"),
                 QStringLiteral("errors")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("records: 3\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("notes: 1")));
        r = cli({QStringLiteral("notes"), QStringLiteral("--db"), caseFile});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("look at the retries")));
        QVERIFY(r.out.contains(QStringLiteral("agent run")));

        // The case file re-exports as a store in its own right.
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), caseFile,
                 QStringLiteral("--trace"), trace, QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("again.ndjson"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("rows: 3")));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.hearth"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("x.json"))})
                     .exitCode,
                 2);
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), db,
                           QStringLiteral("--since"), QStringLiteral("1d"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("x.parquet"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("x.parquet")));
        const Run missing = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io.moc"
