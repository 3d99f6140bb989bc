// SPDX-License-Identifier: MIT
#include "core/dashboard/chartdata.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QHash>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Dashboard)
};

std::optional<double> numberOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

bool cellsLookNumeric(const QueryResult &result, int col)
{
    for (const auto &row : result.rows) {
        const QVariant &v = row.value(col);
        if (v.isNull())
            continue;
        const int id = v.metaType().id();
        return id == QMetaType::LongLong || id == QMetaType::Int || id == QMetaType::Double
            || id == QMetaType::ULongLong || id == QMetaType::UInt || id == QMetaType::Float;
    }
    return false;
}

bool isNumericColumn(const QueryResult &result, int col)
{
    const ColumnType t = result.columns[col].type;
    if (columnIsNumeric(t))
        return true;
    return t == ColumnType::Null && cellsLookNumeric(result, col);
}

std::optional<Micros> timeOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    if (v.metaType().id() == QMetaType::QString)
        return parseIsoMicros(v.toString().toStdString());
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<Micros>(n) : std::nullopt;
}

} // namespace

bool columnIsNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Float;
}

int timeColumnIndex(const QueryResult &result)
{
    const int named = result.columnIndex(QStringLiteral("x"));
    if (named >= 0)
        return named;
    for (int i = 0; i < result.columns.size(); ++i)
        if (result.columns[i].type == ColumnType::Timestamp)
            return i;
    for (const char *name :
         {"time", "timestamp", "bucket", "start_timestamp", "recorded_timestamp"}) {
        const int idx = result.columnIndex(QLatin1String(name));
        if (idx >= 0)
            return idx;
    }
    return -1;
}

Result<TimeSeriesData> buildTimeSeries(const QueryResult &result, const PanelQuery &query)
{
    const int xCol = timeColumnIndex(result);
    if (xCol < 0)
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("no time column for the x-axis: name one \"x\" (e.g. "
                                  "time_bucket($resolution, start_timestamp) AS x)"));
    int dimCol = -1;
    if (!query.groupBy.isEmpty()) {
        dimCol = result.columnIndex(query.groupBy);
        if (dimCol < 0)
            return Error::make(
                Error::Code::InvalidInput,
                Tr::tr("the dimension column \"%1\" is not in the result").arg(query.groupBy));
    }
    QVector<int> metricCols;
    QStringList metricNames;
    if (!query.metrics.isEmpty()) {
        for (const QString &m : query.metrics) {
            const int idx = result.columnIndex(m);
            if (idx < 0)
                return Error::make(Error::Code::InvalidInput,
                                   Tr::tr("the metric column \"%1\" is not in the result").arg(m));
            metricCols << idx;
            metricNames << m;
        }
    } else {
        for (int i = 0; i < result.columns.size(); ++i)
            if (i != xCol && i != dimCol && isNumericColumn(result, i)) {
                metricCols << i;
                metricNames << result.columns[i].name;
            }
        if (metricCols.isEmpty() && !result.rows.isEmpty())
            return Error::make(Error::Code::InvalidInput, Tr::tr("no numeric column to plot"));
    }

    TimeSeriesData data;
    QHash<QString, int> index;
    bool first = true;
    for (const auto &row : result.rows) {
        const auto x = timeOf(row.value(xCol));
        if (!x)
            continue;
        const QString dim = dimCol >= 0 ? row.value(dimCol).toString() : QString();
        for (int m = 0; m < metricCols.size(); ++m) {
            const auto y = numberOf(row.value(metricCols[m]));
            if (!y)
                continue;
            QString name;
            if (dimCol < 0)
                name = metricNames[m];
            else if (metricCols.size() == 1)
                name = dim.isEmpty() ? QStringLiteral("(none)") : dim;
            else
                name = (dim.isEmpty() ? QStringLiteral("(none)") : dim) + QStringLiteral(" · ")
                    + metricNames[m];
            auto it = index.find(name);
            if (it == index.end()) {
                it = index.insert(name, static_cast<int>(data.series.size()));
                data.series.push_back({name, {}, 0});
            }
            ChartSeries &s = data.series[*it];
            const double xd = static_cast<double>(*x);
            s.points.push_back({xd, *y});
            s.total += *y;
            if (first) {
                data.minX = data.maxX = xd;
                data.minY = data.maxY = *y;
                first = false;
            } else {
                data.minX = std::min(data.minX, xd);
                data.maxX = std::max(data.maxX, xd);
                data.minY = std::min(data.minY, *y);
                data.maxY = std::max(data.maxY, *y);
            }
        }
    }
    for (ChartSeries &s : data.series)
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    // Biggest series first: legends and colours follow impact.
    std::stable_sort(data.series.begin(), data.series.end(),
                     [](const ChartSeries &a, const ChartSeries &b) { return a.total > b.total; });
    return data;
}

Result<QVector<Category>> buildCategories(const QueryResult &result, const PanelQuery &query)
{
    int labelCol = query.groupBy.isEmpty() ? -1 : result.columnIndex(query.groupBy);
    int valueCol = query.metrics.isEmpty() ? -1 : result.columnIndex(query.metrics.first());
    for (int i = 0; i < result.columns.size() && labelCol < 0; ++i)
        if (!isNumericColumn(result, i))
            labelCol = i;
    for (int i = 0; i < result.columns.size() && valueCol < 0; ++i)
        if (i != labelCol && isNumericColumn(result, i))
            valueCol = i;
    if (valueCol < 0)
        return Error::make(Error::Code::InvalidInput, Tr::tr("no numeric column to chart"));
    QVector<Category> out;
    for (const auto &row : result.rows) {
        const auto v = numberOf(row.value(valueCol));
        if (!v)
            continue;
        const QString label = labelCol >= 0 ? row.value(labelCol).toString() : QString();
        out.push_back({label.isEmpty() ? QStringLiteral("(none)") : label, *v});
    }
    return out;
}

QVector<NamedValue> buildValues(const QueryResult &result, const PanelQuery &query)
{
    QVector<NamedValue> out;
    if (result.rows.isEmpty())
        return out;
    const auto &row = result.rows.first();
    if (!query.metrics.isEmpty()) {
        for (const QString &m : query.metrics) {
            const int idx = result.columnIndex(m);
            if (idx >= 0)
                out.push_back({m, row.value(idx)});
        }
        return out;
    }
    for (int i = 0; i < result.columns.size(); ++i)
        if (isNumericColumn(result, i) || result.columns[i].type == ColumnType::Null)
            out.push_back({result.columns[i].name, row.value(i)});
    // No number at all: show the cells as they are (a status word, a version) rather than nothing.
    if (out.isEmpty())
        for (int i = 0; i < result.columns.size(); ++i)
            out.push_back({result.columns[i].name, row.value(i)});
    return out;
}

QVector<QPointF> downsampleMinMax(const QVector<QPointF> &points, double xMin, double xMax,
                                  int pixelColumns)
{
    if (pixelColumns <= 0 || points.size() <= 2 * pixelColumns || xMax <= xMin)
        return points;
    QVector<QPointF> out;
    out.reserve(2 * pixelColumns + 2);
    const double width = (xMax - xMin) / pixelColumns;
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const long long column = static_cast<long long>(std::floor((points[i].x() - xMin) / width));
        qsizetype lo = i, hi = i;
        qsizetype j = i;
        while (j < n
               && static_cast<long long>(std::floor((points[j].x() - xMin) / width)) == column) {
            if (points[j].y() < points[lo].y())
                lo = j;
            if (points[j].y() > points[hi].y())
                hi = j;
            ++j;
        }
        if (lo == hi) {
            out.push_back(points[lo]);
        } else {
            out.push_back(points[std::min(lo, hi)]);
            out.push_back(points[std::max(lo, hi)]);
        }
        i = j;
    }
    return out;
}

QString formatValue(double value, const QString &unit, int decimals, bool shortValues)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    auto number = [&](double v, int defDecimals) -> QString {
        const int d = decimals >= 0 ? decimals : defDecimals;
        if (shortValues) {
            const double a = std::fabs(v);
            struct Suffix
            {
                double size;
                char s;
            };
            for (const Suffix &suf :
                 {Suffix {1e12, 'T'}, Suffix {1e9, 'G'}, Suffix {1e6, 'M'}, Suffix {1e3, 'k'}})
                if (a >= suf.size)
                    return QString::number(v / suf.size, 'f', a / suf.size >= 100 ? 0 : 1)
                        + QLatin1Char(suf.s);
        }
        if (d == 0 || (decimals < 0 && std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) >= 1))
            return QString::number(v, 'f', 0);
        return QString::number(v, 'f', d);
    };
    if (unit == QLatin1String("percent"))
        return number(value, 1) + QLatin1Char('%');
    if (unit == QLatin1String("percent-decimal"))
        return number(value * 100, 1) + QLatin1Char('%');
    if (unit == QLatin1String("usd") || unit == QLatin1String("currency")
        || unit == QLatin1String("dollars")) {
        const int d = decimals >= 0 ? decimals : (std::fabs(value) < 1 ? 4 : 2);
        return QLatin1Char('$')
            + (std::fabs(value) >= 1e3 && shortValues ? number(value, d)
                                                      : QString::number(value, 'f', d));
    }
    if (unit == QLatin1String("bytes")) {
        static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = value;
        int u = 0;
        while (std::fabs(v) >= 1024 && u < 4) {
            v /= 1024;
            ++u;
        }
        return QString::number(v, 'f', u == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[u]);
    }
    if (unit == QLatin1String("seconds"))
        return formatDurationSeconds(value);
    if (unit == QLatin1String("milliseconds"))
        return formatDurationSeconds(value / 1000);
    return number(value, 2);
}

} // namespace hearth::core
