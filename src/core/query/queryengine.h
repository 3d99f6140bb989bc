// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"
#include "core/result.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hearth::core {

// Cooperative cancellation shared between the caller and a running query.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled {false};
};
using CancelTokenPtr = std::shared_ptr<CancelToken>;

struct QueryRequest
{
    QString sql;
    std::optional<Micros> minTimestamp; // filters start_timestamp / recorded_timestamp >= min
    std::optional<Micros> maxTimestamp; // ... < max
    // Only records and metrics whose deployment_environment is one of these (empty: all). Applied
    // to every table reference, like the time window (an alert rule's environment filter).
    QStringList environments;
    int limit = 10000;
    // Values for $name / ${name}: QString, qint64, double, bool, or QStringList (multi-value).
    QVariantMap variables;
    std::chrono::milliseconds timeout {30000};
};

// One interface for the local store and Logfire's query API. run() blocks: call it off the GUI
// thread (see async/jobtracker.h) and cancel through the token from any thread.
class QueryEngine
{
public:
    virtual ~QueryEngine() = default;
    virtual QString name() const = 0;
    virtual Result<QueryResult> run(const QueryRequest &request, const CancelTokenPtr &cancel) = 0;
};

} // namespace hearth::core
