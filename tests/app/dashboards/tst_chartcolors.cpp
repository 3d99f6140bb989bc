// SPDX-License-Identifier: MIT
// Dashboard chart colours: a series name has one colour on every panel, the series of one chart
// never share a colour, the palette is visible on both themes' panels, and a theme switch
// recolours charts at once, without new data.
#include "app/dashboards/categorychartview.h"
#include "app/dashboards/chartpalette.h"
#include "app/dashboards/panelwidget.h"
#include "app/dashboards/timeserieschartview.h"
#include "app/shell/theme.h"
#include "app/widgets/palette.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

using namespace hearth;
using namespace hearth::app;

namespace {

core::TimeSeriesData seriesData(const QStringList &names)
{
    core::TimeSeriesData data;
    int n = 0;
    for (const QString &name : names) {
        core::ChartSeries s;
        s.name = name;
        ++n;
        for (int i = 0; i < 10; ++i)
            s.points.append(QPointF(1.7e15 + i * 60e6, n * 10 + i));
        data.series.append(s);
    }
    return data;
}

QColor penOf(QAbstractSeries *series)
{
    if (auto *area = qobject_cast<QAreaSeries *>(series))
        return area->pen().color();
    if (auto *line = qobject_cast<QLineSeries *>(series))
        return line->pen().color();
    return {};
}

QHash<QString, QColor> seriesPens(TimeSeriesChartView &view)
{
    QHash<QString, QColor> out;
    for (QAbstractSeries *s : view.chart()->series())
        out.insert(s->name(), penOf(s));
    return out;
}

// The demo's models (core/demo/democatalog.h).
const QStringList kModels {QStringLiteral("gpt-4o"),
                           QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("claude-sonnet-4-5"),
                           QStringLiteral("claude-haiku-4-5"),
                           QStringLiteral("gemini-2.5-flash"),
                           QStringLiteral("gemini-2.5-pro")};

} // namespace

class TestChartColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::instance().applyForSession(Theme::Mode::Light);
    }

    void sameNameSameColourAcrossCharts()
    {
        // Two panels of "LLM Tokens and Costs": one with every model, one with two of them, in
        // another order. A model keeps its colour wherever its slot was not contested.
        const SeriesColors all(kModels);
        const SeriesColors some({kModels[3], kModels[0]});
        QCOMPARE(some.color(kModels[0]), all.color(kModels[0]));
        QCOMPARE(some.color(kModels[3]), all.color(kModels[3]));
        // Row order of the query never matters, only the set of names.
        QStringList reversed = kModels;
        std::reverse(reversed.begin(), reversed.end());
        const SeriesColors other(reversed);
        for (const QString &m : kModels)
            QCOMPARE(other.slot(m), all.slot(m));
        // A name alone in a chart gets its preferred slot: the same on every run and machine.
        QCOMPARE(SeriesColors({QStringLiteral("gpt-4o")}).slot(QStringLiteral("gpt-4o")),
                 preferredChartSlot(QStringLiteral("gpt-4o")));
        QCOMPARE(preferredChartSlot(QStringLiteral("gpt-4o")), 4); // FNV-1a, not seeded

        // And through the chart views themselves.
        TimeSeriesChartView a, b;
        a.setData(seriesData(kModels), {}, 1.7e15, 1.7e15 + 600e6);
        b.setData(seriesData({kModels[3], kModels[0]}), {}, 1.7e15, 1.7e15 + 600e6);
        const auto pa = seriesPens(a);
        const auto pb = seriesPens(b);
        QCOMPARE(pb.value(kModels[0]), pa.value(kModels[0]));
        QCOMPARE(pb.value(kModels[3]), pa.value(kModels[3]));
        QCOMPARE(pa.value(kModels[0]), a.seriesColor(kModels[0]));
    }

    void seriesOfOneChartNeverShareAColour()
    {
        // Find two names that ask for the same slot: the chart must still tell them apart.
        QString first = QStringLiteral("svc-0"), second;
        for (int i = 1; second.isEmpty(); ++i) {
            const QString candidate = QStringLiteral("svc-%1").arg(i);
            if (preferredChartSlot(candidate) == preferredChartSlot(first))
                second = candidate;
        }
        const SeriesColors pair({second, first});
        QVERIFY(pair.color(first) != pair.color(second));
        // The name that sorts first keeps its preferred slot.
        QCOMPARE(pair.slot(first), preferredChartSlot(first));

        // More series than hues: still all distinct, in both themes.
        QStringList many;
        for (int i = 0; i < 3 * chartPaletteSize() + 2; ++i)
            many << QStringLiteral("series-%1").arg(i);
        const SeriesColors colors(many);
        for (const bool dark : {false, true}) {
            QSet<QRgb> seen;
            for (const QString &name : many)
                seen.insert(colors.color(name, dark).rgb());
            QCOMPARE(seen.size(), many.size());
        }
    }

    void paletteIsVisibleOnBothThemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void paletteIsVisibleOnBothThemes()
    {
        // WCAG 1.4.11: lines, bars and slices need 3:1 against the panel (Base) they sit on,
        // shades for overflow series included.
        QFETCH(bool, dark);
        const QColor base
            = (dark ? Theme::darkPalette() : Theme::lightPalette()).color(QPalette::Base);
        QCOMPARE(base, palette::baseColor(dark));
        QStringList failures;
        QSet<QRgb> distinct;
        for (int slot = 0; slot < 3 * chartPaletteSize(); ++slot) {
            const QColor c = chartColor(slot, dark);
            distinct.insert(c.rgb());
            if (palette::contrastRatio(c, base) < 3.0)
                failures << QStringLiteral("slot %1: %2 on %3 = %4:1")
                                .arg(slot)
                                .arg(c.name(), base.name())
                                .arg(palette::contrastRatio(c, base), 0, 'f', 2);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(distinct.size(), 3 * chartPaletteSize());
    }

    void themeSwitchRecoloursChartsWithoutNewData()
    {
        Theme::instance().applyForSession(Theme::Mode::Light);
        TimeSeriesChartView lines;
        lines.setData(seriesData(kModels), {}, 1.7e15, 1.7e15 + 600e6);
        nlohmann::json barsOptions = {{"visual", {{"display", "bar"}}}};
        TimeSeriesChartView bars;
        bars.setData(seriesData(kModels.mid(0, 2)), barsOptions, 1.7e15, 1.7e15 + 600e6);
        CategoryChartView pie;
        pie.setPie({{kModels[0], 3}, {kModels[1], 5}}, {});
        CategoryChartView ranking;
        ranking.setBars({{kModels[0], 3}, {kModels[1], 5}}, {});

        const SeriesColors colors(kModels);
        const SeriesColors pieColors({kModels[0], kModels[1]});
        auto check = [&](bool dark) {
            const QPalette p = dark ? Theme::darkPalette() : Theme::lightPalette();
            for (QAbstractSeries *s : lines.chart()->series())
                QCOMPARE(penOf(s), colors.color(s->name(), dark));
            for (QAbstractSeries *s : bars.chart()->series()) {
                auto *area = qobject_cast<QAreaSeries *>(s);
                QVERIFY(area);
                QCOMPARE(area->brush().color().rgb(),
                         SeriesColors(kModels.mid(0, 2)).color(s->name(), dark).rgb());
            }
            for (QAbstractAxis *axis : lines.chart()->axes()) {
                QCOMPARE(axis->gridLineColor(), palette::gridLineColor());
                QCOMPARE(axis->labelsColor(), p.color(QPalette::WindowText));
            }
            QCOMPARE(lines.chart()->backgroundBrush().color(), p.color(QPalette::Base));
            QCOMPARE(lines.chart()->legend()->labelColor(), p.color(QPalette::Text));
            // Elided legend names show in full on hover.
            QVERIFY(lines.chart()->legend()->showToolTips());
            QVERIFY(pie.chart()->legend()->showToolTips());
            auto *pieSeries = qobject_cast<QPieSeries *>(pie.chart()->series().value(0));
            QVERIFY(pieSeries);
            for (QPieSlice *slice : pieSeries->slices()) {
                const QString name = slice->label().section(QStringLiteral("  "), 0, 0);
                QCOMPARE(slice->color(), pieColors.color(name, dark));
                QCOMPARE(slice->color(), pie.categoryColor(name));
            }
            auto *barSeries
                = qobject_cast<QHorizontalBarSeries *>(ranking.chart()->series().value(0));
            QVERIFY(barSeries);
            QCOMPARE(barSeries->barSets().value(0)->color(), chartColor(0, dark));
            for (QAbstractAxis *axis : ranking.chart()->axes())
                QCOMPARE(axis->labelsColor(), p.color(QPalette::WindowText));
        };
        check(false);
        const QColor lightPen = penOf(lines.chart()->series().value(0));

        // Only the theme changes: no setData, no new query result.
        Theme::instance().applyForSession(Theme::Mode::Dark);
        check(true);
        QVERIFY(penOf(lines.chart()->series().value(0)) != lightPen);

        Theme::instance().applyForSession(Theme::Mode::Light);
        check(false);
    }

    void panelCardAndMutedTextFollowTheTheme()
    {
        // The panel sets its palette and frame, and muted labels carry a colour in a style sheet:
        // none of them may keep the theme they were created in.
        Theme::instance().applyForSession(Theme::Mode::Light);
        PanelWidget panel;
        QLabel label;
        palette::setMutedText(&label);
        QCOMPARE(panel.palette().color(QPalette::Window), palette::baseColor(false));
        QVERIFY(label.styleSheet().contains(palette::mutedTextColor().name()));
        const QString lightMuted = palette::mutedTextColor().name();

        Theme::instance().applyForSession(Theme::Mode::Dark);
        QCOMPARE(panel.palette().color(QPalette::Window), palette::baseColor(true));
        QVERIFY(panel.styleSheet().contains(palette::baseColor(true).name()));
        QVERIFY(palette::mutedTextColor().name() != lightMuted);
        QVERIFY(label.styleSheet().contains(palette::mutedTextColor().name()));
        Theme::instance().applyForSession(Theme::Mode::Light);
    }
};

QTEST_MAIN(TestChartColors)
#include "tst_chartcolors.moc"
