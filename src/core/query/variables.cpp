// SPDX-License-Identifier: MIT
#include "core/query/variables.h"

#include "core/query/sqltext.h"

#include <cmath>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Query)
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

Result<QString> sqlLiteral(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return Error::make(
                Error::Code::InvalidInput,
                Tr::tr("A variable holds a number SQL cannot express (%1).").arg(value.toString()));
        QString text = QString::number(d, 'g', 17);
        return text;
    }
    case QMetaType::QDateTime:
        return QString(QStringLiteral("TIMESTAMP ")
                       + quoteSqlString(value.toDateTime().toUTC().toString(Qt::ISODateWithMs)));
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList()) {
            if (item.typeId() == QMetaType::QStringList || item.typeId() == QMetaType::QVariantList)
                return Error::make(Error::Code::InvalidInput,
                                   Tr::tr("A list variable cannot contain lists."));
            auto literal = sqlLiteral(item);
            if (!literal)
                return literal.error();
            items << literal.value();
        }
        return QString(QStringLiteral("make_array(") + items.join(QStringLiteral(", "))
                       + QLatin1Char(')'));
    }
    default:
        return quoteSqlString(value.toString());
    }
}

Result<QString> substituteVariables(const QString &sql, const QVariantMap &variables)
{
    QString out;
    out.reserve(sql.size());
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        if (const qsizetype end = skipSqlLiteralOrComment(sql, i); end > i) {
            out += QStringView(sql).mid(i, end - i);
            i = end;
        } else if (c == QLatin1Char('$')) {
            const qsizetype start = i;
            const bool braced = i + 1 < sql.size() && sql[i + 1] == QLatin1Char('{');
            qsizetype nameStart = braced ? i + 2 : i + 1;
            qsizetype j = nameStart;
            if (j < sql.size() && isNameStart(sql[j])) {
                while (j < sql.size() && isNameChar(sql[j]))
                    ++j;
            }
            if (j == nameStart)
                return Error::make(Error::Code::SqlSyntax,
                                   Tr::tr("A '$' must start a variable name, like $service "
                                          "or ${service}."),
                                   static_cast<int>(start));
            const QString name = sql.mid(nameStart, j - nameStart);
            if (braced) {
                if (j >= sql.size() || sql[j] != QLatin1Char('}'))
                    return Error::make(
                        Error::Code::SqlSyntax,
                        Tr::tr("Variable ${%1 is missing its closing '}'.").arg(name),
                        static_cast<int>(start));
                ++j;
            }
            const auto found = variables.constFind(name);
            if (found == variables.constEnd())
                return Error::make(Error::Code::InvalidInput,
                                   Tr::tr("Unknown variable $%1.").arg(name),
                                   static_cast<int>(start));
            auto literal = sqlLiteral(found.value());
            if (!literal)
                return Error::make(literal.error().code, literal.error().message,
                                   static_cast<int>(start));
            out += literal.value();
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace hearth::core
