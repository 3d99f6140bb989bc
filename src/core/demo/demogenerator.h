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
};

struct Summary
{
    std::int64_t records = 0;
    std::int64_t traces = 0;
    std::int64_t spans = 0;
    std::int64_t logs = 0;
    std::int64_t pendingSpans = 0;
    std::int64_t exceptions = 0;
    std::int64_t metrics = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    double cost = 0;
};

// Writes deterministic, realistic demo data (same seed and end time, same rows) into the store.
// `progress` gets 0..1 and may return false to cancel; a cancelled run leaves what was committed.
Result<Summary> generate(Store &store, const Options &options,
                         const std::function<bool(double)> &progress = {});

} // namespace hearth::core::demo
