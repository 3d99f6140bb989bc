// SPDX-License-Identifier: MIT
#include "core/query/sqltext.h"

namespace hearth::core {

qsizetype skipSqlLiteralOrComment(const QString &sql, qsizetype i)
{
    const qsizetype n = sql.size();
    if (i >= n)
        return i;
    const QChar c = sql[i];
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        qsizetype j = i + 1;
        while (j < n) {
            if (sql[j] == c) {
                if (j + 1 < n && sql[j + 1] == c) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return n;
    }
    if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? n : end;
    }
    if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
        const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? n : end + 2;
    }
    return i;
}

QString quoteSqlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString environmentCondition(const QStringList &environments)
{
    QStringList named;
    bool unspecified = false;
    for (const QString &env : environments) {
        if (env.isEmpty())
            unspecified = true;
        else
            named << quoteSqlString(env);
    }
    QStringList alternatives;
    if (!named.isEmpty())
        alternatives << QStringLiteral("deployment_environment IN (%1)")
                            .arg(named.join(QStringLiteral(", ")));
    if (unspecified)
        alternatives << QStringLiteral("deployment_environment IS NULL");
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace hearth::core
