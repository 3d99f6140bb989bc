// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace hearth::core {

// If a string literal, quoted identifier, `--` comment or `/* */` comment starts at `i`, the index
// just past it (a doubled quote inside a quoted run stands for itself; an unterminated run ends at
// the end of the text); otherwise `i`. Text scanners (variable substitution) copy such runs as they
// are, since no `$name` inside them is a variable.
qsizetype skipSqlLiteralOrComment(const QString &sql, qsizetype i);

} // namespace hearth::core
