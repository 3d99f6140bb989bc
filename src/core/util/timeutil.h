// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <QString>
#include <string>

namespace hearth::core {

// Hearth keeps every timestamp as integer microseconds since the Unix epoch, UTC.
using Micros = std::int64_t;

constexpr Micros kMicrosPerSecond = 1'000'000;
constexpr Micros kMicrosPerMinute = 60 * kMicrosPerSecond;
constexpr Micros kMicrosPerHour = 60 * kMicrosPerMinute;
constexpr Micros kMicrosPerDay = 24 * kMicrosPerHour;

Micros nowMicros();

// "2026-11-28T03:46:00.123456Z": RFC 3339, UTC, always six fractional digits, so that text order is
// time order.
std::string formatIsoMicros(Micros us);
QString formatIsoMicrosQ(Micros us);

// Accepts RFC 3339 / ISO 8601 with 'T' or ' ' separator, optional fraction (up to 9 digits),
// and 'Z', '+HH:MM' or no zone (read as UTC). Also a bare date.
std::optional<Micros> parseIsoMicros(std::string_view text);

// "24h", "7d", "15m", "30s", "2w", "500ms"; also "1 hour", "2 days" (Postgres interval words).
std::optional<Micros> parseDuration(std::string_view text);

// Human form of a duration in seconds for display: "850µs", "12.3ms", "4.21s", "3m 12s".
QString formatDurationSeconds(double seconds);

} // namespace hearth::core
