// SPDX-License-Identifier: MIT
// Every exporter on a disk that fills up midway: a precise error naming the file and the OS's
// reason, any previous file at the path untouched, and no temporary or partial file left behind.
#include "core/filesizelimit.h"
#include "core/io/casefile.h"
#include "core/io/exporter.h"
#include "core/io/iotestutil.h"
#include "core/live/resultexport.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::core::io;
using hearth::test::fileContents;
using hearth::test::FileSizeLimit;
using hearth::test::writePlainFile;

namespace {

constexpr Micros kAllTime = std::numeric_limits<Micros>::max();

// 20 000 rows of about 120 bytes: megabytes in every format.
QueryResult bigResult()
{
    QueryResult r;
    r.columns = {{QStringLiteral("id"), ColumnType::Integer},
                 {QStringLiteral("message"), ColumnType::Text}};
    for (int i = 0; i < 20'000; ++i)
        r.rows.push_back({QVariant::fromValue<qint64>(i), QString(120, QLatin1Char('m'))});
    return r;
}

} // namespace

class TestExportFullDisk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_storeDir; // the source store lives apart from the export folder
    QString m_store;
    std::unique_ptr<QTemporaryDir> m_out;

    QString outPath(const QString &name) const { return m_out->filePath(name); }
    QStringList exportFolder() const { return QDir(m_out->path()).entryList(QDir::Files); }

    // The failure names the file the user chose (native or Qt separators).
    static bool namesPath(const Error &e, const QString &path)
    {
        return e.message.contains(QDir::toNativeSeparators(path)) || e.message.contains(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_storeDir.filePath(QStringLiteral("src.hearth"));
        auto store = Store::open(m_store);
        QVERIFY(store);
        QVERIFY((*store)->write(test::sampleBatch(600)));
    }

    void init()
    {
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
    }

    void streamedResultExport_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("ndjson") << QStringLiteral("ndjson");
    }
    void streamedResultExport()
    {
        QFETCH(QString, ext);
        const QString path = outPath(QStringLiteral("rows.") + ext);
        const auto format = exportFormatFromName(ext);
        QVERIFY(format);
        QVERIFY(writePlainFile(path, "previous"));

        Result<qint64> failed = qint64(0);
        {
            FileSizeLimit disk {64 * 1024};
            QVERIFY(disk.ok());
            failed = exportResult(bigResult(), *format, path);
        }
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Io);
        QVERIFY2(namesPath(failed.error(), path), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(FileSizeLimit::cause()),
                 qPrintable(failed.error().message));
        QCOMPARE(fileContents(path), QByteArray("previous"));
        QCOMPARE(exportFolder(), QStringList {QFileInfo(path).fileName()});

        // With room on the disk the same export replaces the old file whole.
        auto written = exportResult(bigResult(), *format, path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(*written, qint64(20'000));
        const QByteArray bytes = fileContents(path);
        QVERIFY(bytes.size() > 2'000'000);
        QVERIFY(bytes.contains(QByteArray(120, 'm')));
        QCOMPARE(exportFolder(), QStringList {QFileInfo(path).fileName()});
    }

    void storeWindowExport()
    {
        const QString path = outPath(QStringLiteral("records.ndjson"));
        auto full = exportWindow(m_store, 0, kAllTime, false, ExportFormat::Ndjson, path);
        QVERIFY2(full.ok(), qPrintable(full.error().message));
        const QByteArray complete = fileContents(path);
        // Room for the store's shared-memory file (32 KiB), not for the export.
        QVERIFY2(complete.size() > 256 * 1024, qPrintable(QString::number(complete.size())));

        Result<qint64> failed = qint64(0);
        {
            FileSizeLimit disk {rlim_t(complete.size() / 2)};
            QVERIFY(disk.ok());
            failed = exportWindow(m_store, 0, kAllTime, false, ExportFormat::Ndjson, path);
        }
        QVERIFY(!failed);
        QVERIFY2(namesPath(failed.error(), path), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(FileSizeLimit::cause()),
                 qPrintable(failed.error().message));
        QCOMPARE(fileContents(path), complete);
        QCOMPARE(exportFolder(), QStringList {QStringLiteral("records.ndjson")});
    }

    void caseFile()
    {
        const QString probe = outPath(QStringLiteral("probe.hearth"));
        CaseSelection sel;
        sel.minUs = 0;
        sel.maxUs = kAllTime;
        auto full = writeCaseFile(m_store, sel, probe);
        QVERIFY2(full.ok(), qPrintable(full.error().message));
        const qint64 size = QFileInfo(probe).size();
        QVERIFY2(size > 256 * 1024, qPrintable(QString::number(size)));
        QVERIFY(QFile::remove(probe));

        const QString path = outPath(QStringLiteral("case.hearth"));
        QVERIFY(writePlainFile(path, "previous"));
        Result<CaseSummary> failed = CaseSummary {};
        {
            FileSizeLimit disk {rlim_t(size / 2)};
            QVERIFY(disk.ok());
            failed = writeCaseFile(m_store, sel, path);
        }
        QVERIFY(!failed);
        QVERIFY2(namesPath(failed.error(), path), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(FileSizeLimit::cause()),
                 qPrintable(failed.error().message));
        QCOMPARE(fileContents(path), QByteArray("previous"));
        QCOMPARE(exportFolder(), QStringList {QStringLiteral("case.hearth")});

        // And it replaces the old file when the disk has room.
        auto written = writeCaseFile(m_store, sel, path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QVERIFY(isCaseFile(path));
        QCOMPARE(exportFolder(), QStringList {QStringLiteral("case.hearth")});
    }

    void queryResultFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("result.csv");
        QTest::newRow("json") << QStringLiteral("result.json");
    }
    void queryResultFile()
    {
        QFETCH(QString, name);
        const QString path = outPath(name);
        QVERIFY(writePlainFile(path, "previous"));
        Status failed;
        {
            FileSizeLimit disk {64 * 1024};
            QVERIFY(disk.ok());
            failed = writeResultFile(bigResult(), path);
        }
        QVERIFY(!failed);
        QVERIFY2(namesPath(failed.error(), path), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(FileSizeLimit::cause()),
                 qPrintable(failed.error().message));
        QCOMPARE(fileContents(path), QByteArray("previous"));
        QCOMPARE(exportFolder(), QStringList {name});

        QVERIFY(writeResultFile(bigResult(), path));
        QVERIFY(fileContents(path).size() > 2'000'000);
        QCOMPARE(exportFolder(), QStringList {name});
    }
};

QTEST_GUILESS_MAIN(TestExportFullDisk)
#include "tst_exportfulldisk.moc"
