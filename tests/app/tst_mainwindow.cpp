// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void navigatesAndShowsStore()
    {
        QTemporaryDir dir;
        app::AppContext context;
        const QString path = dir.filePath(QStringLiteral("w.hearth"));
        QVERIFY(context.openStore(path).ok());
        app::MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6);
        window.showPage(app::MainWindow::Explore);
        QCOMPARE(window.currentPage(), app::MainWindow::Explore);

        auto *storeLabel = window.findChild<QLabel *>(QStringLiteral("storeLabel"));
        QVERIFY(storeLabel->text().contains(path));
        auto *count = window.findChild<QLabel *>(QStringLiteral("recordCountLabel"));
        QTRY_COMPARE(count->text(), QStringLiteral("0 records"));
    }

    void openTraceSwitchesToTracePage()
    {
        QTemporaryDir dir;
        app::AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("t.hearth"))).ok());
        app::MainWindow window(&context);
        context.requestOpenTrace(QStringLiteral("0af7651916cd43dd8448eb211c80319c"));
        QCOMPARE(window.currentPage(), app::MainWindow::Trace);
    }

    void failedOpenKeepsPreviousStore()
    {
        QTemporaryDir dir;
        app::AppContext context;
        const QString good = dir.filePath(QStringLiteral("good.hearth"));
        QVERIFY(context.openStore(good).ok());
        QSignalSpy changed(&context, &app::AppContext::storeChanged);
        QFile junk(dir.filePath(QStringLiteral("junk.hearth")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(5000, 'j'));
        junk.close();
        auto status = context.openStore(junk.fileName());
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(junk.fileName()));
        QCOMPARE(context.storePath(), good);
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
