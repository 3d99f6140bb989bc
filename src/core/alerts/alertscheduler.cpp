// SPDX-License-Identifier: MIT
#include "core/alerts/alertscheduler.h"

#include "core/alerts/alertevaluator.h"
#include "core/alerts/webhooksender.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace hearth::core {

AlertScheduler::AlertScheduler(std::shared_ptr<AlertRepository> repository,
                               AlertEngineResolver engines, std::shared_ptr<AlertClock> clock,
                               int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(repository))
    , m_engines(std::move(engines))
    , m_clock(std::move(clock))
{
    m_pool.setMaxThreadCount(qMax(1, maxConcurrent));
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AlertScheduler::poll);
}

AlertScheduler::~AlertScheduler()
{
    stop();
    m_pool.waitForDone();
}

void AlertScheduler::setDesktopNotifier(std::shared_ptr<DesktopNotifier> notifier)
{
    std::lock_guard lock(m_mutex);
    m_desktop = std::move(notifier);
}

void AlertScheduler::setRetryPolicy(const RetryPolicy &policy)
{
    std::lock_guard lock(m_mutex);
    m_retry = policy;
}

void AlertScheduler::setLeaseOwner(const QString &owner)
{
    m_leaseOwner = owner;
    m_leaseKnown = false;
    m_evaluating = owner.isEmpty();
    std::lock_guard lock(m_mutex);
    m_holder.reset();
}

QString AlertScheduler::leaseOwner() const
{
    return m_leaseOwner;
}

std::optional<AlertEvaluator> AlertScheduler::evaluator() const
{
    std::lock_guard lock(m_mutex);
    return m_holder;
}

void AlertScheduler::applyLease(const AlertLeaseCheck &check)
{
    if (m_leaseOwner.isEmpty())
        return;
    const bool was = m_evaluating.load();
    bool is = false;
    if (check.held) {
        is = check.held.value();
    } else if (check.held.error().code == Error::Code::Busy) {
        // The store was busy at that instant: the read of the holder still answers (a held
        // lease stays valid, since acquire() renews well before it lapses; one that lapsed
        // through busy renewals and was taken over is the other's). Without it, keep the
        // previous answer and ask again next tick.
        is = check.holder ? check.holder->owner == m_leaseOwner : was;
    } else {
        Q_EMIT schedulingFailed(check.held.error().message);
        is = false;
    }
    {
        std::lock_guard lock(m_mutex);
        if (check.holder || check.held)
            m_holder = check.holder;
        if (is && !was) {
            // Taking over: the previous holder ran rules meanwhile; continue from the store's
            // history.
            m_lastRun.clear();
            m_seenUpdate.clear();
        }
    }
    m_evaluating = is;
    // The first real answer is news even when it is "not us": it says who evaluates.
    const bool first = !m_leaseKnown && check.held.ok();
    if (check.held.ok())
        m_leaseKnown = true;
    if (is != was || first)
        Q_EMIT evaluatorChanged(is);
}

void AlertScheduler::start(std::chrono::milliseconds poll)
{
    m_timer.start(poll);
    this->poll();
}

void AlertScheduler::poll()
{
    if (m_leaseOwner.isEmpty())
        tick();
    else
        Q_EMIT leaseCheckDue();
}

void AlertScheduler::stop()
{
    m_timer.stop();
    if (m_leaseOwner.isEmpty())
        return;
    // The caller releases the lease once this returns: the runs in flight must be recorded by
    // then, since the next holder schedules from them.
    m_pool.waitForDone();
    m_leaseKnown = false;
    {
        std::lock_guard lock(m_mutex);
        m_holder.reset();
    }
    if (m_evaluating.exchange(false))
        Q_EMIT evaluatorChanged(false);
}

void AlertScheduler::waitForIdle()
{
    m_pool.waitForDone();
}

std::optional<Micros> AlertScheduler::lastRunOf(const AlertRule &rule)
{
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_lastRun.constFind(rule.id); it != m_lastRun.cend())
            return *it;
    }
    // First sight of this rule in this process: continue from the store's history, so a restart
    // does not re-run everything.
    auto runs = m_repository->runs(rule.id, 1);
    std::lock_guard lock(m_mutex);
    if (runs && !runs->isEmpty()) {
        m_lastRun.insert(rule.id, runs->front().startedAt);
        m_seenUpdate.insert(rule.id, rule.updatedAt);
        return runs->front().startedAt;
    }
    return std::nullopt;
}

std::optional<Micros> AlertScheduler::dueAt(const AlertRule &rule)
{
    if (!rule.active)
        return std::nullopt;
    const auto last = lastRunOf(rule);
    std::lock_guard lock(m_mutex);
    const bool edited = m_seenUpdate.value(rule.id, rule.updatedAt) != rule.updatedAt;
    if (!last || edited)
        return std::numeric_limits<Micros>::min(); // at once, whatever "now" the caller has
    return *last + rule.interval;
}

std::optional<Micros> AlertScheduler::nextRunAt(const AlertRule &rule)
{
    const auto due = dueAt(rule);
    if (!due)
        return std::nullopt;
    return std::max(*due, m_clock->now());
}

int AlertScheduler::tick()
{
    auto rules = m_repository->rules();
    if (!rules) {
        Q_EMIT schedulingFailed(rules.error().message);
        return 0;
    }
    const Micros now = m_clock->now();
    int launched = 0;
    {
        std::lock_guard lock(m_mutex);
        m_ruleCount = rules->size();
    }
    if (!m_evaluating.load())
        return 0;
    for (const AlertRule &rule : rules.value()) {
        if (!rule.active)
            continue;
        const auto due = dueAt(rule);
        {
            std::lock_guard lock(m_mutex);
            if (!due || *due > now || m_running.contains(rule.id))
                continue;
            m_running.insert(rule.id);
            // The next run counts from now, not from the missed slot: caught up once.
            m_lastRun.insert(rule.id, now);
            m_seenUpdate.insert(rule.id, rule.updatedAt);
        }
        ++launched;
        m_pool.start([this, rule] {
            // Failures are recorded on the run or reported through schedulingFailed.
            [[maybe_unused]] auto run = runRule(rule);
            std::lock_guard lock(m_mutex);
            m_running.remove(rule.id);
        });
    }
    return launched;
}

int AlertScheduler::tick(const AlertLeaseCheck &check)
{
    applyLease(check);
    return tick();
}

QByteArray AlertScheduler::deliver(const AlertRule &rule, const AlertRun &run)
{
    RetryPolicy policy;
    std::shared_ptr<DesktopNotifier> desktop;
    {
        std::lock_guard lock(m_mutex);
        policy = m_retry;
        desktop = m_desktop;
    }
    const AlertEvent event {rule, run, alertEventSummary(rule, run)};
    nlohmann::json results = nlohmann::json::array();
    for (const auto &channel : rule.channels) {
        if (!channel.active)
            continue;
        nlohmann::json entry;
        entry["channel"] = channel.displayName().toStdString();
        if (channel.type == AlertChannel::Type::Webhook) {
            const DeliveryResult r = deliverWebhook(channel, event, policy);
            entry["ok"] = r.ok;
            entry["attempts"] = r.attempts;
            if (r.httpStatus)
                entry["status"] = r.httpStatus;
            if (!r.ok)
                entry["error"] = r.error.toStdString();
        } else if (!desktop) {
            // Headless (serve, run-once): the desktop channel is for the GUI, not a failure.
            entry["skipped"] = tr("no desktop in this process").toStdString();
        } else {
            QString error;
            const bool ok = desktop->notify(event, &error);
            entry["ok"] = ok;
            entry["attempts"] = 1;
            if (!ok)
                entry["error"] = error.toStdString();
        }
        if (!entry.value("ok", true))
            ++m_failedDeliveries;
        results.push_back(std::move(entry));
    }
    return results.empty() ? QByteArray() : QByteArray::fromStdString(results.dump());
}

Result<AlertRun> AlertScheduler::runRule(const AlertRule &rule)
{
    const Micros now = m_clock->now();
    auto previous = m_repository->runs(rule.id, kFlappingRuns - 1);
    if (!previous)
        return previous.error();

    AlertEvaluation evaluation;
    auto engine = m_engines ? m_engines(rule)
                            : Result<std::shared_ptr<QueryEngine>>(std::shared_ptr<QueryEngine>());
    if (engine && engine.value()) {
        evaluation = evaluateAlertQuery(rule, *engine.value(), now);
    } else {
        // The rule's engine is missing (connection not configured, no token): an Error run.
        evaluation.run.ruleId = rule.id;
        evaluation.run.startedAt = now;
        evaluation.run.error = engine
            ? tr("No query engine named \"%1\" is available.").arg(rule.engine)
            : engine.error().message;
    }
    AlertRun run = std::move(evaluation.run);
    const AlertDecision decision = decideAlert(rule, run, previous.value(), now, evaluation.noData);
    run.state = decision.state;
    run.transition = decision.transition;
    if (decision.notify)
        run.deliveryJson = deliver(rule, run);
    else if (decision.droppedBySnooze)
        run.deliveryJson = QByteArrayLiteral(R"([{"dropped":"snoozed"}])");

    if (auto s = m_repository->insertRun(run); !s) {
        Q_EMIT schedulingFailed(s.error().message);
        return s.error();
    }
    ++m_runs;
    {
        std::lock_guard lock(m_mutex);
        if (run.state == AlertState::Firing || run.state == AlertState::Flapping)
            m_firing.insert(rule.id);
        else
            m_firing.remove(rule.id);
    }
    Q_EMIT runRecorded(rule.id, run.id, static_cast<int>(run.state));
    return run;
}

QString AlertScheduler::statusLine() const
{
    std::lock_guard lock(m_mutex);
    return tr("alerts: %1 rules, %2 runs, %3 firing, %4 failed deliveries")
        .arg(m_ruleCount)
        .arg(m_runs.load())
        .arg(m_firing.size())
        .arg(m_failedDeliveries.load());
}

} // namespace hearth::core
