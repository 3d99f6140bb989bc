// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertclock.h"
#include "core/alerts/alertlease.h"
#include "core/async/jobtracker.h"

#include <memory>
#include <QObject>
#include <QPointer>

namespace hearth::core {

class AlertScheduler;

// Runs a store's AlertLease off the calling (GUI) thread with the JobTracker idiom, so that no
// lease operation waits for the store's write lock (an ingest batch) on that thread.
//
// Opening, taking/renewing, the holder lookup and the release all run as pool jobs; answers come
// back as AlertLeaseCheck values by queued call and tick the attached scheduler. At most one job
// is in flight: a check asked for while one runs is skipped (the running one answers for that
// tick too), so a store busy for seconds never queues up jobs. release() drops any answer still
// on its way and closes the lease on the pool: it is given up as soon as the check in flight (if
// any) is done, and never taken back. Jobs own the lease (shared), so destroying the keeper, or
// the whole window, with a job in flight is safe; QCoreApplication waits for the global pool at
// exit, so a release started at shutdown completes.
class AlertLeaseKeeper : public QObject
{
    Q_OBJECT
public:
    AlertLeaseKeeper(const QString &storePath, const QString &kind,
                     std::shared_ptr<AlertClock> clock, Micros ttl = AlertLease::kDefaultTtl,
                     QObject *parent = nullptr);
    // Releases the lease (off this thread) unless release() or releaseNow() already did.
    ~AlertLeaseKeeper() override;

    AlertLeaseKeeper(const AlertLeaseKeeper &) = delete;
    AlertLeaseKeeper &operator=(const AlertLeaseKeeper &) = delete;

    // Who this process is in the lease; known at once (the lease file is opened later, off
    // this thread).
    const AlertEvaluator &self() const { return m_self; }

    // Gates `scheduler` on this lease: its polls ask for checks, each answer ticks it.
    void attach(AlertScheduler *scheduler);

    // Starts a look at the lease (opening it first when needed) unless one is in flight or the
    // lease was released; true when one started.
    bool requestCheck();
    bool isChecking() const { return m_checking; }
    bool isReleased() const { return m_released; }
    // The newest answer delivered (at == 0 before the first).
    const AlertLeaseCheck &lastCheck() const { return m_lastCheck; }

    // Gives the lease up on the pool and returns at once; answers still on their way are dropped.
    void release();
    // The same, blocking (headless shutdown, where no GUI waits): returns once the lease is given
    // up, after the check in flight if any.
    Status releaseNow();

Q_SIGNALS:
    void checked(const hearth::core::AlertLeaseCheck &check);
    // The release started by release() is done (not emitted when the keeper is gone by then).
    void released();
    void releaseFailed(const QString &message);

private:
    struct Slot;
    static Status closeSlot(Slot &slot);
    void deliver(AlertLeaseCheck check);

    QString m_path;
    AlertEvaluator m_self;
    std::shared_ptr<AlertClock> m_clock;
    Micros m_ttl;
    std::shared_ptr<Slot> m_slot;
    QPointer<AlertScheduler> m_scheduler;
    AlertLeaseCheck m_lastCheck;
    bool m_checking = false;
    bool m_released = false;
    JobTracker m_job; // last member: its destructor drops answers before the rest goes
};

} // namespace hearth::core

Q_DECLARE_METATYPE(hearth::core::AlertLeaseCheck)
