// SPDX-License-Identifier: MIT
// The connection switcher against a real `hearth-cli serve --query-api`: Test Connection shows the
// organisation and project or the exact error, and choosing the connection makes views query it.
#include "app/appcontext.h"
#include "app/shell/connectionswitcher.h"
#include "core/connections/secretstore.h"
#include "core/store/store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestConnectionSwitcher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_baseUrl;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-test-bus");
        qunsetenv("LOGFIRE_READ_TOKEN");
        const QString db = m_dir.filePath(QStringLiteral("team.hearth"));
        QProcess demo;
        demo.start(QStringLiteral(HEARTH_CLI_PATH),
                   {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--traces"),
                    QStringLiteral("20")});
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);

        m_server.setProgram(QStringLiteral(HEARTH_CLI_PATH));
        m_server.setArguments({QStringLiteral("serve"), QStringLiteral("--db"), db,
                               QStringLiteral("--no-otlp"), QStringLiteral("--query-api"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--query-token"),
                               QStringLiteral("team-secret")});
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression listening(
            QStringLiteral("query-api: listening on ([0-9.]+):(\\d+)"));
        QString output;
        QRegularExpressionMatch match;
        while (!(match = listening.match(output)).hasMatch()) {
            QVERIFY2(m_server.waitForReadyRead(30000),
                     qPrintable(output + QString::fromUtf8(m_server.readAllStandardError())));
            output += QString::fromUtf8(m_server.readAllStandardOutput());
        }
        m_baseUrl = QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate(); // SIGTERM: serve drains and exits 0
        QVERIFY(m_server.waitForFinished(30000));
        QCOMPARE(m_server.exitCode(), 0);
    }

    void testConnectionNamesProjectOrError()
    {
        app::AppContext context;
        app::ConnectionSwitcher switcher(&context, context.secrets());
        const core::LogfireConnection c {QStringLiteral("team"), QStringLiteral("Team"), QString(),
                                         m_baseUrl};

        std::optional<core::Result<QString>> ok;
        switcher.testConnection(c, QStringLiteral("team-secret"),
                                [&ok](core::Result<QString> r) { ok = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 20000);
        QVERIFY2(ok->ok(), qPrintable(ok->error().message));
        QVERIFY2(ok->value().contains(QStringLiteral("project team")), qPrintable(ok->value()));

        std::optional<core::Result<QString>> bad;
        switcher.testConnection(c, QStringLiteral("wrong"),
                                [&bad](core::Result<QString> r) { bad = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(bad.has_value(), 20000);
        QVERIFY(!bad->ok());
        QCOMPARE(bad->error().code, core::Error::Code::Auth);
        QVERIFY(!bad->error().message.contains(QStringLiteral("wrong")));
    }

    void choosingTheConnectionMakesViewsQueryIt()
    {
        {
            QSettings settings;
            core::ConnectionList::save(
                settings, {{QStringLiteral("team"), QStringLiteral("Team"), QString(), m_baseUrl}});
        }
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("mine.hearth"))).ok());
        context.secrets()->rememberForSession(QStringLiteral("connection/team/token"),
                                              QStringLiteral("team-secret"));
        app::ConnectionSwitcher switcher(&context, context.secrets());
        QSignalSpy engineChanged(&context, &app::AppContext::engineChanged);
        QSignalSpy active(&switcher, &app::ConnectionSwitcher::activeChanged);
        switcher.activate(QStringLiteral("team"));
        QTRY_COMPARE(active.count(), 1);
        QCOMPARE(active.at(0).at(0).toString(), QStringLiteral("Logfire: Team"));
        QCOMPARE(engineChanged.count(), 1);

        // The local store is empty; the team store has the demo traces.
        core::QueryRequest request;
        request.sql = QStringLiteral("SELECT count(DISTINCT trace_id) AS traces FROM records");
        request.minTimestamp = 0;
        auto result = context.engine()->run(request, std::make_shared<core::CancelToken>());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->rows.value(0).value(0).toLongLong(), 20);
        QCOMPARE(QSettings().value(QStringLiteral("connections/active")).toString(),
                 QStringLiteral("team"));

        switcher.activate(QStringLiteral("local"));
        auto local = context.engine()->run(request, std::make_shared<core::CancelToken>());
        QVERIFY(local.ok());
        QCOMPARE(local->rows.value(0).value(0).toLongLong(), 0);
    }
};

QTEST_MAIN(TestConnectionSwitcher)
#include "tst_connectionswitcher.moc"
