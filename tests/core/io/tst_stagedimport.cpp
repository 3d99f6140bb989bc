// SPDX-License-Identifier: MIT
// Imports committed in stages: a cancel or a stop undoes exactly the import's rows (and the LLM
// rollup totals their triggers added), rows another writer added between stages survive, and an
// import whose process was killed is rolled back by the next import.
#include "clirun.h"
#include "core/io/importer.h"
#include "core/io/iotestutil.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::core::io;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000'000; // the minute of test::sampleBatch()

std::unique_ptr<Store> openStore(const QString &path)
{
    auto s = Store::open(path);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return std::move(s.value());
}

// `rows` model-request spans in the minutes of the sample batch (so the rollup rows they add to
// already exist); line `badLine` (1-based, 0 = none) is not JSON.
void writeRecords(const QString &path, int rows, int badLine = 0)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 1; i <= rows; ++i) {
        if (i == badLine) {
            f.write("{\"trace_id\": \"cut here\n");
            continue;
        }
        f.write(QStringLiteral("{\"trace_id\":\"%1\",\"span_id\":\"%2\",\"start_timestamp\":%3,"
                               "\"message\":\"chat\",\"attributes\":{\"gen_ai.request.model\":"
                               "\"gpt-4o\",\"gen_ai.usage.input_tokens\":%4}}\n")
                    .arg(0xf00000 + i / 4, 32, 16, QLatin1Char('0'))
                    .arg(i, 16, 16, QLatin1Char('0'))
                    .arg(kT0 + qint64(i % 180) * 1'000'000)
                    .arg(i % 1000)
                    .toUtf8());
    }
}

void writeMetrics(const QString &path, int rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 1; i <= rows; ++i)
        f.write(QStringLiteral("{\"recorded_timestamp\":%1,\"metric_name\":\"queue.depth\","
                               "\"metric_type\":\"gauge\",\"unit\":\"1\",\"scalar_value\":%2}\n")
                    .arg(kT0 + qint64(i) * 1000)
                    .arg(i)
                    .toUtf8());
}

// What another writer (the OTLP receiver) adds between two stages: model spans in the same
// minutes, so their rollup totals mix with the import's.
WriteBatch otherWriterBatch(int n)
{
    WriteBatch b;
    for (int i = 0; i < 3; ++i) {
        Record r;
        r.traceId
            = QStringLiteral("%1").arg(0xabcdef00 + n, 32, 16, QLatin1Char('0')).toStdString();
        r.spanId = QStringLiteral("%1").arg(i + 1, 16, 16, QLatin1Char('0')).toStdString();
        r.startUs = kT0 + i * 1'000'000;
        r.endUs = r.startUs + 1000;
        r.spanName = r.message = "receiver chat";
        r.attributes = R"({"gen_ai.request.model":"claude"})";
        r.genAiRequestModel = "claude";
        r.genAiInputTokens = 7 + n;
        b.records.push_back(r);
    }
    MetricPoint m;
    m.recordedUs = kT0 + n;
    m.metricName = "receiver.points";
    m.metricType = "gauge";
    m.unit = "1";
    m.scalarValue = n;
    m.attributes = m.otelResourceAttributes = "{}";
    b.metrics.push_back(m);
    return b;
}

// Everything a user can see of a store, in a stable order.
QStringList snapshot(const QString &path)
{
    return test::dumpRecords(path) + test::dumpMetrics(path)
        + test::dumpTable(path, "SELECT * FROM _llm_minutes ORDER BY minute, model")
        + test::dumpTable(path, "SELECT count(*) FROM hearth_meta WHERE key LIKE 'import.%'");
}

QStringList lockFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.lock")}, QDir::Files);
}

} // namespace

class TestStagedImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelMidwayLeavesTheStoreAsBefore()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("spans.ndjson"));
        writeRecords(file, 20000);
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        const QString refPath = dir.filePath(QStringLiteral("ref.hearth"));
        auto store = openStore(path);
        auto reference = openStore(refPath); // the same writes, without the import
        QVERIFY(store->write(test::sampleBatch(3)).ok());
        QVERIFY(reference->write(test::sampleBatch(3)).ok());
        QVERIFY(!test::dumpTable(path, "SELECT * FROM _llm_minutes").isEmpty());

        auto other = openStore(path); // another connection: what the receiver uses
        ImportOptions options;
        options.batchSize = 1000;
        options.stageRows = 3000;
        options.stageMillis = 1'000'000; // stages by row count only: deterministic
        options.cancel = std::make_shared<CancelToken>();
        int stages = 0;
        qint64 visibleMidway = 0;
        options.stageCommitted = [&](qint64 rowsSoFar) {
            ++stages;
            QCOMPARE(rowsSoFar, qint64(stages) * 3000);
            // Between stages the lock is free: another writer's batch goes in right away.
            QVERIFY(other->write(otherWriterBatch(stages)).ok());
            QVERIFY(reference->write(otherWriterBatch(stages)).ok());
            if (stages == 2)
                visibleMidway = other->recordCount().value();
            if (stages == 3)
                options.cancel->cancel();
        };
        Importer importer(*store, options);
        auto r = importer.importFiles({file});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QCOMPARE(stages, 3);
        // The first two stages really were committed (a reader saw them) ...
        QCOMPARE(visibleMidway, qint64(9 + 6000 + 6));
        // ... and are gone again, rollup totals included; the other writer's rows stay.
        QCOMPARE(store->recordCount().value(), qint64(9 + 9));
        QCOMPARE(snapshot(path), snapshot(refPath));
        QVERIFY(lockFiles(dir.path()).isEmpty());

        // Importing the same file again imports every row once.
        Importer again(*store, ImportOptions {});
        auto full = again.importFiles({file});
        QVERIFY2(full.ok(), full.ok() ? "" : qPrintable(full.error().message));
        QCOMPARE(full->recordsInserted, qint64(20000));
        QCOMPARE(full->recordsDuplicate, qint64(0));
        QCOMPARE(store->recordCount().value(), qint64(9 + 9 + 20000));
        QCOMPARE(test::dumpTable(path, "SELECT sum(spans), sum(input_sum) FROM _llm_minutes"),
                 test::dumpTable(path,
                                 "SELECT count(*) AS \"sum(spans)\", sum(_gen_ai_input_tokens) AS "
                                 "\"sum(input_sum)\" FROM _records WHERE kind != 'pending_span' "
                                 "AND (_gen_ai_request_model IS NOT NULL OR _operation_cost IS "
                                 "NOT NULL)"));
        QVERIFY(lockFiles(dir.path()).isEmpty());
    }

    void stopOnErrorMidwayLeavesNothing()
    {
        QTemporaryDir dir;
        const QString metrics = dir.filePath(QStringLiteral("metrics.ndjson"));
        const QString spans = dir.filePath(QStringLiteral("bad.ndjson"));
        writeMetrics(metrics, 4000);
        writeRecords(spans, 10000, 6001);
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        auto store = openStore(path);
        QVERIFY(store->write(test::sampleBatch(2)).ok());
        const QStringList before = snapshot(path);

        ImportOptions options;
        options.batchSize = 500;
        options.stageRows = 1000;
        options.stageMillis = 1'000'000;
        int stages = 0;
        options.stageCommitted = [&](qint64) { ++stages; };
        Importer importer(*store, options);
        auto r = importer.importFiles({metrics, spans});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("bad.ndjson:6001: not valid JSON")),
                 qPrintable(r.error().message));
        QVERIFY2(stages >= 8, qPrintable(QString::number(stages))); // metrics and spans committed
        QCOMPARE(snapshot(path), before);
        QVERIFY(lockFiles(dir.path()).isEmpty());
    }

    void skipModeReportsLineNumbers()
    {
        QTemporaryDir dir;
        const QString spans = dir.filePath(QStringLiteral("bad.ndjson"));
        writeRecords(spans, 10000, 6001);
        auto store = openStore(dir.filePath(QStringLiteral("s.hearth")));
        ImportOptions options;
        options.onError = ImportOptions::OnError::Skip;
        options.batchSize = 500;
        options.stageRows = 1000;
        Importer importer(*store, options);
        auto r = importer.importFiles({spans});
        QVERIFY(r.ok());
        QCOMPARE(r->recordsInserted, qint64(9999));
        QCOMPARE(r->rowsSkipped, qint64(1));
        QCOMPARE(r->issues.size(), size_t(1));
        QCOMPARE(r->issues[0].line, qint64(6001));
        QVERIFY(
            r->issues[0].toString().startsWith(QStringLiteral("bad.ndjson:6001: not valid JSON")));
        QVERIFY(r->stages >= 10);
        QCOMPARE(store->recordCount().value(), qint64(9999));
    }

    void terminatedCliImportDeletesItsRows()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.ndjson"));
        writeRecords(big, 100000);
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        {
            auto store = openStore(path);
            QVERIFY(store->write(test::sampleBatch(2)).ok());
        }
        const QStringList before = snapshot(path);
        QProcess cli;
        cli.start(QStringLiteral(HEARTH_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"),
                   path, big});
        QVERIFY(cli.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(
            test::dumpTable(path,
                            "SELECT count(*) FROM hearth_meta WHERE key LIKE 'import.journal.%'"),
            QStringList {QStringLiteral("count(*)=1:1")}, 60000);
        cli.terminate(); // SIGTERM: like Ctrl-C, cancels the import
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.readAllStandardError().contains("cancelled"), "no cancel message");
        QCOMPARE(snapshot(path), before);
        QVERIFY(lockFiles(dir.path()).isEmpty());
    }

    void killedImportIsRolledBackByTheNextImport()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.ndjson"));
        writeRecords(big, 100000);
        const QString small = dir.filePath(QStringLiteral("small.ndjson"));
        writeMetrics(small, 3);
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        {
            auto store = openStore(path);
            QVERIFY(store->write(test::sampleBatch(2)).ok());
        }
        const char *llmSql = "SELECT * FROM _llm_minutes ORDER BY minute, model";
        const QStringList llmBefore = test::dumpTable(path, llmSql);
        QVERIFY(!llmBefore.isEmpty());

        QProcess cli;
        cli.start(QStringLiteral(HEARTH_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"),
                   path, big});
        QVERIFY(cli.waitForStarted());
        // Readiness probe: the first stage is committed once its journal is in the store.
        QTRY_COMPARE_WITH_TIMEOUT(
            test::dumpTable(path,
                            "SELECT count(*) FROM hearth_meta WHERE key LIKE 'import.journal.%'"),
            QStringList {QStringLiteral("count(*)=1:1")}, 60000);
        cli.kill(); // SIGKILL: no cleanup runs
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        auto store = openStore(path);
        const qint64 left = store->recordCount().value() - 6;
        QVERIFY2(left > 0 && left < 100000, qPrintable(QString::number(left)));
        QCOMPARE(lockFiles(dir.path()).size(), qsizetype(1)); // the dead import's lock

        Importer importer(*store, ImportOptions {});
        auto r = importer.importFiles({small});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->metricsInserted, qint64(3));
        // Whatever the killed import had committed when it died is gone, rollup totals included.
        QVERIFY2(r->interruptedRowsRemoved >= left, qPrintable(QString::number(left)));
        QCOMPARE(store->recordCount().value(), qint64(6));
        QCOMPARE(store->metricCount().value(), qint64(4 + 3));
        QCOMPARE(test::dumpTable(path, llmSql), llmBefore);
        QVERIFY(lockFiles(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStagedImport)
#include "tst_stagedimport.moc"
