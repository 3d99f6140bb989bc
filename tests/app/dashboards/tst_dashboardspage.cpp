// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/dashboards/dashboardlistmodel.h"
#include "app/dashboards/dashboardspage.h"
#include "app/dashboards/dashboardview.h"
#include "app/dashboards/paneleditordialog.h"
#include "app/dashboards/panelwidget.h"
#include "app/dashboards/resulttablemodel.h"
#include "app/dashboards/timeserieschartview.h"
#include "app/dashboards/valueswidget.h"
#include "core/alerts/alertrule.h"
#include "core/dashboard/dashboardrepository.h"
#include "core/demo/demogenerator.h"
#include "core/query/localengine.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace hearth;

class TestDashboardsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("dash.hearth"));
        auto store = core::Store::open(m_path);
        QVERIFY(store.ok());
        core::demo::Options options;
        options.traces = 40;
        options.days = 2;
        auto summary = core::demo::generate(**store, options);
        QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().message));
    }

    void listModel()
    {
        app::DashboardListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(core::DashboardRepository::standardDashboards());
        QVERIFY(model.rowCount() >= 5);
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("LLM Tokens and Costs (from records)"));
        QVERIFY(model.index(0).data(app::DashboardListModel::StandardRole).toBool());
        QCOMPARE(model.rowOf(QStringLiteral("std:basic-system-metrics")) >= 0, true);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void resultTableModel()
    {
        app::ResultTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto result = std::make_shared<core::QueryResult>();
        result->columns = {{QStringLiteral("trace_id"), core::ColumnType::Text},
                           {QStringLiteral("n"), core::ColumnType::Integer}};
        result->rows = {{QStringLiteral("abc"), qint64(3)}, {QVariant(), qint64(4)}};
        model.setResult(result);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 1).data(app::ResultTableModel::TraceIdRole).toString(),
                 QStringLiteral("abc"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("n"));
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void pageOpensStandardDashboardAndPanelsRender()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_path).ok());
        app::DashboardsPage page(&context);
        page.resize(1400, 900);
        page.show();
        app::DashboardView *view = page.view();
        QTRY_COMPARE(view->document().name(),
                     QStringLiteral("LLM Tokens and Costs (from records)"));
        QVERIFY(view->readOnly());
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 20000);
        QVERIFY2(view->panelErrors().isEmpty(),
                 qPrintable(view->panelErrors().join(QLatin1Char('\n'))));
        // Demo data has model calls: the token chart has series and the tooltip lists them.
        app::PanelWidget *tokens = view->panelWidget(QStringLiteral("InputTokensByModel"));
        QVERIFY(tokens);
        QCOMPARE(tokens->state(), app::PanelWidget::State::Ready);
        QVERIFY(tokens->timeSeriesView());
        QVERIFY(tokens->timeSeriesView()->pointCount() > 0);
        // The rendered query has literals, never variable names.
        auto rendered = view->renderedQuery(QStringLiteral("InputTokensByModel"));
        QVERIFY(rendered.ok());
        QVERIFY(!rendered->contains(QLatin1String("$resolution")));
        QVERIFY(rendered->contains(QLatin1String("INTERVAL '")));
        QVERIFY(rendered->contains(QLatin1String("'all-models'")));

        // Re-opening with unchanged inputs is served from the scheduler's cache.
        const int hits = view->scheduler()->cacheHits();
        page.openDashboard(QStringLiteral("std:basic-system-metrics"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 20000);
        QVERIFY2(view->panelErrors().isEmpty(),
                 qPrintable(view->panelErrors().join(QLatin1Char('\n'))));
        page.openDashboard(QStringLiteral("std:llm-tokens-and-costs-records"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 20000);
        QVERIFY(view->scheduler()->cacheHits() > hits);
    }

    void panelBecomesAnAlertRuleWithItsVariables()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_path).ok());
        app::DashboardsPage page(&context);
        page.resize(1400, 900);
        page.show();
        app::DashboardView *view = page.view();
        QTRY_VERIFY_WITH_TIMEOUT(!view->document().name().isEmpty() && view->isSettled(), 20000);
        app::PanelWidget *tokens = view->panelWidget(QStringLiteral("InputTokensByModel"));
        QVERIFY(tokens);
        auto *alert = tokens->findChild<QToolButton *>(QStringLiteral("createAlertButton"));
        QVERIFY(alert);
        QVERIFY(alert->isVisible());
        QSignalSpy requested(view, &app::DashboardView::createAlertRequested);
        alert->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Input tokens by model"));
        // The SQL keeps its $variables; their current values travel beside it.
        QVERIFY(requested.at(0).at(1).toString().contains(QLatin1String("$")));
        const QVariantMap vars = requested.at(0).at(2).toMap();
        QVERIFY(vars.contains(QStringLiteral("resolution")));
        const core::AlertRule rule = core::fromPanel(requested.at(0).at(0).toString(),
                                                     requested.at(0).at(1).toString(), vars);
        QCOMPARE(rule.sql, requested.at(0).at(1).toString());
        QVERIFY(!rule.variables.isEmpty());
    }

    void everyStandardDashboardRunsOnDemoData()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_path).ok());
        app::DashboardsPage page(&context);
        page.show();
        for (const auto &e : core::DashboardRepository::standardDashboards()) {
            page.openDashboard(e.id);
            QTRY_VERIFY_WITH_TIMEOUT(page.view()->isSettled(), 20000);
            QVERIFY2(page.view()->panelErrors().isEmpty(),
                     qPrintable(e.name + QStringLiteral(": ")
                                + page.view()->panelErrors().join(QLatin1Char('\n'))));
        }
    }

    void cloneEditUndoAndImport()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_path).ok());
        app::DashboardsPage page(&context);
        page.show();
        app::DashboardView *view = page.view();
        QTRY_VERIFY(!view->document().name().isEmpty());
        Q_EMIT view->cloneRequested(view->document());
        QTRY_VERIFY(!view->readOnly());
        QCOMPARE(view->document().name(),
                 QStringLiteral("LLM Tokens and Costs (from records) (copy)"));
        view->setEditing(true);
        QVERIFY(view->editing());
        core::DashboardDocument next = view->document();
        const QString key = next.duplicatePanel(QStringLiteral("TotalCost"));
        view->applyChange(next, QStringLiteral("dup"));
        QVERIFY(view->document().hasPanel(key));
        QVERIFY(view->isDirty());
        view->undoStack()->undo();
        QVERIFY(!view->document().hasPanel(key));
        view->undoStack()->redo();
        QVERIFY(view->document().hasPanel(key));
        Q_EMIT view->saveRequested(view->document());
        QTRY_VERIFY(!view->isDirty());
        auto users = core::DashboardRepository::userDashboards(m_path);
        QVERIFY(users.ok());
        bool found = false;
        for (const auto &u : users.value())
            found = found || u.document.hasPanel(key);
        QVERIFY(found);

        // A Logfire export imports; an invalid file is refused with the path of the problem.
        QCOMPARE(
            page.importFile(QStringLiteral(HEARTH_TEST_DATA_DIR "/dashboards/logfire-export.json")),
            QString());
        QCOMPARE(view->document().name(), QStringLiteral("LLM Cost"));
        const QString bad = QStringLiteral(HEARTH_TEST_DATA_DIR "/dashboards/bad-layout.json");
        const QString error = page.importFile(bad);
        QVERIFY2(error.contains(QLatin1String("spec.layouts[0].spec.items[0]")), qPrintable(error));
    }

    void panelEditorRendersQueryAndOffersColumns()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_path).ok());
        app::DashboardsPage page(&context);
        page.resize(1500, 950);
        page.show();
        app::DashboardView *view = page.view();
        QTRY_VERIFY_WITH_TIMEOUT(!view->document().name().isEmpty() && view->isSettled(), 20000);
        Q_EMIT view->cloneRequested(view->document());
        QTRY_VERIFY(!view->readOnly());
        view->setEditing(true);
        QTRY_VERIFY_WITH_TIMEOUT(view->isSettled(), 20000);
        const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            // Documentation aid only: let QtCharts finish its deferred layout before grabbing.
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            page.grab().save(shots + QStringLiteral("/dashboard-edit.png"));
        }

        const core::TimeWindow range = view->currentRange();
        app::PanelEditorDialog dialog(
            view->document().panelJson(QStringLiteral("CostByModel")),
            std::make_shared<core::LocalEngine>(m_path),
            [view](const core::PanelInfo &info) { return view->variableValues(&info); }, range);
        dialog.resize(1300, 760);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->state() == app::PanelWidget::State::Ready,
                                 20000);
        QVERIFY(dialog.columnChoices().contains(QStringLiteral("model")));
        QVERIFY(dialog.columnChoices().contains(QStringLiteral("cost")));
        QVERIFY(dialog.renderedSql().contains(QLatin1String("time_bucket(INTERVAL '")));
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/dashboard-panel-editor.png"));
        // Unknown options survive an edit made in the dialog.
        const nlohmann::json edited = dialog.panelJson();
        QVERIFY(edited["spec"]["plugin"]["spec"]["visual"]["palette"]["mode"] == "categorical");
        QVERIFY(edited["spec"]["queries"][0]["spec"]["plugin"]["spec"]["groupBy"] == "model");
        // A broken query shows the engine's error in the preview, not an empty chart.
        dialog.setSql(QStringLiteral("SELECT nope FROM records"));
        dialog.runPreview();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->state() == app::PanelWidget::State::Error,
                                 20000);
        QVERIFY(!dialog.preview()->errorText().isEmpty());
    }

    void panelVariablesShadowDashboardOnes()
    {
        QFile f(QStringLiteral(HEARTH_TEST_DATA_DIR "/dashboards/panel-variable.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto doc = core::DashboardDocument::parse(f.readAll());
        QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error().message));
        app::DashboardView view;
        view.setEngine(std::make_shared<core::LocalEngine>(m_path));
        view.resize(1000, 600);
        view.show();
        view.setDocument(doc.value(), false);
        QTRY_VERIFY_WITH_TIMEOUT(view.isSettled(), 20000);
        QVERIFY2(view.panelErrors().isEmpty(),
                 qPrintable(view.panelErrors().join(QLatin1Char('\n'))));
        app::PanelWidget *shadow = view.panelWidget(QStringLiteral("Shadow"));
        app::PanelWidget *plain = view.panelWidget(QStringLiteral("Plain"));
        QVERIFY(shadow && plain && shadow->valuesWidget() && plain->valuesWidget());
        QCOMPARE(shadow->valuesWidget()->formattedValues(), QStringList {QStringLiteral("a")});
        QCOMPARE(plain->valuesWidget()->formattedValues(), QStringList {QStringLiteral("x")});
        auto *combo = shadow->findChild<QComboBox *>(QStringLiteral("panelVariable_v"));
        QVERIFY(combo);
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QTRY_COMPARE_WITH_TIMEOUT(shadow->valuesWidget()->formattedValues(),
                                  QStringList {QStringLiteral("b")}, 20000);
        QCOMPARE(plain->valuesWidget()->formattedValues(), QStringList {QStringLiteral("x")});
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestDashboardsPage)
#include "tst_dashboardspage.moc"
