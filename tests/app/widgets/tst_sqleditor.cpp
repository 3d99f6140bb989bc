// SPDX-License-Identifier: MIT
// The SQL editor's keys (Tab indents, Shift+Tab unindents, one undo step each, Ctrl+Tab and
// Ctrl+Shift+Tab leave the editor) and its highlighting following a theme switch at once.
#include "app/shell/theme.h"
#include "app/widgets/palette.h"
#include "app/widgets/sqleditor.h"
#include "app/widgets/sqlhighlighter.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace hearth::app;

namespace {

// The foreground the highlighter gave the text at [start, start + length) of the first line.
QColor colourAt(const SqlEditor &editor, int start)
{
    const QTextBlock block = editor.document()->firstBlock();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.start <= start && start < r.start + r.length)
            return r.format.foreground().color();
    }
    return {};
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::instance().applyForSession(Theme::Mode::Light);
    }

    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_before = new QLineEdit(m_window.get());
        m_editor = new SqlEditor(m_window.get());
        m_after = new QLineEdit(m_window.get());
        layout->addWidget(m_before);
        layout->addWidget(m_editor);
        layout->addWidget(m_after);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_editor->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(m_editor->hasFocus());
    }
    void cleanup() { m_window.reset(); }

    void tabIndentsToTheNextStop()
    {
        m_editor->setPlainText(QStringLiteral("SELECT 1"));
        QTest::keyClick(m_editor, Qt::Key_Tab);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("    SELECT 1"));
        QVERIFY(m_editor->hasFocus());
        // From column 6 the next stop is column 8: two spaces, not four.
        QTextCursor c = m_editor->textCursor();
        c.setPosition(6);
        m_editor->setTextCursor(c);
        QTest::keyClick(m_editor, Qt::Key_Tab);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("    SE  LECT 1"));
        // No tab characters ever: SQL pasted elsewhere keeps its layout.
        QVERIFY(!m_editor->toPlainText().contains(QLatin1Char('\t')));
    }

    void tabIndentsEverySelectedLineInOneUndoStep()
    {
        m_editor->setPlainText(QStringLiteral("SELECT a,\nb\nFROM records\nLIMIT 1"));
        QTextCursor c = m_editor->textCursor();
        c.setPosition(2); // inside line 1
        c.setPosition(15, QTextCursor::KeepAnchor); // inside line 3 ("FROM records")
        m_editor->setTextCursor(c);
        QTest::keyClick(m_editor, Qt::Key_Tab);
        QCOMPARE(m_editor->toPlainText(),
                 QStringLiteral("    SELECT a,\n    b\n    FROM records\nLIMIT 1"));
        // The selection still covers the three lines, so Tab again indents them again.
        QCOMPARE(m_editor->textCursor().selectedText(),
                 QStringLiteral("    SELECT a,\u2029    b\u2029    FROM records"));
        QTest::keyClick(m_editor, Qt::Key_Tab);
        QCOMPARE(m_editor->toPlainText(),
                 QStringLiteral("        SELECT a,\n        b\n        FROM records\nLIMIT 1"));
        // One Ctrl+Z per indent.
        m_editor->undo();
        QCOMPARE(m_editor->toPlainText(),
                 QStringLiteral("    SELECT a,\n    b\n    FROM records\nLIMIT 1"));
        m_editor->undo();
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("SELECT a,\nb\nFROM records\nLIMIT 1"));
    }

    void selectionEndingAtALineStartLeavesThatLine()
    {
        m_editor->setPlainText(QStringLiteral("a\nb\nc"));
        QTextCursor c = m_editor->textCursor();
        c.setPosition(0);
        c.setPosition(4, QTextCursor::KeepAnchor); // "a\nb\n": ends at the start of "c"
        m_editor->setTextCursor(c);
        QTest::keyClick(m_editor, Qt::Key_Tab);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("    a\n    b\nc"));
    }

    void shiftTabUnindentsInOneUndoStep()
    {
        m_editor->setPlainText(QStringLiteral("      SELECT\n  x\n\ty\nz"));
        m_editor->selectAll();
        QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
        // At most one indent per line: 6 spaces -> 2, 2 -> 0, a tab -> nothing, none -> none.
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("  SELECT\nx\ny\nz"));
        QVERIFY(m_editor->hasFocus());
        m_editor->undo();
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("      SELECT\n  x\n\ty\nz"));

        // Without a selection: the cursor's line only, and the cursor stays on its text.
        m_editor->setPlainText(QStringLiteral("    a\n    b"));
        QTextCursor c = m_editor->textCursor();
        c.setPosition(7); // "b" line, column 1
        m_editor->setTextCursor(c);
        QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("    a\nb"));
        QCOMPARE(m_editor->textCursor().position(), 6);
    }

    void ctrlTabMovesTheFocusOut()
    {
        m_editor->setPlainText(QStringLiteral("SELECT 1"));
        QTest::keyClick(m_editor, Qt::Key_Tab, Qt::ControlModifier);
        QTRY_VERIFY(m_after->hasFocus());
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("SELECT 1"));
        // Back in with Shift+Tab from the next widget, out backwards with Ctrl+Shift+Tab.
        QTest::keyClick(m_after, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(m_editor->hasFocus());
        QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_before->hasFocus());
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("SELECT 1"));
    }

    void readOnlyEditorLetsTabMoveOn()
    {
        m_editor->setPlainText(QStringLiteral("SELECT 1"));
        m_editor->setReadOnly(true);
        QTest::keyClick(m_editor, Qt::Key_Tab);
        QTRY_VERIFY(m_after->hasFocus());
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("SELECT 1"));
    }

    void keysAreDiscoverable()
    {
        const QString description = m_editor->accessibleDescription();
        QVERIFY(description.contains(QStringLiteral("Ctrl+Tab")));
        QVERIFY(description.contains(QStringLiteral("Shift+Tab")));
        QStringList keys;
        for (const auto &[what, key] : SqlEditor::keys()) {
            QVERIFY(!what.isEmpty());
            keys << key.toString();
        }
        for (const char *key : {"Tab", "Shift+Tab", "Ctrl+Tab", "Ctrl+Shift+Tab"})
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }

    void highlightingFollowsTheThemeAtOnce()
    {
        using Role = SqlHighlighter::Role;
        m_editor->setPlainText(QStringLiteral("SELECT 'x' FROM records -- note"));
        const int keyword = 0, string = 8, table = 16, comment = 26;
        for (const Role role : {Role::Keyword, Role::Function, Role::Table, Role::Number,
                                Role::Operator, Role::String, Role::Comment})
            QVERIFY(SqlHighlighter::color(role, false) != SqlHighlighter::color(role, true));
        QCOMPARE(colourAt(*m_editor, keyword), SqlHighlighter::color(Role::Keyword, false));
        QCOMPARE(colourAt(*m_editor, string), SqlHighlighter::color(Role::String, false));

        // No edit, no new text: only the theme changes.
        Theme::instance().applyForSession(Theme::Mode::Dark);
        QCOMPARE(m_editor->highlighter()->roleFormat(Role::Keyword).foreground().color(),
                 SqlHighlighter::color(Role::Keyword, true));
        QCOMPARE(colourAt(*m_editor, keyword), SqlHighlighter::color(Role::Keyword, true));
        QCOMPARE(colourAt(*m_editor, string), SqlHighlighter::color(Role::String, true));
        QCOMPARE(colourAt(*m_editor, table), SqlHighlighter::color(Role::Table, true));
        QCOMPARE(colourAt(*m_editor, comment), SqlHighlighter::color(Role::Comment, true));

        Theme::instance().applyForSession(Theme::Mode::Light);
        QCOMPARE(colourAt(*m_editor, keyword), SqlHighlighter::color(Role::Keyword, false));
        QCOMPARE(colourAt(*m_editor, comment), SqlHighlighter::color(Role::Comment, false));
    }

    void highlightColoursAreReadableInBothThemes()
    {
        using Role = SqlHighlighter::Role;
        for (const bool dark : {false, true}) {
            const QColor base
                = (dark ? Theme::darkPalette() : Theme::lightPalette()).color(QPalette::Base);
            for (const Role role : {Role::Keyword, Role::Function, Role::Table, Role::Number,
                                    Role::Operator, Role::String, Role::Comment}) {
                const QColor fg = SqlHighlighter::color(role, dark);
                QVERIFY2(palette::contrastRatio(fg, base) >= 4.5,
                         qPrintable(fg.name() + QStringLiteral(" on ") + base.name()));
            }
        }
    }

private:
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_before = nullptr;
    SqlEditor *m_editor = nullptr;
    QLineEdit *m_after = nullptr;
};

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
