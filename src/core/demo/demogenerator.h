// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <cstdint>
#include <functional>

namespace hearth::core {
class Store;
}

namespace hearth::core::demo {

struct Options
{
    int traces = 300;
    std::uint64_t seed = 1;
    int days = 7;
    Micros endUs = 0; // 0 = now
    // Rows per Store::write transaction: big transactions are what make a million rows fast.
    int batchRecords = 25000;
};

struct Summary
{
    std::int64_t records = 0; // rows visible in `records` (spans, logs, span events)
    std::int64_t traces = 0;
    std::int64_t spans = 0;
    std::int64_t logs = 0;
    std::int64_t spanEvents = 0;
    std::int64_t pendingSpans = 0; // only in `records_all`
    std::int64_t exceptions = 0;
    std::int64_t duplicates = 0; // rows the store already held
    // The store already holds a completed run with the same seed, end, traces and days: nothing
    // was written (metrics have no natural key, so a repeat would double them).
    bool alreadyWritten = false;
    std::int64_t metrics = 0;
    // Over model-request spans only (gen_ai.operation.name = 'chat'): agent-run spans repeat the
    // totals of their children, as Pydantic AI 1.x does.
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    double cost = 0;
    Micros startUs = 0; // the window the data covers
    Micros endUs = 0;
};

// Writes deterministic, realistic demo data (same seed and end time, same rows) into the store:
// a gateway service calling an agent-worker service that runs Pydantic-AI-style agents against
// several model providers, with logs at every level, exceptions, pending spans and metrics.
// `progress` gets 0..1 and may return false to cancel; a cancelled run leaves what was committed.
Result<Summary> generate(Store &store, const Options &options,
                         const std::function<bool(double)> &progress = {});

} // namespace hearth::core::demo
