// SPDX-License-Identifier: MIT
#include "app/alerts/alerteditordialog.h"
#include "app/alerts/alertrulesmodel.h"
#include "app/alerts/alertrunsmodel.h"
#include "app/alerts/alertspage.h"
#include "app/alerts/matchedrowsmodel.h"
#include "app/appcontext.h"
#include "core/alerts/alertevaluator.h"
#include "core/query/localengine.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "loopmeter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hearth;

namespace {

core::Record failingSpan(int i)
{
    core::Record r;
    r.traceId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('a')).toStdString();
    r.spanId = QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('b')).toStdString();
    r.kind = "span";
    r.startUs = core::nowMicros() - 60 * core::kMicrosPerSecond;
    r.endUs = r.startUs + 1000;
    r.duration = 0.001;
    r.spanName = "POST /checkout";
    r.message = "checkout failed";
    r.serviceName = "checkout";
    r.isException = true;
    r.level = 17;
    return r;
}

core::AlertRule exceptionRule()
{
    core::AlertRule rule;
    rule.name = QStringLiteral("Exceptions in checkout");
    rule.sql = QStringLiteral(
        "SELECT trace_id, message FROM records WHERE is_exception AND service_name = $service");
    rule.variables = {{QStringLiteral("service"), QStringLiteral("checkout")}};
    rule.window = 15 * core::kMicrosPerMinute;
    rule.notifyWhen = core::NotifyWhen::StartsHavingMatches;
    rule.channels.push_back({core::AlertChannel::Type::Desktop});
    return rule;
}

// Saves grabs for docs/screenshots when HEARTH_SCREENSHOT_DIR is set (not part of the checks).
void maybeSave(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelsPassTheModelTester()
    {
        app::AlertRulesModel rules;
        QAbstractItemModelTester t1(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::AlertRun run;
        run.ruleId = 1;
        run.state = core::AlertState::Firing;
        run.rowCount = 2;
        run.startedAt = core::nowMicros();
        rules.setRows({{exceptionRule(), {run}, core::nowMicros()}, {exceptionRule(), {}, {}}});
        QCOMPARE(rules.rowCount(), 2);
        QCOMPARE(rules.index(0, app::AlertRulesModel::StateColumn).data().toString(),
                 core::alertStateLabel(core::AlertState::Firing));
        QCOMPARE(rules.index(1, app::AlertRulesModel::StateColumn).data().toString(),
                 core::alertStateLabel(core::AlertState::NoData));
        QCOMPARE(rules.index(0, 0).data(app::AlertRulesModel::ActivityRole).toList().size(), 1);

        app::AlertRunsModel runs;
        QAbstractItemModelTester t2(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run.transition = QStringLiteral("ok->firing");
        run.deliveryJson = QByteArrayLiteral("[{\"channel\":\"Slack\",\"ok\":false,\"attempts\":4,"
                                             "\"error\":\"HTTP 500\"}]");
        runs.setRuns({run});
        QCOMPARE(runs.index(0, app::AlertRunsModel::TransitionColumn).data().toString(),
                 QStringLiteral("started firing"));
        QVERIFY(runs.index(0, app::AlertRunsModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Slack failed after 4 attempt(s): HTTP 500")));

        app::MatchedRowsModel matched;
        QAbstractItemModelTester t3(&matched,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::QueryResult result;
        result.columns = {{QStringLiteral("message"), core::ColumnType::Text},
                          {QStringLiteral("trace_id"), core::ColumnType::Text}};
        result.rows = {{QStringLiteral("boom"), QStringLiteral("abc")}};
        QVERIFY(matched.setRowsJson(core::resultToRowsJson(result)));
        QCOMPARE(matched.traceIdColumn(), 1);
        QCOMPARE(matched.index(0, 1).data(app::MatchedRowsModel::TraceIdRole).toString(),
                 QStringLiteral("abc"));
        QVERIFY(matched.index(0, 0).data(app::MatchedRowsModel::TraceIdRole).toString().isEmpty());
        QVERIFY(!matched.setRowsJson("not json"));
        QCOMPARE(matched.rowCount(), 0);
    }

    void pageShowsRulesRunsAndOpensTraces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.hearth"));
        app::AppContext context;
        QVERIFY(context.openStore(path).ok());
        core::WriteBatch batch;
        for (int i = 1; i <= 3; ++i)
            batch.records.push_back(failingSpan(i));
        QVERIFY(context.store()->write(batch).ok());
        {
            auto repo = core::AlertRepository::open(path);
            QVERIFY(repo.ok());
            core::AlertRule rule = exceptionRule();
            QVERIFY((*repo)->saveRule(rule).ok());
            core::AlertRule quiet = exceptionRule();
            quiet.name = QStringLiteral("Nothing here");
            quiet.sql = QStringLiteral("SELECT trace_id FROM records WHERE span_name = 'none'");
            quiet.variables.clear();
            QVERIFY((*repo)->saveRule(quiet).ok());
        }

        app::AlertsPage page(&context);
        page.resize(1200, 800);
        page.show();
        QAbstractItemModelTester tester(page.rulesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The GUI scheduler evaluates both new rules at once; the list follows.
        QTRY_COMPARE(page.rulesModel()->rowCount(), 2);
        QTRY_COMPARE(page.tileCount(core::AlertState::Firing), 1);
        QTRY_COMPARE(page.tileCount(core::AlertState::Ok), 1); // the second rule may finish later

        const int row = page.rulesModel()->rowOfRule(
            page.repository()->ruleByName(QStringLiteral("Exceptions in checkout")).value()->id);
        page.selectRule(page.rulesModel()->rowAt(row)->rule.id);
        QTRY_COMPARE(page.runsModel()->rowCount(), 1);
        QTRY_COMPARE(page.matchedModel()->rowCount(), 3);
        maybeSave(&page, "alerts-page.png");

        QSignalSpy open(&context, &app::AppContext::openTraceRequested);
        auto *matchedView = page.findChild<QTableView *>(QStringLiteral("alertMatchedRows"));
        QVERIFY(matchedView);
        const int traceColumn = page.matchedModel()->traceIdColumn();
        const QModelIndex cell = page.matchedModel()->index(0, traceColumn);
        QVERIFY(matchedView->isVisible());
        const QPoint at = matchedView->visualRect(cell).center();
        // An item view only reports a double-click on the index that was pressed first.
        QTest::mouseClick(matchedView->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(matchedView->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().at(0).toString(), cell.data().toString());
    }

    // `hearth-cli serve` evaluates the store: the page says so and does not evaluate; when serve
    // stops (releasing the lease) the page's scheduler takes over.
    void serveOnTheSameStoreIsTheOnlyEvaluator()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.hearth"));
        {
            auto store = core::Store::open(path);
            QVERIFY(store.ok());
            auto repo = core::AlertRepository::open(path);
            QVERIFY(repo.ok());
            core::AlertRule rule = exceptionRule();
            QVERIFY((*repo)->saveRule(rule).ok());
        }
        QProcess serve;
        serve.start(QStringLiteral(HEARTH_CLI_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--no-otlp"), QStringLiteral("--db"),
                     path, QStringLiteral("--alerts-poll-ms"), QStringLiteral("50")});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        while (!out.contains("this process evaluates the rules")) {
            QVERIFY2(serve.waitForReadyRead(20000), serve.readAllStandardError().constData());
            out += serve.readAllStandardOutput();
        }

        app::AppContext context;
        QVERIFY(context.openStore(path).ok());
        app::AlertsPage page(&context);
        page.resize(1200, 800);
        page.show();
        const QString expected = QStringLiteral("Rules are evaluated by hearth-cli serve (pid %1).")
                                     .arg(serve.processId());
        QTRY_COMPARE_WITH_TIMEOUT(page.evaluatorText(), expected, 10000);
        QVERIFY(page.scheduler());
        QVERIFY(!page.scheduler()->isEvaluator());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("alertsEvaluator"))->isVisible());
        maybeSave(&page, "alerts-evaluated-by-serve.png");

        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 0);
        // The page ticks every second; the released lease is taken on the next tick.
        QTRY_VERIFY_WITH_TIMEOUT(page.scheduler()->isEvaluator(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.evaluatorText(), QString(), 10000);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("alertsEvaluator"))->isVisible());
    }

    // The in-process OTLP receiver holds the store's write lock (here: a second connection in
    // BEGIN IMMEDIATE) while the page opens and polls its lease. Every lease look waits out the
    // busy timeout on the pool, so the GUI thread keeps turning; once the lock is gone the page
    // takes the lease and evaluates.
    void guiStaysResponsiveWhileTheStoreIsLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.hearth"));
        app::AppContext context;
        QVERIFY(context.openStore(path).ok());
        core::WriteBatch batch;
        batch.records.push_back(failingSpan(1));
        QVERIFY(context.store()->write(batch).ok());
        auto repo = core::AlertRepository::open(path);
        QVERIFY(repo.ok());
        core::AlertRule rule = exceptionRule();
        QVERIFY((*repo)->saveRule(rule).ok());

        auto blocker = core::sqlite::Connection::open(path.toStdString(),
                                                      core::sqlite::Connection::Mode::ReadWrite);
        QVERIFY(blocker.ok());
        QVERIFY(blocker->exec("BEGIN IMMEDIATE").ok());

        app::AlertsPage page(&context);
        QSignalSpy refreshed(&page, &app::AlertsPage::refreshed);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.lease());
        QSignalSpy checked(page.lease(), &core::AlertLeaseKeeper::checked);
        QTRY_VERIFY(refreshed.count() > 0); // the first list is shown (reads do not wait)

        // A lease call on this thread would pause it for the busy timeout on every poll.
        const qint64 maxGap = core::AlertLease::kBusyTimeoutMs * 3 / 4;
        test::LoopMeter meter;
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 2, 10000); // the page polls every second
        qInfo("longest pause of the event loop while locked: %lld ms", meter.maxGapMs());
        QVERIFY2(meter.maxGapMs() < maxGap,
                 qPrintable(QStringLiteral("the GUI paused %1 ms").arg(meter.maxGapMs())));
        QVERIFY(meter.firings() > 50);
        QCOMPARE(page.lease()->lastCheck().held.error().code, core::Error::Code::Busy);
        QVERIFY(!page.scheduler()->isEvaluator());
        QCOMPARE((*repo)->runs(rule.id).value().size(), 0);
        QVERIFY(page.evaluatorText().isEmpty()); // nobody else evaluates either

        QVERIFY(blocker->exec("COMMIT").ok());
        QTRY_VERIFY_WITH_TIMEOUT(page.scheduler()->isEvaluator(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT((*repo)->runs(rule.id).value().size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.tileCount(core::AlertState::Firing), 1, 10000);
        QCOMPARE((*repo)->evaluator(core::nowMicros()).value()->owner,
                 page.scheduler()->leaseOwner());
    }

    // Closing the window (destroying the page) while a lease look waits for the lock: no crash,
    // and the lease is given up once the lock is free rather than left to lapse.
    void closingWhileALeaseCheckWaitsReleasesTheLease()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("closing.hearth"));
        app::AppContext context;
        QVERIFY(context.openStore(path).ok());
        auto repo = core::AlertRepository::open(path);
        QVERIFY(repo.ok());
        core::AlertRule rule = exceptionRule();
        QVERIFY((*repo)->saveRule(rule).ok());

        auto page = std::make_unique<app::AlertsPage>(&context);
        QTRY_VERIFY(page->scheduler()->isEvaluator());
        const QString owner = page->scheduler()->leaseOwner();
        QCOMPARE((*repo)->evaluator(core::nowMicros()).value()->owner, owner);
        // The rule's run is recorded first: closing waits for runs in flight, by design.
        QTRY_COMPARE((*repo)->runs(rule.id).value().size(), 1);

        auto blocker = core::sqlite::Connection::open(path.toStdString(),
                                                      core::sqlite::Connection::Mode::ReadWrite);
        QVERIFY(blocker.ok());
        QVERIFY(blocker->exec("BEGIN IMMEDIATE").ok());
        // A look in flight (as the next poll would start one), then the window closes at once:
        // the release waits for the lock on the pool, not on this thread.
        page->lease()->requestCheck();
        QElapsedTimer closing;
        closing.start();
        page.reset();
        QVERIFY2(closing.elapsed() < core::AlertLease::kBusyTimeoutMs,
                 qPrintable(QStringLiteral("closing took %1 ms").arg(closing.elapsed())));
        QCOMPARE((*repo)->evaluator(core::nowMicros()).value()->owner, owner); // not yet
        QVERIFY(blocker->exec("COMMIT").ok());
        QTRY_VERIFY(!(*repo)->evaluator(core::nowMicros()).value().has_value());
    }

    void editorSummarisesAndPreviews()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("editor.hearth"));
        app::AppContext context;
        QVERIFY(context.openStore(path).ok());
        core::WriteBatch batch;
        for (int i = 1; i <= 2; ++i)
            batch.records.push_back(failingSpan(i));
        QVERIFY(context.store()->write(batch).ok());

        auto engines
            = std::make_shared<core::AlertEngines>(std::make_shared<core::LocalEngine>(path));
        core::LogfireConnection prod;
        prod.id = QStringLiteral("a1b2");
        prod.name = QStringLiteral("prod-eu");
        prod.region = QStringLiteral("eu");
        engines->setConnections({prod});
        engines->setTokenProblem(prod.id, QStringLiteral("the keychain has no entry"));
        app::AlertEditorDialog editor(exceptionRule(), engines);
        editor.show();
        QVERIFY(editor.summaryText().contains(QLatin1String("starts returning rows")));
        QVERIFY(editor.summaryText().contains(QLatin1String("$service")));
        QSignalSpy done(&editor, &app::AlertEditorDialog::previewFinished);
        // Ctrl+Enter in the rule's SQL runs the preview, as it runs the query in Explore.
        auto *sql = editor.findChild<QPlainTextEdit *>(QStringLiteral("alertSql"));
        QVERIFY(sql);
        QTest::keyClick(sql, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(done.wait(10000));
        QCOMPARE(editor.previewModel()->rowCount(), 2);
        maybeSave(&editor, "alerts-editor.png");

        // The rule can run on a Logfire connection instead; its preview runs there too, and
        // says precisely why it cannot.
        auto *engineBox = editor.findChild<QComboBox *>(QStringLiteral("alertEngine"));
        QVERIFY(engineBox);
        QCOMPARE(engineBox->count(), 2);
        QCOMPARE(engineBox->currentData().toString(), QStringLiteral("local"));
        engineBox->setCurrentIndex(1);
        QCOMPARE(editor.rule().engine, QStringLiteral("a1b2"));
        editor.preview();
        QVERIFY(done.wait(10000));
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("alertPreviewStatus"))->text(),
                 QStringLiteral("Error: no read token for 'prod-eu': the keychain has no entry"));
        QCOMPARE(editor.previewModel()->rowCount(), 0);

        // A rule naming a connection this machine lacks keeps it, marked as not configured.
        core::AlertRule imported = exceptionRule();
        imported.engine = QStringLiteral("staging");
        app::AlertEditorDialog other(imported, engines);
        auto *otherBox = other.findChild<QComboBox *>(QStringLiteral("alertEngine"));
        QCOMPARE(otherBox->count(), 3);
        QCOMPARE(otherBox->currentText(), QStringLiteral("staging (not configured)"));
        QCOMPARE(other.rule().engine, QStringLiteral("staging"));

        // A bad rule is refused with the reason, and the dialog stays open.
        editor.findChild<QPlainTextEdit *>(QStringLiteral("alertSql"))->setPlainText(QString());
        editor.accept();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("alertError"))
                    ->text()
                    .contains(QLatin1String("SQL")));
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
