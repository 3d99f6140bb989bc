// SPDX-License-Identifier: MIT
// SecretStore without a keychain: the fallback chain keychain → vault → session, driven through
// the chooser and unlock hooks the app installs.
#include "core/connections/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

const QString kKey = QStringLiteral("connection/prod/token");
const QString kToken = QStringLiteral("pylf_v1_eu_vaulted-s3cret-token");
const QString kPass = QStringLiteral("session passphrase");

Result<QString> readNow(SecretStore &secrets, const QString &key)
{
    std::optional<Result<QString>> out;
    secrets.read(key, [&out](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return Error::make(Error::Code::Timeout, QStringLiteral("read never finished"));
    return *out;
}

Status writeNow(SecretStore &secrets, const QString &key, const QString &value)
{
    std::optional<Status> out;
    secrets.write(key, value, [&out](Status s) { out = s; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return Error::make(Error::Code::Timeout, QStringLiteral("write never finished"));
    return *out;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A store as the app makes one, on a vault in the test folder, with prompts that answer
    // like a user would.
    std::unique_ptr<SecretStore> makeStore(int *chooserCalls, int *promptCalls,
                                           SecretStore::Fallback answer, QString passphrase)
    {
        auto secrets = std::make_unique<SecretStore>(QStringLiteral("dev.hearth.Hearth.test"));
        secrets->setVaultPath(m_dir.filePath(QStringLiteral("data/tokens.vault")));
        secrets->setVaultKdfLimits(VaultKdfLimits::minimumForTests());
        SecretStore *raw = secrets.get();
        secrets->setFallbackChooser(
            [raw, chooserCalls, answer](const QString &, SecretStore::Continuation decided) {
                ++*chooserCalls;
                if (answer != SecretStore::Fallback::Unchosen)
                    raw->setFallback(answer);
                decided();
            });
        secrets->setUnlockPrompt(
            [raw, promptCalls, passphrase](SecretStore::Continuation finished) {
                ++*promptCalls;
                if (passphrase.isEmpty()) { // the user cancels
                    finished();
                    return;
                }
                raw->unlockVault(passphrase, [finished](Status) { finished(); });
            });
        return secrets;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("secretstore"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        // No session bus: the Secret Service cannot be reached, as on a headless machine.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-test-bus");
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(m_dir.filePath(QStringLiteral("data/tokens.vault")));
    }

    void vaultChoiceStoresAndReadsBackAcrossSessions()
    {
        int chooser = 0;
        int prompt = 0;
        auto secrets = makeStore(&chooser, &prompt, SecretStore::Fallback::Vault, kPass);
        QSignalSpy backend(secrets.get(), &SecretStore::backendChanged);
        const Status written = writeNow(*secrets, kKey, kToken);
        QVERIFY2(written, qPrintable(written.error().message));
        QCOMPARE(chooser, 1);
        QCOMPARE(prompt, 1);
        QVERIFY(!secrets->keychainAvailable());
        QCOMPARE(secrets->backend(), SecretStore::Backend::Vault);
        QVERIFY(secrets->vaultUnlocked());
        QVERIFY(!secrets->hasSessionSecret(kKey));
        QVERIFY(backend.count() >= 2); // keychain gone, fallback chosen, vault unlocked
        // A second token in the same session asks nothing more.
        QVERIFY(writeNow(*secrets, QStringLiteral("receiver/token"), QStringLiteral("rcv")));
        QCOMPARE(chooser, 1);
        QCOMPARE(prompt, 1);

        // Next session: the choice came back from the settings, the passphrase is asked again.
        int chooser2 = 0;
        int prompt2 = 0;
        auto next = makeStore(&chooser2, &prompt2, SecretStore::Fallback::Unchosen, kPass);
        QCOMPARE(next->fallback(), SecretStore::Fallback::Vault);
        QVERIFY(!next->vaultUnlocked());
        const auto read = readNow(*next, kKey);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value(), kToken);
        QCOMPARE(chooser2, 0);
        QCOMPARE(prompt2, 1);

        // Neither the settings nor anything else under the config folder holds the token.
        QSettings().sync();
        QDirIterator it(m_dir.filePath(QStringLiteral("config")), QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(kToken.toUtf8()));
            QVERIFY(!bytes.contains(kPass.toUtf8()));
            QVERIFY(bytes.contains("fallback=vault"));
            ++files;
        }
        QCOMPARE(files, 1);

        // Removing the connection's token takes it out of the vault.
        std::optional<Status> removed;
        next->remove(kKey, [&removed](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
        QCOMPARE(readNow(*next, kKey).error().code, Error::Code::NotFound);
    }

    void concurrentNeedsShareOneQuestion()
    {
        int chooser = 0;
        int prompt = 0;
        auto secrets = makeStore(&chooser, &prompt, SecretStore::Fallback::Vault, kPass);
        QVERIFY(writeNow(*secrets, kKey, kToken));
        secrets->lockVault();
        QVERIFY(!secrets->vaultUnlocked());
        // Views, alerts and the switcher may all need a token at once: one passphrase prompt.
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            secrets->read(kKey, [&answered](Result<QString> r) { answered += r.ok() ? 1 : 0; });
        QTRY_COMPARE(answered, 3);
        QCOMPARE(prompt, 2);
    }

    void cancelledUnlockLeavesTheStoreUsable()
    {
        int chooser = 0;
        int prompt = 0;
        {
            auto setup = makeStore(&chooser, &prompt, SecretStore::Fallback::Vault, kPass);
            QVERIFY(writeNow(*setup, kKey, kToken));
        }
        auto secrets = makeStore(&chooser, &prompt, SecretStore::Fallback::Vault, QString());
        const auto read = readNow(*secrets, kKey);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Cancelled);
        QVERIFY(!secrets->vaultUnlocked());
        // The session store still works.
        secrets->rememberForSession(kKey, QStringLiteral("typed"));
        QCOMPARE(readNow(*secrets, kKey).value(), QStringLiteral("typed"));
    }

    void sessionChoiceKeepsTokensOutOfFiles()
    {
        int chooser = 0;
        int prompt = 0;
        auto secrets = makeStore(&chooser, &prompt, SecretStore::Fallback::Session, kPass);
        const Status written = writeNow(*secrets, kKey, kToken);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Unsupported);
        QCOMPARE(chooser, 1);
        QCOMPARE(prompt, 0);
        QCOMPARE(secrets->backend(), SecretStore::Backend::Session);
        QVERIFY(!secrets->vaultExists());
        QCOMPARE(QSettings().value(QStringLiteral("secrets/fallback")).toString(),
                 QStringLiteral("session"));
    }

    void wrongPassphraseThenChangeAndForget()
    {
        int chooser = 0;
        int prompt = 0;
        auto secrets = makeStore(&chooser, &prompt, SecretStore::Fallback::Vault, kPass);
        QVERIFY(writeNow(*secrets, kKey, kToken));
        secrets->lockVault();

        std::optional<Status> unlocked;
        secrets->unlockVault(QStringLiteral("wrong"), [&unlocked](Status s) { unlocked = s; });
        QTRY_VERIFY(unlocked.has_value());
        QCOMPARE(unlocked->error().code, Error::Code::Auth);
        QVERIFY(!secrets->vaultUnlocked());

        std::optional<Status> changed;
        secrets->changeVaultPassphrase(QStringLiteral("wrong"), QStringLiteral("new one"),
                                       [&changed](Status s) { changed = s; });
        QTRY_VERIFY(changed.has_value());
        QCOMPARE(changed->error().code, Error::Code::Auth);
        changed.reset();
        secrets->changeVaultPassphrase(kPass, QStringLiteral("new one"),
                                       [&changed](Status s) { changed = s; });
        QTRY_VERIFY(changed.has_value());
        QVERIFY2(changed->ok(), qPrintable(changed->error().message));
        QVERIFY(secrets->vaultUnlocked());
        QCOMPARE(readNow(*secrets, kKey).value(), kToken);

        int chooser2 = 0;
        int prompt2 = 0;
        auto next = makeStore(&chooser2, &prompt2, SecretStore::Fallback::Vault,
                              QStringLiteral("new one"));
        QCOMPARE(readNow(*next, kKey).value(), kToken);

        QVERIFY(next->forgetVault());
        QVERIFY(!next->vaultExists());
        QVERIFY(!next->vaultUnlocked());
        // The choice stays; the next token need makes a new vault.
        QCOMPARE(next->fallback(), SecretStore::Fallback::Vault);
        QVERIFY(writeNow(*next, kKey, QStringLiteral("again")));
        QVERIFY(next->vaultExists());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
