// SPDX-License-Identifier: MIT
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/io/iotestutil.h"
#include "core/store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::core::io;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/io/") + QLatin1String(name);
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto s = Store::open(path);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return std::move(s.value());
}

Result<ImportReport> importInto(Store &store, const QStringList &files,
                                ImportOptions::OnError onError = ImportOptions::OnError::Stop)
{
    ImportOptions options;
    options.onError = onError;
    options.fallbackTimeUs = 1'700'000'000'000'000;
    Importer importer(store, options);
    return importer.importFiles(files);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryFormat_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("ndjson") << QStringLiteral("ndjson");
    }
    void roundTripEveryFormat()
    {
        QFETCH(QString, ext);
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src.hearth"));
        const QString dst = dir.filePath(QStringLiteral("dst.hearth"));
        {
            auto store = openStore(src);
            QVERIFY(store->write(test::sampleBatch()).ok());
        }
        const auto format = exportFormatFromName(ext);
        QVERIFY(format);
        const QString records = dir.filePath(QStringLiteral("records.") + ext);
        const QString metrics = dir.filePath(QStringLiteral("metrics.") + ext);
        auto n = exportWindow(src, 0, std::numeric_limits<Micros>::max(), false, *format, records);
        QVERIFY2(n.ok(), n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, qint64(9));
        auto m = exportWindow(src, 0, std::numeric_limits<Micros>::max(), true, *format, metrics);
        QVERIFY(m.ok());
        QCOMPARE(*m, qint64(4));

        auto store = openStore(dst);
        auto report = importInto(*store, {records, metrics});
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->recordsInserted, qint64(9));
        QCOMPARE(report->metricsInserted, qint64(4));
        QCOMPARE(report->rowsWithoutIds, qint64(0));
        // Every column of every row, including the materialised gen_ai columns, comes back.
        const QStringList got = test::dumpRecords(dst);
        const QStringList want = test::dumpRecords(src);
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i) {
            const QStringList a = got[i].split(QLatin1Char('|'));
            const QStringList b = want[i].split(QLatin1Char('|'));
            for (int c = 0; c < std::min(a.size(), b.size()); ++c)
                QCOMPARE(a[c], b[c]);
            QCOMPARE(a.size(), b.size());
        }
        QCOMPARE(test::dumpMetrics(dst), test::dumpMetrics(src));
    }

    void exportedTraceIsReimportable()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src.hearth"));
        {
            auto store = openStore(src);
            QVERIFY(store->write(test::sampleBatch()).ok());
        }
        const QString out = dir.filePath(QStringLiteral("trace.json"));
        const QString trace = QStringLiteral("00000000000000000000000000abc001");
        auto n = exportTrace(src, trace, ExportFormat::Json, out);
        QVERIFY(n.ok());
        QCOMPARE(*n, qint64(3));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = nlohmann::json::parse(f.readAll().toStdString());
        QVERIFY(doc.contains("schema") && doc["schema"].contains("fields"));
        // Logfire's 41 records columns, not Hearth's internal materialised ones.
        QCOMPARE(doc["schema"]["fields"].size(), size_t(41));
        QCOMPARE(doc["data"].size(), size_t(3));
        QCOMPARE(doc["data"][0]["trace_id"].get<std::string>(), trace.toStdString());
        QCOMPARE(doc["data"][0]["start_timestamp"].get<std::string>().back(), 'Z');
        QVERIFY(doc["data"][0]["tags"].is_array());

        const QString dst = dir.filePath(QStringLiteral("dst.hearth"));
        auto store = openStore(dst);
        auto report = importInto(*store, {out});
        QVERIFY(report.ok());
        QCOMPARE(report->recordsInserted, qint64(3));
    }

    void exportsAQueryResult()
    {
        QTemporaryDir dir;
        QueryResult result;
        result.columns = {{QStringLiteral("start_timestamp"), ColumnType::Timestamp},
                          {QStringLiteral("message"), ColumnType::Text},
                          {QStringLiteral("n"), ColumnType::Integer},
                          {QStringLiteral("tags"), ColumnType::List}};
        result.rows.push_back({QVariant::fromValue<qint64>(1'780'000'000'000'000),
                               QStringLiteral("a, \"b\""), QVariant::fromValue<qint64>(3),
                               QStringLiteral("[\"x\"]")});
        result.rows.push_back({QVariant(), QStringLiteral("plain"), QVariant(), QVariant()});
        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(exportResult(result, ExportFormat::Csv, csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
                 QByteArray("start_timestamp,message,n,tags\r\n"
                            "2026-05-28T20:26:40.000000Z,\"a, \"\"b\"\"\",3,"
                            "\"[\"\"x\"\"]\"\r\n"
                            ",plain,,\r\n"));
        const QString nd = dir.filePath(QStringLiteral("r.ndjson"));
        QVERIFY(exportResult(result, ExportFormat::Ndjson, nd).ok());
        QFile g(nd);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = g.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("{\"type\":\"schema\""));
        QVERIFY(lines[1].startsWith("{\"type\":\"data\",\"rows\":[{\"start_timestamp\":\"2026-"));
        QCOMPARE(lines[2], QByteArray("{\"type\":\"end\",\"row_count\":2}"));
    }

    void importsLogfireResponseShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("metrics");
        QTest::addColumn<QString>("probeSql");
        QTest::addColumn<QString>("probe");
        QTest::newRow("v2 json, cassette subset")
            << fixture("logfire_v2.json") << qint64(2) << qint64(0)
            << QStringLiteral(
                   "SELECT group_concat(tags, ';') FROM _records WHERE message = 'aha 0'")
            << QStringLiteral("[\"tag1\",\"tag2\"]");
        QTest::newRow("v2 json, records")
            << fixture("logfire_v2_records.json") << qint64(3) << qint64(0)
            << QStringLiteral("SELECT _gen_ai_input_tokens || '/' || trace_id FROM _records WHERE "
                              "span_id = '2222222222222222'")
            << QStringLiteral("812/0197123456789abcdef0123456789abc");
        QTest::newRow("v2 ndjson stream")
            << fixture("logfire_v2_stream.ndjson") << qint64(3) << qint64(0)
            << QStringLiteral("SELECT level FROM _records WHERE span_id = '0000000000000002'")
            << QStringLiteral("13");
        QTest::newRow("v1 columns")
            << fixture("logfire_v1_columns.json") << qint64(2) << qint64(0)
            << QStringLiteral("SELECT message FROM _records WHERE span_id = '00000000000000c2'")
            << QStringLiteral("v1 two");
        QTest::newRow("v1 rows")
            << fixture("logfire_v1_rows.json") << qint64(2) << qint64(0)
            << QStringLiteral(
                   "SELECT start_timestamp FROM _records WHERE span_id = '00000000000000d1'")
            << QStringLiteral("1779887796517321");
        QTest::newRow("csv, quoted newline")
            << fixture("logfire_records.csv") << qint64(2) << qint64(0)
            << QStringLiteral("SELECT message || '|' || attributes || '|' || level FROM _records "
                              "WHERE span_id = '00000000000000e1'")
            << QStringLiteral("multi\r\nline, \"quoted\" message|{\"a\":1}|9");
        QTest::newRow("metrics ndjson")
            << fixture("logfire_metrics.ndjson") << qint64(0) << qint64(2)
            << QStringLiteral("SELECT sum(scalar_value) FROM _metrics") << QStringLiteral("907.0");
    }
    void importsLogfireResponseShapes()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(qint64, metrics);
        QFETCH(QString, probeSql);
        QFETCH(QString, probe);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        auto store = openStore(path);
        auto report = importInto(*store, {file});
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->recordsInserted, records);
        QCOMPARE(report->metricsInserted, metrics);
        QCOMPARE(report->rowsSkipped, qint64(0));
        const QStringList got = test::dumpTable(path, probeSql.toUtf8().constData());
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().section(QLatin1Char(':'), 1), probe);
    }

    void importingTwiceDoesNotDuplicate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        auto store = openStore(path);
        const QStringList files {fixture("logfire_v2.json"), fixture("logfire_v2_records.json"),
                                 fixture("logfire_records.csv"), fixture("logfire_metrics.ndjson")};
        auto first = importInto(*store, files);
        QVERIFY(first.ok());
        const auto records = store->recordCount().value();
        const auto metrics = store->metricCount().value();
        QCOMPARE(records, qint64(7));
        QCOMPARE(metrics, qint64(2));
        auto second = importInto(*store, files);
        QVERIFY(second.ok());
        QCOMPARE(second->recordsInserted, qint64(0));
        QCOMPARE(second->recordsDuplicate, qint64(7));
        QCOMPARE(second->metricsInserted, qint64(0));
        QCOMPARE(second->metricsDuplicate, qint64(2));
        QCOMPARE(store->recordCount().value(), records);
        QCOMPARE(store->metricCount().value(), metrics);
    }

    void rowsWithoutIdsKeepIdenticalRows()
    {
        // Two identical rows are two log lines, not one: ids come from content and position.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("same.ndjson"));
        writeFile(file, "{\"message\":\"tick\"}\n{\"message\":\"tick\"}\n");
        auto store = openStore(dir.filePath(QStringLiteral("s.hearth")));
        auto r = importInto(*store, {file});
        QVERIFY(r.ok());
        QCOMPARE(r->recordsInserted, qint64(2));
        QCOMPARE(r->rowsWithoutIds, qint64(2));
        QCOMPARE(r->rowsWithoutTimestamp, qint64(2));
    }

    void malformedLinesStopOrSkip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        auto store = openStore(path);
        auto stopped = importInto(*store, {fixture("malformed.ndjson")});
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, Error::Code::InvalidInput);
        QVERIFY2(stopped.error().message.startsWith(
                     QStringLiteral("malformed.ndjson:2: not valid JSON")),
                 qPrintable(stopped.error().message));
        QCOMPARE(store->recordCount().value(), qint64(0)); // line 1 was read, but nothing stays

        auto skipped
            = importInto(*store, {fixture("malformed.ndjson")}, ImportOptions::OnError::Skip);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->recordsInserted, qint64(2));
        QCOMPARE(skipped->rowsSkipped, qint64(2));
        QCOMPARE(skipped->issues.size(), size_t(2));
        QCOMPARE(skipped->issues[0].line, qint64(2));
        QCOMPARE(skipped->issues[1].line, qint64(3));
        QVERIFY2(
            skipped->issues[1].message.contains(QStringLiteral("'not a time' is not a timestamp")),
            qPrintable(skipped->issues[1].message));
    }

    void malformedCsvNamesTheLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(file,
                  "trace_id,span_id,message\n"
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,0000000000000001,\"spans\nlines\"\n"
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,0000000000000002\n"
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,0000000000000003,\"oops\"x\n"
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,0000000000000004,fine\n");
        auto store = openStore(dir.filePath(QStringLiteral("s.hearth")));
        auto stopped = importInto(*store, {file});
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error().message.startsWith(QStringLiteral("bad.csv:4: expected 3 fields")),
                 qPrintable(stopped.error().message));
        auto r = importInto(*store, {file}, ImportOptions::OnError::Skip);
        QVERIFY(r.ok());
        QCOMPARE(r->recordsInserted, qint64(2));
        QCOMPARE(r->issues.size(), size_t(2));
        QCOMPARE(r->issues[0].line, qint64(4));
        QCOMPARE(r->issues[1].line, qint64(5));
    }

    void brokenJsonDocumentReportsPosition()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cut.json"));
        writeFile(file,
                  "{\"schema\":{\"fields\":[]},\n\"data\":[\n{\"message\":\"a\",\"trace_id\":"
                  "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"span_id\":\"0000000000000001\"},\n"
                  "{\"message\": tru");
        auto store = openStore(dir.filePath(QStringLiteral("s.hearth")));
        auto stopped = importInto(*store, {file});
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error().message.contains(QStringLiteral("line 4")),
                 qPrintable(stopped.error().message));
        auto kept = importInto(*store, {file}, ImportOptions::OnError::Skip);
        QVERIFY(kept.ok());
        QCOMPARE(kept->recordsInserted, qint64(1));
        QCOMPARE(kept->rowsSkipped, qint64(1));
    }

    void cancelLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.ndjson"));
        {
            QByteArray bytes;
            for (int i = 0; i < 20000; ++i)
                bytes += QStringLiteral(
                             "{\"trace_id\":\"%1\",\"span_id\":\"%2\",\"message\":\"m\"}\n")
                             .arg(i, 32, 16, QLatin1Char('0'))
                             .arg(i, 16, 16, QLatin1Char('0'))
                             .toUtf8();
            writeFile(file, bytes);
        }
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        auto store = openStore(path);
        ImportOptions options;
        options.batchSize = 1000;
        options.cancel = std::make_shared<CancelToken>();
        qint64 progressCalls = 0;
        options.progress = [&](qint64 done, qint64 total) {
            ++progressCalls;
            QVERIFY(done <= total);
            if (done > total / 2)
                options.cancel->cancel(); // batches have been written by now
        };
        Importer importer(*store, options);
        auto r = importer.importFiles({file});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(progressCalls > 1);
        QCOMPARE(store->recordCount().value(), qint64(0));
        // And a reader on the file (another process) sees nothing either.
        QCOMPARE(test::dumpTable(path, "SELECT count(*) FROM _records").first(),
                 QStringLiteral("count(*)=1:0"));
        // The store still takes writes afterwards.
        QVERIFY(store->write(test::sampleBatch(1)).ok());
    }

    void detectsFormats()
    {
        QCOMPARE(Importer::detectFormat(fixture("logfire_v2.json")), ImportFormat::LogfireJson);
        QCOMPARE(Importer::detectFormat(fixture("logfire_v2_stream.ndjson")),
                 ImportFormat::LogfireNdjson);
        QCOMPARE(Importer::detectFormat(fixture("logfire_records.csv")), ImportFormat::Csv);
        QCOMPARE(Importer::detectFormat(QStringLiteral("x.pb")), ImportFormat::OtlpProtobuf);
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("s.hearth")));
        auto r = importInto(*store, {dir.filePath(QStringLiteral("nope.json"))});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("nope.json")));
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
