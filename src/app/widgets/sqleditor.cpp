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
    // Tab moves on, as everywhere else: a keyboard user must be able to leave the editor.
    setTabChangesFocus(true);
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

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_popup->keyPressBefore(event))
        return;
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
