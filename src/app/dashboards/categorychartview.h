// SPDX-License-Identifier: MIT
#pragma once

#include "app/dashboards/chartpalette.h"
#include "core/dashboard/chartdata.h"

#include <nlohmann/json.hpp>
#include <QChartView>

namespace hearth::app {

// BarChart (horizontal bars, biggest on top) and PieChart panels.
class CategoryChartView : public QChartView
{
    Q_OBJECT
public:
    explicit CategoryChartView(QWidget *parent = nullptr);
    void setBars(const QVector<core::Category> &categories, const nlohmann::json &options);
    void setPie(const QVector<core::Category> &categories, const nlohmann::json &options);
    // The colour of a pie slice (stable per category name, see SeriesColors).
    QColor categoryColor(const QString &category) const;
    // Recolours background, axes, grid, legend, bars and slices for the current theme; runs on
    // every theme switch, so charts follow it without new data.
    void applyTheme();

private:
    void reset();

    SeriesColors m_colors;
};

} // namespace hearth::app
