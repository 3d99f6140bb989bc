// SPDX-License-Identifier: MIT
#include "app/explore/resultchart.h"

#include "app/widgets/palette.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

constexpr int kMaxSeries = 5;
constexpr int kMaxCategories = 60;
constexpr int kMaxPoints = 20000;

bool numeric(core::ColumnType t)
{
    return t == core::ColumnType::Integer || t == core::ColumnType::Float;
}

} // namespace

ResultChart::ResultChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Chart:"), this));
    m_kindBox = new QComboBox(this);
    m_kindBox->addItem(tr("Line"));
    m_kindBox->addItem(tr("Bar"));
    m_kindBox->addItem(tr("Area"));
    connect(m_kindBox, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setKind(static_cast<Kind>(i)); });
    row->addWidget(m_kindBox);
    row->addStretch(1);
    layout->addLayout(row);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(
        tr("Nothing to chart: the result needs a time or text column and a numeric column."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    palette::setMutedText(m_empty);
    layout->addWidget(m_empty, 1);
    rebuild();
}

bool ResultChart::chartable(const core::QueryResult &result, int *xColumn, QList<int> *yColumns)
{
    int x = -1;
    for (int i = 0; i < result.columns.size() && x < 0; ++i)
        if (result.columns[i].type == core::ColumnType::Timestamp)
            x = i;
    for (int i = 0; i < result.columns.size() && x < 0; ++i)
        if (result.columns[i].type == core::ColumnType::Text)
            x = i;
    QList<int> ys;
    for (int i = 0; i < result.columns.size() && ys.size() < kMaxSeries; ++i)
        if (i != x && numeric(result.columns[i].type))
            ys << i;
    if (xColumn)
        *xColumn = x;
    if (yColumns)
        *yColumns = ys;
    return x >= 0 && !ys.isEmpty() && !result.rows.isEmpty();
}

void ResultChart::setResult(const core::QueryResult &result)
{
    m_result = result;
    int x = -1;
    chartable(m_result, &x);
    // Categories read best as bars, time series as lines.
    if (x >= 0 && m_result.columns[x].type != core::ColumnType::Timestamp && m_kind == Kind::Line)
        m_kind = Kind::Bar;
    else if (x >= 0 && m_result.columns[x].type == core::ColumnType::Timestamp
             && m_kind == Kind::Bar)
        m_kind = Kind::Line;
    m_kindBox->setCurrentIndex(static_cast<int>(m_kind));
    rebuild();
}

void ResultChart::setKind(Kind kind)
{
    m_kind = kind;
    m_kindBox->setCurrentIndex(static_cast<int>(kind));
    rebuild();
}

void ResultChart::rebuild()
{
    int x = -1;
    QList<int> ys;
    const bool ok = chartable(m_result, &x, &ys);
    m_view->setVisible(ok);
    m_empty->setVisible(!ok);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    palette::styleChart(chart);
    if (!ok) {
        m_view->setChart(chart);
        return;
    }
    const bool time = m_result.columns[x].type == core::ColumnType::Timestamp;
    const int rows
        = std::min(static_cast<int>(m_result.rows.size()), time ? kMaxPoints : kMaxCategories);
    if (m_kind == Kind::Bar || !time) {
        auto *series = new QBarSeries;
        QStringList categories;
        for (int r = 0; r < rows; ++r) {
            const QVariant v = m_result.rows[r][x];
            categories << (time ? QDateTime::fromMSecsSinceEpoch(v.toLongLong() / 1000)
                                      .toString(QStringLiteral("MM-dd HH:mm"))
                                : (v.isNull() ? QStringLiteral("NULL") : v.toString()));
        }
        for (int y : ys) {
            auto *set = new QBarSet(m_result.columns[y].name);
            for (int r = 0; r < rows; ++r)
                *set << m_result.rows[r][y].toDouble();
            series->append(set);
        }
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        axisX->setLabelsAngle(categories.size() > 8 ? -45 : 0);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%.4g"));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        axisY->applyNiceNumbers();
        if (m_kind == Kind::Area || m_kind == Kind::Line) // categories: bars regardless
            m_kindBox->setCurrentIndex(static_cast<int>(Kind::Bar));
    } else {
        auto *axisX = new QDateTimeAxis;
        axisX->setFormat(QStringLiteral("MM-dd HH:mm"));
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%.4g"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        double minY = 0;
        double maxY = 0;
        for (int y : ys) {
            auto *line = new QLineSeries;
            line->setName(m_result.columns[y].name);
            QList<QPointF> points;
            points.reserve(rows);
            for (int r = 0; r < rows; ++r) {
                const auto &row = m_result.rows[r];
                if (row[x].isNull())
                    continue;
                const double v = row[y].toDouble();
                minY = std::min(minY, v);
                maxY = std::max(maxY, v);
                points << QPointF(static_cast<double>(row[x].toLongLong() / 1000), v);
            }
            std::sort(points.begin(), points.end(),
                      [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            line->replace(points);
            QAbstractSeries *series = line;
            if (m_kind == Kind::Area) {
                auto *area = new QAreaSeries(line);
                area->setName(line->name());
                QColor c = palette::serviceColor(line->name());
                area->setPen(QPen(c, 1.5));
                c.setAlpha(90);
                area->setBrush(c);
                series = area;
            }
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
        axisY->setRange(minY, maxY > minY ? maxY * 1.05 : minY + 1);
        axisY->applyNiceNumbers();
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace hearth::app
