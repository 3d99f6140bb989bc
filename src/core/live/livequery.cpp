// SPDX-License-Identifier: MIT
#include "core/live/livequery.h"

#include "core/live/liverecord.h"
#include "core/query/sqltext.h"

#include <QCoreApplication>
#include <QVector>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Live)
};

// Marks where the user's clause starts in generated SQL, so engine error offsets map back.
const QString kUserOpen = QStringLiteral("(\n");
const QString kUserClose = QStringLiteral("\n)");

QString selectColumns()
{
    return liveRecordColumns().join(QStringLiteral(", "));
}

} // namespace

LiveQuery::LiveQuery(LiveQuerySpec spec) : m_spec(std::move(spec)) { }

std::optional<Error> LiveQuery::validateWhere(const QString &where)
{
    QVector<QPair<QChar, int>> stack;
    QChar quote;
    int quoteStart = -1;
    for (int i = 0; i < where.size(); ++i) {
        const QChar c = where.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                if (i + 1 < where.size() && where.at(i + 1) == quote)
                    ++i; // doubled quote inside a literal
                else
                    quote = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < where.size() && where.at(i + 1) == QLatin1Char('-')) {
            while (i < where.size() && where.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        switch (c.unicode()) {
        case '\'':
        case '"':
            quote = c;
            quoteStart = i;
            break;
        case '(':
        case '[':
            stack.push_back({c, i});
            break;
        case ')':
        case ']': {
            const QChar open = c == QLatin1Char(')') ? QLatin1Char('(') : QLatin1Char('[');
            if (stack.isEmpty() || stack.last().first != open)
                return Error::make(Error::Code::SqlSyntax, Tr::tr("Unmatched '%1'.").arg(c), i);
            stack.pop_back();
            break;
        }
        case ';':
            return Error::make(Error::Code::SqlSyntax,
                               Tr::tr("The search is one WHERE clause: remove the ';'."), i);
        default:
            break;
        }
    }
    if (!quote.isNull())
        return Error::make(Error::Code::SqlSyntax,
                           Tr::tr("Unterminated %1 quote.")
                               .arg(quote == QLatin1Char('\'') ? QStringLiteral("string")
                                                               : QStringLiteral("identifier")),
                           quoteStart);
    if (!stack.isEmpty())
        return Error::make(Error::Code::SqlSyntax, Tr::tr("Unclosed '%1'.").arg(stack.last().first),
                           stack.last().second);
    return std::nullopt;
}

QString LiveQuery::filter(std::optional<Micros> olderThanUs) const
{
    // Integer microseconds compare correctly with the local engine's timestamp columns.
    QStringList parts;
    parts << QStringLiteral("start_timestamp >= %1").arg(m_spec.fromUs);
    parts << QStringLiteral("start_timestamp < %1")
                 .arg(olderThanUs ? std::min(*olderThanUs, m_spec.toUs) : m_spec.toUs);
    if (!m_spec.environments.isEmpty())
        parts << environmentCondition(m_spec.environments);
    if (!m_spec.where.trimmed().isEmpty())
        parts << kUserOpen + m_spec.where + kUserClose;
    return parts.join(QStringLiteral(" AND "));
}

QueryRequest LiveQuery::request(const QString &sql, int limit) const
{
    QueryRequest r;
    r.sql = sql;
    r.minTimestamp = m_spec.fromUs;
    r.maxTimestamp = m_spec.toUs;
    r.limit = limit;
    return r;
}

QueryRequest LiveQuery::list(int limit, std::optional<Micros> olderThanUs) const
{
    return request(QStringLiteral("SELECT %1 FROM records_all WHERE %2 "
                                  "ORDER BY start_timestamp DESC LIMIT %3")
                       .arg(selectColumns(), filter(olderThanUs))
                       .arg(limit),
                   limit);
}

QueryRequest LiveQuery::poll(Micros sinceEndUs, int limit) const
{
    // Bounding end time on both sides makes SQLite pick the end-time index over the start-time
    // one (which would scan the whole window on every poll).
    return request(QStringLiteral("SELECT %1 FROM records_all WHERE end_timestamp >= %2 AND "
                                  "end_timestamp < %3 AND %4 ORDER BY end_timestamp DESC LIMIT %5")
                       .arg(selectColumns())
                       .arg(sinceEndUs)
                       .arg(std::max(m_spec.toUs, sinceEndUs) + kMicrosPerDay)
                       .arg(filter())
                       .arg(limit),
                   limit);
}

QueryRequest LiveQuery::spans(const QList<QPair<QString, QString>> &ids) const
{
    QStringList alternatives;
    for (const auto &id : ids)
        alternatives << QStringLiteral("(trace_id = %1 AND span_id = %2)")
                            .arg(quoteSqlString(id.first), quoteSqlString(id.second));
    if (alternatives.isEmpty())
        alternatives << QStringLiteral("1 = 0");
    // No user filter here: a parent is shown as the context of matching children.
    QueryRequest r = request(QStringLiteral("SELECT %1 FROM records_all WHERE %2")
                                 .arg(selectColumns(), alternatives.join(QStringLiteral(" OR "))),
                             static_cast<int>(ids.size()) + 1);
    r.minTimestamp.reset();
    r.maxTimestamp.reset();
    return r;
}

QueryRequest LiveQuery::histogram(Micros bucketUs) const
{
    const Micros bucket = std::max<Micros>(bucketUs, 1);
    return request(QStringLiteral("SELECT (start_timestamp - %1) / %2 AS bucket, count(*) AS n, "
                                  "sum(CASE WHEN level >= 17 THEN 1 ELSE 0 END) AS errors "
                                  "FROM records WHERE %3 GROUP BY bucket ORDER BY bucket")
                       .arg(m_spec.fromUs)
                       .arg(bucket)
                       .arg(filter()),
                   100000);
}

QueryRequest LiveQuery::environments() const
{
    LiveQuery unfiltered(LiveQuerySpec {m_spec.fromUs, m_spec.toUs, QString(), {}});
    return request(QStringLiteral("SELECT deployment_environment AS env, count(*) AS n "
                                  "FROM records WHERE %1 GROUP BY env ORDER BY n DESC")
                       .arg(unfiltered.filter()),
                   1000);
}

int LiveQuery::userPosition(const QueryRequest &request, int enginePosition) const
{
    if (enginePosition < 0 || m_spec.where.trimmed().isEmpty())
        return -1;
    const int open = request.sql.indexOf(kUserOpen + m_spec.where + kUserClose);
    if (open < 0)
        return -1;
    const int offset = enginePosition - (open + static_cast<int>(kUserOpen.size()));
    if (offset < 0)
        return -1;
    return std::min(offset, static_cast<int>(m_spec.where.size()));
}

} // namespace hearth::core
