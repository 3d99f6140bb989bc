// SPDX-License-Identifier: MIT
#include "core/dashboard/sqlsubstitution.h"

#include "core/query/sqltext.h"

#include <cmath>
#include <QCoreApplication>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Dashboard)
};

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

QString quoteText(QString text)
{
    // NUL cannot live in an SQL text literal; drop it rather than let it truncate the statement.
    text.remove(QChar(0));
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

QString dashboardSqlLiteral(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    if (value.canConvert<SqlInterval>() && value.metaType() == QMetaType::fromType<SqlInterval>())
        return QStringLiteral("INTERVAL ") + quoteText(value.value<SqlInterval>().text);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        return std::isfinite(d) ? QString::number(d, 'g', 17) : QStringLiteral("NULL");
    }
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QString &s : value.toStringList())
            parts << quoteText(s);
        return QStringLiteral("ARRAY[") + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << dashboardSqlLiteral(v);
        return QStringLiteral("ARRAY[") + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return quoteText(value.toString());
    }
}

Result<SubstitutedSql> substituteSqlVariables(const QString &sql, const QVariantMap &values)
{
    SubstitutedSql out;
    out.sql.reserve(sql.size() + 64);
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (const qsizetype end = skipSqlLiteralOrComment(sql, i); end > i) {
            out.sql += QStringView(sql).mid(i, end - i);
            i = end;
            continue;
        }
        if (c != QLatin1Char('$') || i + 1 >= n) {
            out.sql += c;
            ++i;
            continue;
        }
        // $name or ${name}
        qsizetype start = i + 1;
        const bool braced = sql[start] == QLatin1Char('{');
        if (braced)
            ++start;
        if (start >= n || !isNameStart(sql[start])) {
            out.sql += c;
            ++i;
            continue;
        }
        qsizetype end = start;
        while (end < n && isNameChar(sql[end]))
            ++end;
        const QString name = sql.mid(start, end - start);
        if (braced) {
            if (end >= n || sql[end] != QLatin1Char('}'))
                return Error::make(Error::Code::InvalidInput,
                                   Tr::tr("unterminated ${%1: missing }").arg(name),
                                   static_cast<int>(i));
            ++end;
        }
        const auto it = values.constFind(name);
        if (it == values.constEnd())
            return Error::make(Error::Code::InvalidInput, Tr::tr("unknown variable $%1").arg(name),
                               static_cast<int>(i));
        if (!out.used.contains(name))
            out.used << name;
        out.sql += dashboardSqlLiteral(it.value());
        i = end;
    }
    return out;
}

SqlSubstituter defaultSqlSubstituter()
{
    return [](const QString &sql, const QVariantMap &values) {
        return substituteSqlVariables(sql, values);
    };
}

} // namespace hearth::core
