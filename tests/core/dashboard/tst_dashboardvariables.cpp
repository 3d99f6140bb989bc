// SPDX-License-Identifier: MIT
#include "core/dashboard/chartdata.h"
#include "core/dashboard/dashboardvariables.h"
#include "core/dashboard/sqlsubstitution.h"

#include <QTest>

using namespace hearth::core;

class TestDashboardVariables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void substitutesLiterals()
    {
        QVariantMap v;
        v.insert(QStringLiteral("service"), QStringLiteral("api"));
        v.insert(QStringLiteral("n"), qint64(42));
        v.insert(QStringLiteral("f"), 0.5);
        v.insert(QStringLiteral("on"), true);
        v.insert(QStringLiteral("envs"),
                 QStringList {QStringLiteral("prod"), QStringLiteral("dev")});
        v.insert(QStringLiteral("resolution"),
                 QVariant::fromValue(SqlInterval {QStringLiteral("1 hour")}));
        auto r = substituteSqlVariables(
            QStringLiteral("SELECT time_bucket($resolution, start_timestamp) AS x FROM records "
                           "WHERE service_name = $service AND n > ${n}0 AND f = $f AND $on "
                           "AND deployment_environment = ANY($envs) AND x::text = '$service' "
                           "-- $service in a comment\n AND \"$service\" IS NULL /* $n */"),
            v);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(
            r->sql,
            QStringLiteral(
                "SELECT time_bucket(INTERVAL '1 hour', start_timestamp) AS x FROM records "
                "WHERE service_name = 'api' AND n > 420 AND f = 0.5 AND TRUE "
                "AND deployment_environment = ANY(ARRAY['prod', 'dev']) AND x::text = '$service' "
                "-- $service in a comment\n AND \"$service\" IS NULL /* $n */"));
        QCOMPARE(r->used,
                 (QStringList {QStringLiteral("resolution"), QStringLiteral("service"),
                               QStringLiteral("n"), QStringLiteral("f"), QStringLiteral("on"),
                               QStringLiteral("envs")}));
    }

    void hostileValuesStayInsideTheirLiteral_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote") << QStringLiteral("x' OR '1'='1");
        QTest::newRow("drop") << QStringLiteral("'; DROP TABLE records; --");
        QTest::newRow("backslash") << QStringLiteral("a\\' OR 1=1 --");
        QTest::newRow("comment") << QStringLiteral("*/ OR 1=1 /*");
        QTest::newRow("dollar") << QStringLiteral("$other ${other} $$");
        QTest::newRow("newline") << QStringLiteral("a'\n; DELETE FROM records; --");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("' OR 1=1");
    }

    void hostileValuesStayInsideTheirLiteral()
    {
        QFETCH(QString, value);
        QVariantMap v;
        v.insert(QStringLiteral("s"), value);
        v.insert(QStringLiteral("list"), QStringList {value, QStringLiteral("ok")});
        v.insert(QStringLiteral("other"), QStringLiteral("SHOULD_NOT_APPEAR"));
        auto r
            = substituteSqlVariables(QStringLiteral("SELECT 1 WHERE a = $s AND b = ANY($list)"), v);
        QVERIFY(r.ok());
        QVERIFY(!r->sql.contains(QLatin1String("SHOULD_NOT_APPEAR")));
        QVERIFY(!r->sql.contains(QChar(0)));
        // Parse the output back: outside literals only our own text may remain.
        QString outside;
        bool inString = false;
        const QString &s = r->sql;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == QLatin1Char('\'')) {
                if (inString && i + 1 < s.size() && s[i + 1] == QLatin1Char('\'')) {
                    ++i;
                    continue;
                }
                inString = !inString;
                outside += QLatin1Char('#');
                continue;
            }
            if (!inString)
                outside += s[i];
        }
        QVERIFY(!inString);
        QCOMPARE(outside, QStringLiteral("SELECT 1 WHERE a = ## AND b = ANY(ARRAY[##, ##])"));
    }

    void unknownVariableIsAnError()
    {
        auto r = substituteSqlVariables(QStringLiteral("SELECT $nope"), {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("$nope")));
        QCOMPARE(r.error().position, 7);
        QVERIFY(
            !substituteSqlVariables(QStringLiteral("SELECT ${x"), {{QStringLiteral("x"), 1}}).ok());
        // Positional parameters and casts are not variables.
        auto ok = substituteSqlVariables(QStringLiteral("SELECT $1, a::int, '$'"), {});
        QVERIFY(ok.ok());
        QCOMPARE(ok->sql, QStringLiteral("SELECT $1, a::int, '$'"));
    }

    void builtins()
    {
        const Micros from = 1'700'000'000'000'000;
        const TimeWindow range {from, from + kMicrosPerHour};
        const QVariantMap v = builtinVariables(range);
        QCOMPARE(v.value(QStringLiteral("__from")).toLongLong(), 1'700'000'000'000LL);
        QCOMPARE(v.value(QStringLiteral("__to")).toLongLong(), 1'700'003'600'000LL);
        QCOMPARE(v.value(QStringLiteral("__range")).toString(), QStringLiteral("1 hour"));
        QCOMPARE(v.value(QStringLiteral("__range_s")).toLongLong(), 3600LL);
        QCOMPARE(v.value(QStringLiteral("__range_ms")).toLongLong(), 3'600'000LL);
        QCOMPARE(v.value(QStringLiteral("__from_iso_string")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000000Z"));
        QCOMPARE(v.value(QStringLiteral("resolution")).value<SqlInterval>().text,
                 QStringLiteral("30 seconds"));
        const QVariantMap o = builtinVariables(range, QStringLiteral("5 minutes"));
        QCOMPARE(dashboardSqlLiteral(o.value(QStringLiteral("resolution"))),
                 QStringLiteral("INTERVAL '5 minutes'"));
    }

    void resolutionFromRange_data()
    {
        QTest::addColumn<qint64>("range");
        QTest::addColumn<QString>("expected");
        QTest::newRow("5m") << qint64(5 * kMicrosPerMinute) << QStringLiteral("5 seconds");
        QTest::newRow("1h") << qint64(kMicrosPerHour) << QStringLiteral("30 seconds");
        QTest::newRow("24h") << qint64(kMicrosPerDay) << QStringLiteral("10 minutes");
        QTest::newRow("7d") << qint64(7 * kMicrosPerDay) << QStringLiteral("1 hour");
        QTest::newRow("14d") << qint64(14 * kMicrosPerDay) << QStringLiteral("3 hours");
        QTest::newRow("1y") << qint64(365 * kMicrosPerDay) << QStringLiteral("7 days");
    }

    void resolutionFromRange()
    {
        QFETCH(qint64, range);
        QFETCH(QString, expected);
        QCOMPARE(autoResolution(range), expected);
        QVERIFY(resolutionChoices(range).contains(expected));
        QCOMPARE(intervalText(90 * kMicrosPerMinute), QStringLiteral("90 minutes"));
    }

    void listOptions()
    {
        VariableDefinition def;
        def.kind = VariableDefinition::Kind::List;
        def.capturingRegexp = QStringLiteral("(.*)-prod");
        def.sort = VariableDefinition::Sort::AlphaAsc;
        QCOMPARE(applyOptionRules(def,
                                  {QStringLiteral("web-prod"), QStringLiteral("api-prod"),
                                   QStringLiteral("api-staging"), QStringLiteral("web-prod")}),
                 (QStringList {QStringLiteral("api"), QStringLiteral("web")}));
        VariableDefinition num;
        num.kind = VariableDefinition::Kind::List;
        num.sort = VariableDefinition::Sort::NumericDesc;
        QCOMPARE(
            applyOptionRules(num, {QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("1")}),
            (QStringList {QStringLiteral("10"), QStringLiteral("2"), QStringLiteral("1")}));
    }

    void selectionResolution()
    {
        const QStringList options {QStringLiteral("prod"), QStringLiteral("dev")};
        VariableDefinition multi;
        multi.kind = VariableDefinition::Kind::List;
        multi.allowMultiple = true;
        multi.allowAll = true;
        multi.defaultValue = {QStringLiteral("dev"), QStringLiteral("gone")};
        QCOMPARE(defaultSelection(multi, options), QStringList {QStringLiteral("dev")});
        QCOMPARE(resolveVariableValue(multi, options, {allSelectionMarker()}).toStringList(),
                 options);
        QCOMPARE(dashboardSqlLiteral(resolveVariableValue(multi, options, {QStringLiteral("dev")})),
                 QStringLiteral("ARRAY['dev']"));
        VariableDefinition single = multi;
        single.allowMultiple = false;
        single.customAllValue = QStringLiteral("all-values");
        QCOMPARE(resolveVariableValue(single, options, {allSelectionMarker()}).toString(),
                 QStringLiteral("all-values"));
        QCOMPARE(resolveVariableValue(single, options, {QStringLiteral("prod")}).toString(),
                 QStringLiteral("prod"));
        single.defaultValue = {QStringLiteral("$__all")};
        QCOMPARE(defaultSelection(single, options), QStringList {allSelectionMarker()});
    }

    void parsesDefinitionsBothWays()
    {
        const auto j = nlohmann::json::parse(R"json([
          {"kind":"TextVariable","spec":{"name":"t","value":"x","constant":true}},
          {"kind":"ListVariable","spec":{"name":"env","allowMultiple":true,"allowAllValue":true,
            "customAllValue":"*","capturingRegexp":"(.*)","sort":"alphabetical-desc","defaultValue":["a"],
            "plugin":{"kind":"StaticListVariable","spec":{"values":["a",{"value":"b","label":"B"}]}}}},
          {"kind":"ListVariable","spec":{"name":"svc","plugin":{"kind":"LogfireQueryListVariable","spec":{"query":"SELECT 1"}}}},
          {"kind":"ListVariable","spec":{"name":"bucket","plugin":{"kind":"TimeBucketVariable","spec":{}}}}])json");
        const auto defs = parseVariableDefinitions(j);
        QCOMPARE(defs.size(), 4);
        QVERIFY(defs[0].constant);
        QCOMPARE(defs[1].staticValues, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(defs[1].sort, VariableDefinition::Sort::AlphaDesc);
        QCOMPARE(defs[2].source, VariableDefinition::Source::Query);
        QCOMPARE(defs[3].source, VariableDefinition::Source::TimeBucket);
        for (const auto &d : defs) {
            const auto back
                = parseVariableDefinitions(nlohmann::json::array({variableDefinitionToJson(d)}));
            QCOMPARE(back.size(), 1);
            QCOMPARE(back[0].name, d.name);
            QCOMPARE(back[0].source, d.source);
            QCOMPARE(back[0].customAllValue, d.customAllValue);
            QCOMPARE(back[0].defaultValue, d.defaultValue);
        }
    }

    void seriesAndDownsampling()
    {
        QueryResult r;
        r.columns = {{QStringLiteral("x"), ColumnType::Timestamp},
                     {QStringLiteral("model"), ColumnType::Text},
                     {QStringLiteral("tokens"), ColumnType::Integer}};
        r.rows = {{qint64(2000), QStringLiteral("a"), qint64(5)},
                  {qint64(1000), QStringLiteral("a"), qint64(1)},
                  {qint64(1000), QStringLiteral("b"), qint64(100)}};
        PanelQuery q;
        q.groupBy = QStringLiteral("model");
        q.metrics = {QStringLiteral("tokens")};
        auto data = buildTimeSeries(r, q);
        QVERIFY(data.ok());
        QCOMPARE(data->series.size(), 2);
        QCOMPARE(data->series[0].name, QStringLiteral("b")); // biggest first
        QCOMPARE(data->series[1].points.first().x(), 1000.0); // sorted by x
        q.metrics = {QStringLiteral("cost")};
        QVERIFY(!buildTimeSeries(r, q).ok());

        QVector<QPointF> pts;
        for (int i = 0; i < 100000; ++i)
            pts.push_back({double(i), i == 54321 ? 1e6 : double(i % 7)});
        const auto down = downsampleMinMax(pts, 0, 100000, 800);
        QVERIFY(down.size() <= 1600);
        QVERIFY(
            std::any_of(down.begin(), down.end(), [](const QPointF &p) { return p.y() == 1e6; }));
        QCOMPARE(formatValue(0.1234, QStringLiteral("usd")), QStringLiteral("$0.1234"));
        QCOMPARE(formatValue(12345, QStringLiteral("decimal")), QStringLiteral("12.3k"));
        QCOMPARE(formatValue(42.25, QStringLiteral("percent")), QStringLiteral("42.3%"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardVariables)
#include "tst_dashboardvariables.moc"
