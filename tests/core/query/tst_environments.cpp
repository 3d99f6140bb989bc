// SPDX-License-Identifier: MIT
// QueryRequest::environments filters every records/metrics reference by deployment_environment
// (what an alert rule's environment filter needs), and a hostile name cannot break out of it.
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestEnvironments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    qint64 count(const QString &sql, const QStringList &environments)
    {
        LocalEngine engine(m_path);
        QueryRequest request;
        request.sql = sql;
        request.environments = environments;
        auto result = engine.run(request, std::make_shared<CancelToken>());
        if (!result) {
            qWarning() << result.error().message;
            return -1;
        }
        return result->rows.value(0).value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("env.hearth"));
        auto store = Store::open(m_path);
        QVERIFY(store.ok());
        WriteBatch batch;
        const char *envs[] = {"prod", "prod", "prod", "staging", "staging", "dev", ""};
        for (int i = 0; i < 7; ++i) {
            Record r;
            r.traceId = QStringLiteral("%1").arg(i + 1, 32, 16, QLatin1Char('0')).toStdString();
            r.spanId = "00000000000000ab";
            r.startUs = 1'764'301'560'000'000 + i;
            r.endUs = r.startUs + 10;
            r.spanName = "chat gpt-4o";
            r.message = "chat gpt-4o";
            r.deploymentEnvironment = envs[i];
            r.genAiRequestModel = "gpt-4o";
            r.genAiInputTokens = 100;
            r.attributes = R"({"gen_ai.request.model":"gpt-4o","gen_ai.usage.input_tokens":100})";
            batch.records.push_back(r);
            MetricPoint m;
            m.recordedUs = r.startUs;
            m.metricName = "cpu";
            m.metricType = "gauge";
            m.unit = "1";
            m.scalarValue = i;
            m.deploymentEnvironment = envs[i];
            batch.metrics.push_back(m);
        }
        QVERIFY((*store)->write(batch).ok());
    }

    void filtersRecordsAndMetrics()
    {
        const QString records = QStringLiteral("SELECT count(*) FROM records");
        const QString metrics = QStringLiteral("SELECT count(*) FROM metrics");
        QCOMPARE(count(records, {}), 7);
        QCOMPARE(count(records, {QStringLiteral("prod")}), 3);
        QCOMPARE(count(records, {QStringLiteral("prod"), QStringLiteral("dev")}), 4);
        QCOMPARE(count(metrics, {QStringLiteral("staging")}), 2);
    }

    void emptyNameMeansNoEnvironment()
    {
        // Logfire's query API: "" matches rows without an environment (stored NULL here).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records"), {QString()}), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM metrics"),
                       {QStringLiteral("dev"), QString()}),
                 2);
    }

    void appliesToJoinsAndAggregates()
    {
        // Both sides of a self-join are filtered, and the LLM aggregate skips the (environment-
        // less) per-minute rollup.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records a JOIN records b ON "
                                      "a.trace_id = b.trace_id"),
                       {QStringLiteral("staging")}),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT sum((attributes->>'gen_ai.usage.input_tokens')::int) "
                                      "FROM records"),
                       {QStringLiteral("dev")}),
                 100);
    }

    void hostileNamesMatchNothing()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records"),
                       {QStringLiteral("x') OR 1=1 OR ('")}),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records"), {QStringLiteral("prod'--")}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"
