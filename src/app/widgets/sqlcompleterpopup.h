// SPDX-License-Identifier: MIT
#pragma once

#include "core/live/sqlcompletion.h"

#include <functional>
#include <QObject>

class QCompleter;
class QStringListModel;
class QWidget;
class QKeyEvent;

namespace hearth::app {

// The completion popup shared by the SQL line edit and editor: asks core::SqlCompletion for the
// word at the cursor and replaces that word when a candidate is chosen. The host widget provides
// its text/cursor and a way to replace a span of text.
class SqlCompleterPopup : public QObject
{
    Q_OBJECT
public:
    struct Host
    {
        std::function<QString()> text;
        std::function<int()> cursor;
        std::function<void(int start, int end, const QString &replacement)> replace;
        std::function<QRect()> cursorRect;
    };

    SqlCompleterPopup(QWidget *widget, Host host, QObject *parent = nullptr);

    core::SqlCompletion &completion() { return m_completion; }
    // Call from the host's keyPressEvent first: true = the popup consumed the key.
    bool keyPressBefore(QKeyEvent *event);
    // Call after the host handled a key: updates or hides the popup.
    void keyPressAfter(QKeyEvent *event);
    // Explicit completion (Ctrl+Space).
    void show();
    bool visible() const;

private:
    void insert(const QString &candidate);

    QWidget *m_widget;
    Host m_host;
    QCompleter *m_completer;
    QStringListModel *m_model;
    core::SqlCompletion m_completion;
};

} // namespace hearth::app
