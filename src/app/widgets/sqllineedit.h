// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

namespace hearth::app {

class SqlCompleterPopup;

// A one-line SQL input (the Live view's WHERE clause): completion as you type, Enter or
// Ctrl+Enter runs, and an error can be marked at a character position.
class SqlLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SqlLineEdit(QWidget *parent = nullptr);

    SqlCompleterPopup *completer() const { return m_popup; }
    // Marks the input as erroneous and puts the cursor at `position` (-1: no position).
    void setError(bool error, int position = -1);

Q_SIGNALS:
    void runRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    SqlCompleterPopup *m_popup;
};

} // namespace hearth::app
