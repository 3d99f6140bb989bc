// SPDX-License-Identifier: MIT
// The token fallback as a user meets it with no keychain service (no D-Bus session bus): the
// one-time choice, creating the passphrase-protected token file, unlocking it when a connection
// needs its token, cancelling, and Settings showing and changing the backend. Nothing secret may
// reach the settings files.
#include "app/appcontext.h"
#include "app/secrets/fallbackchoicedialog.h"
#include "app/secrets/secretprompter.h"
#include "app/secrets/tokenstoragewidget.h"
#include "app/secrets/vaultpassphrasedialog.h"
#include "app/settings/settingspage.h"
#include "app/shell/connectionswitcher.h"
#include "app/shell/theme.h"
#include "core/connections/connections.h"
#include "core/connections/secretstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QString kToken = QStringLiteral("pylf_v1_eu_prompted-s3cret-token-42");
const QString kPass = QStringLiteral("hearth vault passphrase");
const QString kKey = QStringLiteral("connection/team/token");

template<typename T> T *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
            return d;
        if (auto *d = w->findChild<T *>(); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// With HEARTH_SCREENSHOT_DIR set, the dialogs are saved as PNGs for review.
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString theme
        = app::Theme::instance().isDark() ? QStringLiteral("dark") : QStringLiteral("light");
    w->grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + theme
                   + QStringLiteral(".png"));
}

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget *dialog, const char *button)
{
    auto *b = dialog->findChild<QAbstractButton *>(QLatin1String(button));
    QVERIFY2(b, button);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QString errorText(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("vaultError"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestSecretPrompts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString vaultPath() const { return m_dir.filePath(QStringLiteral("data/tokens.vault")); }
    void prepare(core::SecretStore *secrets)
    {
        secrets->setVaultPath(vaultPath());
        secrets->setVaultKdfLimits(core::VaultKdfLimits::minimumForTests());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("prompts"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdgdata")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-test-bus");
        qunsetenv("LOGFIRE_READ_TOKEN");
        if (qEnvironmentVariable("HEARTH_SCREENSHOT_THEME") == QLatin1String("dark"))
            app::Theme::instance().setMode(app::Theme::Mode::Dark);
        else
            app::Theme::instance().setMode(app::Theme::Mode::Light);
    }

    void choosingTheVaultCreatesItAndStoresTheToken()
    {
        QWidget window;
        window.resize(900, 600);
        core::SecretStore secrets(QStringLiteral("dev.hearth.Hearth.test"));
        prepare(&secrets);
        new app::SecretPrompter(&secrets, &window);
        window.show();

        std::optional<core::Status> written;
        secrets.write(kKey, kToken, [&written](core::Status s) { written = s; });

        // The keychain is found missing: the user is told and chooses.
        QTRY_VERIFY(openDialog<app::FallbackChoiceDialog>());
        auto *choice = openDialog<app::FallbackChoiceDialog>();
        QVERIFY(choice->isModal());
        QVERIFY(!choice->findChild<QLabel *>(QStringLiteral("keychainReason"))->text().isEmpty());
        QVERIFY(choice->findChild<QRadioButton *>(QStringLiteral("vaultOption"))->isChecked());
        shoot(choice, QStringLiteral("secrets-choice"));
        QVERIFY(!written.has_value());
        click(choice, "vaultOption");
        click(choice, "continueButton");
        QCOMPARE(secrets.fallback(), core::SecretStore::Fallback::Vault);

        // No file yet: a new passphrase, typed twice, with the rules said in the dialog.
        QTRY_VERIFY(openDialog<app::VaultPassphraseDialog>());
        auto *create = openDialog<app::VaultPassphraseDialog>();
        QCOMPARE(create->mode(), app::VaultPassphraseDialog::Mode::Create);
        type(create, "passphrase", QStringLiteral("short"));
        type(create, "repeatPassphrase", QStringLiteral("short"));
        click(create, "okButton");
        QVERIFY(errorText(create).contains(QStringLiteral("at least 8")));
        type(create, "passphrase", kPass);
        type(create, "repeatPassphrase", kPass + QStringLiteral("x"));
        click(create, "okButton");
        QVERIFY(errorText(create).contains(QStringLiteral("differ")));
        type(create, "repeatPassphrase", kPass);
        shoot(create, QStringLiteral("secrets-create"));
        click(create, "okButton");

        QTRY_VERIFY(written.has_value());
        QVERIFY2(written->ok(), qPrintable(written->error().message));
        QVERIFY(!openDialog<app::VaultPassphraseDialog>());
        QVERIFY(QFile::exists(vaultPath()));
        QCOMPARE(secrets.backend(), core::SecretStore::Backend::Vault);
        QVERIFY(!secrets.hasSessionSecret(kKey));
    }

    void configFilesNeverHoldTheToken()
    {
        QSettings().sync();
        QDirIterator it(m_dir.filePath(QStringLiteral("config")), QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        bool choiceFound = false;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kToken.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(kPass.toUtf8()), qPrintable(f.fileName()));
            QVERIFY(!bytes.contains("s3cret"));
            choiceFound = choiceFound || bytes.contains("fallback=vault");
            ++files;
        }
        QVERIFY(files >= 1);
        QVERIFY(choiceFound); // the choice is remembered, the secret is not
        QFile vault(vaultPath());
        QVERIFY(vault.open(QIODevice::ReadOnly));
        QVERIFY(!vault.readAll().contains(kToken.toUtf8()));
    }

    void wrongPassphraseIsSaidAndCancelStaysLocal()
    {
        {
            QSettings settings;
            core::ConnectionList::save(settings,
                                       {{QStringLiteral("team"), QStringLiteral("Team"), QString(),
                                         QStringLiteral("http://127.0.0.1:9")}});
            core::ConnectionList::setActive(settings, QStringLiteral("local"));
        }
        QWidget window;
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("mine.hearth"))).ok());
        prepare(context.secrets());
        // The choice made last session is back; no question about it this time.
        QCOMPARE(context.secrets()->fallback(), core::SecretStore::Fallback::Vault);
        new app::SecretPrompter(context.secrets(), &window);
        window.show();
        app::ConnectionSwitcher switcher(&context, context.secrets());
        QSignalSpy engineChanged(&context, &app::AppContext::engineChanged);

        switcher.activate(QStringLiteral("team"));
        QTRY_VERIFY(openDialog<app::VaultPassphraseDialog>());
        auto *unlock = openDialog<app::VaultPassphraseDialog>();
        QCOMPARE(unlock->mode(), app::VaultPassphraseDialog::Mode::Unlock);
        QVERIFY(!openDialog<app::FallbackChoiceDialog>());
        type(unlock, "passphrase", QStringLiteral("not it"));
        click(unlock, "okButton");
        QTRY_VERIFY(!errorText(unlock).isEmpty());
        QVERIFY2(errorText(unlock).contains(QStringLiteral("Wrong passphrase")),
                 qPrintable(errorText(unlock)));
        QVERIFY(unlock->isVisible());
        shoot(unlock, QStringLiteral("secrets-unlock-error"));

        // Cancel: nothing else is asked (no "type the token" box), views stay on the local store.
        QTest::mouseClick(unlock->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!openDialog<app::VaultPassphraseDialog>());
        QVERIFY(!openDialog<QInputDialog>());
        QCOMPARE(switcher.activeId(), QStringLiteral("local"));
        QCOMPARE(engineChanged.count(), 0);
        QVERIFY(!context.secrets()->vaultUnlocked());
    }

    void rightPassphraseConnects()
    {
        QWidget window;
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("mine.hearth"))).ok());
        prepare(context.secrets());
        new app::SecretPrompter(context.secrets(), &window);
        window.show();
        app::ConnectionSwitcher switcher(&context, context.secrets());
        QSignalSpy active(&switcher, &app::ConnectionSwitcher::activeChanged);
        switcher.activate(QStringLiteral("team"));
        QTRY_VERIFY(openDialog<app::VaultPassphraseDialog>());
        auto *unlock = openDialog<app::VaultPassphraseDialog>();
        type(unlock, "passphrase", kPass);
        shoot(unlock, QStringLiteral("secrets-unlock"));
        click(unlock, "okButton");
        QTRY_COMPARE(active.count(), 1);
        QCOMPARE(switcher.activeId(), QStringLiteral("team"));
        QCOMPARE(active.at(0).at(0).toString(), QStringLiteral("Logfire: Team"));
        QVERIFY(context.secrets()->vaultUnlocked());
    }

    void damagedFileIsNamedInTheDialog()
    {
        QFile file(vaultPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray good = file.readAll();
        QByteArray bad = good;
        bad[9] = 7; // format version 7
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bad), bad.size());
        file.close();

        QWidget window;
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("mine.hearth"))).ok());
        prepare(context.secrets());
        new app::SecretPrompter(context.secrets(), &window);
        window.show();
        std::optional<core::Result<QString>> read;
        context.secrets()->read(kKey, [&read](core::Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY(openDialog<app::VaultPassphraseDialog>());
        auto *unlock = openDialog<app::VaultPassphraseDialog>();
        type(unlock, "passphrase", kPass);
        click(unlock, "okButton");
        QTRY_VERIFY(!errorText(unlock).isEmpty());
        QVERIFY2(errorText(unlock).contains(QStringLiteral("format version 7")),
                 qPrintable(errorText(unlock)));
        QVERIFY(errorText(unlock).contains(QStringLiteral("Forget Token File")));
        unlock->reject();
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error().code, core::Error::Code::Cancelled);

        // Nothing was lost: the file is as it was, and the right version opens again.
        QFile check(vaultPath());
        QVERIFY(check.open(QIODevice::ReadWrite));
        QCOMPARE(check.readAll(), bad);
        QVERIFY(check.seek(0));
        QCOMPARE(check.write(good), good.size());
    }

    void settingsShowsAndChangesTheBackend()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("mine.hearth"))).ok());
        prepare(context.secrets());
        app::SettingsPage page(&context);
        page.resize(900, 1400);
        auto *storage = page.findChild<app::TokenStorageWidget *>();
        QVERIFY(storage);
        auto *backend = storage->findChild<QLabel *>(QStringLiteral("tokenBackend"));
        auto *combo = storage->findChild<QComboBox *>(QStringLiteral("fallbackCombo"));
        // The probe finds no keychain; the chosen file is shown, locked.
        QTRY_VERIFY(backend->text().contains(QStringLiteral("encrypted file")));
        QVERIFY(backend->text().contains(QStringLiteral("locked")));
        QCOMPARE(combo->currentData().toInt(), int(core::SecretStore::Fallback::Vault));
        auto *unlockButton = storage->findChild<QPushButton *>(QStringLiteral("unlockVault"));
        QVERIFY(!unlockButton->isHidden());
        page.show();
        shoot(storage, QStringLiteral("secrets-settings"));

        combo->setCurrentIndex(combo->findData(int(core::SecretStore::Fallback::Session)));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(context.secrets()->fallback(), core::SecretStore::Fallback::Session);
        QCOMPARE(QSettings().value(QStringLiteral("secrets/fallback")).toString(),
                 QStringLiteral("session"));
        QVERIFY(backend->text().contains(QStringLiteral("typed each session")));
        QVERIFY(unlockButton->isHidden());
        // The old file is still there to forget.
        QVERIFY(!storage->findChild<QPushButton *>(QStringLiteral("forgetVault"))->isHidden());
        QVERIFY(QFile::exists(vaultPath()));
    }
};

QTEST_MAIN(TestSecretPrompts)
#include "tst_secretprompts.moc"
