// SPDX-License-Identifier: MIT
#include "core/util/timeutil.h"

#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <QStringBuilder>

namespace hearth::core {

namespace {

// Days from civil date, after Howard Hinnant's public-domain algorithm: exact for all proleptic
// Gregorian dates, with no dependence on the process time zone.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
}

bool readInt(std::string_view s, size_t &pos, size_t digits, int &out)
{
    if (pos + digits > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < digits; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    pos += digits;
    out = v;
    return true;
}

} // namespace

Micros nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatIsoMicros(Micros us)
{
    std::int64_t secs = us / kMicrosPerSecond;
    std::int64_t frac = us % kMicrosPerSecond;
    if (frac < 0) {
        frac += kMicrosPerSecond;
        secs -= 1;
    }
    std::int64_t days = secs / 86400;
    std::int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        days -= 1;
    }
    std::int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%06lldZ",
                  static_cast<long long>(y), m, d, static_cast<long long>(rem / 3600),
                  static_cast<long long>((rem / 60) % 60), static_cast<long long>(rem % 60),
                  static_cast<long long>(frac));
    return buf;
}

QString formatIsoMicrosQ(Micros us)
{
    return QString::fromLatin1(formatIsoMicros(us));
}

std::optional<Micros> parseIsoMicros(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readInt(s, pos, 4, year) || pos >= s.size() || s[pos++] != '-'
        || !readInt(s, pos, 2, month) || pos >= s.size() || s[pos++] != '-'
        || !readInt(s, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    Micros fracUs = 0;
    int offsetMinutes = 0;
    if (pos < s.size()) {
        if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ')
            return std::nullopt;
        ++pos;
        if (!readInt(s, pos, 2, hour) || pos >= s.size() || s[pos++] != ':'
            || !readInt(s, pos, 2, minute))
            return std::nullopt;
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            if (!readInt(s, pos, 2, second))
                return std::nullopt;
        }
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            Micros scale = 100000;
            size_t digits = 0;
            while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
                if (digits < 6)
                    fracUs += (s[pos] - '0') * scale;
                scale /= 10;
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
        }
        if (pos < s.size()) {
            const char z = s[pos];
            if (z == 'Z' || z == 'z') {
                ++pos;
            } else if (z == '+' || z == '-') {
                ++pos;
                int oh = 0, om = 0;
                if (!readInt(s, pos, 2, oh))
                    return std::nullopt;
                if (pos < s.size() && s[pos] == ':')
                    ++pos;
                if (pos < s.size() && !readInt(s, pos, 2, om))
                    return std::nullopt;
                offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
            }
        }
        if (pos != s.size())
            return std::nullopt;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const std::int64_t days
        = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second
        - static_cast<std::int64_t>(offsetMinutes) * 60;
    return secs * kMicrosPerSecond + fracUs;
}

std::optional<Micros> parseDuration(std::string_view text)
{
    std::string s;
    for (char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c)))
            s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (s.empty())
        return std::nullopt;
    size_t i = 0;
    Micros total = 0;
    bool any = false;
    while (i < s.size()) {
        size_t start = i;
        while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.'))
            ++i;
        if (start == i)
            return std::nullopt;
        double value = 0;
        const auto [ptr, ec] = std::from_chars(s.data() + start, s.data() + i, value);
        if (ec != std::errc() || ptr != s.data() + i)
            return std::nullopt;
        size_t unitStart = i;
        while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
            ++i;
        const std::string_view unit(s.data() + unitStart, i - unitStart);
        double scale;
        if (unit == "us" || unit == "µs" || unit == "microsecond" || unit == "microseconds")
            scale = 1;
        else if (unit == "ms" || unit == "millisecond" || unit == "milliseconds")
            scale = 1e3;
        else if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second"
                 || unit == "seconds")
            scale = 1e6;
        else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute"
                 || unit == "minutes")
            scale = 60e6;
        else if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours")
            scale = 3600e6;
        else if (unit == "d" || unit == "day" || unit == "days")
            scale = 86400e6;
        else if (unit == "w" || unit == "week" || unit == "weeks")
            scale = 7 * 86400e6;
        else if (unit == "mon" || unit == "month" || unit == "months")
            scale = 30 * 86400e6;
        else if (unit == "y" || unit == "year" || unit == "years")
            scale = 365 * 86400e6;
        else
            return std::nullopt;
        total += static_cast<Micros>(std::llround(value * scale));
        any = true;
    }
    if (!any)
        return std::nullopt;
    return total;
}

QString formatDurationSeconds(double seconds)
{
    if (!std::isfinite(seconds))
        return QString();
    const double us = seconds * 1e6;
    if (us < 1000)
        return QString::number(us, 'f', 0) % QStringLiteral("µs");
    if (us < 1e6)
        return QString::number(us / 1e3, 'f', us < 1e4 ? 2 : 1) % QStringLiteral("ms");
    if (seconds < 60)
        return QString::number(seconds, 'f', seconds < 10 ? 2 : 1) % QStringLiteral("s");
    const auto total = static_cast<long long>(seconds);
    if (total < 3600)
        return QString::number(total / 60) % QStringLiteral("m ") % QString::number(total % 60)
            % QStringLiteral("s");
    return QString::number(total / 3600) % QStringLiteral("h ") % QString::number((total / 60) % 60)
        % QStringLiteral("m");
}

} // namespace hearth::core
