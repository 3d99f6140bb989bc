// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <cstdint>
#include <optional>
#include <QString>

namespace hearth::core {

class Store;

struct DiskUsage
{
    std::int64_t databaseBytes = 0; // the main file
    std::int64_t walBytes = 0; // the write-ahead log not yet checkpointed
    std::int64_t freeBytes = 0; // pages SQLite holds free inside the file (reclaimed by vacuum)
    std::int64_t total() const { return databaseBytes + walBytes; }
};

DiskUsage diskUsage(Store &store);

struct RetentionPolicy
{
    std::optional<int> maxAgeDays; // drop records/metrics that started before now - days
    std::optional<std::int64_t> maxBytes; // then drop the oldest until the store fits
};

struct RetentionResult
{
    std::int64_t recordsDeleted = 0;
    std::int64_t metricsDeleted = 0;
};

// Deletes by time (oldest first) in small transactions so ingest is never blocked for long.
// `now` is injectable for tests.
Result<RetentionResult> applyRetention(Store &store, const RetentionPolicy &policy,
                                       Micros now = nowMicros());

// Rebuilds the file to return free pages to the file system (can take a while on big stores).
Status vacuum(Store &store);

} // namespace hearth::core
