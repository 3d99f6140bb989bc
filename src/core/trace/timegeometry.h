// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace hearth::core::trace {

// Maps time (µs relative to the trace start, as double) to pixels of the timeline and back. A pure
// value type: views hold one, paint with it, and derive a new one when zooming or panning.
class TimeGeometry
{
public:
    TimeGeometry() = default;
    TimeGeometry(double viewStart, double viewEnd, double x0, double width);

    double viewStart() const { return m_viewStart; }
    double viewEnd() const { return m_viewEnd; }
    double viewDuration() const { return m_viewEnd - m_viewStart; }
    double x0() const { return m_x0; }
    double width() const { return m_width; }
    double usPerPixel() const { return m_width > 0 ? viewDuration() / m_width : 0; }

    double timeToX(double t) const;
    double xToTime(double x) const;

    // factor > 1 zooms in, keeping the time under `anchorX` where it is.
    TimeGeometry zoomed(double factor, double anchorX) const;
    TimeGeometry panned(double dx) const; // dx > 0 moves the view to later times
    TimeGeometry withView(double viewStart, double viewEnd) const;
    TimeGeometry withPixels(double x0, double width) const;
    // Keeps the view inside [min, max] (with a margin) and at least `minDuration` long.
    TimeGeometry clamped(double min, double max, double minDuration = 1.0) const;

    // Ruler ticks: a 1-2-5 step giving at least `minSpacingPx` between ticks, and the tick times.
    double tickStep(double minSpacingPx) const;
    std::vector<double> ticks(double minSpacingPx) const;

    bool operator==(const TimeGeometry &) const = default;

private:
    double m_viewStart = 0;
    double m_viewEnd = 1;
    double m_x0 = 0;
    double m_width = 1;
};

} // namespace hearth::core::trace
