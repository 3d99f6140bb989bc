// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QPlainTextEdit>

namespace hearth::app {

class SqlCompleterPopup;
class SqlHighlighter;

// A self-contained SQL editor: Logfire SQL highlighting, line numbers, completion (tables,
// columns, functions, keywords, attribute keys), Ctrl+Enter to run, and an error marker at a
// character position. Reusable by any page (Explore, dashboard panel editors).
// Tab indents (every selected line, when several are) and Shift+Tab unindents, each one undo
// step; Ctrl+Tab and Ctrl+Shift+Tab move the focus on, so the editor never traps the keyboard.
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget *parent = nullptr);

    SqlCompleterPopup *completer() const { return m_popup; }
    // Underlines the character at `position` (0-based offset into the text) and moves the cursor
    // there; -1 clears the marker.
    void setErrorPosition(int position);
    int errorPosition() const { return m_errorPosition; }

    int lineNumberAreaWidth() const;
    SqlHighlighter *highlighter() const { return m_highlighter; }

    // Spaces per indent step.
    static constexpr int kIndent = 4;
    void indent();
    void dedent();
    // The editor's keys (what, key) for the Keyboard Shortcuts dialog.
    static QList<QPair<QString, QKeySequence>> keys();

Q_SIGNALS:
    void runRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();

    QWidget *m_lineNumbers;
    SqlHighlighter *m_highlighter;
    SqlCompleterPopup *m_popup;
    int m_errorPosition = -1;
};

} // namespace hearth::app
