// SPDX-License-Identifier: MIT
#include "core/alerts/alertvariables.h"

#include "core/alerts/alertrule.h"

#include <QCoreApplication>

namespace hearth::core {

namespace {

QString quoteText(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString literalFor(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QString &s : v.toStringList())
            parts << quoteText(s);
        // An empty list must still parse: (NULL) matches nothing with IN.
        return QLatin1Char('(')
            + (parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QStringLiteral(", ")))
            + QLatin1Char(')');
    }
    default:
        if (v.isNull())
            return QStringLiteral("NULL");
        return quoteText(v.toString());
    }
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

Result<QString> substituteAlertVariables(const QString &sql, const QVariantMap &variables)
{
    QString out;
    out.reserve(sql.size());
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto copyUntil = [&](qsizetype end) {
        out += QStringView(sql).mid(i, end - i);
        i = end;
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Literals and quoted identifiers are copied untouched: '$x' stays the text "$x".
            qsizetype j = i + 1;
            while (j < n) {
                if (sql[j] == c) {
                    if (j + 1 < n && sql[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            copyUntil(qMin(j + 1, n));
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            copyUntil(end < 0 ? n : end);
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            copyUntil(end < 0 ? n : end + 2);
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < n) {
            qsizetype start = i + 1;
            qsizetype end = start;
            bool braced = false;
            if (sql[start] == QLatin1Char('{')) {
                braced = true;
                ++start;
                end = sql.indexOf(QLatin1Char('}'), start);
                if (end < 0)
                    return Error::make(Error::Code::SqlSyntax,
                                       QCoreApplication::translate("hearth::core::Alerts",
                                                                   "Unclosed ${ at position %1.")
                                           .arg(i + 1),
                                       static_cast<int>(i));
            } else if (isNameStart(sql[start])) {
                while (end < n && isNameChar(sql[end]))
                    ++end;
            } else {
                out += c; // $1 and a lone $ are not variables
                ++i;
                continue;
            }
            const QString name = sql.mid(start, end - start);
            const auto it = variables.constFind(name);
            if (it == variables.cend())
                return Error::make(
                    Error::Code::InvalidInput,
                    QCoreApplication::translate("hearth::core::Alerts",
                                                "Unknown variable $%1 at position %2: define it "
                                                "in the alert's variables.")
                        .arg(name)
                        .arg(i + 1),
                    static_cast<int>(i));
            out += literalFor(it.value());
            i = braced ? end + 1 : end;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

QVariantMap builtinAlertVariables(Micros from, Micros to, const QStringList &environments)
{
    QVariantMap v;
    v.insert(QStringLiteral("__from"), static_cast<qint64>(from / 1000));
    v.insert(QStringLiteral("__to"), static_cast<qint64>(to / 1000));
    v.insert(QStringLiteral("__from_iso_string"), formatIsoMicrosQ(from));
    v.insert(QStringLiteral("__to_iso_string"), formatIsoMicrosQ(to));
    v.insert(QStringLiteral("__range"), formatWindow(to - from));
    v.insert(QStringLiteral("__range_s"), static_cast<qint64>((to - from) / kMicrosPerSecond));
    v.insert(QStringLiteral("__range_ms"), static_cast<qint64>((to - from) / 1000));
    v.insert(QStringLiteral("__envs"), environments.join(QLatin1Char(',')));
    return v;
}

} // namespace hearth::core
