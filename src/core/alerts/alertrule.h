// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <QByteArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace hearth::core {

// Logfire's notify_when modes (API enum in the comments).
enum class NotifyWhen {
    HasMatches, // has_matches: every run with rows
    StartsHavingMatches, // starts_having_matches
    HasMatchesChanged, // has_matches_changed: starts or stops having rows
    MatchesChanged, // matches_changed: the result data changes
};

QString notifyWhenKey(NotifyWhen mode);
std::optional<NotifyWhen> notifyWhenFromKey(const QString &key);
// "any results", "starts having results", ... (Logfire's UI labels).
QString notifyWhenLabel(NotifyWhen mode);

// Where a firing alert is delivered.
struct AlertChannel
{
    enum class Type { Webhook, Desktop };
    // RawJson: Hearth's own payload; Slack: {"text", "blocks"}; Template: the user's body with
    // {{placeholders}} (Teams, Google Chat, authenticated endpoints).
    enum class Format { RawJson, Slack, Template };

    Type type = Type::Webhook;
    QString label;
    QString url;
    Format format = Format::RawJson;
    QVector<QPair<QString, QString>> headers;
    QString bodyTemplate;
    bool active = true;

    QString displayName() const;
};

QString channelFormatKey(AlertChannel::Format format);

// One SQL alert: rows returned mean "problem" (Logfire §4.9).
struct AlertRule
{
    qint64 id = 0; // 0 until saved
    QString name;
    QString description;
    QString sql;
    Micros window = 5 * kMicrosPerMinute; // lookback: rows from [now - window, now)
    Micros interval = kMicrosPerMinute; // check every
    QStringList environments; // empty: all environments
    // Values for $name / ${name} in the SQL: QString, qint64, double, bool or QStringList.
    QVariantMap variables;
    NotifyWhen notifyWhen = NotifyWhen::HasMatches;
    QVector<AlertChannel> channels;
    bool active = true;
    std::optional<Micros> snoozedUntil;
    QString engine = QStringLiteral("local"); // which engine evaluates it
    Micros updatedAt = 0;

    bool snoozedAt(Micros now) const { return snoozedUntil && *snoozedUntil > now; }
};

constexpr Micros kMinAlertWindow = kMicrosPerMinute;
constexpr Micros kMaxAlertWindow = 30 * kMicrosPerDay;
constexpr Micros kMinAlertInterval = kMicrosPerMinute;
constexpr Micros kMaxAlertInterval = kMicrosPerDay;

// Rejects what cannot be evaluated, naming the field.
Status validateRule(const AlertRule &rule);

// ISO-8601 durations as Logfire sends them: "PT5M", "PT1H", "P7D", "P1DT2H", "PT30S".
QString formatIsoDuration(Micros us);
std::optional<Micros> parseIsoDuration(const QString &text);

// JSON compatible with Logfire's alert fields where they overlap (name, description, active,
// query, time_window, frequency, environments, notify_when); Hearth's own fields live under
// "hearth" so a Logfire reader ignores them.
nlohmann::json ruleToJson(const AlertRule &rule);
Result<AlertRule> ruleFromJson(const nlohmann::json &json);
// Accepts one alert object, an array of them, or {"alerts": [...]}. Errors name the alert index.
Result<QVector<AlertRule>> parseRulesJson(const QByteArray &text);
QByteArray rulesToJson(const QVector<AlertRule> &rules);

// "Fires when the query returns rows, looking at the last 5 minutes every minute, ..."
QString describeRule(const AlertRule &rule);
QString formatWindow(Micros us); // "5 minutes", "1 hour", "30 days"

// A rule from a dashboard panel: keeps the panel's SQL and the variables it was showing with,
// so the alert evaluates exactly what the panel displayed.
AlertRule fromPanel(const QString &panelTitle, const QString &sql, const QVariantMap &variables);

} // namespace hearth::core
