// SPDX-License-Identifier: MIT
#include "core/live/timehistogram.h"

#include <algorithm>
#include <cmath>

namespace hearth::core {

TimeHistogram::TimeHistogram(Micros fromUs, Micros toUs, Micros bucketUs)
    : m_fromUs(fromUs)
    , m_toUs(std::max(toUs, fromUs + 1))
    , m_bucketUs(std::max<Micros>(bucketUs, 1))
{
    const Micros n = (m_toUs - m_fromUs + m_bucketUs - 1) / m_bucketUs;
    m_counts.assign(static_cast<size_t>(std::clamp<Micros>(n, 1, 100000)), 0);
    m_errors.assign(m_counts.size(), 0);
}

Micros TimeHistogram::chooseBucket(Micros spanUs, int maxBuckets)
{
    static const Micros steps[] = {
        kMicrosPerSecond,      2 * kMicrosPerSecond,  5 * kMicrosPerSecond,  10 * kMicrosPerSecond,
        15 * kMicrosPerSecond, 30 * kMicrosPerSecond, kMicrosPerMinute,      2 * kMicrosPerMinute,
        5 * kMicrosPerMinute,  10 * kMicrosPerMinute, 15 * kMicrosPerMinute, 30 * kMicrosPerMinute,
        kMicrosPerHour,        2 * kMicrosPerHour,    3 * kMicrosPerHour,    6 * kMicrosPerHour,
        12 * kMicrosPerHour,   kMicrosPerDay,         2 * kMicrosPerDay,     7 * kMicrosPerDay};
    for (Micros step : steps)
        if (spanUs / step <= maxBuckets)
            return step;
    return std::max<Micros>(spanUs / std::max(maxBuckets, 1), 1);
}

void TimeHistogram::fill(const QueryResult &result)
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    std::fill(m_errors.begin(), m_errors.end(), 0);
    const int b = result.columnIndex(QStringLiteral("bucket"));
    const int n = result.columnIndex(QStringLiteral("n"));
    const int e = result.columnIndex(QStringLiteral("errors"));
    if (b < 0 || n < 0)
        return;
    for (const auto &row : result.rows) {
        const qint64 bucket = row[b].toLongLong();
        if (bucket < 0 || bucket >= static_cast<qint64>(m_counts.size()))
            continue;
        m_counts[static_cast<size_t>(bucket)] += row[n].toLongLong();
        if (e >= 0)
            m_errors[static_cast<size_t>(bucket)] += row[e].toLongLong();
    }
}

qint64 TimeHistogram::maxCount() const
{
    return m_counts.empty() ? 0 : *std::max_element(m_counts.begin(), m_counts.end());
}

qint64 TimeHistogram::total() const
{
    qint64 sum = 0;
    for (qint64 c : m_counts)
        sum += c;
    return sum;
}

double TimeHistogram::xOf(Micros us, double width) const
{
    const double span = static_cast<double>(m_toUs - m_fromUs);
    return std::clamp(static_cast<double>(us - m_fromUs) / span, 0.0, 1.0) * width;
}

Micros TimeHistogram::timeAt(double x, double width) const
{
    if (width <= 0)
        return m_fromUs;
    const double f = std::clamp(x / width, 0.0, 1.0);
    return m_fromUs + static_cast<Micros>(std::llround(f * static_cast<double>(m_toUs - m_fromUs)));
}

int TimeHistogram::bucketAt(double x, double width) const
{
    const Micros t = timeAt(x, width);
    return std::clamp(static_cast<int>((t - m_fromUs) / m_bucketUs), 0, bucketCount() - 1);
}

} // namespace hearth::core
