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
    static QList<QStringList> collect(QWidget *window);
};

} // namespace hearth::app
