// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <atomic>
#include <memory>
#include <QString>

namespace hearth::core {

// Hearth's own query API over a local store, with Logfire's contract (logfire.md §2): POST
// /v2/query (JSON, NDJSON or CSV by Accept), GET /v1/query (legacy), GET /v1/read-token-info,
// GET /v1/schemas. Every request needs the configured token ("Authorization: Bearer T" or the raw
// token); anything else gets 401. Runs on cpp-httplib's own thread pool; queries run read-only.
class QueryApiServer
{
public:
    QueryApiServer(QString storePath, QString token);
    ~QueryApiServer();
    QueryApiServer(const QueryApiServer &) = delete;
    QueryApiServer &operator=(const QueryApiServer &) = delete;

    // Binds and starts serving; port 0 picks a free one. Returns the bound port.
    Result<int> start(const QString &host, int port);
    void stop();

    int port() const { return m_port; }
    std::int64_t queriesServed() const { return m_served.load(); }
    std::int64_t queriesFailed() const { return m_failed.load(); }
    std::int64_t unauthorized() const { return m_unauthorized.load(); }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_storePath;
    QString m_token;
    int m_port = 0;
    std::atomic<std::int64_t> m_served {0};
    std::atomic<std::int64_t> m_failed {0};
    std::atomic<std::int64_t> m_unauthorized {0};
};

} // namespace hearth::core
