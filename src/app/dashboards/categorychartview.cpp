// SPDX-License-Identifier: MIT
#include "app/dashboards/categorychartview.h"

#include "app/shell/theme.h"
#include "app/widgets/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace hearth::app {

using nlohmann::json;

namespace {

// The category a pie slice stands for (its label also carries the value and share).
constexpr auto kCategory = "hearthCategory";

QString unitOf(const json &options)
{
    if (!options.is_object())
        return QString();
    const json format = options.value("format", json::object());
    return format.is_object() && format.contains("unit") && format["unit"].is_string()
        ? QString::fromStdString(format["unit"].get<std::string>())
        : QString();
}

} // namespace

CategoryChartView::CategoryChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setAnimationOptions(QChart::NoAnimation);
    // Light/dark switches recolour the chart at once, not at the next data refresh.
    connect(&Theme::instance(), &Theme::changed, this, &CategoryChartView::applyTheme);
}

void CategoryChartView::reset()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
}

void CategoryChartView::setBars(const QVector<core::Category> &categories, const json &options)
{
    reset();
    const QString unit = unitOf(options);
    // One measure ranked by category: one colour (the first of the palette), as in Logfire.
    m_colors = SeriesColors();
    auto *set = new QBarSet(QString());
    QStringList labels;
    // QtCharts draws the first category at the bottom: reverse so the biggest bar is on top.
    QVector<core::Category> sorted = categories;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const core::Category &a, const core::Category &b) { return a.value < b.value; });
    double maxV = 0;
    for (const auto &c : sorted) {
        QString label = c.label;
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << (label.size() > 40 ? label.left(38) + QStringLiteral("…") : label);
        *set << c.value;
        maxV = std::max(maxV, c.value);
    }
    auto *series = new QHorizontalBarSeries(chart());
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    auto *yAxis = new QBarCategoryAxis(chart());
    yAxis->append(labels);
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis(chart());
    xAxis->setRange(0, maxV > 0 ? maxV * 1.2 : 1);
    xAxis->applyNiceNumbers();
    xAxis->setLabelFormat(unit == QLatin1String("usd") ? QStringLiteral("$%.2f")
                                                       : QStringLiteral("%.0f"));
    chart()->addAxis(yAxis, Qt::AlignLeft);
    chart()->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    chart()->legend()->setVisible(false);
    applyTheme();
}

void CategoryChartView::setPie(const QVector<core::Category> &categories, const json &options)
{
    reset();
    const QString unit = unitOf(options);
    auto *series = new QPieSeries(chart());
    series->setHoleSize(0.45);
    double total = 0;
    QStringList names;
    for (const auto &c : categories) {
        total += std::max(0.0, c.value);
        if (c.value > 0)
            names << c.label;
    }
    m_colors = SeriesColors(names);
    for (const auto &c : categories) {
        if (c.value <= 0)
            continue;
        auto *slice = series->append(c.label, c.value);
        slice->setProperty(kCategory, c.label);
        const double share = total > 0 ? c.value / total * 100 : 0;
        slice->setLabel(
            QStringLiteral("%1  %2 (%3%)")
                .arg(c.label, core::formatValue(c.value, unit), QString::number(share, 'f', 0)));
    }
    chart()->addSeries(series);
    QLegend *legend = chart()->legend();
    legend->setVisible(true);
    legend->setAlignment(width() > 420 ? Qt::AlignRight : Qt::AlignBottom);
    legend->setMarkerShape(QLegend::MarkerShapeCircle);
    // A one-row legend elides long series names ("clau…"): hovering shows the whole name.
    legend->setShowToolTips(true);
    QFont f = legend->font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    legend->setFont(f);
    applyTheme();
}

QColor CategoryChartView::categoryColor(const QString &category) const
{
    return m_colors.color(category);
}

void CategoryChartView::applyTheme()
{
    QChart *c = chart();
    palette::styleChart(c);
    const QPalette p = QGuiApplication::palette();
    const QColor text = p.color(QPalette::WindowText);
    for (QAbstractSeries *series : c->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(chartColor(0));
                set->setBorderColor(chartColor(0));
                set->setLabelColor(text);
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                slice->setColor(m_colors.color(slice->property(kCategory).toString()));
                slice->setBorderColor(p.color(QPalette::Base));
                slice->setLabelColor(text);
            }
        }
    }
    c->legend()->setLabelColor(text);
}

} // namespace hearth::app
