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
// With a lease (setLease), tick() evaluates only while this process holds the store's
// single-evaluator lease, so the GUI and `hearth-cli serve` on one store never both run a rule.
// On taking over, the schedule continues from the runs the previous holder recorded.
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
    // Evaluate only while holding `lease`; stop() releases it. Set before start().
    void setLease(std::unique_ptr<AlertLease> lease);
    // True when no lease is used or this process holds it (as of the last tick).
    bool isEvaluator() const { return m_evaluating.load(); }
    // Who holds the lease now (this process or another); nullopt without a lease or holder.
    std::optional<AlertEvaluator> evaluator();
    // This scheduler's lease owner id (empty without a lease).
    QString leaseOwner() const { return m_lease ? m_lease->self().owner : QString(); }
    int maxConcurrent() const { return m_pool.maxThreadCount(); }

    void start(std::chrono::milliseconds poll = std::chrono::seconds(1));
    // Stops ticking, waits for the runs in flight to be recorded, then releases the lease.
    void stop();

    // Launches every due rule on the pool; returns how many were launched.
    int tick();
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
    // This process started or stopped being the evaluator (lease taken, lost or released).
    void evaluatorChanged(bool evaluating);

private:
    std::optional<Micros> lastRunOf(const AlertRule &rule);
    std::optional<Micros> dueAt(const AlertRule &rule);
    QByteArray deliver(const AlertRule &rule, const AlertRun &run);
    bool holdLease(Micros now);

    std::shared_ptr<AlertRepository> m_repository;
    AlertEngineResolver m_engines;
    std::shared_ptr<AlertClock> m_clock;
    std::shared_ptr<DesktopNotifier> m_desktop;
    RetryPolicy m_retry;
    QThreadPool m_pool;
    QTimer m_timer;
    std::unique_ptr<AlertLease> m_lease;
    std::atomic<bool> m_evaluating {true};

    std::mutex m_mutex;
    QHash<qint64, Micros> m_lastRun; // start of the last run (or launch) per rule
    QHash<qint64, Micros> m_seenUpdate; // rule.updatedAt when last run: an edit makes it due
    QSet<qint64> m_running;
    int m_ruleCount = 0;
    QSet<qint64> m_firing;

    std::atomic<qint64> m_runs {0};
    std::atomic<qint64> m_failedDeliveries {0};
};

} // namespace hearth::core
