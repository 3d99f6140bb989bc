// SPDX-License-Identifier: MIT
#include "core/query/llmrollup.h"

#include <QRegularExpression>
#include <QStringList>

namespace hearth::core {

namespace {

constexpr Micros kMinute = 60'000'000;

Micros floorMinute(Micros us)
{
    Micros q = us / kMinute;
    if (us % kMinute != 0 && us < 0)
        --q;
    return q * kMinute;
}

Micros ceilMinute(Micros us)
{
    const Micros f = floorMinute(us);
    return f == us ? f : f + kMinute;
}

struct Item
{
    enum Kind { Bucket, Model, Sum, Count } kind;
    QString alias;
    QString column; // for Sum: the rollup prefix (input, output, cost)
    bool real = false; // SUM(CAST(x AS REAL))
};

} // namespace

std::optional<QString> rewriteOntoLlmRollup(const QString &sql, std::optional<Micros> lo,
                                            std::optional<Micros> hi)
{
    static const QRegularExpression shape(QStringLiteral(
        "^SELECT (.+) FROM (?:_q_records AS records|\\(SELECT \\* FROM _q_records WHERE [^()]+\\) "
        "AS "
        "records) WHERE \\((_gen_ai_request_model|_operation_cost) IS NOT NULL\\) GROUP BY "
        "([A-Za-z_][A-Za-z0-9_]*|\"[^\"]+\") , ([A-Za-z_][A-Za-z0-9_]*|\"[^\"]+\")( ORDER BY "
        "[^()]+)?$"));
    const auto m = shape.match(sql);
    if (!m.hasMatch())
        return std::nullopt;
    const bool byModel = m.captured(2) == QLatin1String("_gen_ai_request_model");
    const QSet<QString> groupAliases {m.captured(3), m.captured(4)};

    static const QRegularExpression bucketRe(
        QStringLiteral("^\\(\\( start_timestamp \\) / (\\d+) \\* \\1\\) AS (.+)$"));
    static const QRegularExpression modelRe(QStringLiteral("^_gen_ai_request_model AS (.+)$"));
    static const QRegularExpression sumRe(QStringLiteral(
        "^SUM\\( (?:CAST\\( \\( (_gen_ai_input_tokens|_gen_ai_output_tokens|_operation_cost) \\) "
        "AS REAL\\)|(_gen_ai_input_tokens|_gen_ai_output_tokens|_operation_cost)) \\) AS (.+)$"));
    static const QRegularExpression countRe(QStringLiteral("^count\\( ?\\* ?\\) AS (.+)$"));

    std::vector<Item> items;
    Micros bucket = 0;
    for (const QString &text : m.captured(1).split(QStringLiteral(" , "))) {
        if (auto b = bucketRe.match(text); b.hasMatch()) {
            bucket = b.captured(1).toLongLong();
            if (bucket <= 0 || bucket % kMinute != 0)
                return std::nullopt;
            items.push_back({Item::Bucket, b.captured(2), {}, false});
        } else if (auto mo = modelRe.match(text); mo.hasMatch()) {
            items.push_back({Item::Model, mo.captured(1), {}, false});
        } else if (auto s = sumRe.match(text); s.hasMatch()) {
            const QString col = s.captured(1).isEmpty() ? s.captured(2) : s.captured(1);
            const QString prefix = col == QLatin1String("_gen_ai_input_tokens")
                ? QStringLiteral("input")
                : col == QLatin1String("_gen_ai_output_tokens") ? QStringLiteral("output")
                                                                : QStringLiteral("cost");
            // Under the cost filter only cost totals are known per minute.
            if (!byModel && prefix != QLatin1String("cost"))
                return std::nullopt;
            items.push_back({Item::Sum, s.captured(3), prefix, !s.captured(1).isEmpty()});
        } else if (auto c = countRe.match(text); c.hasMatch()) {
            items.push_back({Item::Count, c.captured(1), {}, false});
        } else {
            return std::nullopt;
        }
    }
    int buckets = 0;
    int models = 0;
    QSet<QString> keyAliases;
    for (const auto &it : items) {
        if (it.kind == Item::Bucket)
            ++buckets, keyAliases.insert(it.alias);
        if (it.kind == Item::Model)
            ++models, keyAliases.insert(it.alias);
    }
    if (buckets != 1 || models != 1 || keyAliases != groupAliases)
        return std::nullopt;

    const QString b = QString::number(bucket);
    const QString filter = byModel ? QStringLiteral("model != ''") : QStringLiteral("cost_n > 0");
    const QString rawFilter = byModel ? QStringLiteral("_gen_ai_request_model IS NOT NULL")
                                      : QStringLiteral("_operation_cost IS NOT NULL");
    // Whole minutes from the rollup, partial edge minutes from the spans.
    QStringList rollupWhere {filter};
    QStringList edges;
    if (lo) {
        rollupWhere << QStringLiteral("minute >= %1").arg(ceilMinute(*lo));
        if (ceilMinute(*lo) != *lo)
            edges << QStringLiteral("(start_timestamp >= %1 AND start_timestamp < %2)")
                         .arg(*lo)
                         .arg(hi ? std::min(ceilMinute(*lo), *hi) : ceilMinute(*lo));
    }
    if (hi) {
        rollupWhere << QStringLiteral("minute < %1").arg(floorMinute(*hi));
        const Micros from = lo ? std::max(floorMinute(*hi), ceilMinute(*lo)) : floorMinute(*hi);
        if (from < *hi)
            edges << QStringLiteral("(start_timestamp >= %1 AND start_timestamp < %2)")
                         .arg(from)
                         .arg(*hi);
    }
    QString parts = QStringLiteral("SELECT minute / %1 * %1 AS _x, NULLIF(model, '') AS _m, spans "
                                   "AS _spans, input_n AS _in_n, "
                                   "input_sum AS _in_s, output_n AS _out_n, output_sum AS _out_s, "
                                   "cost_n AS _cost_n, cost_sum "
                                   "AS _cost_s FROM _llm_minutes WHERE %2")
                        .arg(b, rollupWhere.join(QStringLiteral(" AND ")));
    if (!edges.isEmpty())
        parts += QStringLiteral(
                     " UNION ALL SELECT start_timestamp / %1 * %1, _gen_ai_request_model, 1, "
                     "_gen_ai_input_tokens IS NOT NULL, COALESCE(_gen_ai_input_tokens, 0), "
                     "_gen_ai_output_tokens IS NOT NULL, COALESCE(_gen_ai_output_tokens, 0), "
                     "_operation_cost IS NOT NULL, COALESCE(_operation_cost, 0) FROM _q_records "
                     "WHERE %2 AND (%3)")
                     .arg(b, rawFilter, edges.join(QStringLiteral(" OR ")));

    QStringList select;
    for (const auto &it : items) {
        switch (it.kind) {
        case Item::Bucket:
            select << QStringLiteral("_x AS ") + it.alias;
            break;
        case Item::Model:
            select << QStringLiteral("_m AS ") + it.alias;
            break;
        case Item::Count:
            select << (byModel ? QStringLiteral("SUM(_spans) AS ")
                               : QStringLiteral("SUM(_cost_n) AS "))
                    + it.alias;
            break;
        case Item::Sum: {
            const QString n = it.column == QLatin1String("input") ? QStringLiteral("_in")
                : it.column == QLatin1String("output")            ? QStringLiteral("_out")
                                                                  : QStringLiteral("_cost");
            // SUM over no values is NULL, as in the direct query.
            QString sum = QStringLiteral("CASE WHEN SUM(%1_n) > 0 THEN SUM(%1_s) END").arg(n);
            if (it.real)
                sum = QStringLiteral("CAST(") + sum + QStringLiteral(" AS REAL)");
            select << sum + QStringLiteral(" AS ") + it.alias;
            break;
        }
        }
    }
    QString out = QStringLiteral("SELECT ") + select.join(QStringLiteral(", "))
        + QStringLiteral(" FROM (") + parts + QStringLiteral(") GROUP BY _x, _m");
    out += m.captured(5);
    return out;
}

} // namespace hearth::core
