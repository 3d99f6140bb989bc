// SPDX-License-Identifier: MIT
// Opens a standard dashboard on a store and reports how long until every panel is painted, how long
// a re-open with unchanged inputs takes, and how fast a 100,000-point chart repaints.
//   bench_dashboard_gui STORE [DASHBOARD] [SINCE]
#include "app/dashboards/dashboardview.h"
#include "app/dashboards/panelwidget.h"
#include "app/dashboards/timeserieschartview.h"
#include "core/dashboard/dashboardrepository.h"
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <cmath>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

using namespace hearth;

namespace {

double openAndPaint(app::DashboardView &view, const core::DashboardDocument &doc)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&view, &app::DashboardView::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    view.setDocument(doc, true);
    if (!view.isSettled())
        loop.exec();
    // "Painted": force a synchronous paint of the whole view, panels included.
    (void)view.grab();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_dashboard_gui STORE [DASHBOARD] [SINCE]\n";
        return 2;
    }
    const QString db = args[1];
    const QString name = args.value(2, QStringLiteral("llm-tokens-and-costs-records"));
    const auto since = core::parseDuration(args.value(3, QStringLiteral("7d")).toStdString());
    auto store = core::Store::open(db, core::Store::OpenMode::ReadOnly);
    if (!store) {
        out << store.error().message << '\n';
        return 1;
    }
    auto doc = core::DashboardRepository::find(db, name);
    if (!doc) {
        out << doc.error().message << '\n';
        return 1;
    }
    out << "store: " << db << " (" << (*store)->recordCount().value() << " records, "
        << (*store)->metricCount().value() << " metric points)\n";

    app::DashboardView view;
    view.setChromeVisible(false);
    view.setEngine(std::make_shared<core::LocalEngine>(db));
    view.resize(1600, 1000);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    view.setRelativeRange(*since);
    const double first = openAndPaint(view, doc.value());
    const QStringList errors = view.panelErrors();
    const double again = openAndPaint(view, doc.value());
    out << "open " << doc->name() << " (" << doc->panelKeys().size() << " panels, last "
        << args.value(3, QStringLiteral("7d")) << "): " << QString::number(first, 'f', 1)
        << " ms until every panel is painted (goal 500 ms)\n";
    out << "re-open with unchanged inputs: " << QString::number(again, 'f', 1)
        << " ms (goal 50 ms), " << view.scheduler()->cacheHits() << " cache hits\n";
    for (const QString &e : errors)
        out << "  panel error: " << e << '\n';

    // 100,000 points: build, then repaint (what a hover or resize costs).
    core::TimeSeriesData data;
    const core::Micros t0 = core::nowMicros() - 7 * core::kMicrosPerDay;
    for (int s = 0; s < 4; ++s) {
        core::ChartSeries series;
        series.name = QStringLiteral("series %1").arg(s);
        for (int i = 0; i < 25000; ++i)
            series.points.push_back({double(t0 + core::Micros(i) * 24 * core::kMicrosPerSecond),
                                     std::sin(i / 300.0 + s) * 100 + (i % 97)});
        data.series << series;
    }
    data.minX = double(t0);
    data.maxX = double(t0 + 7 * core::kMicrosPerDay);
    app::TimeSeriesChartView chart;
    chart.resize(1200, 500);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    QElapsedTimer timer;
    timer.start();
    chart.setData(data, nlohmann::json::object(), data.minX, data.maxX);
    (void)chart.grab();
    const double build = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const int repaints = 10;
    for (int i = 0; i < repaints; ++i)
        (void)chart.grab();
    const double repaint = double(timer.nsecsElapsed()) / 1e6 / repaints;
    timer.restart();
    (void)chart.tooltipAt(data.minX + (data.maxX - data.minX) / 2);
    const double tooltip = double(timer.nsecsElapsed()) / 1e6;
    out << "100,000-point chart: " << chart.pointCount()
        << " points drawn after downsampling; build+paint " << QString::number(build, 'f', 1)
        << " ms, repaint " << QString::number(repaint, 'f', 1) << " ms, hover tooltip "
        << QString::number(tooltip, 'f', 2) << " ms\n";
    return errors.isEmpty() ? 0 : 1;
}
