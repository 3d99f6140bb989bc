// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"
#include "core/util/timeutil.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace hearth::core {

// One row of the Live view, copied out of a query result (a value snapshot: the view never holds
// a connection). Token counts and the model-request flag are read from `attributes` once, off the
// GUI thread, so that painting never parses JSON.
struct LiveRecord
{
    Micros startUs = 0;
    Micros endUs = 0;
    double duration = -1; // seconds; negative for logs (NULL duration)
    QString traceId;
    QString spanId;
    QString parentSpanId; // empty = root
    QString kind;
    int level = 9;
    QString spanName;
    QString message;
    QStringList tags;
    QString scopeName;
    QString scopeVersion;
    QString serviceName;
    QString serviceVersion;
    QString environment;
    QString httpMethod;
    QString httpRoute;
    int httpStatus = 0; // 0 = none
    bool isException = false;
    qint64 inputTokens = -1; // -1 = not set on this span
    qint64 outputTokens = -1;
    // The span is one model request (a `chat …` span with its own usage), not an agent run that
    // repeats its children's totals: only these are summed into the ∑ badge.
    bool modelRequest = false;
    QString model;
    QString attributes; // JSON object text, for the details panel

    bool pending() const { return kind == QLatin1String("pending_span"); }
    bool isError() const { return level >= 17 || isException; }
    bool hasTokens() const { return inputTokens >= 0 || outputTokens >= 0; }
    QString key() const { return traceId + QLatin1Char('/') + spanId; }
};

// The columns the Live view selects, in the order liveRecordsFromResult expects them by name.
const QStringList &liveRecordColumns();

// Converts a query result (any column order; missing columns stay default) into records.
// Pending spans written SDK-style (a child row pointing at the real span) are turned into the span
// they stand for: same id as the real span, parent from `logfire.pending_parent_id`.
// `attributeKeys`, when given, collects the attribute keys seen (for completion).
std::vector<LiveRecord> liveRecordsFromResult(const QueryResult &result,
                                              QSet<QString> *attributeKeys = nullptr);

} // namespace hearth::core
