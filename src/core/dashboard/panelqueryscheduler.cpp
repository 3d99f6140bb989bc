// SPDX-License-Identifier: MIT
#include "core/dashboard/panelqueryscheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Dashboard)
};

} // namespace

PanelQueryScheduler::PanelQueryScheduler(std::shared_ptr<QueryEngine> engine, int maxConcurrent,
                                         QObject *parent)
    : QObject(parent), m_engine(std::move(engine)), m_maxConcurrent(std::max(1, maxConcurrent))
{
    qRegisterMetaType<PanelOutcome>();
    m_pool.setMaxThreadCount(m_maxConcurrent);
}

PanelQueryScheduler::~PanelQueryScheduler()
{
    cancelAll();
    m_pool.waitForDone();
}

void PanelQueryScheduler::setEngine(std::shared_ptr<QueryEngine> engine)
{
    cancelAll();
    m_engine = std::move(engine);
}

QString PanelQueryScheduler::cacheKey(const PanelJob &job) const
{
    return (m_engine ? m_engine->name() : QString()) + QChar(0x1f) + QString::number(job.range.from)
        + QChar(0x1f) + QString::number(job.range.to) + QChar(0x1f) + QString::number(job.limit)
        + QChar(0x1f) + job.sql;
}

void PanelQueryScheduler::submit(const PanelJob &job)
{
    const QString key = cacheKey(job);
    // A newer job for the panel supersedes the older one.
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (it->job.panelKey == job.panelKey)
            it = m_queue.erase(it);
        else
            ++it;
    }
    if (const auto t = m_runningTokens.take(job.panelKey))
        t->cancel();

    if (auto it = m_cache.find(key); it != m_cache.end()) {
        it->lastUse = ++m_useCounter;
        ++m_cacheHits;
        PanelOutcome outcome;
        outcome.panelKey = job.panelKey;
        outcome.generation = m_generation;
        outcome.result = it->result;
        outcome.fromCache = true;
        const quint64 gen = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, outcome, gen] {
                if (gen != m_generation)
                    return;
                Q_EMIT panelFinished(outcome);
                if (isIdle())
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue.push_back({job, m_generation, key});
    pump();
}

void PanelQueryScheduler::pump()
{
    while (m_running < m_maxConcurrent && !m_queue.empty()) {
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        auto token = std::make_shared<CancelToken>();
        m_runningTokens.insert(pending.job.panelKey, token);
        ++m_running;
        m_peakRunning = std::max(m_peakRunning, m_running);
        Q_EMIT panelStarted(pending.job.panelKey);

        QueryRequest request;
        request.sql = pending.job.sql;
        request.minTimestamp = pending.job.range.from;
        request.maxTimestamp = pending.job.range.to;
        request.limit = pending.job.limit;
        auto engine = m_engine;
        QPointer<PanelQueryScheduler> self(this);
        m_pool.start([self, engine, request, pending, token]() {
            QElapsedTimer timer;
            timer.start();
            Result<QueryResult> result = engine
                ? engine->run(request, token)
                : Result<QueryResult>(Error::make(Error::Code::Generic, Tr::tr("no query engine")));
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, pending, token, result = std::move(result), ms]() mutable {
                    if (self)
                        self->finished(pending, token, std::move(result), ms);
                },
                Qt::QueuedConnection);
        });
    }
}

void PanelQueryScheduler::finished(const Pending &pending, const CancelTokenPtr &token,
                                   Result<QueryResult> result, double ms)
{
    --m_running;
    if (m_runningTokens.value(pending.job.panelKey) == token)
        m_runningTokens.remove(pending.job.panelKey);
    const bool current = pending.generation == m_generation && !token->cancelled();
    if (current) {
        PanelOutcome outcome;
        outcome.panelKey = pending.job.panelKey;
        outcome.generation = pending.generation;
        outcome.elapsedMs = ms;
        if (result.ok()) {
            auto shared = std::make_shared<const QueryResult>(std::move(result).value());
            remember(pending.cacheKey, shared);
            outcome.result = std::move(shared);
        } else {
            outcome.error = result.error().message;
            outcome.errorPosition = result.error().position;
        }
        Q_EMIT panelFinished(outcome);
    }
    pump();
    if (isIdle())
        Q_EMIT idle();
}

void PanelQueryScheduler::remember(const QString &key, std::shared_ptr<const QueryResult> result)
{
    if (m_cache.size() >= kCacheEntries) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_cache.erase(oldest);
    }
    m_cache.insert(key, {std::move(result), ++m_useCounter});
}

void PanelQueryScheduler::cancelAll()
{
    ++m_generation;
    m_queue.clear();
    for (const auto &token : std::as_const(m_runningTokens))
        token->cancel();
    m_runningTokens.clear();
}

void PanelQueryScheduler::clearCache()
{
    m_cache.clear();
}

} // namespace hearth::core
