// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <QString>
#include <vector>

namespace hearth::core {

// A time range as the pickers offer it: "last N" relative to now (moves with the clock) or a fixed
// custom window.
struct TimeRange
{
    Micros lastUs = kMicrosPerHour; // > 0: relative "last N"
    Micros fromUs = 0; // used when lastUs == 0
    Micros toUs = 0;

    bool relative() const { return lastUs > 0; }
    Micros from(Micros now) const { return relative() ? now - lastUs : fromUs; }
    Micros to(Micros now) const { return relative() ? now + kMicrosPerMinute : toUs; }

    static TimeRange last(Micros us) { return TimeRange {us, 0, 0}; }
    static TimeRange fixed(Micros from, Micros to) { return TimeRange {0, from, to}; }

    struct Preset
    {
        QString id; // "5m", "1h", …
        Micros us;
    };
    // 5 minutes … 14 days (logfire.md §4.1; the labels are translated by the app).
    static const std::vector<Preset> &presets();
};

} // namespace hearth::core
