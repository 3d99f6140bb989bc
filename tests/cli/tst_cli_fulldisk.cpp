// SPDX-License-Identifier: MIT
// hearth-cli's own file writers on a disk that fills up midway (a file size limit set in the child
// process only): exit 1 with an error naming the file and the OS's reason, the previous file
// untouched, no temporary file left.
#include "core/alerts/alertrepository.h"
#include "core/filesizelimit.h"
#include "core/io/iotestutil.h"
#include "core/store/store.h"
#include "core/trace/sampletraces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using hearth::test::fileContents;
using hearth::test::FileSizeLimit;
using hearth::test::writePlainFile;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

// limit 0: no file size limit.
Run runCli(const QStringList &args, rlim_t limit = 0)
{
    QProcess p;
    if (limit)
        hearth::test::limitChildFileSize(p, limit);
    p.start(QStringLiteral(HEARTH_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_storeDir; // the store lives apart from the output folder
    QString m_db;
    std::string m_trace;
    std::unique_ptr<QTemporaryDir> m_out;

    QStringList outputFolder() const { return QDir(m_out->path()).entryList(QDir::Files); }

    // Writes `path` once with room to measure it, then again with room for half of it.
    void checkFullDisk(const QStringList &args, const QString &path)
    {
        const Run full = runCli(args);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const qint64 size = QFileInfo(path).size();
        // Half of it must still hold the store's shared-memory file (32 KiB): the limit is meant
        // to stop the output, not the store (the checks below would tell).
        QVERIFY2(size > 96 * 1024, qPrintable(QString::number(size)));
        QVERIFY(writePlainFile(path, "previous"));

        const Run failed = runCli(args, rlim_t(size / 2));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QDir::toNativeSeparators(path)), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(FileSizeLimit::cause()), qPrintable(failed.err));
        QCOMPARE(fileContents(path), QByteArray("previous"));
        QCOMPARE(outputFolder(), QStringList {QFileInfo(path).fileName()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_storeDir.filePath(QStringLiteral("t.hearth"));
        {
            auto store = Store::open(m_db);
            QVERIFY(store);
            m_trace = trace::samples::makeTraceId(7);
            WriteBatch batch;
            batch.records = trace::samples::exceptionTrace(m_trace, 1'700'000'000'000'000);
            QVERIFY((*store)->write(batch));
            QVERIFY((*store)->write(hearth::test::sampleBatch(600)));
        }
        auto repo = AlertRepository::open(m_db);
        QVERIFY2(repo, qPrintable(repo.error().message));
        // About 400 KB of exported JSON.
        for (int i = 0; i < 200; ++i) {
            AlertRule rule;
            rule.name = QStringLiteral("rule %1").arg(i);
            rule.description = QString(2000, QLatin1Char('d'));
            rule.sql = QStringLiteral("SELECT trace_id FROM records WHERE is_exception");
            QVERIFY((*repo)->saveRule(rule));
        }
    }

    void init()
    {
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
    }

    void alertsExport()
    {
        const QString path = m_out->filePath(QStringLiteral("alerts.json"));
        checkFullDisk({QStringLiteral("alerts"), QStringLiteral("export"), QStringLiteral("--db"),
                       m_db, path},
                      path);
    }

    void exportQuery()
    {
        const QString path = m_out->filePath(QStringLiteral("records.ndjson"));
        checkFullDisk({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--sql"), QStringLiteral("SELECT * FROM records"),
                       QStringLiteral("--out"), path},
                      path);
    }

    void exportCaseFile()
    {
        const QString path = m_out->filePath(QStringLiteral("case.hearth"));
        checkFullDisk({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--since"), QStringLiteral("36500d"), QStringLiteral("--out"),
                       path},
                      path);
    }

    void renderTrace()
    {
        const QString path = m_out->filePath(QStringLiteral("trace.png"));
        checkFullDisk({QStringLiteral("render-trace"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--trace"), QString::fromStdString(m_trace),
                       QStringLiteral("--out"), path, QStringLiteral("--width"),
                       QStringLiteral("4000"), QStringLiteral("--height"), QStringLiteral("3000")},
                      path);
    }
};

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_cli_fulldisk.moc"
