// SPDX-License-Identifier: MIT
#include "core/live/livetail.h"

namespace hearth::core {

LiveTail::LiveTail(QObject *parent) : QObject(parent) { }

void LiveTail::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Following)
        setUnseen(0);
    Q_EMIT stateChanged(state);
}

void LiveTail::setUnseen(int count)
{
    if (m_unseen == count)
        return;
    m_unseen = count;
    Q_EMIT unseenChanged(count);
}

void LiveTail::setEnabled(bool enabled)
{
    if (enabled == (m_state != State::Off))
        return;
    if (enabled) {
        resume();
    } else {
        setState(State::Off);
        setUnseen(0);
    }
}

void LiveTail::userScrolled(bool atBottom)
{
    if (m_state == State::Following && !atBottom)
        setState(State::Paused);
    else if (m_state == State::Paused && atBottom)
        setState(State::Following);
}

void LiveTail::rowsAppended(int count)
{
    if (count <= 0)
        return;
    switch (m_state) {
    case State::Following:
        Q_EMIT scrollToBottomRequested();
        break;
    case State::Paused:
        setUnseen(m_unseen + count);
        break;
    case State::Off:
        break;
    }
}

void LiveTail::resume()
{
    setState(State::Following);
    Q_EMIT scrollToBottomRequested();
}

} // namespace hearth::core
