// SPDX-License-Identifier: MIT
#include "core/connections/connections.h"
#include "core/connections/secretstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void regionFromToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("us") << QStringLiteral("pylf_v1_us_abc123") << QStringLiteral("us")
                            << QStringLiteral("https://logfire-us.pydantic.dev");
        QTest::newRow("eu with org")
            << QStringLiteral("pylf_v2_eu_0f0e-uuid_secret") << QStringLiteral("eu")
            << QStringLiteral("https://logfire-eu.pydantic.dev");
        QTest::newRow("old token falls back to us")
            << QStringLiteral("abcdef") << QString()
            << QStringLiteral("https://logfire-us.pydantic.dev");
    }
    void regionFromToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, region);
        QFETCH(QString, baseUrl);
        QCOMPARE(logfireRegionFromToken(token), region);
        QCOMPARE(logfireRegionBaseUrl(region), baseUrl);
    }

    void listRoundTripsWithoutTokens()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        QList<LogfireConnection> list {
            {ConnectionList::newId(), QStringLiteral("Prod EU"), QStringLiteral("eu"), QString()},
            {ConnectionList::newId(), QStringLiteral("Self-hosted"), QString(),
             QStringLiteral("https://logfire.example.com/")}};
        {
            QSettings settings(file, QSettings::IniFormat);
            ConnectionList::save(settings, list);
            ConnectionList::setActive(settings, list[1].id);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(ConnectionList::load(settings), list);
        QCOMPARE(ConnectionList::active(settings), list[1].id);
        QCOMPARE(list[1].effectiveBaseUrl(), QStringLiteral("https://logfire.example.com"));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("token"));
    }

    void environmentGivesAConnection()
    {
        qputenv("LOGFIRE_READ_TOKEN", "pylf_v1_eu_secret");
        qunsetenv("LOGFIRE_BASE_URL");
        QString token;
        auto c = ConnectionList::fromEnvironment(&token);
        QVERIFY(c.has_value());
        QCOMPARE(c->effectiveBaseUrl(), QStringLiteral("https://logfire-eu.pydantic.dev"));
        QCOMPARE(token, QStringLiteral("pylf_v1_eu_secret"));
        qputenv("LOGFIRE_BASE_URL", "http://127.0.0.1:8787");
        c = ConnectionList::fromEnvironment(&token);
        QCOMPARE(c->effectiveBaseUrl(), QStringLiteral("http://127.0.0.1:8787"));
        qunsetenv("LOGFIRE_READ_TOKEN");
        QVERIFY(!ConnectionList::fromEnvironment(nullptr).has_value());
    }

    void withoutKeychainTheTokenCanBeKeptForTheSession()
    {
        // No session bus: the Secret Service cannot be reached, as on a headless machine.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-test-bus");
        SecretStore secrets(QStringLiteral("dev.hearth.Hearth.test"));
        QSignalSpy unavailable(&secrets, &SecretStore::keychainUnavailable);

        std::optional<Status> written;
        secrets.write(QStringLiteral("connection/x/token"), QStringLiteral("pylf_v1_us_s3cret"),
                      [&written](Status s) { written = s; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(!written->ok());
        QVERIFY2(written->error().code == Error::Code::Unsupported,
                 qPrintable(written->error().message));
        QVERIFY(!written->error().message.contains(QStringLiteral("s3cret")));
        QVERIFY(!secrets.keychainAvailable());
        QCOMPARE(unavailable.count(), 1);

        secrets.rememberForSession(QStringLiteral("connection/x/token"),
                                   QStringLiteral("pylf_v1_us_s3cret"));
        std::optional<Result<QString>> read;
        secrets.read(QStringLiteral("connection/x/token"),
                     [&read](Result<QString> r) { read = std::move(r); });
        QVERIFY(read.has_value());
        QCOMPARE(read->value(), QStringLiteral("pylf_v1_us_s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
