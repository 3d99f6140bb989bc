// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"
#include "core/util/timeutil.h"

#include <vector>

namespace hearth::core {

// Records per time bucket over a window (the timeline above the Live list), with the geometry to
// map between time and a widget's x coordinate kept here so it is tested without a widget.
class TimeHistogram
{
public:
    TimeHistogram() = default;
    TimeHistogram(Micros fromUs, Micros toUs, Micros bucketUs);

    // A round bucket size (1 s, 5 s, 1 min, 5 min, 1 h, …) giving at most `maxBuckets` bars.
    static Micros chooseBucket(Micros spanUs, int maxBuckets = 120);

    // Fills counts from a result with columns bucket (index from fromUs), n, errors.
    void fill(const QueryResult &result);

    Micros fromUs() const { return m_fromUs; }
    Micros toUs() const { return m_toUs; }
    Micros bucketUs() const { return m_bucketUs; }
    int bucketCount() const { return static_cast<int>(m_counts.size()); }
    qint64 count(int bucket) const { return m_counts[static_cast<size_t>(bucket)]; }
    qint64 errors(int bucket) const { return m_errors[static_cast<size_t>(bucket)]; }
    qint64 maxCount() const;
    qint64 total() const;

    // Geometry over a width in pixels: x in [0, width].
    double xOf(Micros us, double width) const;
    Micros timeAt(double x, double width) const;
    int bucketAt(double x, double width) const;

private:
    Micros m_fromUs = 0;
    Micros m_toUs = 0;
    Micros m_bucketUs = 1;
    std::vector<qint64> m_counts;
    std::vector<qint64> m_errors;
};

} // namespace hearth::core
