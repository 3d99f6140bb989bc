// SPDX-License-Identifier: MIT
#include "app/dashboards/timeserieschartview.h"

#include "app/shell/theme.h"
#include "app/widgets/palette.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <set>

namespace hearth::app {

using nlohmann::json;

namespace {

QString jstr(const json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key) || !j[key].is_string())
        return QString();
    return QString::fromStdString(j[key].get<std::string>());
}

double msOf(double micros)
{
    return micros / 1000.0;
}

// Series properties that applyTheme() reads to colour a series again: the fill's opacity (0: no
// fill) and the pen's width (0: no outline).
constexpr auto kFillAlpha = "hearthFillAlpha";
constexpr auto kPenWidth = "hearthPenWidth";

void markSeries(QAbstractSeries *series, double fillAlpha, double penWidth)
{
    series->setProperty(kFillAlpha, fillAlpha);
    series->setProperty(kPenWidth, penWidth);
}

QString axisFormat(double spanMicros)
{
    if (spanMicros <= 2 * 3600e6)
        return QStringLiteral("HH:mm");
    if (spanMicros <= 3 * 86400e6)
        return QStringLiteral("ddd HH:mm");
    return QStringLiteral("MMM d");
}

} // namespace

TimeSeriesChartView::TimeSeriesChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setAnimationOptions(QChart::NoAnimation);
    // Light/dark switches recolour the chart at once, not at the next data refresh.
    connect(&Theme::instance(), &Theme::changed, this, &TimeSeriesChartView::applyTheme);
}

void TimeSeriesChartView::setData(const core::TimeSeriesData &data, const json &spec,
                                  double rangeFrom, double rangeTo)
{
    // A panel without a plugin spec (null) draws with the defaults instead of throwing.
    const json options = spec.is_object() ? spec : json::object();
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_data = data;
    m_pointCount = 0;
    QStringList names;
    for (const auto &s : data.series)
        names << s.name;
    m_colors = SeriesColors(names);

    const json visual = options.value("visual", json::object());
    const QString display
        = jstr(visual, "display").isEmpty() ? QStringLiteral("line") : jstr(visual, "display");
    const bool stacked = !jstr(visual, "stack").isEmpty();
    const double areaOpacity
        = visual.value("areaOpacity", display == QLatin1String("area") ? 0.35 : 0.0);
    const json yAxis = options.value("yAxis", json::object());
    m_unit = jstr(yAxis.value("format", json::object()), "unit");
    const QString legendPos = jstr(options.value("legend", json::object()), "position");

    // The bucket width: the smallest gap between x values.
    std::set<double> xs;
    for (const auto &s : data.series)
        for (const QPointF &p : s.points)
            xs.insert(p.x());
    m_bucket = 0;
    for (auto it = xs.begin(); it != xs.end() && std::next(it) != xs.end(); ++it) {
        const double gap = *std::next(it) - *it;
        if (gap > 0 && (m_bucket == 0 || gap < m_bucket))
            m_bucket = gap;
    }
    if (m_bucket == 0)
        m_bucket = std::max(1.0, (rangeTo - rangeFrom) / 60);

    auto *xAxis = new QDateTimeAxis(c);
    xAxis->setFormat(axisFormat(rangeTo - rangeFrom));
    xAxis->setTickCount(6);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(msOf(rangeFrom))),
                    QDateTime::fromMSecsSinceEpoch(qint64(msOf(rangeTo))));
    auto *yAxisObj = new QValueAxis(c);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxisObj, Qt::AlignLeft);

    const int pixelColumns = std::max(200, width() > 0 ? width() - 60 : 800);
    std::map<double, double> stackBase; // x -> running top for stacked displays
    double maxY = 0, minY = 0;
    const bool bars = display == QLatin1String("bar");
    const double barWidth = m_bucket * 0.8;
    for (int i = 0; i < data.series.size(); ++i) {
        const core::ChartSeries &s = data.series[i];
        if (bars || stacked) {
            auto *upper = new QLineSeries(c);
            auto *lower = new QLineSeries(c);
            for (const QPointF &p : s.points) {
                const double base = stacked ? stackBase[p.x()] : 0;
                const double top = base + p.y();
                if (stacked)
                    stackBase[p.x()] = top;
                maxY = std::max(maxY, top);
                minY = std::min(minY, top);
                const double x0 = msOf(bars ? p.x() + (m_bucket - barWidth) / 2 : p.x());
                const double x1 = msOf(bars ? p.x() + (m_bucket + barWidth) / 2 : p.x());
                if (bars) {
                    upper->append(x0, base);
                    upper->append(x0, top);
                    upper->append(x1, top);
                    upper->append(x1, base);
                    lower->append(x0, base);
                    lower->append(x1, base);
                } else {
                    upper->append(x0, top);
                    lower->append(x0, base);
                }
            }
            auto *area = new QAreaSeries(upper, lower);
            area->setName(s.name);
            markSeries(area, bars ? 0.85 : 0.45, bars ? 0 : 1.5);
            c->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxisObj);
            m_pointCount += static_cast<int>(upper->count());
            continue;
        }
        const QVector<QPointF> pts
            = core::downsampleMinMax(s.points, rangeFrom, rangeTo, pixelColumns);
        auto *line = new QLineSeries(c);
        line->setName(s.name);
        QList<QPointF> ms;
        ms.reserve(pts.size());
        for (const QPointF &p : pts) {
            ms.append({msOf(p.x()), p.y()});
            maxY = std::max(maxY, p.y());
            minY = std::min(minY, p.y());
        }
        line->replace(ms);
        markSeries(line, 0, 2);
        // A series with only a few points has no visible line: mark its points.
        line->setPointsVisible(ms.size() < 3);
        m_pointCount += static_cast<int>(ms.size());
        if (areaOpacity > 0) {
            auto *upper = line;
            auto *area = new QAreaSeries(upper);
            area->setName(s.name);
            markSeries(area, areaOpacity, 2);
            c->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxisObj);
        } else {
            c->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxisObj);
        }
    }
    double lo = yAxis.contains("min") && yAxis["min"].is_number() ? yAxis["min"].get<double>()
                                                                  : std::min(0.0, minY);
    double hi = yAxis.contains("max") && yAxis["max"].is_number() ? yAxis["max"].get<double>()
                                                                  : maxY * 1.08;
    if (hi <= lo)
        hi = lo + 1;
    yAxisObj->setRange(lo, hi);
    yAxisObj->applyNiceNumbers();
    // Whole numbers (counts, tokens) get whole ticks and no decimals.
    bool integral = true;
    for (const auto &s : data.series)
        for (const QPointF &p : s.points)
            integral = integral && std::fabs(p.y() - std::round(p.y())) < 1e-9;
    const double span = yAxisObj->max() - yAxisObj->min();
    if (integral && span <= 4)
        yAxisObj->setTickCount(std::max(2, int(std::round(span)) + 1));
    QString format = integral || hi >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f");
    if (m_unit == QLatin1String("percent"))
        format = QStringLiteral("%.0f%%");
    else if (m_unit == QLatin1String("usd"))
        format = hi >= 10 ? QStringLiteral("$%.0f")
            : hi >= 0.1   ? QStringLiteral("$%.2f")
            : hi >= 0.01  ? QStringLiteral("$%.3f")
                          : QStringLiteral("$%.4f");
    yAxisObj->setLabelFormat(format);

    QLegend *legend = c->legend();
    legend->setVisible(data.series.size() > 1);
    legend->setAlignment(legendPos == QLatin1String("right") ? Qt::AlignRight : Qt::AlignBottom);
    legend->setMarkerShape(QLegend::MarkerShapeCircle);
    // A one-row legend elides long series names ("clau…"): hovering shows the whole name.
    legend->setShowToolTips(true);
    QFont f = legend->font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    legend->setFont(f);
    QFont af = xAxis->labelsFont();
    af.setPointSizeF(std::max(7.0, af.pointSizeF() - 1));
    xAxis->setLabelsFont(af);
    yAxisObj->setLabelsFont(af);
    applyTheme();
}

QColor TimeSeriesChartView::seriesColor(const QString &name) const
{
    return m_colors.color(name);
}

void TimeSeriesChartView::applyTheme()
{
    QChart *c = chart();
    palette::styleChart(c);
    const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
    for (QAbstractSeries *series : c->series()) {
        const QColor color = m_colors.color(series->name());
        const double fillAlpha = series->property(kFillAlpha).toDouble();
        const double penWidth = series->property(kPenWidth).toDouble();
        const QPen pen = penWidth > 0 ? QPen(color, penWidth) : QPen(Qt::NoPen);
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            QColor fill = color;
            fill.setAlphaF(static_cast<float>(fillAlpha));
            area->setBrush(fill);
            area->setPen(pen);
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            line->setPen(pen);
        }
    }
    c->legend()->setLabelColor(text);
}

QString TimeSeriesChartView::tooltipAt(double x) const
{
    // Snap to the nearest bucket that has data, then list every series there, largest first.
    double best = 0, bestDist = -1;
    for (const auto &s : m_data.series)
        for (const QPointF &p : s.points) {
            const double d = std::fabs(p.x() + (m_bucket > 0 ? m_bucket / 2 : 0) - x);
            if (bestDist < 0 || d < bestDist) {
                bestDist = d;
                best = p.x();
            }
        }
    if (bestDist < 0)
        return QString();
    QVector<QPair<double, QString>> rows;
    for (const auto &s : m_data.series) {
        const auto it = std::lower_bound(s.points.begin(), s.points.end(), best,
                                         [](const QPointF &p, double v) { return p.x() < v; });
        if (it != s.points.end() && it->x() == best)
            rows.push_back({it->y(), s.name});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QString html = QStringLiteral("<b>%1</b><table>")
                       .arg(QDateTime::fromMSecsSinceEpoch(qint64(best / 1000))
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    int i = 0;
    for (const auto &r : rows) {
        html += QStringLiteral(
                    "<tr><td><font color='%1'>●</font> %2</td><td align='right'>&nbsp;%3</td></tr>")
                    .arg(m_colors.color(r.second).name(), r.second.toHtmlEscaped(),
                         core::formatValue(r.first, m_unit, -1, false));
        if (++i >= 25)
            break;
    }
    return html + QStringLiteral("</table>");
}

void TimeSeriesChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->pos())));
    if (!chart()->plotArea().contains(chart()->mapFromScene(mapToScene(event->pos())))) {
        QToolTip::hideText();
        return;
    }
    const QString text = tooltipAt(value.x() * 1000.0);
    if (!text.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void TimeSeriesChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace hearth::app
