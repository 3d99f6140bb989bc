// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace hearth::test {

// Records and metric points that use every kind of column: JSON, lists, booleans, optional text,
// doubles, pending spans, exceptions, gen_ai attributes.
inline core::WriteBatch sampleBatch(int traces = 3)
{
    using namespace hearth::core;
    WriteBatch b;
    const Micros t0 = 1'780'000'000'000'000;
    for (int t = 0; t < traces; ++t) {
        char trace[33];
        std::snprintf(trace, sizeof trace, "%032x", 0xabc000 + t);
        Record root;
        root.traceId = trace;
        root.spanId = "10000000000000" + std::to_string(10 + t);
        root.startUs = t0 + t * 1'000'000;
        root.endUs = root.startUs + 2'500'000;
        root.duration = 2.5;
        root.spanName = "agent run {name}";
        root.message = "agent run support, \"quoted\"\nsecond line";
        root.attributes
            = R"({"name":"support","gen_ai.request.model":"gpt-4o","z":[1,2],"a":{"b":true}})";
        root.tags = R"(["agent","llm"])";
        root.otelScopeName = "pydantic-ai";
        root.otelResourceAttributes = R"({"service.name":"bot","service.version":"1.2"})";
        root.serviceName = "bot";
        root.serviceVersion = "1.2";
        root.processPid = 4242;
        root.genAiRequestModel = "gpt-4o"; // what ingest derives from the attributes
        b.records.push_back(root);

        Record chat = root;
        chat.spanId = "20000000000000" + std::to_string(10 + t);
        chat.parentSpanId = root.spanId;
        chat.startUs += 100'000;
        chat.endUs = chat.startUs + 1'234'567;
        chat.duration = 1.234567;
        chat.spanName = "chat gpt-4o";
        chat.message = "chat gpt-4o";
        chat.attributes
            = R"({"gen_ai.request.model":"gpt-4o","gen_ai.usage.input_tokens":812,"gen_ai.usage.output_tokens":95,"operation.cost":0.0125})";
        chat.genAiRequestModel = "gpt-4o";
        chat.genAiInputTokens = 812;
        chat.genAiOutputTokens = 95;
        chat.operationCost = 0.0125;
        chat.tags = "[]";
        chat.otelEvents = R"([{"name":"exception","timestamp":"2026-05-28T00:00:00Z"}])";
        chat.isException = true;
        chat.exceptionType = "TimeoutError";
        chat.exceptionMessage = "took too long, gave up";
        chat.exceptionStacktrace = "Traceback:\n  line 1\n  line 2";
        chat.level = 17;
        chat.otelStatusCode = "ERROR";
        chat.httpResponseStatusCode = 504;
        chat.httpMethod = "POST";
        chat.urlFull = "https://api.example.com/v1/chat?x=1,2";
        b.records.push_back(chat);

        Record log = root;
        log.spanId = "30000000000000" + std::to_string(10 + t);
        log.parentSpanId = root.spanId;
        log.kind = "log";
        log.duration.reset();
        log.endUs = log.startUs;
        log.level = 13;
        log.message = "retrying";
        log.spanName = "retrying";
        log.attributes = "{}";
        log.genAiRequestModel.clear();
        log.logBody = "plain body";
        b.records.push_back(log);
    }
    for (int i = 0; i < 4; ++i) {
        MetricPoint m;
        m.recordedUs = t0 + i * 60'000'000;
        m.startUs = t0 - 60'000'000;
        m.metricName = i % 2 ? "gen_ai.client.token.usage" : "http.server.duration";
        m.metricType = i % 2 ? "sum" : "histogram";
        m.unit = i % 2 ? "{token}" : "s";
        m.aggregationTemporality = "delta";
        m.isMonotonic = i % 2 == 1;
        if (i % 2)
            m.scalarValue = 812.5 + i;
        else {
            m.histogramCount = 7;
            m.histogramSum = 3.25;
            m.histogramMin = 0.01;
            m.histogramMax = 1.5;
            m.histogramBucketCounts = "[1,2,4]";
            m.histogramExplicitBounds = "[0.1,1.0]";
        }
        m.attributes = R"({"gen_ai.token.type":"input"})";
        m.otelResourceAttributes = R"({"service.name":"bot"})";
        m.serviceName = "bot";
        b.metrics.push_back(m);
    }
    return b;
}

// Every stored row of a table, as text, in a stable order: equal stores give equal lists.
inline QStringList dumpTable(const QString &storePath, const char *sql)
{
    QStringList out;
    auto conn = core::Store::openReader(storePath);
    if (!conn)
        return {QStringLiteral("error: ") + conn.error().message};
    core::sqlite::Statement st(conn->get(), sql);
    if (!st.valid())
        return {QStringLiteral("error: ") + QString::fromStdString(st.prepareError())};
    while (st.step() == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(st.get()); ++i) {
            const int type = sqlite3_column_type(st.get(), i);
            const auto text = st.columnText(i);
            cells << QStringLiteral("%1=%2:%3")
                         .arg(QString::fromUtf8(sqlite3_column_name(st.get(), i)))
                         .arg(type)
                         .arg(QString::fromUtf8(text.data(), qsizetype(text.size())));
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

inline QStringList dumpRecords(const QString &path)
{
    return dumpTable(path, "SELECT * FROM _records ORDER BY trace_id, span_id");
}

inline QStringList dumpMetrics(const QString &path)
{
    return dumpTable(path, "SELECT * FROM _metrics ORDER BY recorded_timestamp, metric_name");
}

} // namespace hearth::test
