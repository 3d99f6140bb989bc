// SPDX-License-Identifier: MIT
#include "core/io/casefile.h"
#include "core/io/iotestutil.h"
#include "core/io/notesrepository.h"
#include "core/store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::core::io;

namespace {

const QString kTrace = QStringLiteral("00000000000000000000000000abc001");

void exec(const QString &path, const char *sql)
{
    auto conn = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadWrite);
    QVERIFY(conn.ok());
    auto s = conn->exec(sql);
    QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
}

QString scalar(const QString &path, const char *sql)
{
    const QStringList rows = test::dumpTable(path, sql);
    return rows.isEmpty() ? QString() : rows.first().section(QLatin1Char(':'), 1);
}

} // namespace

class TestCaseFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_src;

private Q_SLOTS:
    void initTestCase()
    {
        m_src = m_dir.filePath(QStringLiteral("src.hearth"));
        auto store = Store::open(m_src);
        QVERIFY(store.ok());
        WriteBatch batch = test::sampleBatch();
        // A secret in an attribute and in a dashboard must not travel.
        batch.records[4].attributes
            = R"({"http.request.header.authorization":"Bearer abc","gen_ai.usage.input_tokens":5,"note":"pylf_v1_us_secretvalue"})";
        batch.records[4].message = "called with pylf_v1_us_secretvalue";
        QVERIFY((*store)->write(batch).ok());
        exec(m_src,
             "INSERT INTO dashboards (name, document, updated_at) VALUES ('LLM costs', "
             "'{\"spec\":{\"panels\":{}},\"api_key\":\"sk-123\"}', 1), ('Other', '{}', 1)");
        exec(m_src,
             "INSERT INTO saved_searches (name, where_clause, created_at) VALUES "
             "('errors', 'level >= ''error''', 1)");
        exec(m_src,
             "INSERT INTO alert_rules (name, document, updated_at) VALUES ('a', "
             "'{\"webhook\":\"https://hooks.example/T0KEN\"}', 1)");
        exec(m_src, "INSERT INTO hearth_meta VALUES ('logfire.read_token', 'pylf_v1_us_x')");
        NotesRepository notes(m_src);
        QVERIFY(notes.pin(kTrace, {}, QStringLiteral("slow because of retries")).ok());
        QVERIFY(notes
                    .pin(kTrace, QStringLiteral("20000000000000") + QStringLiteral("11"),
                         QStringLiteral("the timeout"))
                    .ok());
        QVERIFY(notes.pin(QStringLiteral("00000000000000000000000000abc000")).ok());
    }

    void caseFileHoldsTheTraceAndItsContext()
    {
        const QString out = m_dir.filePath(QStringLiteral("case.hearth"));
        CaseSelection sel;
        sel.traceIds = {kTrace.toUpper()};
        sel.dashboards = {QStringLiteral("LLM costs")};
        sel.title = QStringLiteral("Timeouts on chat");
        auto summary = writeCaseFile(m_src, sel, out);
        QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->records, qint64(3));
        QCOMPARE(summary->dashboards, qint64(1));
        QCOMPARE(summary->savedSearches, qint64(1));
        QCOMPARE(summary->notes, qint64(2));
        QCOMPARE(summary->metrics, qint64(0)); // no metric point falls in this trace's span
        QCOMPARE(summary->redactedValues, qint64(3)); // authorization, pylf token, api_key
        QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        QVERIFY(isCaseFile(out));
        QVERIFY(!isCaseFile(m_src));

        // Another Hearth opens it read-only, from a read-only file, with everything in place.
        QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        auto store = Store::open(out, Store::OpenMode::ReadOnly);
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->recordCount().value(), qint64(3));
        QVERIFY(!(*store)->write(test::sampleBatch(1)).ok());
        auto notes = NotesRepository(out).list();
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), size_t(2));
        QCOMPARE(notes->back().body, QStringLiteral("slow because of retries"));
        QCOMPARE(notes->back().message,
                 QStringLiteral("agent run support, \"quoted\"\nsecond line"));
        QVERIFY(!NotesRepository(out, (*store)->readOnly()).pin(kTrace).ok());
        QCOMPARE(scalar(out, "SELECT name FROM dashboards"), QStringLiteral("LLM costs"));
        QCOMPARE(scalar(out, "SELECT where_clause FROM saved_searches"),
                 QStringLiteral("level >= 'error'"));
        QCOMPARE(scalar(out, "SELECT value FROM hearth_meta WHERE key = 'case.title'"),
                 QStringLiteral("Timeouts on chat"));
        // Secrets stay behind.
        QCOMPARE(scalar(out, "SELECT count(*) FROM alert_rules"), QStringLiteral("0"));
        QCOMPARE(scalar(out, "SELECT count(*) FROM hearth_meta WHERE value LIKE '%pylf%'"),
                 QStringLiteral("0"));
        QFile raw(out);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("Bearer abc"));
        QVERIFY(!bytes.contains("sk-123"));
        QVERIFY(!bytes.contains("pylf_v1"));
        QVERIFY(bytes.contains("gen_ai.usage.input_tokens")); // not mistaken for a secret
    }

    void timeWindowCase()
    {
        const QString out = m_dir.filePath(QStringLiteral("window.hearth"));
        CaseSelection sel;
        sel.minUs = 1'780'000'000'000'000;
        sel.maxUs = 1'780'000'001'000'000; // the first trace's records start in this second
        auto summary = writeCaseFile(m_src, sel, out);
        QVERIFY(summary.ok());
        QCOMPARE(summary->records, qint64(3));
        QCOMPARE(summary->metrics, qint64(1));
        QCOMPARE(summary->notes, qint64(1));
    }

    void secretKeys()
    {
        QVERIFY(isSecretKey("http.request.header.authorization"));
        QVERIFY(isSecretKey("OPENAI_API_KEY"));
        QVERIFY(isSecretKey("github_token"));
        QVERIFY(!isSecretKey("gen_ai.usage.input_tokens"));
        QVERIFY(!isSecretKey("gen_ai.token.type"));
    }

    void refusesEmptySelection()
    {
        auto r = writeCaseFile(m_src, {}, m_dir.filePath(QStringLiteral("x.hearth")));
        QVERIFY(!r.ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.hearth"))));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
