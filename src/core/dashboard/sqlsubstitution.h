// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <functional>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hearth::core {

// An interval value ($resolution, time-bucket variables): rendered as INTERVAL '1 hour'.
struct SqlInterval
{
    QString text; // "1 minute", "3 hours"
    bool operator==(const SqlInterval &o) const { return text == o.text; }
};

struct SubstitutedSql
{
    QString sql;
    QStringList used; // variable names referenced, in order of first use
};

// Replaces $name and ${name} outside string literals, quoted identifiers and comments by SQL
// literals built from `values`: QString → 'text' (quotes doubled), numbers → digits, bool →
// TRUE/FALSE, QStringList → ARRAY['a', 'b'] (for `= ANY($var)`), SqlInterval → INTERVAL '…'.
// A value is never spliced as text, so it cannot end the literal it sits in. A reference to a
// name missing from `values` is an error naming the variable and its position. `$1` and `::`
// are left alone.
Result<SubstitutedSql> substituteSqlVariables(const QString &sql, const QVariantMap &values);

// The literal one value becomes (exposed for the "rendered query" view and tests).
QString dashboardSqlLiteral(const QVariant &value);

// The seam to the query engineer's shared substitution (core/query/variables.h): dashboards call
// through this so either implementation can be plugged in.
using SqlSubstituter = std::function<Result<SubstitutedSql>(const QString &, const QVariantMap &)>;
SqlSubstituter defaultSqlSubstituter();

} // namespace hearth::core

Q_DECLARE_METATYPE(hearth::core::SqlInterval)
