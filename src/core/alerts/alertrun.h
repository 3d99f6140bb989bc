// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <QVector>

namespace hearth::core {

// The states of Logfire's overview tiles. NoData: no telemetry at all in the lookback window (or
// the rule has never run).
enum class AlertState { Ok, Firing, Flapping, Snoozed, NoData, Error };

QString alertStateKey(AlertState state); // "ok", "firing", ... (stored, exported)
std::optional<AlertState> alertStateFromKey(const QString &key);
QString alertStateLabel(AlertState state); // translated "OK", "Firing", ...

// One evaluation of a rule, as recorded in `alert_runs`.
struct AlertRun
{
    qint64 id = 0;
    qint64 ruleId = 0;
    Micros startedAt = 0;
    double durationMs = 0;
    std::optional<qint64> rowCount; // unset when the query failed
    AlertState state = AlertState::Ok;
    // "ok->firing" / "firing->ok" when the has-matches condition crossed, else empty.
    QString transition;
    QString error; // the query's error
    // {"columns": [...], "rows": [[...]], "hash": "...", "truncated": bool}: up to 100 rows.
    QByteArray rowsJson;
    // [{"channel": label, "ok": bool, "attempts": n, "error": text}] for each delivery attempted;
    // empty when nothing was sent. "dropped": "snoozed" when snooze swallowed a notification.
    QByteArray deliveryJson;

    bool matched() const { return rowCount && *rowCount > 0; }
    bool failed() const { return !error.isEmpty(); }
    // True when some delivery to a channel never succeeded.
    bool deliveryFailed() const;
};

} // namespace hearth::core
