// SPDX-License-Identifier: MIT
#include "core/filesizelimit.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using hearth::test::fileContents;
using hearth::test::FileSizeLimit;
using hearth::test::writePlainFile;

class TestAtomicFile : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QStringList filesInFolder() const { return QDir(m_dir->path()).entryList(QDir::Files); }
    static QByteArray big(qsizetype size) { return QByteArray(size, 'x'); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("out.json"));
    }

    void writesAndReplaces()
    {
        QVERIFY(writeFileAtomically(m_path, "first"));
        QCOMPARE(fileContents(m_path), QByteArray("first"));
        const QByteArray second = big(3 << 20);
        QVERIFY(writeFileAtomically(m_path, second));
        QCOMPARE(fileContents(m_path), second);
        QCOMPARE(filesInFolder(), QStringList {QStringLiteral("out.json")});
    }

    void emptyFileIsWritten()
    {
        QVERIFY(writePlainFile(m_path, "old"));
        QVERIFY(writeFileAtomically(m_path, {}));
        QCOMPARE(fileContents(m_path), QByteArray());
    }

    void permissionsAreApplied()
    {
        QVERIFY(writeFileAtomically(m_path, "secret",
                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto perms = QFile::permissions(m_path);
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(perms
                  & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                     | QFileDevice::WriteOther)));
    }

    void fullDiskKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("size");
        // Nothing fits; part fits (write(2) takes some bytes, then refuses the rest).
        QTest::newRow("nothing") << 0 << 1000;
        QTest::newRow("part") << 10'000 << (1 << 20);
    }
    void fullDiskKeepsThePreviousFile()
    {
        QFETCH(int, limit);
        QFETCH(int, size);
        QVERIFY(writePlainFile(m_path, "previous"));
        Status s;
        {
            FileSizeLimit disk {rlim_t(limit)};
            QVERIFY(disk.ok());
            s = writeFileAtomically(m_path, big(size));
        }
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Io);
        QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(m_path)),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(FileSizeLimit::cause()), qPrintable(s.error().message));
        QCOMPARE(fileContents(m_path), QByteArray("previous"));
        QCOMPARE(filesInFolder(), QStringList {QStringLiteral("out.json")});
    }

    void fullDiskCreatesNothing()
    {
        Status s;
        {
            FileSizeLimit disk {100};
            QVERIFY(disk.ok());
            s = writeFileAtomically(m_path, big(5000));
        }
        QVERIFY(!s);
        QVERIFY(filesInFolder().isEmpty());
    }

    void missingFolderIsNamed()
    {
        const QString path = m_dir->filePath(QStringLiteral("no/such/folder/out.json"));
        const Status s = writeFileAtomically(path, "x");
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(s.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void streamedWritesAppearOnlyOnCommit()
    {
        QVERIFY(writePlainFile(m_path, "previous"));
        AtomicFile file(m_path);
        QVERIFY(file.open());
        QVERIFY(file.write("one,"));
        QVERIFY(file.write(QByteArray("two")));
        QCOMPARE(fileContents(m_path), QByteArray("previous"));
        QVERIFY(file.commit());
        QCOMPARE(fileContents(m_path), QByteArray("one,two"));
        QCOMPARE(filesInFolder(), QStringList {QStringLiteral("out.json")});
    }

    void abandonedWriteLeavesNothing()
    {
        QVERIFY(writePlainFile(m_path, "previous"));
        {
            AtomicFile file(m_path);
            QVERIFY(file.open());
            QVERIFY(file.write(big(100'000)));
        }
        QCOMPARE(fileContents(m_path), QByteArray("previous"));
        QCOMPARE(filesInFolder(), QStringList {QStringLiteral("out.json")});
        AtomicFile cancelled(m_path);
        QVERIFY(cancelled.open());
        QVERIFY(cancelled.write("x"));
        cancelled.cancel();
        QVERIFY(!cancelled.commit());
        QCOMPARE(fileContents(m_path), QByteArray("previous"));
        QCOMPARE(filesInFolder(), QStringList {QStringLiteral("out.json")});
    }

    void failedStreamRefusesLaterWrites()
    {
        QVERIFY(writePlainFile(m_path, "previous"));
        AtomicFile file(m_path);
        QVERIFY(file.open());
        {
            FileSizeLimit disk {4096};
            QVERIFY(disk.ok());
            QVERIFY(!file.write(big(10'000)));
        }
        // The disk has room again, but the file already lost bytes: it must not be committed.
        QVERIFY(!file.write("more"));
        QVERIFY(!file.commit());
        QVERIFY2(file.error().message.contains(FileSizeLimit::cause()),
                 qPrintable(file.error().message));
        QCOMPARE(fileContents(m_path), QByteArray("previous"));
        QCOMPARE(filesInFolder(), QStringList {QStringLiteral("out.json")});
    }

    void replaceFileSwapsInOneStep()
    {
        const QString from = m_dir->filePath(QStringLiteral("new.part"));
        QVERIFY(writePlainFile(from, "new"));
        QVERIFY(writePlainFile(m_path, "old"));
        QString why;
        QVERIFY(replaceFile(from, m_path, &why));
        QCOMPARE(fileContents(m_path), QByteArray("new"));
        QVERIFY(!QFile::exists(from));
        QVERIFY(!replaceFile(from, m_path, &why));
        QVERIFY2(why.contains(QString::fromLocal8Bit(std::strerror(ENOENT))), qPrintable(why));
        QCOMPARE(fileContents(m_path), QByteArray("new"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
