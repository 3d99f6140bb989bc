// SPDX-License-Identifier: MIT
#include "core/store/schema.h"
#include "core/store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

Record span(const std::string &trace, const std::string &spanId, const std::string &kind = "span")
{
    Record r;
    r.traceId = trace;
    r.spanId = spanId;
    r.kind = kind;
    r.startUs = 1'700'000'000'000'000;
    r.endUs = r.startUs + 1500;
    r.duration = 0.0015;
    r.spanName = "work";
    r.message = kind == "pending_span" ? "pending" : "done";
    r.serviceName = "svc";
    return r;
}

Record modelSpan(const std::string &trace, const std::string &spanId, std::int64_t minuteOffset,
                 const std::string &model, std::int64_t in, std::int64_t out, double cost,
                 const std::string &kind = "span")
{
    Record r = span(trace, spanId, kind);
    r.startUs += minuteOffset * 60'000'000 + 7;
    r.endUs = r.startUs + 1500;
    r.genAiRequestModel = model;
    r.genAiInputTokens = in;
    r.genAiOutputTokens = out;
    r.operationCost = cost;
    return r;
}

// `_llm_minutes` as kept incrementally, and as recomputed from `_records`: they must agree.
std::pair<QStringList, QStringList> rollupKeptAndRebuilt(Store &store)
{
    auto dump = [&store] {
        QStringList rows;
        sqlite::Statement st(store.writerHandle(),
                             "SELECT minute, model, spans, input_n, input_sum, output_n, "
                             "output_sum, cost_n, printf('%.6f', cost_sum) FROM _llm_minutes "
                             "ORDER BY minute, model");
        while (st.step() == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < 9; ++c) {
                const auto text = st.columnText(c);
                cells << QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            }
            rows << cells.join(u'|');
        }
        return rows;
    };
    const QStringList kept = dump();
    (void)store.writer().exec("SAVEPOINT rebuild");
    (void)store.writer().exec(schema::rebuildLlmRollupSql());
    const QStringList rebuilt = dump();
    (void)store.writer().exec("ROLLBACK TO rebuild; RELEASE rebuild");
    return {kept, rebuilt};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaWithLogfireColumns()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.hearth")));
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), schema::currentVersion());
        auto conn = (*store)->openReader();
        QVERIFY(conn.ok());
        for (const char *view : {"records", "records_all", "metrics"}) {
            sqlite::Statement st(conn->get(), std::string("SELECT * FROM ") + view);
            QVERIFY2(st.valid(), view);
            const auto &expected = std::string_view(view) == "metrics" ? schema::metricColumns()
                                                                       : schema::recordColumns();
            QCOMPARE(sqlite3_column_count(st.get()), static_cast<int>(expected.size()));
            for (int i = 0; i < sqlite3_column_count(st.get()); ++i)
                QCOMPARE(std::string_view(sqlite3_column_name(st.get(), i)), expected[size_t(i)]);
        }
    }

    void publicViewsShowLogfireSemantics()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.hearth")));
        QVERIFY(store.ok());
        Record r = span("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331");
        r.startUs = 1'764'301'560'123'456; // 2025-11-28T03:46:00.123456Z
        r.endUs = r.startUs + 2'500'000;
        r.duration = 2.5;
        r.tags = R"(["agent","llm"])";
        WriteBatch batch;
        batch.records.push_back(r);
        QVERIFY((*store)->write(batch).ok());
        auto conn = (*store)->openReader();
        sqlite::Statement st(conn->get(),
                             "SELECT start_timestamp, end_timestamp, duration, tags, level FROM "
                             "records");
        QCOMPARE(st.step(), SQLITE_ROW);
        QCOMPARE(st.columnText(0), std::string_view("2025-11-28T03:46:00.123456Z"));
        QCOMPARE(st.columnText(1), std::string_view("2025-11-28T03:46:02.623456Z"));
        QCOMPARE(st.columnDouble(2), 2.5);
        QCOMPARE(st.columnText(3), std::string_view(R"(["agent","llm"])"));
        QCOMPARE(st.columnInt(4), 9);
    }

    void duplicatesAreStoredOnceAndPendingIsSuperseded()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.hearth")));
        QVERIFY(store.ok());
        const std::string trace = "11111111111111111111111111111111";

        WriteBatch first;
        first.records.push_back(span(trace, "aaaaaaaaaaaaaaaa", "pending_span"));
        // SDK-style pending span: its own id, parent = the real span.
        Record sdkPending = span(trace, "cccccccccccccccc", "pending_span");
        sdkPending.parentSpanId = "bbbbbbbbbbbbbbbb";
        first.records.push_back(sdkPending);
        auto s1 = (*store)->write(first);
        QVERIFY(s1.ok());
        QCOMPARE(s1->recordsInserted, 2);
        QCOMPARE((*store)->recordCount().value(), 0); // pending spans are hidden from `records`

        WriteBatch second;
        second.records.push_back(span(trace, "aaaaaaaaaaaaaaaa"));
        second.records.push_back(span(trace, "bbbbbbbbbbbbbbbb"));
        second.records.push_back(span(trace, "bbbbbbbbbbbbbbbb")); // re-sent
        auto s2 = (*store)->write(second);
        QVERIFY(s2.ok());
        QCOMPARE(s2->recordsInserted, 2);
        QCOMPARE(s2->recordsDuplicate, 1);
        QCOMPARE(s2->pendingSuperseded, 1);
        QCOMPARE((*store)->recordCount().value(), 2);

        auto conn = (*store)->openReader();
        QCOMPARE(conn->queryInt("SELECT count(*) FROM records_all").value().value_or(-1), 2);
        QCOMPARE(conn->queryInt("SELECT count(*) FROM records WHERE message = 'done'")
                     .value()
                     .value_or(-1),
                 2);

        // A late pending span does not hide the finished one.
        WriteBatch late;
        late.records.push_back(span(trace, "aaaaaaaaaaaaaaaa", "pending_span"));
        QCOMPARE((*store)->write(late)->recordsDuplicate, 1);
        QCOMPARE((*store)->recordCount().value(), 2);
    }

    void writerKeepsTheLlmRollup()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.hearth")));
        QVERIFY(store.ok());
        const std::string t1 = "44444444444444444444444444444444";
        WriteBatch first;
        first.records.push_back(modelSpan(t1, "0000000000000001", 0, "gpt-4o", 100, 20, 0.5));
        first.records.push_back(modelSpan(t1, "0000000000000002", 0, "gpt-4o", 50, 10, 0.25));
        first.records.push_back(modelSpan(t1, "0000000000000003", 1, "claude", 7, 3, 0.125));
        first.records.push_back(modelSpan(t1, "0000000000000004", 1, "", 0, 0, 1.0)); // cost only
        first.records.push_back(span(t1, "0000000000000005")); // not a model request
        // A pending span is not counted until its real span replaces it.
        first.records.push_back(
            modelSpan(t1, "0000000000000006", 2, "gpt-4o", 9, 9, 0.0, "pending_span"));
        QVERIFY((*store)->write(first).ok());
        auto [kept, rebuilt] = rollupKeptAndRebuilt(**store);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept, rebuilt);

        WriteBatch second;
        second.records.push_back(modelSpan(t1, "0000000000000001", 0, "gpt-4o", 100, 20, 0.5));
        second.records.push_back(modelSpan(t1, "0000000000000006", 2, "gpt-4o", 9, 9, 0.0));
        auto stats = (*store)->write(second);
        QVERIFY(stats.ok());
        QCOMPARE(stats->recordsDuplicate, 1);
        std::tie(kept, rebuilt) = rollupKeptAndRebuilt(**store);
        QCOMPARE(kept.size(), 4);
        QCOMPARE(kept, rebuilt);
        QVERIFY(kept.contains(QStringLiteral("1699999980000000|gpt-4o|2|2|150|2|30|2|0.750000")));

        // A failed batch leaves the rollup as it was.
        QVERIFY((*store)
                    ->writer()
                    .exec("CREATE TRIGGER boom BEFORE INSERT ON _metrics BEGIN "
                          "SELECT RAISE(ABORT, 'boom'); END")
                    .ok());
        WriteBatch failing;
        failing.records.push_back(modelSpan(t1, "0000000000000007", 0, "gpt-4o", 1, 1, 1.0));
        MetricPoint m;
        m.metricName = "m";
        m.metricType = "gauge";
        m.unit = "1";
        failing.metrics.push_back(m);
        QVERIFY(!(*store)->write(failing).ok());
        QCOMPARE(rollupKeptAndRebuilt(**store).first, kept);

        // Deletes (retention) are still undone by their trigger.
        QVERIFY((*store)
                    ->writer()
                    .exec("DELETE FROM _records WHERE span_id = '0000000000000002'")
                    .ok());
        std::tie(kept, rebuilt) = rollupKeptAndRebuilt(**store);
        QCOMPARE(kept, rebuilt);
    }

    void migratesVersion1Stores()
    {
        // A store as schema version 1 wrote it (per-row rollup triggers), with LLM rows in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.hearth"));
        {
            auto conn = sqlite::Connection::open(path.toStdString(),
                                                 sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(conn.ok());
            QVERIFY(conn->exec("PRAGMA journal_mode=WAL").ok());
            QVERIFY(conn->exec(schema::migrations().at(0)).ok());
            QVERIFY(conn->exec("PRAGMA application_id=" + std::to_string(schema::kApplicationId)
                               + "; PRAGMA user_version=1")
                        .ok());
            QVERIFY(conn->exec("INSERT INTO _records (start_timestamp, end_timestamp, trace_id, "
                               "span_id, kind, level, span_name, message, service_name, "
                               "_gen_ai_request_model, _gen_ai_input_tokens) VALUES "
                               "(1700000000000000, 1700000000001000, 't', 's1', 'span', 9, 'x', "
                               "'x', 'svc', 'gpt-4o', 5)")
                        .ok());
        }
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), schema::currentVersion());
        auto triggers = (*store)->writer().queryInt(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = "
            "'_llm_minutes_insert'");
        QCOMPARE(triggers.value().value_or(-1), 0);
        WriteBatch batch;
        batch.records.push_back(modelSpan("t", "s2", 0, "gpt-4o", 6, 1, 0.5));
        QVERIFY((*store)->write(batch).ok());
        auto [kept, rebuilt] = rollupKeptAndRebuilt(**store);
        QCOMPARE(kept, rebuilt);
        QCOMPARE(kept,
                 QStringList {QStringLiteral("1699999980000000|gpt-4o|2|2|11|1|1|1|0.500000")});
    }

    void migratesJsonColumnsToTextAffinity()
    {
        // A version 2 store with a span and a metric point in it, and a reader connection that
        // has already loaded the old schema when the writer migrates.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.hearth"));
        auto early = sqlite::Connection::open(path.toStdString(),
                                              sqlite::Connection::Mode::ReadWriteCreate);
        QVERIFY(early.ok());
        QVERIFY(early->exec("PRAGMA journal_mode=WAL").ok());
        QVERIFY(early->exec(schema::migrations().at(0)).ok());
        QVERIFY(early->exec(schema::migrations().at(1)).ok());
        QVERIFY(early
                    ->exec("PRAGMA application_id=" + std::to_string(schema::kApplicationId)
                           + "; PRAGMA user_version=2")
                    .ok());
        QVERIFY(early
                    ->exec("INSERT INTO _records (start_timestamp, end_timestamp, trace_id, "
                           "span_id, kind, level, span_name, message, service_name, attributes, "
                           "tags) VALUES (1, 2, 't', 's1', 'span', 9, 'x', 'x', 'svc', "
                           "'{\"a\":1}', '[\"t\"]'); INSERT INTO _metrics (recorded_timestamp, "
                           "metric_name, metric_type, unit, service_name, attributes, "
                           "histogram_bucket_counts) VALUES (1, 'm', 'histogram', '1', 'svc', "
                           "'{\"k\":\"v\"}', '[1,2]')")
                    .ok());
        auto textOf = [](sqlite::Connection &c, const std::string &sql) {
            sqlite::Statement st(c.get(), sql);
            return st.step() == SQLITE_ROW ? QString::fromStdString(std::string(st.columnText(0)))
                                           : QStringLiteral("(no row)");
        };
        auto typeOf = [&](sqlite::Connection &c, const char *table, const char *column) {
            return textOf(c,
                          std::string("SELECT type FROM pragma_table_info('") + table
                              + "') WHERE name = '" + column + "'");
        };
        QCOMPARE(typeOf(*early, "_records", "attributes"), QStringLiteral("JSON"));

        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), 3);
        auto &writer = (*store)->writer();
        for (auto *conn : {&writer, &early.value()}) {
            QCOMPARE(typeOf(*conn, "_records", "attributes"), QStringLiteral("JSON TEXT"));
            QCOMPARE(typeOf(*conn, "_records", "tags"), QStringLiteral("LIST TEXT"));
            QCOMPARE(typeOf(*conn, "_records", "otel_resource_attributes"),
                     QStringLiteral("JSON TEXT"));
            QCOMPARE(typeOf(*conn, "_metrics", "histogram_bucket_counts"),
                     QStringLiteral("LIST TEXT"));
            QCOMPARE(typeOf(*conn, "_metrics", "exemplars"), QStringLiteral("JSON TEXT"));
            QCOMPARE(typeOf(*conn, "_records", "start_timestamp"), QStringLiteral("TIMESTAMP"));
        }
        QCOMPARE(textOf(writer, "PRAGMA integrity_check"), QStringLiteral("ok"));
        // Listing the traces with pending spans at open reads their index, not every row.
        QString steps;
        {
            sqlite::Statement plan(writer.get(),
                                   "EXPLAIN QUERY PLAN " + std::string(schema::pendingTracesSql()));
            while (plan.step() == SQLITE_ROW)
                steps += QString::fromStdString(std::string(plan.columnText(3))) + u';';
        } // finalised: it would otherwise keep this connection's read snapshot
        QVERIFY2(steps.contains(QStringLiteral("USING INDEX _records_pending")), qPrintable(steps));
        QCOMPARE(textOf(writer, "SELECT attributes || tags FROM _records"),
                 QStringLiteral("{\"a\":1}[\"t\"]"));

        // TEXT affinity: a value that looks like a number stays text (NUMERIC made it 5), both
        // through the writer and through the connection that was open during the migration.
        QVERIFY(writer
                    .exec("INSERT INTO _records (start_timestamp, end_timestamp, trace_id, "
                          "span_id, kind, level, span_name, message, service_name, attributes) "
                          "VALUES (1, 2, 't', 's2', 'span', 9, 'x', 'x', 'svc', '5')")
                    .ok());
        QVERIFY(early
                    ->exec("INSERT INTO _metrics (recorded_timestamp, metric_name, metric_type, "
                           "unit, service_name, exemplars) VALUES (2, 'm', 'gauge', '1', "
                           "'svc', '7')")
                    .ok());
        QCOMPARE(textOf(writer,
                        "SELECT (SELECT typeof(attributes) FROM _records WHERE span_id = 's2') "
                        "|| ',' || (SELECT typeof(exemplars) FROM _metrics WHERE "
                        "recorded_timestamp = 2)"),
                 QStringLiteral("text,text"));
    }

    void failedBatchWritesNothing()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.hearth")));
        QVERIFY(store.ok());
        WriteBatch batch;
        batch.records.push_back(span("22222222222222222222222222222222", "aaaaaaaaaaaaaaaa"));
        MetricPoint bad; // metric_name is NOT NULL: an empty name binds "" so force a NULL type
        bad.metricName = "m";
        bad.metricType = "gauge";
        bad.unit = "1";
        batch.metrics.push_back(bad);
        QVERIFY((*store)->write(batch).ok());
        QCOMPARE((*store)->metricCount().value(), 1);

        // Violate NOT NULL through the writer connection to prove rollback of the whole batch.
        QVERIFY((*store)
                    ->writer()
                    .exec("CREATE TRIGGER boom BEFORE INSERT ON _metrics BEGIN "
                          "SELECT RAISE(ABORT, 'boom'); END")
                    .ok());
        WriteBatch second;
        second.records.push_back(span("33333333333333333333333333333333", "aaaaaaaaaaaaaaaa"));
        second.metrics.push_back(bad);
        auto result = (*store)->write(second);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("boom")));
        QCOMPARE((*store)->recordCount().value(), 1);
        QCOMPARE((*store)->metricCount().value(), 1);
    }

    void reopensAndPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.hearth"));
        {
            auto store = Store::open(path);
            WriteBatch batch;
            batch.records.push_back(span("44444444444444444444444444444444", "aaaaaaaaaaaaaaaa"));
            QVERIFY((*store)->write(batch).ok());
        }
        auto again = Store::open(path, Store::OpenMode::ReadOnly);
        QVERIFY(again.ok());
        QCOMPARE((*again)->recordCount().value(), 1);
        QVERIFY(!(*again)->write(WriteBatch {{span("5", "6")}, {}}).ok());
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, Error::Code::Corrupt);
        QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(QFileInfo(path).size(), 8192); // untouched
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            auto conn = sqlite::Connection::open(path.toStdString(),
                                                 sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(conn->exec("CREATE TABLE t(x)").ok());
        }
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QStringLiteral("not a Hearth store")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.hearth"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)->writer().exec("PRAGMA user_version=999").ok());
        }
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, Error::Code::TooNew);
        QVERIFY(store.error().message.contains(QStringLiteral("newer Hearth")));
    }

    void truncatedFileIsReportedNotCrashed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.hearth"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)->checkpoint().ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray head = f.read(100);
        f.resize(0);
        f.seek(0);
        head[30] = 'Z'; // scramble header fields after the magic
        head[50] = 'Z';
        f.write(head);
        f.write(QByteArray(4000, '\xff'));
        f.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
    }

    void unwritablePathIsReported()
    {
        auto store = Store::open(QStringLiteral("/proc/hearth-cannot-exist/x.hearth"));
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QStringLiteral("/proc/hearth-cannot-exist")));
    }

    void readerCannotWrite()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.hearth")));
        QVERIFY(store.ok());
        auto conn = (*store)->openReader();
        QVERIFY(conn.ok());
        QVERIFY(!conn->exec("DELETE FROM _records").ok());
        QVERIFY(!conn->exec("CREATE TABLE evil(x)").ok());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
