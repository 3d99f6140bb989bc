// SPDX-License-Identifier: MIT
#include "core/live/timerange.h"

namespace hearth::core {

const std::vector<TimeRange::Preset> &TimeRange::presets()
{
    static const std::vector<Preset> list {
        {QStringLiteral("5m"), 5 * kMicrosPerMinute},
        {QStringLiteral("15m"), 15 * kMicrosPerMinute},
        {QStringLiteral("30m"), 30 * kMicrosPerMinute},
        {QStringLiteral("1h"), kMicrosPerHour},
        {QStringLiteral("6h"), 6 * kMicrosPerHour},
        {QStringLiteral("12h"), 12 * kMicrosPerHour},
        {QStringLiteral("24h"), kMicrosPerDay},
        {QStringLiteral("2d"), 2 * kMicrosPerDay},
        {QStringLiteral("7d"), 7 * kMicrosPerDay},
        {QStringLiteral("14d"), 14 * kMicrosPerDay},
    };
    return list;
}

} // namespace hearth::core
