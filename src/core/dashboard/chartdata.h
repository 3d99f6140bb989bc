// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboarddocument.h"
#include "core/query/queryresult.h"
#include "core/result.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace hearth::core {

struct ChartSeries
{
    QString name;
    QVector<QPointF> points; // x = µs since the epoch (as double), sorted by x
    double total = 0; // sum of y, used to order series and legends
};

struct TimeSeriesData
{
    QVector<ChartSeries> series;
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool empty() const { return series.isEmpty(); }
};

// Turns a time-series result into series: the x column ("x", else the first timestamp column),
// one series per groupBy value (× metric when several), or one per metric without groupBy.
// Errors name the missing column.
Result<TimeSeriesData> buildTimeSeries(const QueryResult &result, const PanelQuery &query);

struct Category
{
    QString label;
    double value = 0;
};

// Label/value pairs for bar and pie charts: the groupBy (or first text) column and the first
// metric (or first numeric) column.
Result<QVector<Category>> buildCategories(const QueryResult &result, const PanelQuery &query);

struct NamedValue
{
    QString name;
    QVariant value;
};
// The numbers a Values or Gauge panel shows: every numeric cell of the first row (or metrics).
QVector<NamedValue> buildValues(const QueryResult &result, const PanelQuery &query);

bool columnIsNumeric(ColumnType type);
// True when a column can serve as the x-axis.
int timeColumnIndex(const QueryResult &result);

// Keeps at most two points (the minimum and the maximum, in x order) per pixel column, so a
// 100,000-point series draws as fast as a 2,000-point one and no spike disappears.
QVector<QPointF> downsampleMinMax(const QVector<QPointF> &points, double xMin, double xMax,
                                  int pixelColumns);

// Formats a value for a unit: "decimal", "percent" (0–100), "percent-decimal" (0–1), "bytes",
// "seconds", "milliseconds", "usd"/"currency"; short values "12.3k".
QString formatValue(double value, const QString &unit, int decimals = -1, bool shortValues = true);

} // namespace hearth::core
