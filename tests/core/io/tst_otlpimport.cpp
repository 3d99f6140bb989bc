// SPDX-License-Identifier: MIT
// OTLP files written by the OpenTelemetry JS exporters' own serializers (tests/data/io/otlp,
// made by make_otlp_fixtures.mjs): request bodies as JSON and protobuf, and JSON lines as the
// Collector's file exporter writes them.
#include "core/io/importer.h"
#include "core/io/iotestutil.h"
#include "core/io/otlpfiledecoder.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::core::io;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/io/otlp/") + QLatin1String(name);
}

} // namespace

class TestOtlpImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsOtlpFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("metrics");
        QTest::newRow("traces.json") << fixture("traces.json") << qint64(3) << qint64(0);
        QTest::newRow("traces.pb") << fixture("traces.pb") << qint64(3) << qint64(0);
        QTest::newRow("collector jsonl") << fixture("traces.jsonl") << qint64(6) << qint64(0);
        QTest::newRow("metrics.json") << fixture("metrics.json") << qint64(0) << qint64(2);
        QTest::newRow("metrics.pb") << fixture("metrics.pb") << qint64(0) << qint64(2);
    }
    void importsOtlpFiles()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(qint64, metrics);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        Importer importer(**store, {});
        auto report = importer.importFiles({file});
        if (!otlpFileImportAvailable()) {
            // This build has no OTLP decoder: the import says so and stores nothing.
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, Error::Code::Unsupported);
            QVERIFY(report.error().message.contains(QStringLiteral("OTLP")));
            QCOMPARE((*store)->recordCount().value(), qint64(0));
            return;
        }
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QVERIFY(report->recordsInserted >= records); // span events may add span_event rows
        QCOMPARE(report->metricsInserted, metrics);
        if (records) {
            // Mapped as the receiver maps: service from the resource, exception columns, tokens.
            QCOMPARE(test::dumpTable(path, "SELECT DISTINCT service_name FROM _records").first(),
                     QStringLiteral("service_name=3:otlp-fixture"));
            // One tool span per agent run recorded an exception (three spans per run).
            QCOMPARE(test::dumpTable(path,
                                     "SELECT count(*) FROM _records WHERE is_exception AND "
                                     "exception_message = 'lookup timed out'")
                         .first(),
                     QStringLiteral("count(*)=1:%1").arg(records / 3));
            QVERIFY(!test::dumpTable(path,
                                     "SELECT _gen_ai_input_tokens FROM _records WHERE "
                                     "_gen_ai_input_tokens IS NOT NULL")
                         .isEmpty());
        }
        // Importing the same file again stores nothing new.
        auto again = importer.importFiles({file});
        QVERIFY(again.ok());
        QCOMPARE(again->recordsInserted, qint64(0));
        QCOMPARE(again->metricsInserted, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestOtlpImport)
#include "tst_otlpimport.moc"
