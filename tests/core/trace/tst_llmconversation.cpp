// SPDX-License-Identifier: MIT
#include "core/store/store.h"
#include "core/trace/llmconversation.h"
#include "core/trace/sampletraces.h"
#include "core/trace/spanrecord.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::trace;
using nlohmann::json;

namespace {

QString summary(const LlmConversation &c)
{
    QStringList out;
    for (const auto &m : c.messages) {
        QStringList parts;
        for (const auto &p : m.parts) {
            switch (p.type) {
            case LlmPart::Type::Text:
                parts << QString::fromStdString(p.text);
                break;
            case LlmPart::Type::Thinking:
                parts << QStringLiteral("think:") + QString::fromStdString(p.text);
                break;
            case LlmPart::Type::ToolCall:
                parts << QStringLiteral("call:%1(%2)")
                             .arg(QString::fromStdString(p.name),
                                  QString::fromStdString(p.payload.dump()));
                break;
            case LlmPart::Type::ToolResult:
                parts << QStringLiteral("result:%1=%2")
                             .arg(QString::fromStdString(p.name),
                                  QString::fromStdString(p.payload.dump()));
                break;
            case LlmPart::Type::Media:
                parts << QStringLiteral("media:") + QString::fromStdString(p.text);
                break;
            case LlmPart::Type::Other:
                parts << QStringLiteral("other");
                break;
            }
        }
        out << QString::fromStdString(m.role) + (m.output ? QStringLiteral("↙") : QString())
                + QStringLiteral("[") + parts.join(QLatin1Char('|')) + QStringLiteral("]");
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TstLlmConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Fixtures: tests/data/trace/llm_formats.json (attributes as instrumentations write them).
    void formats_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("expected");
        QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/trace/llm_formats.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto cases = json::parse(file.readAll().toStdString());
        QCOMPARE(cases.size(), size_t(6));
        for (const auto &c : cases)
            QTest::newRow(c["name"].get<std::string>().c_str())
                << QByteArray::fromStdString(c["attributes"].dump()) << c["source"].get<int>()
                << QString::fromStdString(c["expected"].get<std::string>());
    }
    void formats()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(int, source);
        QFETCH(QString, expected);
        const auto parsed = json::parse(attributes.toStdString());
        const LlmConversation c = parseConversation(parsed);
        QCOMPARE(int(c.source), source);
        QCOMPARE(summary(c), expected);
    }

    void argumentsToldApartBySchema()
    {
        json attrs = {{"order_id", 1},
                      {"http.method", "GET"},
                      {"code.lineno", 41},
                      {"code.filepath", "orders/api.py"},
                      {"code.function", "get_order"}};
        attrs["logfire.json_schema"]
            = json {{"type", "object"}, {"properties", {{"order_id", json::object()}}}}.dump();
        const auto split = splitAttributes(attrs);
        QCOMPARE(split.arguments.size(), size_t(1));
        QVERIFY(split.arguments.contains("order_id"));
        QVERIFY(split.other.contains("http.method"));
        QVERIFY(!split.other.contains("code.lineno"));
        QCOMPARE(split.codeLocation, std::string("orders/api.py:41 in get_order"));
        const auto viaColumn = splitAttributes(
            json {{"a", 1}, {"b", 2}},
            json {{"type", "object"}, {"properties", {{"b", json::object()}}}}.dump());
        QVERIFY(viaColumn.arguments.contains("b"));
        QVERIFY(viaColumn.other.contains("a"));
    }

    void spanRecordFromStore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("t.hearth")));
        QVERIFY(store);
        const std::string id = samples::makeTraceId(7);
        WriteBatch batch;
        batch.records = samples::exceptionTrace(id, 1'700'000'000'000'000);
        QVERIFY((*store)->write(batch));
        auto reader = (*store)->openReader();
        std::string spanId;
        for (const auto &r : batch.records)
            if (r.isException)
                spanId = r.spanId;
        auto rec = loadSpanRecord(reader->get(), id, spanId);
        QVERIFY(rec);
        QCOMPARE(rec->exceptionType, std::string("CardDeclinedError"));
        QVERIFY(rec->row["otel_events"].is_array());
        QVERIFY(rec->row["start_timestamp"].get<std::string>().ends_with("Z"));
        QVERIFY(!rec->row.contains("_gen_ai_input_tokens"));
        auto missing = loadSpanRecord(reader->get(), id, "ffffffffffffffff");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstLlmConversation)
#include "tst_llmconversation.moc"
