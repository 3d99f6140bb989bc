// SPDX-License-Identifier: MIT
// Runs against a real Secret Service (gnome-keyring on a private D-Bus session, started by
// tests/core/connections/with-keyring.sh): the token really goes into the keychain and back.
#include "core/connections/secretstore.h"

#include <QTest>

using namespace hearth::core;

class TestRealKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadDelete()
    {
        SecretStore secrets(QStringLiteral("dev.hearth.Hearth.test"));
        const QString key = QStringLiteral("connection/real/token");

        std::optional<Status> written;
        secrets.write(key, QStringLiteral("pylf_v1_eu_real-secret"),
                      [&written](Status s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(written->error().message));
        QVERIFY(secrets.keychainAvailable());
        QVERIFY(!secrets.hasSessionSecret(key));

        // A second store (as after a restart) reads it from the keychain, not from memory.
        SecretStore other(QStringLiteral("dev.hearth.Hearth.test"));
        std::optional<Result<QString>> read;
        other.read(key, [&read](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok(), qPrintable(read->error().message));
        QCOMPARE(read->value(), QStringLiteral("pylf_v1_eu_real-secret"));

        std::optional<Status> removed;
        other.remove(key, [&removed](Status s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());

        std::optional<Result<QString>> gone;
        other.read(key, [&gone](Result<QString> r) { gone = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRealKeychain)
#include "keychain_real.moc"
