// SPDX-License-Identifier: MIT
#include "core/live/liverecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth::core {

namespace {

qint64 tokenValue(const QJsonObject &attrs, const QString &key)
{
    const auto it = attrs.constFind(key);
    if (it == attrs.constEnd())
        return -1;
    if (it->isDouble())
        return static_cast<qint64>(it->toDouble());
    if (it->isString()) {
        bool ok = false;
        const qint64 v = it->toString().toLongLong(&ok);
        return ok ? v : -1;
    }
    return -1;
}

void readAttributes(LiveRecord &r, QSet<QString> *keys)
{
    if (r.attributes.isEmpty() || r.attributes == QLatin1String("{}"))
        return;
    const QJsonObject attrs = QJsonDocument::fromJson(r.attributes.toUtf8()).object();
    if (attrs.isEmpty())
        return;
    if (keys && keys->size() < 5000)
        for (auto it = attrs.constBegin(); it != attrs.constEnd(); ++it)
            keys->insert(it.key());
    r.inputTokens = tokenValue(attrs, QStringLiteral("gen_ai.usage.input_tokens"));
    r.outputTokens = tokenValue(attrs, QStringLiteral("gen_ai.usage.output_tokens"));
    QString model = attrs.value(QStringLiteral("gen_ai.response.model")).toString();
    if (model.isEmpty())
        model = attrs.value(QStringLiteral("gen_ai.request.model")).toString();
    r.model = model;
    const QString operation = attrs.value(QStringLiteral("gen_ai.operation.name")).toString();
    r.modelRequest
        = r.hasTokens() && !model.isEmpty() && operation != QLatin1String("invoke_agent");
    if (r.pending()) {
        // SDK-style pending span: its parent is the real span; show it as that span, running.
        const QString pendingParent
            = attrs.value(QStringLiteral("logfire.pending_parent_id")).toString();
        // Written with the real span's own id (pending_parent_id equal to parent_span_id), the
        // row already stands for its span.
        if (!pendingParent.isEmpty() && !r.parentSpanId.isEmpty()
            && pendingParent != r.parentSpanId) {
            r.spanId = r.parentSpanId;
            r.parentSpanId
                = pendingParent == QLatin1String("0000000000000000") ? QString() : pendingParent;
        }
    }
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    if (text.isEmpty() || text == QLatin1String("[]"))
        return tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        if (v.isString())
            tags << v.toString();
    return tags;
}

} // namespace

const QStringList &liveRecordColumns()
{
    static const QStringList columns {QStringLiteral("start_timestamp"),
                                      QStringLiteral("end_timestamp"),
                                      QStringLiteral("duration"),
                                      QStringLiteral("trace_id"),
                                      QStringLiteral("span_id"),
                                      QStringLiteral("parent_span_id"),
                                      QStringLiteral("kind"),
                                      QStringLiteral("level"),
                                      QStringLiteral("span_name"),
                                      QStringLiteral("message"),
                                      QStringLiteral("attributes"),
                                      QStringLiteral("tags"),
                                      QStringLiteral("otel_scope_name"),
                                      QStringLiteral("otel_scope_version"),
                                      QStringLiteral("service_name"),
                                      QStringLiteral("service_version"),
                                      QStringLiteral("deployment_environment"),
                                      QStringLiteral("is_exception"),
                                      QStringLiteral("http_method"),
                                      QStringLiteral("http_route"),
                                      QStringLiteral("http_response_status_code")};
    return columns;
}

std::vector<LiveRecord> liveRecordsFromResult(const QueryResult &result, QSet<QString> *keys)
{
    const QStringList &names = liveRecordColumns();
    std::vector<int> idx;
    idx.reserve(names.size());
    for (const QString &n : names)
        idx.push_back(result.columnIndex(n));
    auto text = [&](const QVector<QVariant> &row, int c) {
        const int i = idx[c];
        return i < 0 ? QString() : row[i].toString();
    };
    auto integer = [&](const QVector<QVariant> &row, int c, qint64 fallback) {
        const int i = idx[c];
        return (i < 0 || row[i].isNull()) ? fallback : row[i].toLongLong();
    };
    std::vector<LiveRecord> out;
    out.reserve(static_cast<size_t>(result.rows.size()));
    for (const auto &row : result.rows) {
        LiveRecord r;
        r.startUs = integer(row, 0, 0);
        r.endUs = integer(row, 1, r.startUs);
        if (idx[2] >= 0 && !row[idx[2]].isNull())
            r.duration = row[idx[2]].toDouble();
        r.traceId = text(row, 3);
        r.spanId = text(row, 4);
        r.parentSpanId = text(row, 5);
        r.kind = text(row, 6);
        r.level = static_cast<int>(integer(row, 7, 9));
        r.spanName = text(row, 8);
        r.message = text(row, 9);
        r.attributes = text(row, 10);
        r.tags = parseTags(text(row, 11));
        r.scopeName = text(row, 12);
        r.scopeVersion = text(row, 13);
        r.serviceName = text(row, 14);
        r.serviceVersion = text(row, 15);
        r.environment = text(row, 16);
        r.isException = integer(row, 17, 0) != 0;
        r.httpMethod = text(row, 18);
        r.httpRoute = text(row, 19);
        r.httpStatus = static_cast<int>(integer(row, 20, 0));
        readAttributes(r, keys);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace hearth::core
