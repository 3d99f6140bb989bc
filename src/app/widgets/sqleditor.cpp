// SPDX-License-Identifier: MIT
#include "app/widgets/sqleditor.h"

#include "app/widgets/palette.h"
#include "app/widgets/sqlcompleterpopup.h"
#include "app/widgets/sqlhighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace hearth::app {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SqlEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    SqlEditor *m_editor;
};

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighter(new SqlHighlighter(document()))
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab indents, as in every code editor; Ctrl+Tab and Ctrl+Shift+Tab leave the editor (Qt's
    // convention for text edits), so keyboard users are never trapped. Said where they look.
    setTabChangesFocus(false);
    setAccessibleDescription(
        tr("SQL editor. Tab indents and Shift+Tab unindents the selected lines; Ctrl+Tab and "
           "Ctrl+Shift+Tab move the focus out of the editor. Ctrl+Enter runs the query, "
           "Ctrl+Space completes."));
    setWhatsThis(accessibleDescription());
    SqlCompleterPopup::Host host;
    host.text = [this] { return toPlainText(); };
    host.cursor = [this] { return textCursor().position(); };
    host.replace = [this](int start, int end, const QString &replacement) {
        QTextCursor c = textCursor();
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        c.insertText(replacement);
        setTextCursor(c);
    };
    host.cursorRect = [this] {
        QRect r = cursorRect();
        r.translate(viewportMargins().left(), 0);
        return r;
    };
    m_popup = new SqlCompleterPopup(this, host, this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SqlEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_errorPosition >= 0)
            setErrorPosition(-1);
    });
    updateMargins();
}

int SqlEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 14
        + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, static_cast<int>(digits));
}

void SqlEditor::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void SqlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter p(m_lineNumbers);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            p.setPen(number == current ? palette().color(QPalette::Text)
                                       : palette::mutedTextColor());
            p.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                       QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void SqlEditor::setErrorPosition(int position)
{
    m_errorPosition = position;
    QList<QTextEdit::ExtraSelection> selections;
    if (position >= 0) {
        QTextEdit::ExtraSelection sel;
        QTextCursor c(document());
        const int len = static_cast<int>(toPlainText().size());
        const int at = std::min(position, std::max(0, len - 1));
        c.setPosition(at);
        c.setPosition(std::min(at + 1, len), QTextCursor::KeepAnchor);
        sel.cursor = c;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(palette::errorColor());
        sel.format.setBackground(palette::errorWash());
        selections << sel;
        QTextCursor move = textCursor();
        move.setPosition(at);
        const QSignalBlocker block(this);
        setTextCursor(move);
    }
    setExtraSelections(selections);
}

QList<QPair<QString, QKeySequence>> SqlEditor::keys()
{
    return {
        {tr("Indent the line or the selected lines"), QKeySequence(Qt::Key_Tab)},
        {tr("Unindent the line or the selected lines"), QKeySequence(Qt::SHIFT | Qt::Key_Tab)},
        {tr("Move the focus out of the editor"), QKeySequence(Qt::CTRL | Qt::Key_Tab)},
        {tr("Move the focus out of the editor, backwards"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)},
        {tr("Complete the word"), QKeySequence(Qt::CTRL | Qt::Key_Space)},
    };
}

namespace {

// The blocks a Tab or Shift+Tab acts on: the cursor's line, or every line the selection touches
// (a selection that ends at the very start of a line leaves that line alone, as editors do).
std::pair<QTextBlock, QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QTextDocument *doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    return {first, last};
}

// Keeps a multi-line selection over whole lines after an indent or dedent, in its direction.
void selectLines(QTextCursor &cursor, const QTextBlock &first, const QTextBlock &last, bool forward)
{
    const int start = first.position();
    const int end = last.position() + last.length() - 1;
    cursor.setPosition(forward ? start : end);
    cursor.setPosition(forward ? end : start, QTextCursor::KeepAnchor);
}

} // namespace

void SqlEditor::indent()
{
    QTextCursor c = textCursor();
    const auto [first, last] = selectedBlocks(c);
    c.beginEditBlock();
    if (first == last) {
        // One line: indentation up to the next tab stop, replacing a selection as typing would.
        const int column = c.selectionStart() - first.position();
        c.insertText(QString(kIndent - column % kIndent, QLatin1Char(' ')));
        c.endEditBlock();
        setTextCursor(c);
        return;
    }
    const bool forward = c.anchor() <= c.position();
    for (QTextBlock b = first;; b = b.next()) {
        QTextCursor at(b);
        at.insertText(QString(kIndent, QLatin1Char(' ')));
        if (b == last)
            break;
    }
    selectLines(c, first, last, forward);
    c.endEditBlock();
    setTextCursor(c);
}

void SqlEditor::dedent()
{
    QTextCursor c = textCursor();
    const auto [first, last] = selectedBlocks(c);
    const bool forward = c.anchor() <= c.position();
    const bool wholeLines = c.hasSelection() && first != last;
    c.beginEditBlock();
    for (QTextBlock b = first;; b = b.next()) {
        // Up to one indent of leading spaces, or one leading tab.
        const QString text = b.text();
        int remove = 0;
        if (text.startsWith(QLatin1Char('\t')))
            remove = 1;
        else
            while (remove < kIndent && remove < text.size() && text.at(remove) == QLatin1Char(' '))
                ++remove;
        if (remove > 0) {
            QTextCursor at(b);
            at.setPosition(b.position() + remove, QTextCursor::KeepAnchor);
            at.removeSelectedText();
        }
        if (b == last)
            break;
    }
    if (wholeLines)
        selectLines(c, first, last, forward);
    c.endEditBlock();
    setTextCursor(c);
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_popup->keyPressBefore(event))
        return;
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        const bool backwards
            = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        // Read-only, or Ctrl held: Tab moves the focus like in any other widget. The qualified
        // call skips QPlainTextEdit's override, which keeps the focus while Tab indents.
        if ((event->modifiers() & Qt::ControlModifier) || isReadOnly())
            QAbstractScrollArea::focusNextPrevChild(!backwards);
        else if (backwards)
            dedent();
        else
            indent();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT runRequested();
        return;
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        m_popup->show();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    m_popup->keyPressAfter(event);
}

} // namespace hearth::app
