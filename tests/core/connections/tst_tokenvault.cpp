// SPDX-License-Identifier: MIT
// The encrypted token vault: real files, real libsodium, every region of the format damaged.
#include "core/connections/tokenvault.h"

#include <csignal>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <sys/resource.h>

using namespace hearth::core;

namespace {

const QString kPass = QStringLiteral("correct horse battery staple");
const QString kTokenA = QStringLiteral("pylf_v1_eu_AAAA-secret-token-0001");
const QString kTokenB = QStringLiteral("pylf_v1_us_BBBB-secret-token-0002");
const QString kNameA = QStringLiteral("connection/a/token");
const QString kNameB = QStringLiteral("connection/b/token");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Offsets of the file format (see tokenvault.h) for a vault holding exactly kNameA.
struct Region
{
    const char *name;
    int begin;
    int end;
    Error::Code expected;
};

QList<Region> regionsForOneEntry(int fileSize)
{
    const int nameLen = int(kNameA.toUtf8().size());
    const int entryStart = 127;
    const int nonceAt = entryStart + 2 + nameLen;
    const int ctLenAt = nonceAt + 24;
    const int ctAt = ctLenAt + 4;
    const int macAt = fileSize - 32;
    return {
        {"magic", 0, 8, Error::Code::Corrupt},
        {"version", 8, 10, Error::Code::TooNew},
        {"kdf id", 10, 11, Error::Code::Corrupt},
        {"opslimit", 11, 15, Error::Code::Corrupt},
        {"memlimit", 15, 19, Error::Code::Corrupt},
        {"salt", 19, 35, Error::Code::Corrupt},
        {"check nonce", 35, 59, Error::Code::Corrupt},
        {"check seal", 59, 91, Error::Code::Corrupt},
        {"header checksum", 91, 123, Error::Code::Corrupt},
        {"entry count", 123, 127, Error::Code::Corrupt},
        {"name length", entryStart, entryStart + 2, Error::Code::Corrupt},
        {"name", entryStart + 2, nonceAt, Error::Code::Tampered},
        {"entry nonce", nonceAt, ctLenAt, Error::Code::Tampered},
        {"ciphertext length", ctLenAt, ctAt, Error::Code::Corrupt},
        {"ciphertext", ctAt, macAt, Error::Code::Tampered},
        {"mac", macAt, fileSize, Error::Code::Tampered},
    };
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<TokenVault> makeVault(const QList<std::pair<QString, QString>> &entries)
    {
        QFile::remove(m_path);
        auto vault = TokenVault::create(m_path, kPass, VaultKdfLimits::minimumForTests());
        if (!vault) {
            qWarning() << vault.error().message;
            return nullptr;
        }
        for (const auto &[name, secret] : entries) {
            if (auto s = (*vault)->write(name, secret); !s) {
                qWarning() << s.error().message;
                return nullptr;
            }
        }
        return std::move(vault.value());
    }

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(QStringLiteral("tokens.vault")); }

    void roundTripAcrossUnlock()
    {
        QVERIFY(makeVault({{kNameA, kTokenA}, {kNameB, kTokenB}}));
        auto vault = TokenVault::unlock(m_path, kPass);
        QVERIFY2(vault, qPrintable(vault.error().message));
        QCOMPARE((*vault)->names(), (QStringList {kNameA, kNameB}));
        QCOMPARE((*vault)->read(kNameA).value(), kTokenA);
        QCOMPARE((*vault)->read(kNameB).value(), kTokenB);
        const auto missing = (*vault)->read(QStringLiteral("connection/none/token"));
        QCOMPARE(missing.error().code, Error::Code::NotFound);

        QVERIFY((*vault)->remove(kNameA));
        QVERIFY((*vault)->write(kNameB, QStringLiteral("replaced")));
        auto again = TokenVault::unlock(m_path, kPass);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE((*again)->names(), QStringList {kNameB});
        QCOMPARE((*again)->read(kNameB).value(), QStringLiteral("replaced"));
    }

    void fileIsPrivateAndHoldsNoPlaintext()
    {
        QVERIFY(makeVault({{kNameA, kTokenA}}));
        const auto perms = QFile::permissions(m_path);
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
        QVERIFY(perms.testFlag(QFileDevice::WriteOwner));
        for (auto p : {QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ReadOther,
                       QFileDevice::WriteOther, QFileDevice::ExeOwner})
            QVERIFY(!perms.testFlag(p));
        const QByteArray bytes = readAll(m_path);
        QVERIFY(bytes.startsWith("HEARTHVT"));
        for (const QString &secret : {kTokenA, kPass}) {
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
            // Not even a recognisable piece of it.
            QVERIFY(!bytes.contains(secret.toUtf8().mid(8, 10)));
        }
        // The entry name is metadata and is visible on purpose (it is the AAD).
        QVERIFY(bytes.contains(kNameA.toUtf8()));
    }

    void wrongPassphraseIsNamed()
    {
        QVERIFY(makeVault({{kNameA, kTokenA}}));
        const QByteArray before = readAll(m_path);
        auto vault = TokenVault::unlock(m_path, QStringLiteral("not the passphrase"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, Error::Code::Auth);
        QVERIFY(vault.error().message.contains(QStringLiteral("Wrong passphrase")));
        QCOMPARE(readAll(m_path), before);
    }

    void everyFlippedByteIsCaughtAndNamed()
    {
        QVERIFY(makeVault({{kNameA, kTokenA}}));
        const QByteArray good = readAll(m_path);
        const auto regions = regionsForOneEntry(int(good.size()));
        QCOMPARE(regions.last().end, int(good.size()));
        int checked = 0;
        for (const Region &region : regions) {
            for (int at = region.begin; at < region.end; ++at) {
                QByteArray bad = good;
                bad[at] = char(bad[at] ^ 0x01);
                writeAll(m_path, bad);
                auto vault = TokenVault::unlock(m_path, kPass);
                QVERIFY2(!vault,
                         qPrintable(QStringLiteral("%1 byte %2 went unnoticed")
                                        .arg(QLatin1String(region.name))
                                        .arg(at)));
                QVERIFY2(vault.error().code == region.expected,
                         qPrintable(QStringLiteral("%1 byte %2: %3")
                                        .arg(QLatin1String(region.name))
                                        .arg(at)
                                        .arg(vault.error().message)));
                if (region.expected == Error::Code::Tampered)
                    QVERIFY(vault.error().message.contains(QStringLiteral("tampered")));
                ++checked;
            }
        }
        QCOMPARE(checked, int(good.size()));
        writeAll(m_path, good);
        QVERIFY(TokenVault::unlock(m_path, kPass));
    }

    void truncatedFileSaysWhereItEnds()
    {
        QVERIFY(makeVault({{kNameA, kTokenA}}));
        const QByteArray good = readAll(m_path);
        for (int size : {0, 5, 9, 60, 122, 125, 140, int(good.size()) - 40, int(good.size()) - 1}) {
            writeAll(m_path, good.left(size));
            auto vault = TokenVault::unlock(m_path, kPass);
            QVERIFY(!vault);
            QCOMPARE(vault.error().code, Error::Code::Corrupt);
            if (size >= 10)
                QVERIFY2(vault.error().message.contains(QStringLiteral("ends inside")),
                         qPrintable(vault.error().message));
        }
        writeAll(m_path, good.left(good.size() - 1));
        QVERIFY(TokenVault::unlock(m_path, kPass)
                    .error()
                    .message.contains(QStringLiteral("integrity code")));
        writeAll(m_path, good + "x");
        QVERIFY(TokenVault::unlock(m_path, kPass)
                    .error()
                    .message.contains(QStringLiteral("unexpected bytes")));
    }

    void newerVersionIsNamed()
    {
        QVERIFY(makeVault({}));
        QByteArray bytes = readAll(m_path);
        bytes[9] = 2;
        writeAll(m_path, bytes);
        auto vault = TokenVault::unlock(m_path, kPass);
        QCOMPARE(vault.error().code, Error::Code::TooNew);
        QVERIFY(vault.error().message.contains(QStringLiteral("format version 2")));
        writeAll(m_path, QByteArray("HEARTHVX") + bytes.mid(8));
        QVERIFY(TokenVault::unlock(m_path, kPass)
                    .error()
                    .message.contains(QStringLiteral("not a Hearth token vault")));
    }

    void entryNamesAreBoundToTheirCiphertexts()
    {
        // Both names have the same length, so swapping them keeps the layout intact: only the
        // associated data (the name) tells the two sealed tokens apart.
        QVERIFY(makeVault({{kNameA, kTokenA}, {kNameB, kTokenB}}));
        QByteArray bytes = readAll(m_path);
        const QByteArray a = kNameA.toUtf8();
        const QByteArray b = kNameB.toUtf8();
        const auto atA = bytes.indexOf(a);
        const auto atB = bytes.indexOf(b);
        QVERIFY(atA > 0 && atB > atA);
        bytes.replace(atA, a.size(), b);
        bytes.replace(atB, b.size(), a);
        writeAll(m_path, bytes);
        auto vault = TokenVault::unlock(m_path, kPass);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, Error::Code::Tampered);
        QVERIFY2(vault.error().message.contains(QStringLiteral("does not authenticate")),
                 qPrintable(vault.error().message));
    }

    void removedEntryIsCaughtByTheMac()
    {
        QVERIFY(makeVault({{kNameA, kTokenA}, {kNameB, kTokenB}}));
        QByteArray bytes = readAll(m_path);
        // Drop entry B (the last one) and fix the count: every remaining seal is intact.
        const auto atB = bytes.indexOf(kNameB.toUtf8()) - 2;
        const QByteArray mac = bytes.right(32);
        bytes = bytes.left(atB) + mac;
        bytes[126] = 1;
        writeAll(m_path, bytes);
        auto vault = TokenVault::unlock(m_path, kPass);
        QCOMPARE(vault.error().code, Error::Code::Tampered);
        QVERIFY2(vault.error().message.contains(QStringLiteral("list of entries")),
                 qPrintable(vault.error().message));
    }

    void failedWriteKeepsTheOldFile()
    {
        auto vault = makeVault({{kNameA, kTokenA}});
        QVERIFY(vault);
        const QByteArray before = readAll(m_path);

        // A file size limit makes the write fail for real (it works for root too, unlike a
        // read-only folder): the kernel refuses bytes past the limit.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = rlim_t(before.size() + 16);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status s = vault->write(kNameB, QString(4000, QLatin1Char('x')));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Io);
        QVERIFY2(s.error().message.contains(QStringLiteral("unchanged")),
                 qPrintable(s.error().message));
        QCOMPARE(readAll(m_path), before);
        QVERIFY(!vault->contains(kNameB));
        QCOMPARE(vault->read(kNameA).value(), kTokenA);
        // No temporary file is left next to it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("tokens.vault")});
        // And the object still writes once the disk takes bytes again.
        QVERIFY(vault->write(kNameB, kTokenB));
        QCOMPARE(TokenVault::unlock(m_path, kPass).value()->read(kNameB).value(), kTokenB);
    }

    void unwritableFolderIsNamed()
    {
        // A folder that cannot exist, because a regular file has its name.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        writeAll(blocker, "x");
        const QString path = blocker + QStringLiteral("/sub/tokens.vault");
        auto vault = TokenVault::create(path, kPass, VaultKdfLimits::minimumForTests());
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, Error::Code::Io);
        QVERIFY2(vault.error().message.contains(QStringLiteral("Cannot write the token vault")),
                 qPrintable(vault.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void changePassphraseKeepsEntries()
    {
        auto vault = makeVault({{kNameA, kTokenA}, {kNameB, kTokenB}});
        QVERIFY(vault);
        const QByteArray before = readAll(m_path);
        const QString next = QStringLiteral("a new and longer passphrase");
        QVERIFY(vault->changePassphrase(next, VaultKdfLimits::minimumForTests()));
        const QByteArray after = readAll(m_path);
        QVERIFY(after != before);
        QVERIFY(before.mid(19, 16) != after.mid(19, 16)); // a fresh salt
        QCOMPARE(vault->read(kNameB).value(), kTokenB);
        QCOMPARE(TokenVault::unlock(m_path, kPass).error().code, Error::Code::Auth);
        auto reopened = TokenVault::unlock(m_path, next);
        QVERIFY2(reopened, qPrintable(reopened.error().message));
        QCOMPARE((*reopened)->read(kNameA).value(), kTokenA);
        QVERIFY(!vault->changePassphrase(QString()));
    }

    void createAndForget()
    {
        QVERIFY(makeVault({}));
        auto twice = TokenVault::create(m_path, kPass, VaultKdfLimits::minimumForTests());
        QCOMPARE(twice.error().code, Error::Code::InvalidInput);
        QFile::remove(m_path);
        auto empty = TokenVault::create(m_path, QString(), VaultKdfLimits::minimumForTests());
        QCOMPARE(empty.error().code, Error::Code::InvalidInput);
        QVERIFY(!QFile::exists(m_path));

        QVERIFY(makeVault({{kNameA, kTokenA}}));
        QVERIFY(TokenVault::forget(m_path));
        QVERIFY(!TokenVault::exists(m_path));
        QVERIFY(TokenVault::forget(m_path));
        QCOMPARE(TokenVault::unlock(m_path, kPass).error().code, Error::Code::NotFound);
    }

    void defaultLimitsAreModerate()
    {
        // New vaults default to libsodium's moderate Argon2id limits; the file records them.
        const auto moderate = VaultKdfLimits::moderate();
        QCOMPARE(moderate.opsLimit, 3u);
        QCOMPARE(moderate.memLimitBytes, quint64(256) * 1024 * 1024);
        QVERIFY(makeVault({}));
        const QByteArray bytes = readAll(m_path);
        QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 11), 1u);
        QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 15), 8u); // KiB
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
