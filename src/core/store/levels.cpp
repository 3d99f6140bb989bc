// SPDX-License-Identifier: MIT
#include "core/store/levels.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace hearth::core {

std::string_view levelName(int level)
{
    if (level <= 4)
        return "trace";
    if (level <= 8)
        return "debug";
    if (level == 9)
        return "info";
    if (level <= 12)
        return "notice";
    if (level <= 16)
        return "warn";
    if (level <= 20)
        return "error";
    return "fatal";
}

std::optional<int> levelNumber(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "trace")
        return LevelTrace;
    if (lower == "debug")
        return LevelDebug;
    if (lower == "info")
        return LevelInfo;
    if (lower == "notice")
        return LevelNotice;
    if (lower == "warn" || lower == "warning")
        return LevelWarn;
    if (lower == "error")
        return LevelError;
    if (lower == "fatal")
        return LevelFatal;
    return std::nullopt;
}

} // namespace hearth::core
