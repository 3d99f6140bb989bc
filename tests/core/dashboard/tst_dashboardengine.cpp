// SPDX-License-Identifier: MIT
// Dashboard SQL against the real local engine: substituted hostile values stay values, and every
// standard panel runs on demo data.
#include "core/dashboard/dashboardrepository.h"
#include "core/dashboard/dashboardvariables.h"
#include "core/dashboard/sqlsubstitution.h"
#include "core/demo/demogenerator.h"
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestDashboardEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("e.hearth"));
        auto store = Store::open(m_path);
        QVERIFY(store.ok());
        demo::Options options;
        options.traces = 30;
        options.days = 1;
        QVERIFY(demo::generate(**store, options).ok());
        m_engine = std::make_unique<LocalEngine>(m_path);
    }

    void hostileValuesAreComparedNotExecuted()
    {
        const QString countSql = QStringLiteral(
            "SELECT count(*) AS n FROM records WHERE attributes->>'gen_ai.request.model' = $model");
        const QString anySql = QStringLiteral("SELECT count(*) AS n FROM records WHERE "
                                              "attributes->>'gen_ai.request.model' = ANY($models)");
        const qint64 gpt = count(countSql, {{QStringLiteral("model"), QStringLiteral("gpt-4o")}});
        QVERIFY(gpt > 0);
        for (const QString &hostile :
             {QStringLiteral("x' OR '1'='1"), QStringLiteral("'; DROP TABLE _records; --"),
              QStringLiteral("gpt-4o' --"), QStringLiteral("\\' OR 1=1 /*")}) {
            QCOMPARE(count(countSql, {{QStringLiteral("model"), hostile}}), 0);
            QCOMPARE(count(anySql,
                           {{QStringLiteral("models"),
                             QStringList {hostile, QStringLiteral("gpt-4o")}}}),
                     gpt);
        }
        auto store = Store::open(m_path, Store::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        QVERIFY((*store)->recordCount().value() > 0); // nothing was dropped
    }

    void everyStandardPanelRuns()
    {
        const Micros now = nowMicros();
        const TimeWindow range {now - 2 * kMicrosPerDay, now};
        for (const auto &entry : DashboardRepository::standardDashboards()) {
            QVariantMap values = builtinVariables(range);
            for (const auto &def : parseVariableDefinitions(entry.document.variables()))
                values.insert(def.name, resolveVariableValue(def, {}, {allSelectionMarker()}));
            for (const QString &key : entry.document.panelKeys()) {
                const PanelInfo panel = entry.document.panel(key);
                if (panel.queries.isEmpty())
                    continue;
                auto sql = substituteSqlVariables(panel.queries.first().sql, values);
                QVERIFY2(sql.ok(), qPrintable(entry.name + QLatin1Char('/') + key));
                QueryRequest request;
                request.sql = sql->sql;
                request.minTimestamp = range.from;
                request.maxTimestamp = range.to;
                auto result = m_engine->run(request, std::make_shared<CancelToken>());
                QVERIFY2(result.ok(),
                         qPrintable(entry.name + QLatin1Char('/') + key + QStringLiteral(": ")
                                    + (result ? QString() : result.error().message)));
            }
        }
    }

private:
    qint64 count(const QString &sql, const QVariantMap &values)
    {
        auto substituted = substituteSqlVariables(sql, values);
        if (!substituted)
            return -1;
        QueryRequest request;
        request.sql = substituted->sql;
        auto result = m_engine->run(request, std::make_shared<CancelToken>());
        if (!result || result->rows.isEmpty())
            return -2;
        return result->rows.first().value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestDashboardEngine)
#include "tst_dashboardengine.moc"
