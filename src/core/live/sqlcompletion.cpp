// SPDX-License-Identifier: MIT
#include "core/live/sqlcompletion.h"

#include "core/store/schema.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearth::core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

QStringList fromViews(const std::vector<std::string_view> &views)
{
    QStringList out;
    for (auto v : views)
        out << QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    return out;
}

} // namespace

SqlCompletion::SqlCompletion() = default;

const QStringList &SqlCompletion::keywords()
{
    static const QStringList list {
        QStringLiteral("SELECT"),   QStringLiteral("FROM"),      QStringLiteral("WHERE"),
        QStringLiteral("AND"),      QStringLiteral("OR"),        QStringLiteral("NOT"),
        QStringLiteral("IN"),       QStringLiteral("IS"),        QStringLiteral("NULL"),
        QStringLiteral("LIKE"),     QStringLiteral("ILIKE"),     QStringLiteral("BETWEEN"),
        QStringLiteral("GROUP BY"), QStringLiteral("ORDER BY"),  QStringLiteral("HAVING"),
        QStringLiteral("LIMIT"),    QStringLiteral("OFFSET"),    QStringLiteral("AS"),
        QStringLiteral("DISTINCT"), QStringLiteral("CASE"),      QStringLiteral("WHEN"),
        QStringLiteral("THEN"),     QStringLiteral("ELSE"),      QStringLiteral("END"),
        QStringLiteral("JOIN"),     QStringLiteral("LEFT JOIN"), QStringLiteral("ON"),
        QStringLiteral("WITH"),     QStringLiteral("UNION ALL"), QStringLiteral("DESC"),
        QStringLiteral("ASC"),      QStringLiteral("TRUE"),      QStringLiteral("FALSE"),
        QStringLiteral("INTERVAL"),
    };
    return list;
}

const QStringList &SqlCompletion::functions()
{
    static const QStringList list {
        QStringLiteral("count"),        QStringLiteral("sum"),
        QStringLiteral("avg"),          QStringLiteral("min"),
        QStringLiteral("max"),          QStringLiteral("round"),
        QStringLiteral("coalesce"),     QStringLiteral("now"),
        QStringLiteral("time_bucket"),  QStringLiteral("date_trunc"),
        QStringLiteral("level_num"),    QStringLiteral("level_name"),
        QStringLiteral("array_has"),    QStringLiteral("json_get"),
        QStringLiteral("json_get_str"), QStringLiteral("json_get_int"),
        QStringLiteral("json_length"),  QStringLiteral("approx_percentile_cont"),
        QStringLiteral("median"),       QStringLiteral("lower"),
        QStringLiteral("upper"),        QStringLiteral("length"),
    };
    return list;
}

const QStringList &SqlCompletion::levelNames()
{
    static const QStringList list {
        QStringLiteral("'trace'"),  QStringLiteral("'debug'"), QStringLiteral("'info'"),
        QStringLiteral("'notice'"), QStringLiteral("'warn'"),  QStringLiteral("'error'"),
        QStringLiteral("'fatal'"),
    };
    return list;
}

QStringList SqlCompletion::tables()
{
    return {QStringLiteral("records"), QStringLiteral("records_all"), QStringLiteral("metrics")};
}

QStringList SqlCompletion::recordColumns()
{
    return fromViews(schema::recordColumns());
}

QStringList SqlCompletion::metricColumns()
{
    return fromViews(schema::metricColumns());
}

void SqlCompletion::addAttributeKeys(const QStringList &keys)
{
    for (const QString &k : keys)
        if (!k.isEmpty() && m_attributeKeys.size() < 5000)
            m_attributeKeys.insert(k);
}

void SqlCompletion::addAttributeKeysFromJson(const QString &attributesJson)
{
    if (attributesJson.size() < 3)
        return;
    addAttributeKeys(QJsonDocument::fromJson(attributesJson.toUtf8()).object().keys());
}

QStringList SqlCompletion::attributeKeys() const
{
    QStringList list(m_attributeKeys.begin(), m_attributeKeys.end());
    list.sort();
    return list;
}

SqlCompletion::Word SqlCompletion::wordAt(const QString &text, int cursor)
{
    Word w;
    cursor = std::clamp(cursor, 0, static_cast<int>(text.size()));
    int start = cursor;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    w.start = start;
    w.prefix = text.mid(start, cursor - start);
    // Inside the quotes of attributes->>'…: keys may contain anything but a quote.
    const int quote = text.lastIndexOf(QLatin1Char('\''), cursor - 1);
    if (quote >= 0) {
        const QString before = text.left(quote).trimmed();
        if (before.endsWith(QLatin1String("->>")) || before.endsWith(QLatin1String("->"))) {
            w.inAttributeKey = true;
            w.start = quote + 1;
            w.prefix = text.mid(quote + 1, cursor - quote - 1);
        }
    }
    return w;
}

QStringList SqlCompletion::candidates(const QString &text, int cursor, int max) const
{
    const Word w = wordAt(text, cursor);
    QStringList out;
    if (w.inAttributeKey) {
        for (const QString &k : attributeKeys())
            if (k.startsWith(w.prefix, Qt::CaseInsensitive) && out.size() < max)
                out << k;
        return out;
    }
    if (w.prefix.isEmpty())
        return out;
    auto consider = [&](const QStringList &list) {
        for (const QString &c : list)
            if (out.size() < max && c.startsWith(w.prefix, Qt::CaseInsensitive)
                && c.compare(w.prefix, Qt::CaseInsensitive) != 0 && !out.contains(c))
                out << c;
    };
    consider(recordColumns());
    consider(tables());
    consider(functions());
    consider(keywords());
    QStringList levels;
    for (const QString &l : levelNames())
        levels << l.mid(1, l.size() - 2);
    consider(levels);
    QStringList attrs;
    for (const QString &k : attributeKeys())
        attrs << QStringLiteral("attributes->>'") + k + QLatin1Char('\'');
    if (w.prefix.size() >= 2)
        consider(attrs);
    return out;
}

} // namespace hearth::core
