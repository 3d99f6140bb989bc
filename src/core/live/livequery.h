// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"
#include "core/result.h"
#include "core/util/timeutil.h"

#include <optional>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hearth::core {

// What the Live view asks for: a time window, the user's WHERE clause (the search box is the
// WHERE of `SELECT * FROM records WHERE …`, logfire.md §4.8) and the environment picker.
struct LiveQuerySpec
{
    Micros fromUs = 0; // window [fromUs, toUs)
    Micros toUs = 0;
    QString where; // user text, passed through to the engine; empty = everything
    // Selected deployment environments; empty = all envs. An empty string in the list stands for
    // "env not specified" (NULL).
    QStringList environments;
};

// Builds the SQL of the Live view. The generated part is plain SQL that SQLite and Logfire's
// DataFusion dialect both accept (no `::`, no `->>`); the time window is also put into the
// request's min/max timestamps for engines that prune on them.
class LiveQuery
{
public:
    explicit LiveQuery(LiveQuerySpec spec);

    const LiveQuerySpec &spec() const { return m_spec; }

    // Local checks before the engine sees the clause: balanced quotes and brackets, no `;`.
    // The error's position is an offset into `where`.
    static std::optional<Error> validateWhere(const QString &where);

    // The newest `limit` rows of the window (optionally only those older than `olderThanUs`, for
    // paging on scroll-up), newest first.
    QueryRequest list(int limit, std::optional<Micros> olderThanUs = std::nullopt) const;
    // Rows that ended at or after `sinceEndUs` (the live tail's cheap poll on the end-time
    // index: spans are exported when they end, so this also finds long spans that started before
    // the previous poll), latest-ending first.
    QueryRequest poll(Micros sinceEndUs, int limit) const;
    // Specific spans by id: parents that arrived after their children (spans are exported when
    // they end, so a long parent lands after the poll that brought its children).
    QueryRequest spans(const QList<QPair<QString, QString>> &traceAndSpanIds) const;
    // Records and errors per bucket of `bucketUs` over the window: columns bucket, n, errors.
    QueryRequest histogram(Micros bucketUs) const;
    // Records per deployment environment over the window: columns env, n.
    QueryRequest environments() const;

    // Maps an engine error position (offset into the generated SQL) onto the user's clause;
    // -1 when the error is not inside it.
    int userPosition(const QueryRequest &request, int enginePosition) const;

private:
    QString filter(std::optional<Micros> olderThanUs = std::nullopt) const;
    QueryRequest request(const QString &sql, int limit) const;

    LiveQuerySpec m_spec;
};

} // namespace hearth::core
