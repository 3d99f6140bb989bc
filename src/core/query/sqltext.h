// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace hearth::core {

// If a string literal, quoted identifier, `--` comment or `/* */` comment starts at `i`, the index
// just past it (a doubled quote inside a quoted run stands for itself; an unterminated run ends at
// the end of the text); otherwise `i`. Text scanners (variable substitution) copy such runs as they
// are, since no `$name` inside them is a variable.
qsizetype skipSqlLiteralOrComment(const QString &sql, qsizetype i);

// `text` as an SQL string literal: single quotes around it, quotes inside doubled.
QString quoteSqlString(const QString &text);

// The condition that keeps rows of these environments, parenthesised: "" stands for rows without
// one (stored NULL), as in Logfire's query API. `environments` must not be empty.
QString environmentCondition(const QStringList &environments);

} // namespace hearth::core
