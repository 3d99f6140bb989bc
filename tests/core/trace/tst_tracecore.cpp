// SPDX-License-Identifier: MIT
#include "core/store/store.h"
#include "core/trace/coveragemipmap.h"
#include "core/trace/criticalpath.h"
#include "core/trace/sampletraces.h"
#include "core/trace/timegeometry.h"
#include "core/trace/traceloader.h"
#include "core/trace/traceoutline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::trace;

namespace {

// A trace from readable text: one span per line, "indent name start end [flags]", indent = depth
// (two spaces per level), flags: E error, M model request (tokens in/out = 100/10), L log.
std::shared_ptr<const TraceData> traceFromText(const QString &text)
{
    TraceBuilder builder("t");
    std::vector<std::uint64_t> stack;
    std::uint64_t id = 1;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int depth
            = static_cast<int>(line.indexOf(QRegularExpression(QStringLiteral("\\S")))) / 2;
        const QStringList f = line.trimmed().split(QLatin1Char(' '));
        stack.resize(static_cast<size_t>(depth));
        const QString flags = f.value(3);
        TokenUsage usage;
        std::uint8_t bits = 0;
        if (flags.contains(QLatin1Char('M'))) {
            usage = {100, 10, 0.5, 1};
            bits |= FlagModelRequest;
        }
        if (flags.contains(QLatin1Char('E')))
            bits |= FlagError;
        const SpanKind kind = flags.contains(QLatin1Char('L')) ? SpanKind::Log : SpanKind::Span;
        builder.add(id, depth ? stack.back() : 0, depth > 0, f[1].toLongLong(), f[2].toLongLong(),
                    kind, 9, bits, 0, f[0].toStdString(), usage);
        stack.push_back(id++);
    }
    return std::make_shared<TraceData>(builder.build());
}

QStringList rowNames(const TraceOutline &outline)
{
    QStringList out;
    for (int node : outline.rows()) {
        QString name = QString::fromStdString(std::string(outline.data().message(node)));
        if (outline.hiddenDescendants(node) > 0)
            name += QStringLiteral("+%1").arg(outline.hiddenDescendants(node));
        out << name;
    }
    return out;
}

const char *kAgent = R"(
root 0 100
  a 10 40
    a1 12 20
    a2 22 39 E
  b 41 90
    b1 45 60 M
    b2 61 89 M
      b2x 62 70 M
  log 95 95 L
)";

} // namespace

class TstTraceCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void geometryRoundTrip_data()
    {
        QTest::addColumn<double>("viewStart");
        QTest::addColumn<double>("viewEnd");
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("time");
        QTest::addColumn<double>("expectedX");
        QTest::addRow("identity") << 0.0 << 1000.0 << 0.0 << 1000.0 << 250.0 << 250.0;
        QTest::addRow("offset pixels") << 0.0 << 1000.0 << 300.0 << 500.0 << 500.0 << 550.0;
        QTest::addRow("zoomed in") << 1e6 << 1e6 + 10 << 0.0 << 1000.0 << 1e6 + 5 << 500.0;
        QTest::addRow("before view") << 100.0 << 200.0 << 0.0 << 100.0 << 50.0 << -50.0;
        QTest::addRow("hour long trace") << 0.0 << 3.6e9 << 10.0 << 1800.0 << 1.8e9 << 910.0;
    }
    void geometryRoundTrip()
    {
        QFETCH(double, viewStart);
        QFETCH(double, viewEnd);
        QFETCH(double, x0);
        QFETCH(double, width);
        QFETCH(double, time);
        QFETCH(double, expectedX);
        const TimeGeometry g(viewStart, viewEnd, x0, width);
        QVERIFY(qAbs(g.timeToX(time) - expectedX) < 1e-6);
        QVERIFY(qAbs(g.xToTime(g.timeToX(time)) - time) < 1e-6 * qMax(1.0, qAbs(time)));
    }

    void geometryZoomKeepsAnchor()
    {
        const TimeGeometry g(0, 1000, 100, 1000);
        const TimeGeometry z = g.zoomed(4.0, 350);
        QVERIFY(qAbs(z.xToTime(350) - g.xToTime(350)) < 1e-9);
        QVERIFY(qAbs(z.viewDuration() - 250) < 1e-9);
        const TimeGeometry p = z.panned(100);
        QVERIFY(qAbs(p.viewStart() - (z.viewStart() + 25)) < 1e-9);
        const TimeGeometry c = TimeGeometry(-5000, -4000, 0, 100).clamped(0, 1000);
        QVERIFY(c.viewStart() >= -50.0 - 1e-9);
        const auto ticks = g.ticks(80);
        QVERIFY(ticks.size() >= 5 && ticks.size() <= 13);
        QCOMPARE(g.tickStep(80), 100.0);
    }

    void treeFlatteningAndCollapse()
    {
        auto data = traceFromText(QString::fromLatin1(kAgent));
        QCOMPARE(data->size(), 9);
        QCOMPARE(data->nodes[0].subtreeSize, 9);
        TraceOutline outline(data);
        QCOMPARE(rowNames(outline),
                 QStringList({QStringLiteral("root"), QStringLiteral("a"), QStringLiteral("a1"),
                              QStringLiteral("a2"), QStringLiteral("b"), QStringLiteral("b1"),
                              QStringLiteral("b2"), QStringLiteral("b2x"), QStringLiteral("log")}));
        outline.setExpanded(4, false); // b
        QCOMPARE(rowNames(outline).join(QLatin1Char(',')), QStringLiteral("root,a,a1,a2,b+3,log"));
        outline.collapseAll();
        QCOMPARE(rowNames(outline).join(QLatin1Char(',')), QStringLiteral("root+8"));
        outline.expandAncestors(7); // b2x
        QCOMPARE(rowNames(outline).join(QLatin1Char(',')),
                 QStringLiteral("root,a+2,b,b1,b2,b2x,log"));
        QCOMPARE(outline.rowOf(7), 5);
        QCOMPARE(outline.rowOf(2), -1);
        QVERIFY(data->nodes[0].flags & FlagErrorInside);
        QVERIFY(!(data->nodes[4].flags & FlagErrorInside));
    }

    void bigTraceOpensCollapsed()
    {
        TraceBuilder builder("big");
        builder.add(1, 0, false, 0, 1000000, SpanKind::Span, 9, 0, 0, "root");
        for (std::uint64_t s = 0; s < 50; ++s) {
            builder.add(100 + s, 1, true, static_cast<Micros>(s) * 100,
                        static_cast<Micros>(s) * 100 + 5000, SpanKind::Span, 9, 0, 0, "shard");
            for (std::uint64_t i = 0; i < 200; ++i)
                builder.add(10000 + s * 1000 + i, 100 + s, true, static_cast<Micros>(s * 100 + i),
                            static_cast<Micros>(s * 100 + i + 3), SpanKind::Span, 9, 0, 0, "item");
        }
        TraceOutline outline(std::make_shared<TraceData>(builder.build()));
        // Root open, shards folded: opening all shards would exceed the row budget (300).
        QCOMPARE(outline.rowCount(), 51);
        QCOMPARE(outline.hiddenDescendants(outline.nodeAt(1)), 200);
        outline.expandAll();
        QCOMPARE(outline.rowCount(), 1 + 50 + 50 * 200);
    }

    void orphansAndCyclesBecomeRoots()
    {
        TraceBuilder builder("x");
        builder.add(1, 2, true, 10, 20, SpanKind::Span, 9, 0, 0, "cycle-a");
        builder.add(2, 1, true, 11, 19, SpanKind::Span, 9, 0, 0, "cycle-b");
        builder.add(3, 99, true, 0, 5, SpanKind::Span, 9, 0, 0, "orphan");
        const TraceData data = builder.build();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.roots().size(), size_t(2));
        QCOMPARE(std::string(data.message(0)), std::string("orphan"));
    }

    void tokenSumCountsOnlyModelRequests()
    {
        auto data = traceFromText(QString::fromLatin1(kAgent));
        QCOMPARE(data->subtreeUsage[0].input, 300);
        QCOMPARE(data->subtreeUsage[0].requests, 3);
        QCOMPARE(data->subtreeUsage[6].output, 20); // b2 + b2x
        QVERIFY(data->subtreeUsage[1].empty());
        QVERIFY(isModelRequest("chat", "chat gpt-4o"));
        QVERIFY(!isModelRequest("invoke_agent", "invoke_agent support"));
        QVERIFY(!isModelRequest("", "agent run"));
    }

    void lodMergesNarrowSpans()
    {
        std::vector<CoverageBox> in;
        for (int i = 0; i < 1000; ++i)
            in.push_back({i * 10, i * 10 + 4, 1, i == 500});
        in.push_back({20000, 30000, 1, false});
        const auto map = CoverageMipmap::fromIntervals(in);
        QCOMPARE(map.totalCount(), 1001);
        std::vector<CoverageBox> out;
        map.query(0, 40000, 0.5, out); // exact: every box apart
        QCOMPARE(out.size(), size_t(1001));
        map.query(0, 40000, 8, out); // gaps of 6 µs merge: one counted box plus the long span
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[0].count, 1000);
        QVERIFY(out[0].error);
        QCOMPARE(out[0].end, Micros(9994));
        map.query(25000, 26000, 8, out); // only what overlaps the window
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].start, Micros(20000));
        QVERIFY(map.levelCount() >= 2);
        // Level sizes shrink: frames at any zoom touch about one box per merge distance.
        QVERIFY(map.boxCount(map.levelCount() - 1) < map.boxCount(0));
    }

    void criticalPathFollowsLastFinishingChildren()
    {
        auto data = traceFromText(QString::fromLatin1(R"(
root 0 100
  fast 5 30
  slow 10 90
    inner 20 80
  late 92 99
)"));
        const auto path = criticalPath(*data);
        QStringList got;
        for (const auto &s : path)
            got << QStringLiteral("%1:%2-%3")
                       .arg(QString::fromStdString(std::string(data->message(s.node))))
                       .arg(s.start)
                       .arg(s.end);
        QCOMPARE(got.join(QLatin1Char(' ')),
                 QStringLiteral("root:0-5 root:90-92 root:99-100 fast:5-10 slow:10-20 slow:80-90 "
                                "inner:20-80 late:92-99"));
    }

    void searchExpandsAncestors()
    {
        auto data = traceFromText(QString::fromLatin1(kAgent));
        TraceOutline outline(data);
        outline.collapseAll();
        QCOMPARE(outline.search("B2X"), 1);
        QCOMPARE(outline.currentMatch(), 7);
        QVERIFY(outline.rowOf(7) >= 0);
        QCOMPARE(outline.search("a"), 3); // a, a1, a2
        outline.collapseAll();
        QCOMPARE(outline.nextMatch(), 2);
        QVERIFY(outline.rowOf(2) > 0);
        QCOMPARE(outline.previousMatch(), 1);
        QCOMPARE(outline.search("nothing"), 0);
        QCOMPARE(outline.nextMatch(), -1);
    }

    void filterKeepsAncestorsAsContext()
    {
        auto data = traceFromText(QString::fromLatin1(kAgent));
        TraceOutline outline(data);
        outline.collapseAll();
        TraceFilter filter;
        filter.text = "b2";
        outline.setFilter(filter);
        QCOMPARE(rowNames(outline).join(QLatin1Char(',')), QStringLiteral("root,b,b2,b2x"));
        QVERIFY(!outline.matchesFilter(0));
        QVERIFY(outline.matchesFilter(6));
        outline.setFilter({});
        QCOMPARE(outline.rowCount(), 7); // ancestors opened by the filter stay open
    }

    void loadsFromStore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("t.hearth")));
        QVERIFY(store);
        const std::string id = samples::makeTraceId(1);
        WriteBatch batch;
        batch.records = samples::agentTrace(id, 1'700'000'000'000'000);
        auto other = samples::exceptionTrace(samples::makeTraceId(2), 1'700'000'100'000'000);
        batch.records.insert(batch.records.end(), other.begin(), other.end());
        auto legacy = samples::legacyLlmTrace(samples::makeTraceId(3), 1'700'000'200'000'000);
        batch.records.insert(batch.records.end(), legacy.begin(), legacy.end());
        QVERIFY((*store)->write(batch));
        auto reader = (*store)->openReader();
        QVERIFY(reader);
        auto loaded = loadTrace(reader->get(), id);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const TraceData &data = *loaded.value();
        QCOMPARE(data.size(), 11);
        QCOMPARE(std::string(data.message(0)), std::string("POST /chat → 200"));
        QCOMPARE(data.services.size(), size_t(2));
        // The agent run carries its own totals; ∑ must count the two chat spans only.
        QCOMPARE(data.subtreeUsage[0].input, 812 + 902);
        QCOMPARE(data.subtreeUsage[0].requests, 2);

        auto failed = loadTrace(reader->get(), samples::makeTraceId(2));
        QVERIFY(failed);
        QCOMPARE(failed.value()->errorCount, 4);
        QCOMPARE(failed.value()->events.size(), size_t(1));

        auto pending = loadTrace(reader->get(), samples::makeTraceId(3));
        QVERIFY(pending);
        QCOMPARE(pending.value()->pendingCount, 1);

        auto missing = loadTrace(reader->get(), "00000000000000000000000000000000");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void pendingSpansOfBothStyles()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("p.hearth")));
        QVERIFY(store);
        auto rec = [](const char *id, const char *parent, Micros start, const char *kind,
                      const std::string &attributes) {
            Record r;
            r.traceId = "pending";
            r.spanId = id;
            r.parentSpanId = parent;
            r.startUs = start;
            r.endUs = start + (std::string(kind) == "pending_span" ? 0 : 10);
            r.kind = kind;
            r.spanName = r.message = id;
            r.attributes = attributes;
            return r;
        };
        WriteBatch batch;
        batch.records.push_back(rec("00000000000000a0", "", 0, "span", "{}"));
        // SDK style: its own id, the real span (a1) as parent, the real parent in the attribute.
        batch.records.push_back(rec("00000000000000f1", "00000000000000a1", 5, "pending_span",
                                    R"({"logfire.pending_parent_id":"00000000000000a0"})"));
        batch.records.push_back(rec("00000000000000c1", "00000000000000a1", 6, "span", "{}"));
        // Demo/OTLP style: the real span's own id and parent.
        batch.records.push_back(rec("00000000000000a2", "00000000000000a0", 7, "pending_span",
                                    R"({"logfire.pending_parent_id":"00000000000000a0"})"));
        batch.records.push_back(rec("00000000000000c2", "00000000000000a2", 8, "span", "{}"));
        QVERIFY((*store)->write(batch));
        auto reader = (*store)->openReader();
        auto loaded = loadTrace(reader->get(), "pending");
        QVERIFY(loaded);
        const TraceData &data = *loaded.value();
        QCOMPARE(data.roots().size(), size_t(1));
        QCOMPARE(data.nodes[0].subtreeSize, 5);
        QCOMPARE(data.pendingCount, 2);
        // Both pending spans sit under the root with their child, and run to the trace end.
        for (int node = 0; node < data.size(); ++node) {
            if (data.nodes[static_cast<size_t>(node)].kind != SpanKind::Pending)
                continue;
            QCOMPARE(data.nodes[static_cast<size_t>(node)].parent, 0);
            QCOMPARE(data.nodes[static_cast<size_t>(node)].subtreeSize, 2);
            QCOMPARE(data.nodes[static_cast<size_t>(node)].end, data.endUs);
        }
    }

    void loadsInterleavedTraces()
    {
        // Six traces written row by row in turn: each trace's rows are spread over a rowid range
        // six times its size, so the loader must take the index path, and still get every row.
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("i.hearth")));
        QVERIFY(store);
        std::vector<std::vector<Record>> traces;
        for (int t = 0; t < 6; ++t)
            traces.push_back(
                samples::agentTrace(samples::makeTraceId(50 + static_cast<std::uint64_t>(t)),
                                    1'700'000'000'000'000 + t));
        WriteBatch batch;
        for (size_t row = 0; row < traces[0].size(); ++row)
            for (const auto &trace : traces)
                batch.records.push_back(trace[row]);
        QVERIFY((*store)->write(batch));
        auto reader = (*store)->openReader();
        for (int t = 0; t < 6; ++t) {
            auto loaded = loadTrace(reader->get(),
                                    samples::makeTraceId(50 + static_cast<std::uint64_t>(t)));
            QVERIFY(loaded);
            QCOMPARE(loaded.value()->size(), 11);
            QCOMPARE(loaded.value()->roots().size(), size_t(1));
        }
    }

    void loadsBigTraceFromStore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("big.hearth")));
        QVERIFY(store);
        QVERIFY(samples::writeBigTrace(**store, "abcd", 20000, 1'700'000'000'000'000));
        auto reader = (*store)->openReader();
        auto loaded = loadTrace(reader->get(), "abcd");
        QVERIFY(loaded);
        const TraceData &data = *loaded.value();
        QVERIFY(data.size() > 19000 && data.size() <= 20000);
        QCOMPARE(data.roots().size(), size_t(1));
        QCOMPARE(data.nodes[0].subtreeSize, data.size());
        QCOMPARE(data.maxDepth, 3);
        TraceOutline outline(loaded.value());
        QVERIFY(outline.rowCount() <= TraceOutline::kDefaultRowBudget);
        QVERIFY(outline.hiddenDescendants(outline.nodeAt(1)) > 100);
        const auto path = criticalPath(data);
        QVERIFY(!path.empty());
    }
};

QTEST_GUILESS_MAIN(TstTraceCore)
#include "tst_tracecore.moc"
