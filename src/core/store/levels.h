// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace hearth::core {

// OpenTelemetry severity numbers as Logfire names them (logfire.md §1.4).
enum Level : int {
    LevelTrace = 1,
    LevelDebug = 5,
    LevelInfo = 9,
    LevelNotice = 10,
    LevelWarn = 13,
    LevelError = 17,
    LevelFatal = 21,
};

// "trace", "debug", "info", "notice", "warn", "error", "fatal" for the number's band (1..24).
std::string_view levelName(int level);
// Accepts the names above, "warning", and case variants; nullopt for anything else.
std::optional<int> levelNumber(std::string_view name);

} // namespace hearth::core
