// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboardvariables.h"
#include "core/query/queryengine.h"

#include <deque>
#include <memory>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace hearth::core {

struct PanelJob
{
    QString panelKey;
    QString sql; // already substituted
    TimeWindow range;
    int limit = 10000;
};

struct PanelOutcome
{
    QString panelKey;
    quint64 generation = 0;
    std::shared_ptr<const QueryResult> result; // null on error
    QString error;
    int errorPosition = -1;
    bool fromCache = false;
    double elapsedMs = 0;
};

// Runs a dashboard's panel queries off the GUI thread through a bounded queue, so twenty heavy
// panels never compete for the store at once (and never time out together). Results are cached
// by (engine, rendered SQL, range, limit) and reused when nothing changed; cancelAll() drops the
// queue and cancels running queries when the range or a variable changes.
class PanelQueryScheduler : public QObject
{
    Q_OBJECT
public:
    explicit PanelQueryScheduler(std::shared_ptr<QueryEngine> engine, int maxConcurrent = 3,
                                 QObject *parent = nullptr);
    ~PanelQueryScheduler() override;

    void setEngine(std::shared_ptr<QueryEngine> engine);
    std::shared_ptr<QueryEngine> engine() const { return m_engine; }

    // Queues the job (a cached result is delivered at once, still through a queued call).
    // A newer job for the same panel replaces a queued or running one.
    void submit(const PanelJob &job);
    // Starts a new generation: queued jobs are dropped, running ones cancelled and their results
    // discarded.
    void cancelAll();
    void clearCache();

    quint64 generation() const { return m_generation; }
    int maxConcurrent() const { return m_maxConcurrent; }
    int runningCount() const { return m_running; }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }
    int peakRunning() const { return m_peakRunning; }
    int cacheHits() const { return m_cacheHits; }
    bool isIdle() const { return m_running == 0 && m_queue.empty(); }

Q_SIGNALS:
    void panelStarted(const QString &panelKey);
    void panelFinished(const hearth::core::PanelOutcome &outcome);
    void idle();

private:
    struct Pending
    {
        PanelJob job;
        quint64 generation;
        QString cacheKey;
    };
    QString cacheKey(const PanelJob &job) const;
    void pump();
    void finished(const Pending &pending, const CancelTokenPtr &token, Result<QueryResult> result,
                  double ms);
    void remember(const QString &key, std::shared_ptr<const QueryResult> result);

    std::shared_ptr<QueryEngine> m_engine;
    int m_maxConcurrent;
    QThreadPool m_pool;
    std::deque<Pending> m_queue;
    QHash<QString, CancelTokenPtr> m_runningTokens; // panel key -> token of its running job
    int m_running = 0;
    int m_peakRunning = 0;
    int m_cacheHits = 0;
    quint64 m_generation = 1;
    quint64 m_useCounter = 0;
    struct CacheEntry
    {
        std::shared_ptr<const QueryResult> result;
        quint64 lastUse = 0;
    };
    QHash<QString, CacheEntry> m_cache;
    static constexpr int kCacheEntries = 128;
};

} // namespace hearth::core

Q_DECLARE_METATYPE(hearth::core::PanelOutcome)
