// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace hearth::core {

// One value as an SQL literal that both DataFusion (Logfire) and Hearth's local translator read:
// text is single-quoted with quotes doubled, numbers and booleans are bare, a QStringList (or
// QVariantList) becomes `make_array(...)` so that `x = ANY($var)` works, an invalid QVariant is
// NULL. Fails for NaN/infinite numbers and nested lists.
Result<QString> sqlLiteral(const QVariant &value);

// Replaces `$name` and `${name}` outside string literals, quoted identifiers and comments with
// the quoted literal of `variables[name]` (never splices raw text). An unknown variable is an
// error naming it, with its position. Names are [A-Za-z_][A-Za-z0-9_]*.
Result<QString> substituteVariables(const QString &sql, const QVariantMap &variables);

} // namespace hearth::core
