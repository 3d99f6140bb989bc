// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hearth::core {

// The seam between alert rules and SQL variable substitution: the query engine's
// substituteVariables (core/query/variables.h), so a rule made from a dashboard panel reads its
// variables exactly as the panel did. $name / ${name} outside literals and comments become quoted
// SQL literals (never text splicing); lists become make_array(...) for `x = ANY($list)`. An unknown
// variable is an error naming it, with its position and the built-ins one may use.
Result<QString> substituteAlertVariables(const QString &sql, const QVariantMap &variables);

// The built-ins of Logfire's dashboards (§3.3) for one evaluation window: $__from, $__to (Unix
// ms), $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs.
QVariantMap builtinAlertVariables(Micros from, Micros to, const QStringList &environments);

} // namespace hearth::core
