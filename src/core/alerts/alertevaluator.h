// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertrule.h"
#include "core/alerts/alertrun.h"
#include "core/query/queryengine.h"

#include <QVector>

namespace hearth::core {

// How many runs Flapping looks back over, and how many has-matches crossings make it flap.
constexpr int kFlappingRuns = 20;
constexpr int kFlappingTransitions = 3;
// Rows kept on a run for the history view and the notification.
constexpr int kMaxRecordedRows = 100;

// What to do after one evaluation.
struct AlertDecision
{
    AlertState state = AlertState::Ok;
    QString transition; // "ok->firing", "firing->ok" or empty
    bool notify = false; // send to the channels
    bool droppedBySnooze = false; // would have notified, but the rule is snoozed
};

// Pure state logic (no I/O), so every mode is testable on its own. `current` holds this run's
// rowCount/error/rowsJson; `previous` the earlier runs of the rule, newest first; `noData` says
// the lookback window held no telemetry at all.
AlertDecision decideAlert(const AlertRule &rule, const AlertRun &current,
                          const QVector<AlertRun> &previous, Micros now, bool noData);

// Firing<->clear crossings among the given runs (newest first, failed runs skipped).
int countTransitions(const QVector<AlertRun> &runsNewestFirst);

// The hash of a run's rows ("" when none), for matches_changed.
QString rowsHash(const QByteArray &rowsJson);

struct AlertEvaluation
{
    AlertRun run; // rowCount / error / rowsJson / durationMs / startedAt filled, state not yet
    bool noData = false;
    QueryResult result;
};

// Runs the rule's SQL over [now - window, now) with its variables and the built-ins substituted.
AlertEvaluation evaluateAlertQuery(const AlertRule &rule, QueryEngine &engine, Micros now,
                                   const CancelTokenPtr &cancel = {});

// {"columns": [...], "rows": [[...]], "hash": "...", "truncated": bool}
QByteArray resultToRowsJson(const QueryResult &result, int maxRows = kMaxRecordedRows);

} // namespace hearth::core
