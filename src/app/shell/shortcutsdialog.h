// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;

namespace hearth::app {

// Help → Keyboard Shortcuts: every action of the window that has a shortcut, grouped by menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // Rows of (group, action text without '&', shortcut in native text) — also used by tests.
    // Menu actions and window actions, then each page's shortcuts (QShortcuts with a What's
    // This text, buttons with a shortcut) under the page's title.
    static QList<QStringList> collect(QWidget *window);
    // A menu text as shown in lists: mnemonics and "…" removed, "&&" back to "&".
    static QString plainText(const QString &text);
    // The title of the main-window page that holds `object`, or empty.
    static QString pageOf(const QObject *object);
};

} // namespace hearth::app
