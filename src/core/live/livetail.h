// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace hearth::core {

// The live-tail toggle as a state machine, kept out of the widget so it can be tested without one.
//   Off       — the user switched tailing off; nothing moves the view.
//   Following — new rows scroll the view to the bottom.
//   Paused    — tailing is on but the user scrolled up to read: the view stays put and new rows
//               are counted; scrolling back to the bottom resumes following.
class LiveTail : public QObject
{
    Q_OBJECT
public:
    enum class State { Off, Following, Paused };
    Q_ENUM(State)

    explicit LiveTail(QObject *parent = nullptr);

    State state() const { return m_state; }
    bool following() const { return m_state == State::Following; }
    int unseen() const { return m_unseen; }

    // The toggle button.
    void setEnabled(bool enabled);
    // The user moved the view (not a programmatic scroll); atBottom: the last row is visible.
    void userScrolled(bool atBottom);
    // Rows arrived at the bottom of the list.
    void rowsAppended(int count);
    // "Jump to newest": resume following from any state.
    void resume();

Q_SIGNALS:
    void stateChanged(hearth::core::LiveTail::State state);
    void unseenChanged(int count);
    // The view should show its last row now.
    void scrollToBottomRequested();

private:
    void setState(State state);
    void setUnseen(int count);

    State m_state = State::Following;
    int m_unseen = 0;
};

} // namespace hearth::core
