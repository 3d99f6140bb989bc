// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hearth::core {

// The seam between alert rules and SQL variable substitution. Replaces $name and ${name} outside
// string literals, quoted identifiers and comments with a properly quoted SQL literal (never text
// splicing): text -> 'it''s', numbers -> 42, booleans -> TRUE/FALSE, lists -> ('a', 'b') so that
// `x IN $list` works. An unknown variable is an error naming it and its position.
// TODO(merge): delegate to core/query/variables.h once the query engine's substitution lands.
Result<QString> substituteAlertVariables(const QString &sql, const QVariantMap &variables);

// The built-ins of Logfire's dashboards (§3.3) for one evaluation window: $__from, $__to (Unix
// ms), $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs.
QVariantMap builtinAlertVariables(Micros from, Micros to, const QStringList &environments);

} // namespace hearth::core
