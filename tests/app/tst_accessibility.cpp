// SPDX-License-Identifier: MIT
// Keyboard and screen-reader reach: on every page and in the shell's dialogs each widget that
// takes keyboard focus has a name a screen reader can speak, and every main action has a
// shortcut that the Keyboard Shortcuts dialog lists.
#include "app/appcontext.h"
#include "app/mainwindow.h"
#include "app/shell/commandpalette.h"
#include "app/shell/shortcutsdialog.h"
#include "app/widgets/sqleditor.h"
#include "core/demo/demogenerator.h"
#include "core/store/store.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace hearth;

namespace {

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent()) {
        path.prepend(
            QString::fromLatin1(o->metaObject()->className())
            + (o->objectName().isEmpty() ? QString() : QLatin1Char('#') + o->objectName()));
        if (path.size() > 4)
            break;
    }
    return path.join(QStringLiteral(" > "));
}

// What a screen reader announces: the accessible name, else the text Qt derives from the
// widget (button text, a label buddy, the tool tip).
QString spokenName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
        return iface->text(QAccessible::Name).trimmed();
    return {};
}

// Widgets a keyboard user can Tab to right now within `root`.
QList<QWidget *> focusable(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && w->isEnabled()
            && !w->focusProxy())
            out << w;
    }
    return out;
}

QStringList unnamed(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : focusable(root)) {
        // A symbol such as "▲" or "✕" is no name either: a screen reader needs words.
        const QString name = spokenName(w);
        if (!name.contains(QRegularExpression(QStringLiteral("\\p{L}"))))
            missing << describe(w) + QStringLiteral(" \"") + name + QLatin1Char('"');
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_context.openStore(m_dir.filePath(QStringLiteral("a11y.hearth"))).ok());
        core::demo::Options options;
        options.traces = 20;
        QVERIFY(core::demo::generate(*m_context.store(), options).ok());
        m_context.notifyDataChanged();
        m_window = std::make_unique<app::MainWindow>(&m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void everyFocusableWidgetHasAName_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("live") << int(app::MainWindow::Live);
        QTest::newRow("explore") << int(app::MainWindow::Explore);
        QTest::newRow("dashboards") << int(app::MainWindow::Dashboards);
        QTest::newRow("trace") << int(app::MainWindow::Trace);
        QTest::newRow("alerts") << int(app::MainWindow::Alerts);
        QTest::newRow("settings") << int(app::MainWindow::Settings);
    }
    void everyFocusableWidgetHasAName()
    {
        QFETCH(int, page);
        m_window->showPage(static_cast<app::MainWindow::Page>(page));
        QCOMPARE(int(m_window->currentPage()), page);
        QApplication::processEvents();
        const QList<QWidget *> reachable = focusable(m_window.get());
        QVERIFY(reachable.size() > 3);
        const QStringList missing = unnamed(m_window.get());
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("no accessible name:\n") + missing.join(QLatin1Char('\n'))));
    }

    void tabReachesThePageWithoutTraps_data() { everyFocusableWidgetHasAName_data(); }
    void tabReachesThePageWithoutTraps()
    {
        // Tab from the navigation must go round the page and come back: no widget swallows Tab.
        QFETCH(int, page);
        m_window->showPage(static_cast<app::MainWindow::Page>(page));
        auto *nav = m_window->findChild<QWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        nav->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(nav->hasFocus());
        QSet<QWidget *> visited;
        for (int i = 0; i < 300; ++i) {
            QWidget *before = QApplication::focusWidget();
            // The SQL editor indents on Tab; Ctrl+Tab is its way out (Qt's text-edit convention,
            // listed in its accessible description and the Keyboard Shortcuts dialog).
            const bool editor = qobject_cast<app::SqlEditor *>(before) != nullptr;
            QTest::keyClick(before, Qt::Key_Tab, editor ? Qt::ControlModifier : Qt::NoModifier);
            QWidget *after = QApplication::focusWidget();
            QVERIFY2(after && after != before,
                     qPrintable(QStringLiteral("Tab stuck on ") + describe(before)));
            if (after == nav)
                break;
            visited.insert(after);
        }
        QCOMPARE(QApplication::focusWidget(), nav);
        QVERIFY(visited.size() > 2);
        // Back to the navigation: the page shortcut tests below start from a known place.
        QCOMPARE(int(m_window->currentPage()), page);
    }

    void sqlEditorIndentsOnTabAndLeavesOnCtrlTab()
    {
        m_window->showPage(app::MainWindow::Explore);
        auto *editor = m_window->findChild<app::SqlEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->accessibleDescription().contains(QStringLiteral("Ctrl+Tab")));
        editor->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(editor->hasFocus());
        const QString text = editor->toPlainText();
        QTextCursor c = editor->textCursor();
        c.movePosition(QTextCursor::Start);
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Tab);
        QVERIFY(editor->hasFocus());
        QCOMPARE(editor->toPlainText(), QStringLiteral("    ") + text);
        editor->undo();
        QCOMPARE(editor->toPlainText(), text);
        QTest::keyClick(editor, Qt::Key_Tab, Qt::ControlModifier);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next && next != editor);
        QTest::keyClick(next, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QTest::keyClick(editor, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QApplication::focusWidget() != editor);
        QCOMPARE(editor->toPlainText(), text);
        // The editor keys are in the Keyboard Shortcuts dialog.
        QStringList editorRows;
        for (const auto &row : app::ShortcutsDialog::collect(m_window.get()))
            if (row[0] == QStringLiteral("SQL Editor"))
                editorRows << row[2];
        QVERIFY(editorRows.contains(
            QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText)));
        QVERIFY(editorRows.contains(QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)));
    }

    void dialogsNameTheirControls()
    {
        app::ShortcutsDialog shortcuts(m_window.get(), m_window.get());
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        QStringList missing = unnamed(&shortcuts);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

        auto *palette = m_window->findChild<app::CommandPalette *>();
        QVERIFY(palette);
        palette->popup();
        missing = unnamed(palette);
        palette->hide();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void mainActionsHaveListedShortcuts()
    {
        const auto rows = app::ShortcutsDialog::collect(m_window.get());
        QHash<QString, QString> byAction;
        QHash<QString, QString> byKeys;
        QStringList clashes;
        for (const auto &row : rows) {
            byAction.insert(row[1], row[2]);
            if (byKeys.contains(row[2]) && byKeys[row[2]] != row[1])
                clashes << row[2] + QStringLiteral(": ") + byKeys[row[2]] + QStringLiteral(" / ")
                        + row[1];
            byKeys.insert(row[2], row[1]);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        const QStringList required {
            QStringLiteral("Live"),
            QStringLiteral("Explore"),
            QStringLiteral("Dashboards"),
            QStringLiteral("Trace"),
            QStringLiteral("Alerts"),
            QStringLiteral("Settings"),
            QStringLiteral("Open Store"),
            QStringLiteral("Quit"),
            QStringLiteral("Command Palette"),
            QStringLiteral("Keyboard Shortcuts"),
        };
        for (const QString &action : required)
            QVERIFY2(!byAction.value(action).isEmpty(), qPrintable(action));
        // Every menu action with a shortcut is in the dialog.
        int withShortcut = 0;
        for (QAction *a : m_window->menuBar()->findChildren<QAction *>()) {
            if (!a->shortcut().isEmpty())
                ++withShortcut;
        }
        QVERIFY(rows.size() >= withShortcut);
    }

private:
    QTemporaryDir m_dir;
    app::AppContext m_context;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
