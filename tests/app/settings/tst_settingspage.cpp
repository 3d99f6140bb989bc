// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/settings/connectiondialog.h"
#include "app/settings/settingspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestSettingsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-test-bus");
    }

    void connectionDialogTestsAndReturnsTheConnection()
    {
        core::LogfireConnection c {QStringLiteral("abc"), QStringLiteral("Old"),
                                   QStringLiteral("us"), QString()};
        QString testedUrl;
        QString testedToken;
        app::ConnectionDialog dialog(
            c, QString(),
            [&](const core::LogfireConnection &conn, const QString &token, auto done) {
                testedUrl = conn.effectiveBaseUrl();
                testedToken = token;
                done(QStringLiteral("acme / agents"));
            });
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Prod"));
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
        token->setText(QStringLiteral("pylf_v1_eu_secret"));
        // The token's region is followed.
        QCOMPARE(dialog.connection().region, QStringLiteral("eu"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")),
                          Qt::LeftButton);
        QCOMPARE(testedUrl, QStringLiteral("https://logfire-eu.pydantic.dev"));
        QCOMPARE(testedToken, QStringLiteral("pylf_v1_eu_secret"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResult"))
                    ->text()
                    .contains(QStringLiteral("acme / agents")));

        auto *region = dialog.findChild<QComboBox *>(QStringLiteral("region"));
        region->setCurrentIndex(2);
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"))
            ->setText(QStringLiteral("http://127.0.0.1:8787/"));
        const auto result = dialog.connection();
        QCOMPARE(result.id, QStringLiteral("abc"));
        QCOMPARE(result.name, QStringLiteral("Prod"));
        QCOMPARE(result.effectiveBaseUrl(), QStringLiteral("http://127.0.0.1:8787"));
    }

    void failedTestShowsTheError()
    {
        app::ConnectionDialog dialog({}, QString(), [](const auto &, const auto &, auto done) {
            done(core::Error::make(core::Error::Code::Auth,
                                   QStringLiteral("401: the read token was rejected")));
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResult"))
                    ->text()
                    .contains(QStringLiteral("401: the read token was rejected")));
    }

    void retentionIsRememberedAndConnectionsAreChosen()
    {
        QTemporaryDir dir;
        app::AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("s.hearth"))).ok());
        {
            QSettings settings;
            core::ConnectionList::save(
                settings,
                {{QStringLiteral("c1"), QStringLiteral("Team"), QStringLiteral("us"), QString()}});
        }
        app::SettingsPage page(&context);
        auto *days = page.findChild<QSpinBox *>(QStringLiteral("retentionDays"));
        QCOMPARE(days->value(), 0); // keep forever by default: imported history is never dropped
        days->setValue(14);
        QCOMPARE(QSettings().value(QStringLiteral("store/retentionDays")).toInt(), 14);
        QTRY_VERIFY(!page.findChild<QLabel *>(QStringLiteral("diskUsage"))->text().isEmpty());

        auto *list = page.findChild<QListWidget *>(QStringLiteral("connectionList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("in use")));
        QSignalSpy chosen(&page, &app::SettingsPage::activeConnectionChosen);
        list->setCurrentRow(1);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("useConnection")),
                          Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("c1"));
        QCOMPARE(QSettings().value(QStringLiteral("connections/active")).toString(),
                 QStringLiteral("c1"));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("in use")));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
