// SPDX-License-Identifier: MIT
#include "core/alerts/alertevaluator.h"

#include "core/alerts/alertvariables.h"

#include <nlohmann/json.hpp>
#include <QCryptographicHash>
#include <QElapsedTimer>

namespace hearth::core {

namespace {

using json = nlohmann::json;

json cellToJson(const QVariant &v, ColumnType type)
{
    if (!v.isValid() || v.isNull())
        return nullptr;
    switch (type) {
    case ColumnType::Timestamp:
        return formatIsoMicros(v.toLongLong());
    case ColumnType::Integer:
        return static_cast<std::int64_t>(v.toLongLong());
    case ColumnType::Float:
        return v.toDouble();
    case ColumnType::Boolean:
        return v.toBool();
    default:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return static_cast<std::int64_t>(v.toLongLong());
        if (v.typeId() == QMetaType::Double)
            return v.toDouble();
        return v.toString().toStdString();
    }
}

// The has-matches condition of the newest successful run before this one.
std::optional<const AlertRun *> previousSuccessful(const QVector<AlertRun> &previous)
{
    for (const auto &r : previous) {
        if (!r.failed() && r.rowCount)
            return &r;
    }
    return std::nullopt;
}

} // namespace

int countTransitions(const QVector<AlertRun> &runsNewestFirst)
{
    int transitions = 0;
    std::optional<bool> last;
    for (const auto &r : runsNewestFirst) {
        if (r.failed() || !r.rowCount)
            continue;
        const bool m = r.matched();
        if (last && *last != m)
            ++transitions;
        last = m;
    }
    return transitions;
}

QString rowsHash(const QByteArray &rowsJson)
{
    if (rowsJson.isEmpty())
        return {};
    const auto doc
        = json::parse(rowsJson.constData(), rowsJson.constData() + rowsJson.size(), nullptr, false);
    if (!doc.is_object())
        return {};
    return QString::fromStdString(doc.value("hash", std::string()));
}

AlertDecision decideAlert(const AlertRule &rule, const AlertRun &current,
                          const QVector<AlertRun> &previous, Micros now, bool noData)
{
    AlertDecision d;
    const auto prev = previousSuccessful(previous);
    const bool prevState = prev && (*prev)->matched();

    if (current.failed()) {
        d.state = AlertState::Error;
        // A broken rule must not stay silent: tell once, when it starts failing.
        const bool wasFailing = !previous.isEmpty() && previous.front().failed();
        d.notify = !wasFailing;
    } else {
        const bool matched = current.matched();
        if (prev && prevState != matched)
            d.transition = matched ? QStringLiteral("ok->firing") : QStringLiteral("firing->ok");
        else if (!prev && matched)
            d.transition = QStringLiteral("ok->firing");

        switch (rule.notifyWhen) {
        case NotifyWhen::HasMatches:
            d.notify = matched;
            break;
        case NotifyWhen::StartsHavingMatches:
            d.notify = matched && !prevState;
            break;
        case NotifyWhen::HasMatchesChanged:
            d.notify = prev ? matched != prevState : matched;
            break;
        case NotifyWhen::MatchesChanged: {
            const QString before = prev ? rowsHash((*prev)->rowsJson) : QString();
            const QString now = matched ? rowsHash(current.rowsJson) : QString();
            d.notify = before != now;
            break;
        }
        }

        QVector<AlertRun> window;
        window.reserve(kFlappingRuns);
        window.push_back(current);
        for (const auto &r : previous) {
            if (window.size() >= kFlappingRuns)
                break;
            window.push_back(r);
        }
        if (countTransitions(window) >= kFlappingTransitions)
            d.state = AlertState::Flapping;
        else if (matched)
            d.state = AlertState::Firing;
        else if (noData)
            d.state = AlertState::NoData;
        else
            d.state = AlertState::Ok;
    }

    // Snooze keeps evaluating and recording but drops notifications.
    if (rule.snoozedAt(now)) {
        d.state = AlertState::Snoozed;
        d.droppedBySnooze = d.notify;
        d.notify = false;
    }
    return d;
}

QByteArray resultToRowsJson(const QueryResult &result, int maxRows)
{
    json columns = json::array();
    for (const auto &c : result.columns)
        columns.push_back(
            {{"name", c.name.toStdString()}, {"type", columnTypeName(c.type).toStdString()}});
    json rows = json::array();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    int i = 0;
    for (const auto &row : result.rows) {
        json r = json::array();
        for (int c = 0; c < row.size() && c < result.columns.size(); ++c)
            r.push_back(cellToJson(row[c], result.columns[c].type));
        // The hash covers every row returned, not only the ones kept.
        hash.addData(QByteArray::fromStdString(r.dump()));
        if (i++ < maxRows)
            rows.push_back(std::move(r));
    }
    json doc;
    doc["columns"] = columns;
    doc["rows"] = rows;
    doc["hash"] = result.rows.isEmpty() ? std::string() : hash.result().toHex().toStdString();
    doc["truncated"] = result.truncated || result.rows.size() > maxRows;
    return QByteArray::fromStdString(doc.dump());
}

AlertEvaluation evaluateAlertQuery(const AlertRule &rule, QueryEngine &engine, Micros now,
                                   const CancelTokenPtr &cancel)
{
    AlertEvaluation out;
    out.run.ruleId = rule.id;
    out.run.startedAt = now;
    QElapsedTimer timer;
    timer.start();

    const Micros from = now - rule.window;
    QVariantMap vars = builtinAlertVariables(from, now, rule.environments);
    for (auto it = rule.variables.cbegin(); it != rule.variables.cend(); ++it)
        vars.insert(it.key(), it.value());
    auto sql = substituteAlertVariables(rule.sql, vars);
    if (!sql) {
        out.run.error = sql.error().message;
        out.run.durationMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return out;
    }
    QueryRequest request;
    request.sql = sql.value();
    request.minTimestamp = from;
    request.maxTimestamp = now;
    request.environments = rule.environments;
    request.variables = vars;
    request.limit = 10000;
    auto result = engine.run(request, cancel);
    if (!result) {
        out.run.error = result.error().message;
    } else {
        out.result = std::move(result.value());
        out.run.rowCount = out.result.rows.size();
        out.run.rowsJson = resultToRowsJson(out.result);
        if (out.result.rows.isEmpty()) {
            // No rows can mean "fine" or "nothing arrived at all": tell them apart.
            QueryRequest probe;
            probe.sql = QStringLiteral("SELECT 1 AS present FROM records LIMIT 1");
            probe.minTimestamp = from;
            probe.maxTimestamp = now;
            probe.limit = 1;
            auto present = engine.run(probe, cancel);
            out.noData = present && present->rows.isEmpty();
        }
    }
    out.run.durationMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace hearth::core
