// SPDX-License-Identifier: MIT
#pragma once

#include "app/dashboards/chartpalette.h"
#include "core/dashboard/chartdata.h"

#include <nlohmann/json.hpp>
#include <QChartView>

namespace hearth::app {

// A TimeSeriesChart panel: lines, areas or (stacked) bars on a time axis, drawn with QtCharts.
// Series are downsampled to two points per pixel column; hovering lists every series at that time,
// largest first.
class TimeSeriesChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimeSeriesChartView(QWidget *parent = nullptr);

    // options: the panel plugin spec (legend, yAxis, visual). rangeFrom/To in µs frame the x-axis.
    void setData(const core::TimeSeriesData &data, const nlohmann::json &options, double rangeFrom,
                 double rangeTo);
    int pointCount() const { return m_pointCount; }
    // The tooltip text for a time (exposed for tests).
    QString tooltipAt(double x) const;
    // The colour a series of the current data is drawn in (stable per name, see SeriesColors).
    QColor seriesColor(const QString &name) const;
    // Recolours background, axes, grid, legend and series for the current theme; runs on every
    // theme switch, so charts follow it without new data.
    void applyTheme();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    core::TimeSeriesData m_data;
    SeriesColors m_colors;
    QString m_unit;
    int m_pointCount = 0;
    double m_bucket = 0;
};

} // namespace hearth::app
