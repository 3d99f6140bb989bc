// SPDX-License-Identifier: MIT
#pragma once

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

private:
    void reset();
};

} // namespace hearth::app
