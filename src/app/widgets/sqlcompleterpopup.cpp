// SPDX-License-Identifier: MIT
#include "app/widgets/sqlcompleterpopup.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QWidget>

namespace hearth::app {

SqlCompleterPopup::SqlCompleterPopup(QWidget *widget, Host host, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
    , m_host(std::move(host))
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(widget);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SqlCompleterPopup::insert);
}

bool SqlCompleterPopup::visible() const
{
    return m_completer->popup()->isVisible();
}

bool SqlCompleterPopup::keyPressBefore(QKeyEvent *event)
{
    if (!visible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (event->modifiers() & Qt::ControlModifier) {
            m_completer->popup()->hide();
            return false;
        }
        event->ignore();
        return true;
    default:
        return false;
    }
}

void SqlCompleterPopup::keyPressAfter(QKeyEvent *event)
{
    const QString typed = event->text();
    const bool ctrlSpace
        = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (ctrlSpace) {
        show();
        return;
    }
    if (typed.isEmpty() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        if (event->key() != Qt::Key_Backspace)
            return;
    }
    const QChar last = typed.isEmpty() ? QChar() : typed.back();
    if (!typed.isEmpty() && !last.isLetterOrNumber() && last != QLatin1Char('_')
        && last != QLatin1Char('.') && last != QLatin1Char('\'')) {
        m_completer->popup()->hide();
        return;
    }
    show();
}

void SqlCompleterPopup::show()
{
    const QString text = m_host.text();
    const int cursor = m_host.cursor();
    const QStringList candidates = m_completion.candidates(text, cursor);
    const auto word = core::SqlCompletion::wordAt(text, cursor);
    if (candidates.isEmpty() || (!word.inAttributeKey && word.prefix.isEmpty())) {
        m_completer->popup()->hide();
        return;
    }
    m_model->setStringList(candidates);
    QRect r = m_host.cursorRect();
    r.setWidth(std::max(260,
                        m_completer->popup()->sizeHintForColumn(0)
                            + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 16));
    m_completer->complete(r);
    m_completer->popup()->setCurrentIndex(m_model->index(0));
}

void SqlCompleterPopup::insert(const QString &candidate)
{
    const QString text = m_host.text();
    const int cursor = m_host.cursor();
    const auto word = core::SqlCompletion::wordAt(text, cursor);
    QString replacement = candidate;
    int end = cursor;
    if (word.inAttributeKey) {
        // Close the quote unless the user already did.
        if (end >= text.size() || text.at(end) != QLatin1Char('\''))
            replacement += QLatin1Char('\'');
        else
            ++end;
    }
    m_host.replace(word.start, end, replacement);
}

} // namespace hearth::app
