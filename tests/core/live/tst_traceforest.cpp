// SPDX-License-Identifier: MIT
#include "core/live/livetreemodel.h"
#include "core/live/traceforest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hearth::core;

namespace {

LiveRecord rec(const QString &trace, const QString &span, const QString &parent, Micros start,
               Micros end = -1, int level = 9)
{
    LiveRecord r;
    r.traceId = trace;
    r.spanId = span;
    r.parentSpanId = parent;
    r.startUs = start;
    r.endUs = end < 0 ? start + 10 : end;
    r.duration = static_cast<double>(r.endUs - r.startUs) / 1e6;
    r.kind = QStringLiteral("span");
    r.level = level;
    r.message = span;
    r.serviceName = QStringLiteral("svc");
    return r;
}

LiveRecord chat(const QString &trace, const QString &span, const QString &parent, Micros start,
                qint64 in, qint64 out)
{
    LiveRecord r = rec(trace, span, parent, start);
    r.inputTokens = in;
    r.outputTokens = out;
    r.modelRequest = true;
    r.model = QStringLiteral("gpt-4o");
    return r;
}

QStringList rows(const LiveTreeModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << QString(QString(m.index(i).data(LiveTreeModel::DepthRole).toInt(), QLatin1Char('.'))
                       + m.index(i).data(LiveTreeModel::SpanIdRole).toString());
    return out;
}

} // namespace

class TestTraceForest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void childrenBeforeParentsAreAdopted()
    {
        LiveTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Exporters send children first: the children wait at root level, then move under the root.
        model.merge({rec(QStringLiteral("t1"), QStringLiteral("c2"), QStringLiteral("r"), 30),
                     rec(QStringLiteral("t1"), QStringLiteral("c1"), QStringLiteral("r"), 20)});
        QCOMPARE(rows(model), (QStringList {QStringLiteral("c1"), QStringLiteral("c2")}));
        model.merge({rec(QStringLiteral("t1"), QStringLiteral("r"), QString(), 10, 100)});
        QCOMPARE(rows(model),
                 (QStringList {QStringLiteral("r"), QStringLiteral(".c1"), QStringLiteral(".c2")}));
        QCOMPARE(model.index(0).data(LiveTreeModel::ChildCountRole).toInt(), 2);
        QVERIFY(model.forest().missingParents(10).isEmpty());
    }

    void newTracesAppendAtTheBottomWithOneInsert()
    {
        LiveTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({rec(QStringLiteral("a"), QStringLiteral("a1"), QString(), 10)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.merge({rec(QStringLiteral("b"), QStringLiteral("b1"), QString(), 20),
                     rec(QStringLiteral("b"), QStringLiteral("b2"), QStringLiteral("b1"), 21),
                     rec(QStringLiteral("c"), QStringLiteral("c1"), QString(), 30)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(rows(model).last(), QStringLiteral("c1"));
    }

    void olderRowsKeepSelectionThroughLayoutChange()
    {
        LiveTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({rec(QStringLiteral("b"), QStringLiteral("b1"), QString(), 20)});
        QPersistentModelIndex selected = model.index(0);
        model.merge({rec(QStringLiteral("a"), QStringLiteral("a1"), QString(), 10)});
        QCOMPARE(rows(model), (QStringList {QStringLiteral("a1"), QStringLiteral("b1")}));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data(LiveTreeModel::SpanIdRole).toString(), QStringLiteral("b1"));
    }

    void pendingSpanIsReplacedByTheRealSpan()
    {
        LiveTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveRecord pending = rec(QStringLiteral("t"), QStringLiteral("r"), QString(), 10, 10);
        pending.kind = QStringLiteral("pending_span");
        model.merge({pending});
        QVERIFY(model.index(0).data(LiveTreeModel::PendingRole).toBool());
        QVERIFY(!model.index(0).data(LiveTreeModel::DurationRole).isValid());
        model.merge({rec(QStringLiteral("t"), QStringLiteral("r"), QString(), 10, 2000010)});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0).data(LiveTreeModel::PendingRole).toBool());
        QCOMPARE(model.index(0).data(LiveTreeModel::DurationRole).toDouble(), 2.0);
        // A late pending row never turns a finished span back into a running one.
        model.merge({pending});
        QVERIFY(!model.index(0).data(LiveTreeModel::PendingRole).toBool());
    }

    void sdkPendingSpanStandsForItsRealSpan()
    {
        // The Python SDK writes the pending span as a child of the real span (logfire.md §1.5).
        QueryResult result;
        for (const char *c :
             {"trace_id", "span_id", "parent_span_id", "kind", "start_timestamp", "attributes"})
            result.columns.push_back({QString::fromLatin1(c), ColumnType::Text});
        result.rows.push_back(
            {QStringLiteral("t"), QStringLiteral("p1"), QStringLiteral("real"),
             QStringLiteral("pending_span"), qint64(5),
             QStringLiteral("{\"logfire.pending_parent_id\":\"0000000000000000\"}")});
        const auto records = liveRecordsFromResult(result);
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records[0].spanId, QStringLiteral("real"));
        QVERIFY(records[0].parentSpanId.isEmpty());
        QVERIFY(records[0].pending());

        // Written with the real span's id (pending_parent_id = parent_span_id): kept as it is.
        result.rows[0] = {QStringLiteral("t"),
                          QStringLiteral("real"),
                          QStringLiteral("par"),
                          QStringLiteral("pending_span"),
                          qint64(5),
                          QStringLiteral("{\"logfire.pending_parent_id\":\"par\"}")};
        const auto same = liveRecordsFromResult(result);
        QCOMPARE(same[0].spanId, QStringLiteral("real"));
        QCOMPARE(same[0].parentSpanId, QStringLiteral("par"));
    }

    void tokenSumCountsModelRequestsOnly()
    {
        LiveTreeModel model;
        LiveRecord agent
            = rec(QStringLiteral("t"), QStringLiteral("agent"), QStringLiteral("root"), 2, 90);
        // Pydantic AI 1.x repeats the run's totals on the agent span: it must not count twice.
        agent.inputTokens = 300;
        agent.outputTokens = 30;
        model.merge(
            {rec(QStringLiteral("t"), QStringLiteral("root"), QString(), 1, 100), agent,
             chat(QStringLiteral("t"), QStringLiteral("c1"), QStringLiteral("agent"), 3, 100, 10),
             chat(QStringLiteral("t"), QStringLiteral("c2"), QStringLiteral("agent"), 4, 200, 20)});
        QCOMPARE(model.index(0).data(LiveTreeModel::TokensRole).toString(),
                 QStringLiteral("∑ ↗300 ↙30"));
        QCOMPARE(model.index(1).data(LiveTreeModel::TokensRole).toString(),
                 QStringLiteral("∑ ↗300 ↙30"));
        QCOMPARE(model.index(2).data(LiveTreeModel::TokensRole).toString(),
                 QStringLiteral("↗100 ↙10"));
    }

    void errorInsideMarksAncestors()
    {
        LiveTreeModel model;
        model.merge(
            {rec(QStringLiteral("t"), QStringLiteral("r"), QString(), 1, 100),
             rec(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("r"), 2),
             rec(QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("a"), 3, -1, 17)});
        QVERIFY(model.index(0).data(LiveTreeModel::ErrorInsideRole).toBool());
        QVERIFY(model.index(1).data(LiveTreeModel::ErrorInsideRole).toBool());
        QVERIFY(!model.index(2).data(LiveTreeModel::ErrorInsideRole).toBool());
    }

    void expandCollapseInsertsAndRemovesRows()
    {
        LiveTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.merge({rec(QStringLiteral("t"), QStringLiteral("r"), QString(), 1, 100),
                     rec(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("r"), 2),
                     rec(QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("a"), 3),
                     rec(QStringLiteral("u"), QStringLiteral("x"), QString(), 5)});
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.toggleExpanded(0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(rows(model), (QStringList {QStringLiteral("r"), QStringLiteral("x")}));
        // Collapsed state survives new data for the same trace.
        model.merge({rec(QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("r"), 4)});
        QCOMPARE(rows(model), (QStringList {QStringLiteral("r"), QStringLiteral("x")}));
        QCOMPARE(model.index(0).data(LiveTreeModel::ChildCountRole).toInt(), 2);
        model.toggleExpanded(0);
        QCOMPARE(rows(model),
                 (QStringList {QStringLiteral("r"), QStringLiteral(".a"), QStringLiteral("..b"),
                               QStringLiteral(".c"), QStringLiteral("x")}));
        model.setAllExpanded(false);
        QCOMPARE(model.rowCount(), 2);
        model.setAllExpanded(true);
        QCOMPARE(model.rowCount(), 5);
    }

    void localFilterKeepsAncestorsOfMatches()
    {
        LiveTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveRecord other = rec(QStringLiteral("u"), QStringLiteral("x"), QString(), 9);
        other.serviceName = QStringLiteral("billing");
        model.merge({rec(QStringLiteral("t"), QStringLiteral("r"), QString(), 1, 100),
                     rec(QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("r"), 2),
                     rec(QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("r"), 3, -1, 17),
                     other});
        LocalFilter errors;
        errors.minLevel = 17;
        model.setLocalFilter(errors);
        QCOMPARE(rows(model), (QStringList {QStringLiteral("r"), QStringLiteral(".b")}));
        LocalFilter billing;
        billing.services = {QStringLiteral("billing")};
        model.setLocalFilter(billing);
        QCOMPARE(rows(model), (QStringList {QStringLiteral("x")}));
        QCOMPARE(model.forest().services(),
                 (QStringList {QStringLiteral("billing"), QStringLiteral("svc")}));
        model.setLocalFilter(LocalFilter());
        QCOMPARE(model.rowCount(), 4);
    }

    void capacityDropsOldestTreesFromTheTop()
    {
        LiveTreeModel model(5);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 4; ++i)
            model.merge({rec(QStringLiteral("t%1").arg(i), QStringLiteral("r"), QString(), 10 * i),
                         rec(QStringLiteral("t%1").arg(i), QStringLiteral("c"), QStringLiteral("r"),
                             10 * i + 1)});
        QVERIFY(model.forest().size() <= 5);
        QCOMPARE(model.index(model.rowCount() - 1).data(LiveTreeModel::TraceIdRole).toString(),
                 QStringLiteral("t3"));
        QCOMPARE(model.index(0).data(LiveTreeModel::TraceIdRole).toString(), QStringLiteral("t2"));
        QCOMPARE(model.forest().oldestStartUs(), Micros(20));
    }

    void missingParentsAreReported()
    {
        TraceForest forest;
        forest.merge({rec(QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("p"), 5)});
        const auto missing = forest.missingParents(10);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().first, QStringLiteral("t"));
        QCOMPARE(missing.first().second, QStringLiteral("p"));
    }

    void httpMessageShowsStatus()
    {
        LiveRecord r = rec(QStringLiteral("t"), QStringLiteral("s"), QString(), 1);
        r.message = QStringLiteral("GET /users/{id}");
        r.httpStatus = 404;
        QCOMPARE(LiveTreeModel::displayMessage(r), QStringLiteral("GET /users/{id} → 404"));
    }
};

QTEST_GUILESS_MAIN(TestTraceForest)
#include "tst_traceforest.moc"
