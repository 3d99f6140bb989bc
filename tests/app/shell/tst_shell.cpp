// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/mainwindow.h"
#include "app/shell/commandpalette.h"
#include "app/shell/shortcutsdialog.h"
#include "app/shell/theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::app;

class TestShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchScore_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("prefix") << QStringLiteral("liv") << QStringLiteral("Page Live") << true;
        QTest::newRow("subsequence") << QStringLiteral("dash llm")
                                     << QStringLiteral("Dashboard LLM Tokens and Costs") << true;
        QTest::newRow("case") << QStringLiteral("EXPL") << QStringLiteral("Page Explore") << true;
        QTest::newRow("missing letter")
            << QStringLiteral("livz") << QStringLiteral("Page Live") << false;
        QTest::newRow("order matters")
            << QStringLiteral("evil") << QStringLiteral("Page Live") << false;
    }
    void matchScore()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(CommandPalette::matchScore(pattern, text) >= 0, matches);
    }

    void betterMatchesRankFirst()
    {
        const int wordStart
            = CommandPalette::matchScore(QStringLiteral("set"), QStringLiteral("Page Settings"));
        const int scattered = CommandPalette::matchScore(
            QStringLiteral("set"), QStringLiteral("Page Dashboards: Sales t"));
        QVERIFY(wordStart > scattered);
    }

    void paletteRunsTheChosenEntry()
    {
        QTemporaryDir dir;
        AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("p.hearth"))).ok());
        int dashboardOpened = 0;
        context.addCommandProvider([&dashboardOpened] {
            return std::vector<AppContext::Command> {
                {QStringLiteral("Dashboard"), QStringLiteral("LLM Tokens and Costs"), QString(),
                 [&dashboardOpened] { ++dashboardOpened; }}};
        });
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *palette = window.findChild<CommandPalette *>(QStringLiteral("commandPalette"));
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        auto *input = palette->findChild<QLineEdit *>(QStringLiteral("commandPaletteInput"));
        auto *list = palette->findChild<QListWidget *>(QStringLiteral("commandPaletteList"));
        QVERIFY(list->count() > 5);

        QTest::keyClicks(input, QStringLiteral("page expl"));
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("Explore")));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Explore);
        QVERIFY(!palette->isVisible());

        palette->popup();
        QTest::keyClicks(input, QStringLiteral("llm tokens"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(dashboardOpened, 1);
    }

    void shortcutsAreListed()
    {
        QTemporaryDir dir;
        AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("s.hearth"))).ok());
        MainWindow window(&context);
        const auto rows = ShortcutsDialog::collect(&window);
        QStringList texts;
        for (const auto &row : rows)
            texts << row[1] + QLatin1Char('=') + row[2];
        QVERIFY2(texts.contains(QStringLiteral("Open Store=Ctrl+O")), qPrintable(texts.join(u',')));
        QVERIFY(texts.contains(QStringLiteral("Command Palette=Ctrl+K")));
        QVERIFY(texts.contains(QStringLiteral("Live=Ctrl+1")));
        QVERIFY(texts.contains(QStringLiteral("Keyboard Shortcuts=Ctrl+/")));
    }

    void themesSwitchPalettes()
    {
        Theme::instance().setMode(Theme::Mode::Dark);
        QVERIFY(Theme::instance().isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        Theme::instance().setMode(Theme::Mode::Light);
        QVERIFY(!Theme::instance().isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
