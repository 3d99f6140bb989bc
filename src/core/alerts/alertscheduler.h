// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertclock.h"
#include "core/alerts/alertlease.h"
#include "core/alerts/alertnotifier.h"
#include "core/alerts/alertrepository.h"
#include "core/query/queryengine.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

namespace hearth::core {

// Picks the engine a rule names ("local" or a Logfire connection), or says precisely why it
// cannot (the run records that as its error). See AlertEngines.
using AlertEngineResolver
    = std::function<Result<std::shared_ptr<QueryEngine>>(const AlertRule &rule)>;

// Evaluates active rules when due, on a bounded pool, and records every run.
//
// tick() is the whole schedule: a rule is due when clock.now() >= its last run + interval (a
// rule that never ran, or was edited since, is due at once). A due rule runs once and its next
// run counts from now, so after a laptop sleeps through many intervals each rule is caught up by
// one run, never replayed. start() only calls tick() from a timer; tests call it directly with a
// ManualAlertClock.
//
// With a lease (setLeaseOwner), tick() evaluates only while this process holds the store's
// single-evaluator lease, so the GUI and `hearth-cli serve` on one store never both run a rule.
// The scheduler does no lease I/O itself: the lease's answers come in as values
// (tick(const AlertLeaseCheck &)), so this logic is tested without threads, and the looks (which
// may wait for the store's write lock) run wherever the caller likes; AlertLeaseKeeper runs them
// on a pool thread. On taking over, the schedule continues from the runs the previous holder
// recorded.
class AlertScheduler : public QObject
{
    Q_OBJECT
public:
    AlertScheduler(std::shared_ptr<AlertRepository> repository, AlertEngineResolver engines,
                   std::shared_ptr<AlertClock> clock, int maxConcurrent = 2,
                   QObject *parent = nullptr);
    ~AlertScheduler() override;

    void setDesktopNotifier(std::shared_ptr<DesktopNotifier> notifier);
    void setRetryPolicy(const RetryPolicy &policy);
    // Evaluate only while the lease answers say `owner` (AlertLease::self().owner) holds the
    // lease; until the first answer nothing is evaluated. Set before start().
    void setLeaseOwner(const QString &owner);
    // True when no lease is used or this process holds it (as of the last answer).
    bool isEvaluator() const { return m_evaluating.load(); }
    // Who held the lease at the last answer (this process or another); nullopt without a lease
    // or holder, and after stop().
    std::optional<AlertEvaluator> evaluator() const;
    // This scheduler's lease owner id (empty without a lease).
    QString leaseOwner() const;
    int maxConcurrent() const { return m_pool.maxThreadCount(); }

    // Polls every `poll`: ticks, or with a lease asks for a lease check (leaseCheckDue) whose
    // answer ticks.
    void start(std::chrono::milliseconds poll = std::chrono::seconds(1));
    // Stops ticking and waits for the runs in flight to be recorded; with a lease, this process
    // stops being the evaluator. The caller releases the lease after this returns, so the next
    // holder schedules from every run this one launched.
    void stop();

    // Launches every due rule on the pool (with a lease: only while the last answer said this
    // process holds it); returns how many were launched.
    int tick();
    // Takes the lease's answer, then ticks.
    int tick(const AlertLeaseCheck &check);
    // Takes the lease's answer: evaluating or not, the holder, takeover, errors.
    void applyLease(const AlertLeaseCheck &check);
    // Blocks until every launched evaluation has been recorded.
    void waitForIdle();

    // When the rule runs next (for the list); nullopt for inactive rules.
    std::optional<Micros> nextRunAt(const AlertRule &rule);

    // Evaluates now, records the run, notifies. Blocking: call it off the GUI thread.
    Result<AlertRun> runRule(const AlertRule &rule);

    // "alerts: 12 rules, 340 runs, 2 firing, 1 delivery failed"
    QString statusLine() const;

Q_SIGNALS:
    // Emitted from a pool thread (connect with a queued connection).
    void runRecorded(qint64 ruleId, qint64 runId, int state);
    void schedulingFailed(const QString &message);
    // This process started or stopped being the evaluator (lease taken, lost or released); also
    // emitted for the first answer after setLeaseOwner(), so a listener learns who evaluates.
    void evaluatorChanged(bool evaluating);
    // With a lease, the poll wants a fresh answer: look (off the GUI thread), then tick(check).
    void leaseCheckDue();

private:
    std::optional<Micros> lastRunOf(const AlertRule &rule);
    std::optional<Micros> dueAt(const AlertRule &rule);
    QByteArray deliver(const AlertRule &rule, const AlertRun &run);
    void poll();

    std::shared_ptr<AlertRepository> m_repository;
    AlertEngineResolver m_engines;
    std::shared_ptr<AlertClock> m_clock;
    std::shared_ptr<DesktopNotifier> m_desktop;
    RetryPolicy m_retry;
    QThreadPool m_pool;
    QTimer m_timer;
    QString m_leaseOwner; // empty: no lease, always the evaluator
    bool m_leaseKnown = false; // an answer came since setLeaseOwner() or stop()
    std::optional<AlertEvaluator> m_holder; // as of the last answer
    std::atomic<bool> m_evaluating {true};

    mutable std::mutex m_mutex; // also locked by const readers (evaluator, statusLine)
    QHash<qint64, Micros> m_lastRun; // start of the last run (or launch) per rule
    QHash<qint64, Micros> m_seenUpdate; // rule.updatedAt when last run: an edit makes it due
    QSet<qint64> m_running;
    int m_ruleCount = 0;
    QSet<qint64> m_firing;

    std::atomic<qint64> m_runs {0};
    std::atomic<qint64> m_failedDeliveries {0};
};

} // namespace hearth::core
