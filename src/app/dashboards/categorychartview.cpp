// SPDX-License-Identifier: MIT
#include "app/dashboards/categorychartview.h"

#include "app/dashboards/chartpalette.h"
#include "app/widgets/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace hearth::app {

using nlohmann::json;

namespace {

QString unitOf(const json &options)
{
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
}

void CategoryChartView::reset()
{
    palette::styleChart(chart());
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
}

void CategoryChartView::setBars(const QVector<core::Category> &categories, const json &options)
{
    reset();
    const QString unit = unitOf(options);
    auto *set = new QBarSet(QString());
    set->setColor(chartColor(0));
    set->setBorderColor(chartColor(0));
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
    set->setLabelColor(palette().color(QPalette::WindowText));
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
    yAxis->setLabelsColor(palette().color(QPalette::WindowText));
    auto *xAxis = new QValueAxis(chart());
    xAxis->setRange(0, maxV > 0 ? maxV * 1.2 : 1);
    xAxis->applyNiceNumbers();
    xAxis->setLabelFormat(unit == QLatin1String("usd") ? QStringLiteral("$%.2f")
                                                       : QStringLiteral("%.0f"));
    xAxis->setGridLineColor(palette::gridLineColor());
    xAxis->setLabelsColor(palette().color(QPalette::WindowText));
    chart()->addAxis(yAxis, Qt::AlignLeft);
    chart()->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    chart()->legend()->setVisible(false);
}

void CategoryChartView::setPie(const QVector<core::Category> &categories, const json &options)
{
    reset();
    const QString unit = unitOf(options);
    auto *series = new QPieSeries(chart());
    series->setHoleSize(0.45);
    double total = 0;
    for (const auto &c : categories)
        total += std::max(0.0, c.value);
    int i = 0;
    for (const auto &c : categories) {
        if (c.value <= 0)
            continue;
        auto *slice = series->append(c.label, c.value);
        slice->setColor(seriesColor(c.label));
        ++i;
        slice->setBorderColor(palette().color(QPalette::Base));
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
    legend->setLabelColor(palette().color(QPalette::WindowText));
    QFont f = legend->font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    legend->setFont(f);
}

} // namespace hearth::app
