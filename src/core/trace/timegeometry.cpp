// SPDX-License-Identifier: MIT
#include "core/trace/timegeometry.h"

#include <algorithm>
#include <cmath>

namespace hearth::core::trace {

TimeGeometry::TimeGeometry(double viewStart, double viewEnd, double x0, double width)
    : m_viewStart(viewStart)
    , m_viewEnd(viewEnd > viewStart ? viewEnd : viewStart + 1.0)
    , m_x0(x0)
    , m_width(std::max(1.0, width))
{
}

double TimeGeometry::timeToX(double t) const
{
    return m_x0 + (t - m_viewStart) * m_width / viewDuration();
}

double TimeGeometry::xToTime(double x) const
{
    return m_viewStart + (x - m_x0) * viewDuration() / m_width;
}

TimeGeometry TimeGeometry::zoomed(double factor, double anchorX) const
{
    if (!(factor > 0))
        return *this;
    const double anchor = xToTime(anchorX);
    const double newDuration = viewDuration() / factor;
    const double fraction = (anchorX - m_x0) / m_width;
    const double start = anchor - fraction * newDuration;
    return TimeGeometry(start, start + newDuration, m_x0, m_width);
}

TimeGeometry TimeGeometry::panned(double dx) const
{
    const double dt = dx * usPerPixel();
    return TimeGeometry(m_viewStart + dt, m_viewEnd + dt, m_x0, m_width);
}

TimeGeometry TimeGeometry::withView(double viewStart, double viewEnd) const
{
    return TimeGeometry(viewStart, viewEnd, m_x0, m_width);
}

TimeGeometry TimeGeometry::withPixels(double x0, double width) const
{
    return TimeGeometry(m_viewStart, m_viewEnd, x0, width);
}

TimeGeometry TimeGeometry::clamped(double min, double max, double minDuration) const
{
    const double total = std::max(max - min, minDuration);
    const double margin = total * 0.05;
    double duration = std::clamp(viewDuration(), minDuration, total + 2 * margin);
    double start = std::clamp(m_viewStart, min - margin, max + margin - duration);
    return TimeGeometry(start, start + duration, m_x0, m_width);
}

double TimeGeometry::tickStep(double minSpacingPx) const
{
    const double raw = std::max(usPerPixel() * minSpacingPx, 1e-3);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

std::vector<double> TimeGeometry::ticks(double minSpacingPx) const
{
    std::vector<double> out;
    const double step = tickStep(minSpacingPx);
    for (double t = std::ceil(m_viewStart / step) * step; t <= m_viewEnd && out.size() < 1000;
         t += step)
        out.push_back(t);
    return out;
}

} // namespace hearth::core::trace
