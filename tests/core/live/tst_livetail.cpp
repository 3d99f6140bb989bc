// SPDX-License-Identifier: MIT
#include "core/live/livetail.h"

#include <QSignalSpy>
#include <QTest>

using hearth::core::LiveTail;

class TestLiveTail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsNewRows()
    {
        LiveTail tail;
        QSignalSpy scroll(&tail, &LiveTail::scrollToBottomRequested);
        QCOMPARE(tail.state(), LiveTail::State::Following);
        tail.rowsAppended(3);
        QCOMPARE(scroll.count(), 1);
        tail.rowsAppended(0);
        QCOMPARE(scroll.count(), 1);
    }

    void scrollingUpPausesAndBottomResumes()
    {
        LiveTail tail;
        QSignalSpy scroll(&tail, &LiveTail::scrollToBottomRequested);
        QSignalSpy state(&tail, &LiveTail::stateChanged);
        QSignalSpy unseen(&tail, &LiveTail::unseenChanged);
        tail.userScrolled(false);
        QCOMPARE(tail.state(), LiveTail::State::Paused);
        tail.rowsAppended(4);
        tail.rowsAppended(2);
        QCOMPARE(scroll.count(), 0);
        QCOMPARE(tail.unseen(), 6);
        QCOMPARE(unseen.count(), 2);
        tail.userScrolled(true);
        QCOMPARE(tail.state(), LiveTail::State::Following);
        QCOMPARE(tail.unseen(), 0);
        QCOMPARE(state.count(), 2);
        tail.rowsAppended(1);
        QCOMPARE(scroll.count(), 1);
    }

    void offIgnoresScrollingAndRows()
    {
        LiveTail tail;
        QSignalSpy scroll(&tail, &LiveTail::scrollToBottomRequested);
        tail.setEnabled(false);
        QCOMPARE(tail.state(), LiveTail::State::Off);
        tail.userScrolled(true);
        QCOMPARE(tail.state(), LiveTail::State::Off);
        tail.rowsAppended(10);
        QCOMPARE(scroll.count(), 0);
        QCOMPARE(tail.unseen(), 0);
        tail.setEnabled(true);
        QCOMPARE(tail.state(), LiveTail::State::Following);
        QCOMPARE(scroll.count(), 1);
    }

    void resumeJumpsToNewest()
    {
        LiveTail tail;
        tail.userScrolled(false);
        tail.rowsAppended(5);
        QSignalSpy scroll(&tail, &LiveTail::scrollToBottomRequested);
        tail.resume();
        QCOMPARE(tail.state(), LiveTail::State::Following);
        QCOMPARE(tail.unseen(), 0);
        QCOMPARE(scroll.count(), 1);
    }

    void scrollingWithinTheMiddleStaysPaused()
    {
        LiveTail tail;
        tail.userScrolled(false);
        tail.userScrolled(false);
        QCOMPARE(tail.state(), LiveTail::State::Paused);
    }
};

QTEST_GUILESS_MAIN(TestLiveTail)
#include "tst_livetail.moc"
