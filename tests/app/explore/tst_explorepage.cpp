// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/explore/explorepage.h"
#include "app/widgets/sqleditor.h"
#include "core/live/queryresultmodel.h"
#include "core/store/store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestExplorePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    app::AppContext m_context;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_context.openStore(m_dir.filePath(QStringLiteral("e.hearth"))).ok());
        core::WriteBatch batch;
        for (int i = 0; i < 20; ++i) {
            core::Record r;
            r.traceId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toStdString();
            r.spanId = QStringLiteral("%1").arg(i + 100, 16, 16, QLatin1Char('0')).toStdString();
            r.startUs = core::nowMicros() - i * core::kMicrosPerSecond;
            r.endUs = r.startUs + 1000;
            r.duration = 0.001;
            r.spanName = "s";
            r.message = "m" + std::to_string(i);
            r.serviceName = i % 2 ? "api" : "worker";
            batch.records.push_back(std::move(r));
        }
        QVERIFY(m_context.store()->write(batch).ok());
    }

    void runsAndOpensTraces()
    {
        app::ExplorePage page(&m_context);
        QAbstractItemModelTester tester(page.resultModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&page, &app::ExplorePage::finished);
        page.setSql(QStringLiteral(
            "SELECT trace_id, span_id, service_name FROM records ORDER BY start_timestamp"));
        page.run();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(page.resultModel()->rowCount(), 20);
        QVERIFY(page.history().contains(page.editor()->toPlainText()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("exploreStatus"))
                    ->text()
                    .contains(QStringLiteral("local:")));

        QSignalSpy open(&m_context, &app::AppContext::openTraceRequested);
        Q_EMIT page.table()->doubleClicked(page.resultModel()->index(0, 1));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString().size(), 32);
        QCOMPARE(open.first().at(1).toString().size(), 16);
        Q_EMIT page.table()->doubleClicked(page.resultModel()->index(0, 2)); // not an id column
        QCOMPARE(open.count(), 1);

        page.table()->selectionModel()->select(page.resultModel()->index(3, 2),
                                               QItemSelectionModel::Select);
        QCOMPARE(page.copySelection(),
                 page.resultModel()->index(3, 2).data().toString() + QLatin1Char('\n'));

        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(page.exportTo(csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 21);
    }

    void showsErrorsAtTheirPosition()
    {
        app::ExplorePage page(&m_context);
        QSignalSpy finished(&page, &app::ExplorePage::finished);
        page.setSql(QStringLiteral("SELECT nosuch FROM records"));
        page.run();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        auto *error = page.findChild<QLabel *>(QStringLiteral("exploreError"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("nosuch")));
        QCOMPARE(page.editor()->errorPosition(), 7);
    }

    void handlesOneHundredThousandRows()
    {
        app::ExplorePage page(&m_context);
        page.resize(1000, 700);
        page.show();
        QSignalSpy finished(&page, &app::ExplorePage::finished);
        page.setLimit(100000);
        page.setSql(QStringLiteral(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
            "SELECT x, x % 7 AS m, 'row ' || x AS label FROM c"));
        page.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(page.resultModel()->rowCount(), 100000);
        page.table()->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(page.resultModel()->index(0, 0).data().toString(), QStringLiteral("100000"));
        page.table()->scrollToBottom();
        QCOMPARE(page.resultModel()->index(99999, 0).data().toString(), QStringLiteral("1"));
    }

    void cancelStopsALongQuery()
    {
        app::ExplorePage page(&m_context);
        QSignalSpy finished(&page, &app::ExplorePage::finished);
        page.setSql(
            QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                           "SELECT count(*) FROM c"));
        page.run();
        QVERIFY(page.running());
        page.cancel();
        QVERIFY(!page.running());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
    }
};

QTEST_MAIN(TestExplorePage)
#include "tst_explorepage.moc"
