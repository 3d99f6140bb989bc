// SPDX-License-Identifier: MIT
#include "core/dashboard/dashboarddocument.h"
#include "core/dashboard/dashboardrepository.h"
#include "core/store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using nlohmann::json;

namespace {

// A Logfire export shape (from the reference's real-world example) plus fields Hearth ignores.
QByteArray exportJson()
{
    QFile f(QStringLiteral(HEARTH_TEST_DATA_DIR "/dashboards/logfire-export.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return f.readAll();
}

} // namespace

class TestDashboardDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsUnknownFields()
    {
        auto doc = DashboardDocument::parse(exportJson());
        QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error().message));
        const json original = json::parse(exportJson().toStdString());
        auto again = DashboardDocument::parse(doc->toJson());
        QVERIFY(again.ok());
        QVERIFY(again->root() == original);
        QVERIFY(again->root()["spec"].contains("annotations"));
        QCOMPARE(again
                     ->root()["spec"]["panels"]["LLMCostByEnv"]["spec"]["plugin"]["spec"]["visual"]
                             ["someFutureOption"]
                     .size(),
                 size_t(3));
    }

    void editsKeepUnknownFields()
    {
        auto doc = DashboardDocument::parse(exportJson());
        QVERIFY(doc.ok());
        doc->setName(QStringLiteral("Renamed"));
        doc->setItemGeometry(0, 0, 2, 1, 10, 6);
        const QString copy = doc->duplicatePanel(QStringLiteral("LLMCostByEnv"));
        QVERIFY(!copy.isEmpty());
        QVERIFY(DashboardDocument::validate(doc->root()).ok());
        QVERIFY(doc->root()["metadata"]["createdAt"] == json("2025-01-01T00:00:00Z"));
        QVERIFY(doc->root()["spec"]["links"][0]["url"] == json("https://example.invalid"));
        QVERIFY(doc->panel(copy).pluginSpec["visual"]["someFutureOption"] == json({1, 2, 3}));
        QCOMPARE(doc->name(), QStringLiteral("Renamed"));
        const auto groups = doc->groups();
        QCOMPARE(groups[0].items.size(), 3);
        QCOMPARE(groups[0].items[0].x, 2);
        QCOMPARE(groups[0].items[0].width, 10);
        doc->removePanel(copy);
        QCOMPARE(doc->groups()[0].items.size(), 2);
        QVERIFY(!doc->hasPanel(copy));
    }

    void typedView()
    {
        auto doc = DashboardDocument::parse(exportJson());
        QVERIFY(doc.ok());
        const PanelInfo p = doc->panel(QStringLiteral("LLMCostByEnv"));
        QCOMPARE(p.kind, PanelKind::TimeSeriesChart);
        QCOMPARE(p.title, QStringLiteral("LLM Cost By Env"));
        QCOMPARE(p.queries.size(), 1);
        QCOMPARE(p.queries[0].groupBy, QStringLiteral("dim"));
        QCOMPARE(p.queries[0].metrics, QStringList {QStringLiteral("llm_cost")});
        QVERIFY(p.queries[0].timeSeries);
        QCOMPARE(doc->panel(QStringLiteral("Weird")).kind, PanelKind::Unknown);
        QCOMPARE(doc->panel(QStringLiteral("Weird")).kindName, QStringLiteral("StatChart"));
    }

    void validationNamesThePath_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("expectedPath");
        QTest::newRow("kind") << "/kind"
                              << "\"Dashbored\""
                              << "kind: expected \"Dashboard\"";
        QTest::newRow("duration") << "/spec/duration"
                                  << "\"soon\""
                                  << "spec.duration:";
        QTest::newRow("panel plugin") << "/spec/panels/LLMCostByEnv/spec/plugin"
                                      << "7"
                                      << "spec.panels.LLMCostByEnv.spec.plugin:";
        QTest::newRow("query text")
            << "/spec/panels/LLMCostByEnv/spec/queries/0/spec/plugin/spec/query"
            << "{\"a\":1}"
            << "spec.panels.LLMCostByEnv.spec.queries[0].spec.plugin.spec.query:";
        QTest::newRow("item width") << "/spec/layouts/0/spec/items/1/width"
                                    << "\"wide\""
                                    << "spec.layouts[0].spec.items[1].width:";
        QTest::newRow("item overflows") << "/spec/layouts/0/spec/items/1/x"
                                        << "20"
                                        << "spec.layouts[0].spec.items[1]: x + width = 27";
        QTest::newRow("dangling ref")
            << "/spec/layouts/0/spec/items/0/content/$ref"
            << "\"#/spec/panels/Nope\""
            << "spec.layouts[0].spec.items[0].content.$ref: no panel named \"Nope\"";
        QTest::newRow("variable name") << "/spec/variables/0/spec/name"
                                       << "\"bad name\""
                                       << "spec.variables[0].spec.name:";
        QTest::newRow("variable regex")
            << "/spec/variables/0/spec/capturingRegexp"
            << "\"no-group\""
            << "spec.variables[0].spec.capturingRegexp: needs at least one capture group";
        QTest::newRow("layouts type") << "/spec/layouts"
                                      << "{}"
                                      << "spec.layouts: expected an array";
    }

    void validationNamesThePath()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, expectedPath);
        json j = json::parse(exportJson().toStdString());
        j[json::json_pointer(pointer.toStdString())] = json::parse(replacement.toStdString());
        auto doc = DashboardDocument::fromJson(j);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.startsWith(expectedPath), qPrintable(doc.error().message));
    }

    void invalidJsonGivesPosition()
    {
        auto doc
            = DashboardDocument::parse(QByteArray("{\"kind\": \"Dashboard\",\n \"spec\": {,}}"));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QLatin1String("invalid JSON")),
                 qPrintable(doc.error().message));
        QVERIFY(doc.error().position > 20);
        QVERIFY(!DashboardDocument::parse(QByteArray("[]")).ok());
    }

    void emptyDashboardIsValidAndGrows()
    {
        DashboardDocument doc = DashboardDocument::createEmpty(QStringLiteral("Mine"));
        QVERIFY(DashboardDocument::validate(doc.root()).ok());
        const QString a = doc.addPanel(DashboardDocument::makePanel(PanelKind::TimeSeriesChart,
                                                                    QStringLiteral("Spans"),
                                                                    QStringLiteral("SELECT 1")),
                                       0);
        const QString b
            = doc.addPanel(DashboardDocument::makePanel(PanelKind::Table, QStringLiteral("Spans"),
                                                        QStringLiteral("SELECT 2")),
                           0);
        QVERIFY(a != b);
        const auto items = doc.groups()[0].items;
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[1].x, 12); // fills the row
        QCOMPARE(items[1].y, 0);
        doc.addGroup(QStringLiteral("Second"));
        doc.moveGroup(1, 0);
        QCOMPARE(doc.groups()[0].title, QStringLiteral("Second"));
        doc.removeGroup(1);
        QCOMPARE(doc.groups().size(), 1);
        QCOMPARE(doc.groups()[0].items.size(), 2);
        QVERIFY(DashboardDocument::validate(doc.root()).ok());
        QCOMPARE(doc.panel(b).queries[0].timeSeries, false);
    }

    void standardDashboardsLoad()
    {
        const auto all = DashboardRepository::standardDashboards();
        QStringList names;
        for (const auto &e : all)
            names << e.name;
        QVERIFY2(names.contains(QStringLiteral("LLM Tokens and Costs (from records)")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("LLM Tokens and Costs (from metrics)")));
        QVERIFY(names.contains(QStringLiteral("Basic System Metrics")));
        QVERIFY(names.contains(QStringLiteral("Usage Overview")));
        QVERIFY(names.contains(QStringLiteral("Exceptions")));
        for (const auto &e : all) {
            for (const QString &key : e.document.panelKeys()) {
                const PanelInfo p = e.document.panel(key);
                QVERIFY2(p.kind != PanelKind::Unknown, qPrintable(e.name + QLatin1Char('/') + key));
            }
        }
        // Token sums read model-request spans only (never agent-run totals).
        const auto llm
            = DashboardRepository::find(QString(), QStringLiteral("llm-tokens-and-costs-records"));
        QVERIFY(llm.ok());
        const QString sql = llm->panel(QStringLiteral("InputTokensByModel")).queries[0].sql;
        QVERIFY(sql.contains(QLatin1String("gen_ai.request.model' IS NOT NULL")));
        QVERIFY(sql.contains(QLatin1String("time_bucket($resolution, start_timestamp)")));
    }

    void repositorySavesInStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.hearth"));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        auto doc = DashboardDocument::parse(exportJson());
        QVERIFY(doc.ok());
        auto id = DashboardRepository::save(**store, doc.value());
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
        auto dup = DashboardRepository::save(**store, doc.value());
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains(QLatin1String("already exists")));
        QCOMPARE(DashboardRepository::uniqueName(path, QStringLiteral("LLM Cost")),
                 QStringLiteral("LLM Cost (copy)"));
        auto list = DashboardRepository::userDashboards(path);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().document.root() == doc->root());
        auto found = DashboardRepository::find(path, QStringLiteral("llm cost"));
        QVERIFY(found.ok());
        auto missing = DashboardRepository::find(path, QStringLiteral("Nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("no dashboard named \"Nope\"")));
        QVERIFY(DashboardRepository::remove(**store, id.value()).ok());
        QCOMPARE(DashboardRepository::userDashboards(path)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardDocument)
#include "tst_dashboarddocument.moc"
