// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "hearth/version.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private:
    using Run = CliRun;
    static Run run(const QStringList &args) { return runCli(args); }

private Q_SLOTS:
    void printsVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("hearth-cli " HEARTH_VERSION));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }

    void infoOnCorruptFileNamesFileAndCause()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.hearth"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just text\n");
        f.close();
        const Run r = run({QStringLiteral("info"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
