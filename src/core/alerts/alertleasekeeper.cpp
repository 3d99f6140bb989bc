// SPDX-License-Identifier: MIT
#include "core/alerts/alertleasekeeper.h"

#include "core/alerts/alertscheduler.h"

#include <mutex>

namespace hearth::core {

// What the pool jobs share: the lease, once opened, and whether it was released. A job that
// opens the lease stores it here at once, so a release racing with the first check still finds
// (and gives up) a lease that check may have taken.
struct AlertLeaseKeeper::Slot
{
    std::mutex mutex;
    std::shared_ptr<AlertLease> lease;
    bool closed = false;
};

AlertLeaseKeeper::AlertLeaseKeeper(const QString &storePath, const QString &kind,
                                   std::shared_ptr<AlertClock> clock, Micros ttl, QObject *parent)
    : QObject(parent)
    , m_path(storePath)
    , m_self(AlertLease::makeSelf(kind))
    , m_clock(std::move(clock))
    , m_ttl(ttl)
    , m_slot(std::make_shared<Slot>())
    , m_job(this)
{
    qRegisterMetaType<AlertLeaseCheck>();
}

AlertLeaseKeeper::~AlertLeaseKeeper()
{
    if (!m_released)
        release();
}

void AlertLeaseKeeper::attach(AlertScheduler *scheduler)
{
    m_scheduler = scheduler;
    scheduler->setLeaseOwner(m_self.owner);
    connect(scheduler, &AlertScheduler::leaseCheckDue, this, &AlertLeaseKeeper::requestCheck);
}

bool AlertLeaseKeeper::requestCheck()
{
    if (m_checking || m_released)
        return false;
    m_checking = true;
    m_job.run(
        [slot = m_slot, path = m_path, self = m_self, ttl = m_ttl,
         clock = m_clock](const CancelTokenPtr &) -> AlertLeaseCheck {
            std::shared_ptr<AlertLease> lease;
            {
                std::lock_guard lock(slot->mutex);
                if (slot->closed)
                    return {clock->now(), false, std::nullopt};
                if (!slot->lease) {
                    // Opening is file I/O too: here, not on the caller's thread.
                    auto opened = AlertLease::open(path, self, ttl);
                    if (!opened)
                        return {clock->now(), opened.error(), std::nullopt};
                    slot->lease = std::move(opened.value());
                }
                lease = slot->lease;
            }
            // Outside the slot's lock: a release waits for the lease's own lock instead, which
            // orders it after this look (or makes this look answer false once closed).
            return lease->check(clock->now());
        },
        [this](AlertLeaseCheck check) { deliver(std::move(check)); });
    return true;
}

void AlertLeaseKeeper::deliver(AlertLeaseCheck check)
{
    m_checking = false;
    m_lastCheck = check;
    if (m_scheduler)
        m_scheduler->tick(check);
    Q_EMIT checked(check);
}

Status AlertLeaseKeeper::closeSlot(Slot &slot)
{
    std::shared_ptr<AlertLease> lease;
    {
        std::lock_guard lock(slot.mutex);
        slot.closed = true;
        lease = slot.lease;
    }
    return lease ? lease->close() : Status();
}

void AlertLeaseKeeper::release()
{
    if (m_released)
        return;
    m_released = true;
    m_checking = false;
    // Starting this job drops the answer of a check still in flight (JobTracker: newest only).
    m_job.run([slot = m_slot](const CancelTokenPtr &) { return closeSlot(*slot); },
              [this](Status s) {
                  if (!s)
                      Q_EMIT releaseFailed(s.error().message);
                  Q_EMIT released();
              });
}

Status AlertLeaseKeeper::releaseNow()
{
    m_job.cancel();
    m_released = true;
    m_checking = false;
    return closeSlot(*m_slot);
}

} // namespace hearth::core
