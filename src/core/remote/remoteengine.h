// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <QString>

namespace hearth::core {

struct RemoteOptions
{
    QString token; // Logfire read token; sent as "Authorization: Bearer …", never logged
    QString baseUrl; // empty: from the token's region (pylf_v1_us_… / pylf_v1_eu_…)
    QString timezone; // optional session timezone, e.g. "Europe/Paris"
    enum class Format { Json, Ndjson, Csv };
    Format format = Format::Json;
    bool legacyV1 = false; // GET /v1/query for old self-hosted builds
    int maxRetries = 3; // for 429, 408 and 5xx
    std::chrono::milliseconds connectTimeout {10000};
    std::chrono::milliseconds maxRetryWait {30000}; // cap on Retry-After / backoff waits
    std::chrono::milliseconds initialBackoff {500};
    bool verifyTls = true; // only tests against a loopback server may turn this off
};

// Logfire's query API client (logfire.md §2) as a QueryEngine, on libcurl: TLS verified, HTTP/2
// where offered, connections reused across queries (shared connection cache), cancellation via
// the transfer progress callback, retries with backoff honouring Retry-After. Thread-safe: each
// run() uses its own easy handle.
class RemoteEngine : public QueryEngine
{
public:
    explicit RemoteEngine(RemoteOptions options);
    ~RemoteEngine() override;
    RemoteEngine(const RemoteEngine &) = delete;
    RemoteEngine &operator=(const RemoteEngine &) = delete;

    QString name() const override;
    Result<QueryResult> run(const QueryRequest &request, const CancelTokenPtr &cancel) override;

    // GET /v1/read-token-info: organisation and project of the token.
    Result<nlohmann::json> readTokenInfo(const CancelTokenPtr &cancel = {});
    // GET /v1/schemas: tables and their columns (for autocomplete).
    Result<nlohmann::json> schemas(const CancelTokenPtr &cancel = {});

    const QString &baseUrl() const { return m_baseUrl; }

    // https://logfire-us.pydantic.dev or -eu from the token's region; US when unknown.
    static QString baseUrlForToken(const QString &token);

    struct Stats
    {
        int requests = 0; // HTTP requests made, retries included
        int retries = 0;
    };
    Stats stats() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    RemoteOptions m_options;
    QString m_baseUrl;
};

} // namespace hearth::core
