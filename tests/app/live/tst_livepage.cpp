// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/live/histogramwidget.h"
#include "app/live/livedetailspanel.h"
#include "app/live/livepage.h"
#include "app/widgets/sqllineedit.h"
#include "core/live/livetreemodel.h"
#include "core/store/store.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

std::string hex(int n, int width)
{
    std::string s = QString::number(n, 16).rightJustified(width, QLatin1Char('0')).toStdString();
    return s;
}

// A trace of three spans (root, child, grandchild) started `agoUs` before now.
void addTrace(core::WriteBatch &batch, int n, core::Micros agoUs, int level = 9)
{
    const core::Micros start = core::nowMicros() - agoUs;
    const std::string trace = hex(n, 32);
    for (int i = 0; i < 3; ++i) {
        core::Record r;
        r.traceId = trace;
        r.spanId = hex(n * 10 + i + 1, 16);
        r.parentSpanId = i == 0 ? std::string() : hex(n * 10 + i, 16);
        r.startUs = start + i * 1000;
        r.endUs = start + 100000 - i * 1000;
        r.duration = static_cast<double>(r.endUs - r.startUs) / 1e6;
        r.level = i == 2 ? level : 9;
        r.spanName = "step " + std::to_string(i);
        r.message = "trace " + std::to_string(n) + " step " + std::to_string(i);
        r.serviceName = n % 2 ? "api" : "worker";
        batch.records.push_back(std::move(r));
    }
}

} // namespace

class TestLivePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    bool atBottom(app::LivePage &page)
    {
        QScrollBar *bar = page.list()->verticalScrollBar();
        return bar->value() >= bar->maximum() - 2;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsFollowsAndPauses()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("live.hearth"))).ok());
        core::WriteBatch batch;
        for (int i = 0; i < 60; ++i)
            addTrace(batch, i + 1, (120 - i) * core::kMicrosPerSecond, i == 7 ? 17 : 9);
        QVERIFY(context.store()->write(batch).ok());

        app::LivePage page(&context);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        QSignalSpy loaded(&page, &app::LivePage::loaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loaded.wait(5000) || loaded.count() > 0);
        QTRY_COMPARE(page.model()->rowCount(), 180);
        QCOMPARE(page.model()->index(0).data(core::LiveTreeModel::DepthRole).toInt(), 0);
        QCOMPARE(page.model()->index(2).data(core::LiveTreeModel::DepthRole).toInt(), 2);
        QTRY_VERIFY(atBottom(page));
        QTRY_VERIFY(page.histogramWidget()->histogram().total() == 180);

        // New rows written by the receiver appear at the bottom and the view follows them.
        core::WriteBatch more;
        addTrace(more, 500, core::kMicrosPerSecond);
        QVERIFY(context.store()->write(more).ok());
        context.notifyDataChanged();
        QTRY_COMPARE(page.model()->rowCount(), 183);
        QTRY_VERIFY(atBottom(page));
        QCOMPARE(page.tail()->state(), core::LiveTail::State::Following);

        // Scrolling up pauses the tail: new rows are counted, the view stays where the user is.
        page.list()->verticalScrollBar()->setValue(page.list()->verticalScrollBar()->maximum() / 2);
        QCOMPARE(page.tail()->state(), core::LiveTail::State::Paused);
        const int value = page.list()->verticalScrollBar()->value();
        core::WriteBatch third;
        addTrace(third, 501, core::kMicrosPerSecond / 2);
        QVERIFY(context.store()->write(third).ok());
        context.notifyDataChanged();
        QTRY_COMPARE(page.model()->rowCount(), 186);
        QTRY_COMPARE(page.tail()->unseen(), 3);
        QCOMPARE(page.list()->verticalScrollBar()->value(), value);
        // Back at the bottom: following again.
        page.list()->verticalScrollBar()->setValue(page.list()->verticalScrollBar()->maximum());
        QCOMPARE(page.tail()->state(), core::LiveTail::State::Following);
        QCOMPARE(page.tail()->unseen(), 0);
    }

    void searchFiltersAndReportsErrors()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("search.hearth"))).ok());
        core::WriteBatch batch;
        for (int i = 0; i < 5; ++i)
            addTrace(batch, i + 1, (60 - i) * core::kMicrosPerSecond, i == 2 ? 17 : 9);
        QVERIFY(context.store()->write(batch).ok());
        app::LivePage page(&context);
        page.resize(1000, 600);
        QSignalSpy loaded(&page, &app::LivePage::loaded);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 15);

        // Only the error span matches; its ancestors are fetched as its context.
        page.runSearch(QStringLiteral("level >= 17"));
        QTRY_COMPARE(page.model()->forest().size(), 3);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->index(2).data(core::LiveTreeModel::LevelRole).toInt(), 17);
        QVERIFY(page.model()->index(0).data(core::LiveTreeModel::ErrorInsideRole).toBool());

        // A local error is reported at its position without running anything.
        QSignalSpy failed(&page, &app::LivePage::searchFailed);
        page.runSearch(QStringLiteral("service_name = 'api"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toInt(), 15);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("searchError"))->isVisible());
        QVERIFY(page.searchBox()->property("error").toBool());

        // An engine error too (the search that failed leaves the table unchanged meanwhile).
        page.runSearch(QStringLiteral("nosuchcolumn = 1"));
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("nosuchcolumn")));

        page.runSearch(QString());
        QTRY_COMPARE(page.model()->rowCount(), 15);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("searchError"))->isVisible());
    }

    void searchBoxCompletesColumnNames()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("complete.hearth"))).ok());
        app::LivePage page(&context);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        app::SqlLineEdit *box = page.searchBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("level >= 17 AND servi"));
        auto *popup = box->findChild<QCompleter *>()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("service_name"));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(box->text(), QStringLiteral("level >= 17 AND service_name"));
        QVERIFY(!popup->isVisible());
    }

    void selectionShowsDetailsAndDoubleClickOpensTrace()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("details.hearth"))).ok());
        core::WriteBatch batch;
        addTrace(batch, 42, 10 * core::kMicrosPerSecond);
        QVERIFY(context.store()->write(batch).ok());
        app::LivePage page(&context);
        page.resize(1000, 600);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        page.list()->setCurrentIndex(page.model()->index(1));
        QVERIFY(page.detailsPanel()->isVisible());
        QCOMPARE(page.detailsPanel()->record().spanId, QString::fromStdString(hex(422, 16)));

        QSignalSpy open(&context, &app::AppContext::openTraceRequested);
        Q_EMIT page.list()->doubleClicked(page.model()->index(1));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), QString::fromStdString(hex(42, 32)));
        QCOMPARE(open.first().at(1).toString(), QString::fromStdString(hex(422, 16)));
    }

    void histogramDragZoomsTheRange()
    {
        app::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(QStringLiteral("zoom.hearth"))).ok());
        app::LivePage page(&context);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.histogramWidget()->histogram().bucketCount() > 0);
        auto *h = page.histogramWidget();
        QTest::mousePress(h, Qt::LeftButton, {}, QPoint(100, 30));
        QTest::mouseMove(h, QPoint(400, 30));
        QTest::mouseRelease(h, Qt::LeftButton, {}, QPoint(400, 30));
        QVERIFY(!page.timeRange().relative());
        QVERIFY(page.timeRange().toUs > page.timeRange().fromUs);
        QVERIFY(page.timeRange().toUs - page.timeRange().fromUs < core::kMicrosPerHour);
    }
};

QTEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
