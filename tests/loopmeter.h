// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace hearth::test {

// Measures how regularly this thread's event loop turns: a 5 ms timer and the longest gap
// between two of its firings (what a user feels as a stall).
class LoopMeter
{
public:
    LoopMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGap = qMax(m_maxGap, m_since.restart());
            ++m_firings;
        });
        m_since.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }
    int firings() const { return m_firings; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_maxGap = 0;
    int m_firings = 0;
};

} // namespace hearth::test
