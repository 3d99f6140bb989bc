// SPDX-License-Identifier: MIT
#include "app/widgets/sqllineedit.h"

#include "app/widgets/palette.h"
#include "app/widgets/sqlcompleterpopup.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QStyle>

namespace hearth::app {

SqlLineEdit::SqlLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setClearButtonEnabled(true);
    SqlCompleterPopup::Host host;
    host.text = [this] { return text(); };
    host.cursor = [this] { return cursorPosition(); };
    host.replace = [this](int start, int end, const QString &replacement) {
        QString t = text();
        t.replace(start, end - start, replacement);
        setText(t);
        setCursorPosition(start + static_cast<int>(replacement.size()));
    };
    host.cursorRect = [this] { return cursorRect(); };
    m_popup = new SqlCompleterPopup(this, host, this);
    connect(this, &QLineEdit::textEdited, this, [this] { setError(false); });
}

void SqlLineEdit::setError(bool error, int position)
{
    if (property("error").toBool() != error) {
        setProperty("error", error);
        setStyleSheet(error ? QStringLiteral("QLineEdit { border: 1px solid %1; "
                                             "border-radius: 3px; padding: 2px; }")
                                  .arg(palette::errorColor().name())
                            : QString());
    }
    if (error && position >= 0) {
        setCursorPosition(position);
        if (position < text().size())
            setSelection(position, 1);
    }
}

void SqlLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_popup->keyPressBefore(event))
        return;
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT runRequested();
        return;
    }
    QLineEdit::keyPressEvent(event);
    m_popup->keyPressAfter(event);
}

} // namespace hearth::app
