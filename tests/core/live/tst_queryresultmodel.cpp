// SPDX-License-Identifier: MIT
#include "core/live/queryresultmodel.h"
#include "core/live/resultexport.h"
#include "core/live/savedsearches.h"
#include "core/live/sqlcompletion.h"
#include "core/store/store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

QueryResult sample()
{
    QueryResult r;
    r.columns = {{QStringLiteral("ts"), ColumnType::Timestamp},
                 {QStringLiteral("n"), ColumnType::Integer},
                 {QStringLiteral("name"), ColumnType::Text},
                 {QStringLiteral("attrs"), ColumnType::Json}};
    r.rows.push_back({qint64(1'700'000'000'000'000), qint64(3), QStringLiteral("b, \"quoted\""),
                      QStringLiteral("{\"k\":1}")});
    r.rows.push_back({qint64(1'700'000'001'000'000), qint64(1), QStringLiteral("a"), QVariant()});
    r.rows.push_back({QVariant(), qint64(2), QStringLiteral("c\td"), QStringLiteral("not json")});
    return r;
}

} // namespace

class TestQueryResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displaysTypedCells()
    {
        QueryResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(),
                 QStringLiteral("2023-11-14T22:13:20.000000Z"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("n"));
        QCOMPARE(model.index(2, 0).data().toString(), QString());
        QCOMPARE(model.index(0, 1).data(QueryResultModel::RawValueRole).toLongLong(), 3);
    }

    void sortsAndKeepsPersistentIndexes()
    {
        QueryResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(sample());
        QPersistentModelIndex a = model.index(1, 2); // "a"
        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("3"));
        QCOMPARE(a.row(), 0);
        QCOMPARE(a.data().toString(), QStringLiteral("a"));
        model.sort(0, Qt::DescendingOrder); // NULL last when descending
        QCOMPARE(model.index(2, 0).data().toString(), QString());
        model.sort(2, Qt::AscendingOrder);
        QCOMPARE(model.sourceRow(0), 1);
    }

    void copiesSelectionAsTsv()
    {
        QueryResultModel model;
        model.setResult(sample());
        const QString tsv = model.toTsv({model.index(2, 2), model.index(2, 1), model.index(0, 1)});
        QCOMPARE(tsv, QStringLiteral("3\t\n2\tc d\n"));
    }

    void sortsOneHundredThousandRowsQuickly()
    {
        QueryResult big;
        big.columns
            = {{QStringLiteral("n"), ColumnType::Integer}, {QStringLiteral("s"), ColumnType::Text}};
        big.rows.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            big.rows.push_back({qint64((i * 7919) % 100000), QString::number(i)});
        QueryResultModel model;
        model.setResult(std::move(big));
        QElapsedTimer t;
        t.start();
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("99999"));
        // Generous bound for a loaded CI machine; a quadratic sort would take minutes.
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }

    void exportsCsvAndJson()
    {
        const QueryResult r = sample();
        const QByteArray csv = resultToCsv(r);
        QVERIFY(csv.startsWith("ts,n,name,attrs\r\n"));
        QVERIFY(csv.contains("\"b, \"\"quoted\"\"\""));
        QCOMPARE(csv.count("\r\n"), 4);
        const QJsonArray rows = QJsonDocument::fromJson(resultToJson(r)).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(rows[0]
                     .toObject()
                     .value(QStringLiteral("attrs"))
                     .toObject()
                     .value(QStringLiteral("k"))
                     .toInt(),
                 1);
        QVERIFY(rows[1].toObject().value(QStringLiteral("attrs")).isNull());
        QCOMPARE(rows[2].toObject().value(QStringLiteral("attrs")).toString(),
                 QStringLiteral("not json"));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("ts")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000000Z"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(writeResultFile(r, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().trimmed().startsWith('['));
        QVERIFY(!writeResultFile(r, dir.filePath(QStringLiteral("missing/dir/out.csv"))).ok());
    }

    void completesColumnsKeywordsAndAttributeKeys()
    {
        SqlCompletion c;
        c.addAttributeKeysFromJson(
            QStringLiteral("{\"gen_ai.request.model\":\"x\",\"http.route\":\"/\"}"));
        QVERIFY(c.candidates(QStringLiteral("serv"), 4).contains(QStringLiteral("service_name")));
        QVERIFY(c.candidates(QStringLiteral("x AND lev"), 9).contains(QStringLiteral("level")));
        QVERIFY(c.candidates(QStringLiteral("level = er"), 10).contains(QStringLiteral("error")));
        QVERIFY(c.candidates(QStringLiteral("SEL"), 3).contains(QStringLiteral("SELECT")));
        QVERIFY(c.candidates(QStringLiteral("time_b"), 6).contains(QStringLiteral("time_bucket")));
        const QString text = QStringLiteral("attributes->>'gen");
        const auto word = SqlCompletion::wordAt(text, static_cast<int>(text.size()));
        QVERIFY(word.inAttributeKey);
        QCOMPARE(word.prefix, QStringLiteral("gen"));
        QCOMPARE(c.candidates(text, static_cast<int>(text.size())),
                 QStringList {QStringLiteral("gen_ai.request.model")});
        QVERIFY(c.candidates(QStringLiteral("level "), 6).isEmpty());
        QVERIFY(c.candidates(QStringLiteral("attr"), 4).contains(QStringLiteral("attributes")));
    }

    void savedAndRecentSearches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        QVERIFY(Store::open(path).ok());
        auto repo = SavedSearches::open(path);
        QVERIFY(repo.ok());
        QVERIFY(repo->addRecent(QStringLiteral("level >= 17"), 100).ok());
        QVERIFY(repo->addRecent(QStringLiteral("duration > 1"), 200).ok());
        QVERIFY(repo->addRecent(QStringLiteral("level >= 17"), 300).ok()); // bumped, not duplicated
        auto recent = repo->list(false);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), size_t(2));
        QCOMPARE(recent->front().where, QStringLiteral("level >= 17"));
        for (int i = 0; i < SavedSearches::kMaxRecent + 5; ++i)
            QVERIFY(repo->addRecent(QStringLiteral("n = %1").arg(i), 1000 + i).ok());
        QCOMPARE(repo->list(false)->size(), size_t(SavedSearches::kMaxRecent));

        auto id = repo->save(QStringLiteral("Errors"), QStringLiteral("level >= 17"));
        QVERIFY(id.ok());
        QVERIFY(!repo->save(QStringLiteral("  "), QStringLiteral("x")).ok());
        auto saved = repo->list(true);
        QCOMPARE(saved->size(), size_t(1));
        QCOMPARE(saved->front().name, QStringLiteral("Errors"));
        QVERIFY(repo->remove(id.value()).ok());
        QCOMPARE(repo->list(true)->size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestQueryResultModel)
#include "tst_queryresultmodel.moc"
