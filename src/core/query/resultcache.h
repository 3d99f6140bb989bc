// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"
#include "core/store/sqlite.h"

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <QString>

namespace hearth::core {

// Query results kept in a local SQLite file, keyed by engine, SQL, variables and time window, so
// that dashboards open instantly and remote (Logfire) results stay readable offline. Results
// served from here carry QueryResult::cachedAt. Thread-safe.
class ResultCache
{
public:
    static Result<std::unique_ptr<ResultCache>> open(const QString &path,
                                                     std::int64_t maxBytes = 64ll << 20);

    // Exact match (same absolute window), no older than maxAge when given.
    Result<std::optional<QueryResult>>
    lookup(const QString &engine, const QueryRequest &request,
           std::optional<std::chrono::milliseconds> maxAge = std::nullopt);
    // The newest result for the same query and window *length* (a "last 24 h" panel run at
    // another time): what offline mode shows.
    Result<std::optional<QueryResult>> lookupLatest(const QString &engine,
                                                    const QueryRequest &request);
    Status store(const QString &engine, const QueryRequest &request, const QueryResult &result);

    Result<std::int64_t> totalBytes();
    Result<std::int64_t> entryCount();
    Status clear();
    void setMaxBytes(std::int64_t maxBytes) { m_maxBytes = maxBytes; }

    static QString exactKey(const QString &engine, const QueryRequest &request);
    static QString windowKey(const QString &engine, const QueryRequest &request);

private:
    ResultCache(sqlite::Connection db, std::int64_t maxBytes);
    Status evict();
    Result<std::optional<QueryResult>> fetch(const char *sql, const QString &key,
                                             std::optional<Micros> minCreated);

    std::mutex m_mutex;
    sqlite::Connection m_db;
    std::int64_t m_maxBytes;
};

// Wraps an engine with the cache: fresh results come from the cache, successful runs are stored,
// and when the engine cannot be reached (network error, timeout, rate limit) or offline mode is
// on, the latest cached result is returned marked cached.
class CachingEngine : public QueryEngine
{
public:
    CachingEngine(std::shared_ptr<QueryEngine> inner, std::shared_ptr<ResultCache> cache,
                  std::chrono::milliseconds freshness = std::chrono::milliseconds(0));

    QString name() const override { return m_inner->name(); }
    Result<QueryResult> run(const QueryRequest &request, const CancelTokenPtr &cancel) override;

    void setOffline(bool offline) { m_offline = offline; }
    bool offline() const { return m_offline; }
    void setFreshness(std::chrono::milliseconds f) { m_freshness = f; }

private:
    std::shared_ptr<QueryEngine> m_inner;
    std::shared_ptr<ResultCache> m_cache;
    std::chrono::milliseconds m_freshness;
    std::atomic_bool m_offline {false};
};

} // namespace hearth::core
