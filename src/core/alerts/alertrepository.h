// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertlease.h"
#include "core/alerts/alertrule.h"
#include "core/alerts/alertrun.h"
#include "core/result.h"
#include "core/store/sqlite.h"

#include <memory>
#include <mutex>
#include <QHash>
#include <QVector>

namespace hearth::core {

// Alert rules and runs in a store's `alert_rules` / `alert_runs` tables, on a read-write
// connection of its own: in `hearth-cli serve` the store's writer belongs to the OTLP ingest
// thread, so alerts never share it. Each write is one short statement (busy timeout 5 s under
// WAL), so it only ever waits for an ingest batch to commit. Thread-safe (one mutex).
class AlertRepository
{
public:
    // The store must exist with schema v1 (open it with Store::open first to migrate).
    static Result<std::unique_ptr<AlertRepository>> open(const QString &storePath);

    Result<QVector<AlertRule>> rules();
    Result<AlertRule> rule(qint64 id);
    Result<std::optional<AlertRule>> ruleByName(const QString &name);
    // Inserts (id == 0) or updates; sets rule.id and rule.updatedAt.
    Status saveRule(AlertRule &rule);
    Status deleteRule(qint64 id);
    Status setActive(qint64 id, bool active);
    Status setSnoozedUntil(qint64 id, std::optional<Micros> until);

    // Sets run.id.
    Status insertRun(AlertRun &run);
    // Newest first.
    Result<QVector<AlertRun>> runs(qint64 ruleId, int limit = kDefaultRunLimit);
    // The last `perRule` runs of every rule, newest first (sparklines, flapping).
    Result<QHash<qint64, QVector<AlertRun>>> recentRuns(int perRule);
    // Runs whose rule was deleted are gone too (ON DELETE CASCADE).
    Result<qint64> runCount();

    // Who holds the single-evaluator lease (see AlertLease); nullopt when nobody does.
    Result<std::optional<AlertEvaluator>> evaluator(Micros now);

    static constexpr int kDefaultRunLimit = 200;

private:
    explicit AlertRepository(sqlite::Connection db, std::string path);
    Result<QVector<AlertRun>> readRuns(sqlite::Statement &st);

    sqlite::Connection m_db;
    std::string m_path;
    std::mutex m_mutex;
};

} // namespace hearth::core
