// SPDX-License-Identifier: MIT
#include "core/alerts/alertrepository.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace hearth::core {

namespace {

std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), static_cast<size_t>(b.size()));
}

QString qtext(const sqlite::Statement &st, int i)
{
    const auto t = st.columnText(i);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

Error dbError(const sqlite::Connection &db, const std::string &path, int rc)
{
    return sqlite::errorFor(rc, path, db.lastError());
}

Result<AlertRule> ruleFromRow(const sqlite::Statement &st)
{
    const auto doc = st.columnText(2);
    auto json = nlohmann::json::parse(doc.begin(), doc.end(), nullptr, false);
    auto rule = ruleFromJson(json);
    if (!rule)
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("hearth::core::Alerts",
                                                       "Alert rule %1 in the store is damaged: %2")
                               .arg(st.columnInt(0))
                               .arg(rule.error().message));
    rule->id = st.columnInt(0);
    rule->name = qtext(st, 1);
    rule->active = st.columnInt(3) != 0;
    rule->snoozedUntil = st.columnIsNull(4) ? std::nullopt : std::optional<Micros>(st.columnInt(4));
    rule->updatedAt = st.columnInt(5);
    return rule;
}

constexpr std::string_view kRuleColumns
    = "SELECT id, name, document, active, snoozed_until, updated_at FROM alert_rules";
constexpr std::string_view kRunColumns = "SELECT id, rule_id, started_at, duration_ms, row_count, "
                                         "state, transition, error, rows, delivery FROM alert_runs";

} // namespace

AlertRepository::AlertRepository(sqlite::Connection db, std::string path)
    : m_db(std::move(db)), m_path(std::move(path))
{
}

Result<std::unique_ptr<AlertRepository>> AlertRepository::open(const QString &storePath)
{
    const std::string path = storePath.toStdString();
    auto conn = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    if (auto s = conn->exec("PRAGMA foreign_keys=ON"); !s)
        return s.error();
    sqlite::Statement probe(conn->get(), "SELECT delivery FROM alert_runs LIMIT 0");
    if (!probe.valid())
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("hearth::core::Alerts",
                                                       "%1 has no alert tables (open it with "
                                                       "Hearth first): %2")
                               .arg(storePath, QString::fromStdString(probe.prepareError())));
    return std::unique_ptr<AlertRepository>(new AlertRepository(std::move(conn.value()), path));
}

Result<QVector<AlertRule>> AlertRepository::rules()
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(m_db.get(), std::string(kRuleColumns) + " ORDER BY name, id");
    if (!st.valid())
        return dbError(m_db, m_path, sqlite3_errcode(m_db.get()));
    QVector<AlertRule> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        auto rule = ruleFromRow(st);
        if (!rule)
            return rule.error();
        out.push_back(std::move(rule.value()));
    }
    if (rc != SQLITE_DONE)
        return dbError(m_db, m_path, rc);
    return out;
}

Result<std::optional<AlertEvaluator>> AlertRepository::evaluator(Micros now)
{
    std::lock_guard lock(m_mutex);
    return AlertLease::readHolder(m_db.get(), now);
}

Result<AlertRule> AlertRepository::rule(qint64 id)
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(m_db.get(), std::string(kRuleColumns) + " WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(id));
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return ruleFromRow(st);
    if (rc == SQLITE_DONE)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("hearth::core::Alerts", "No alert rule with id %1.")
                .arg(id));
    return dbError(m_db, m_path, rc);
}

Result<std::optional<AlertRule>> AlertRepository::ruleByName(const QString &name)
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(m_db.get(), std::string(kRuleColumns) + " WHERE name = ? LIMIT 1");
    const QByteArray n = name.toUtf8();
    st.bind(1, view(n));
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<AlertRule>();
    if (rc != SQLITE_ROW)
        return dbError(m_db, m_path, rc);
    auto rule = ruleFromRow(st);
    if (!rule)
        return rule.error();
    return std::optional<AlertRule>(rule.value());
}

Status AlertRepository::saveRule(AlertRule &rule)
{
    if (auto s = validateRule(rule); !s)
        return s;
    std::lock_guard lock(m_mutex);
    rule.updatedAt = nowMicros();
    const QByteArray name = rule.name.toUtf8();
    const QByteArray doc = QByteArray::fromStdString(ruleToJson(rule).dump());
    sqlite::Statement st(m_db.get(),
                         rule.id == 0
                             ? "INSERT INTO alert_rules (name, document, active, snoozed_until, "
                               "updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                             : "UPDATE alert_rules SET name = ?1, document = ?2, active = ?3, "
                               "snoozed_until = ?4, updated_at = ?5 WHERE id = ?6");
    st.bind(1, view(name));
    st.bind(2, view(doc));
    st.bind(3, rule.active);
    st.bindOptional(4, rule.snoozedUntil);
    st.bind(5, static_cast<std::int64_t>(rule.updatedAt));
    if (rule.id != 0)
        st.bind(6, static_cast<std::int64_t>(rule.id));
    const int rc = st.step();
    if (rc != SQLITE_DONE)
        return dbError(m_db, m_path, rc);
    if (rule.id == 0)
        rule.id = sqlite3_last_insert_rowid(m_db.get());
    else if (sqlite3_changes(m_db.get()) == 0)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("hearth::core::Alerts", "No alert rule with id %1.")
                .arg(rule.id));
    return {};
}

Status AlertRepository::deleteRule(qint64 id)
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(m_db.get(), "DELETE FROM alert_rules WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(id));
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return dbError(m_db, m_path, rc);
    return {};
}

Status AlertRepository::setActive(qint64 id, bool active)
{
    auto r = rule(id);
    if (!r)
        return r.error();
    r->active = active;
    return saveRule(r.value());
}

Status AlertRepository::setSnoozedUntil(qint64 id, std::optional<Micros> until)
{
    auto r = rule(id);
    if (!r)
        return r.error();
    r->snoozedUntil = until;
    return saveRule(r.value());
}

Status AlertRepository::insertRun(AlertRun &run)
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(m_db.get(),
                         "INSERT INTO alert_runs (rule_id, started_at, duration_ms, row_count, "
                         "state, transition, error, rows, delivery) VALUES (?,?,?,?,?,?,?,?,?)");
    const QByteArray state = alertStateKey(run.state).toUtf8();
    const QByteArray transition = run.transition.toUtf8();
    const QByteArray error = run.error.toUtf8();
    st.bind(1, static_cast<std::int64_t>(run.ruleId));
    st.bind(2, static_cast<std::int64_t>(run.startedAt));
    st.bind(3, run.durationMs);
    if (run.rowCount)
        st.bind(4, static_cast<std::int64_t>(*run.rowCount));
    else
        st.bindNull(4);
    st.bind(5, view(state));
    st.bindTextOrNull(6, view(transition));
    st.bindTextOrNull(7, view(error));
    st.bindTextOrNull(8, view(run.rowsJson));
    st.bindTextOrNull(9, view(run.deliveryJson));
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return dbError(m_db, m_path, rc);
    run.id = sqlite3_last_insert_rowid(m_db.get());
    return {};
}

Result<QVector<AlertRun>> AlertRepository::readRuns(sqlite::Statement &st)
{
    QVector<AlertRun> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        AlertRun run;
        run.id = st.columnInt(0);
        run.ruleId = st.columnInt(1);
        run.startedAt = st.columnInt(2);
        run.durationMs = st.columnDouble(3);
        if (!st.columnIsNull(4))
            run.rowCount = st.columnInt(4);
        run.state = alertStateFromKey(qtext(st, 5)).value_or(AlertState::Error);
        run.transition = qtext(st, 6);
        run.error = qtext(st, 7);
        const auto rows = st.columnText(8);
        run.rowsJson = QByteArray(rows.data(), static_cast<qsizetype>(rows.size()));
        const auto delivery = st.columnText(9);
        run.deliveryJson = QByteArray(delivery.data(), static_cast<qsizetype>(delivery.size()));
        out.push_back(std::move(run));
    }
    if (rc != SQLITE_DONE)
        return dbError(m_db, m_path, rc);
    return out;
}

Result<QVector<AlertRun>> AlertRepository::runs(qint64 ruleId, int limit)
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(m_db.get(),
                         std::string(kRunColumns)
                             + " WHERE rule_id = ? ORDER BY started_at DESC, id DESC "
                               "LIMIT ?");
    st.bind(1, static_cast<std::int64_t>(ruleId));
    st.bind(2, limit);
    return readRuns(st);
}

Result<QHash<qint64, QVector<AlertRun>>> AlertRepository::recentRuns(int perRule)
{
    std::lock_guard lock(m_mutex);
    sqlite::Statement st(
        m_db.get(),
        "SELECT id, rule_id, started_at, duration_ms, row_count, state, transition, "
        "error, rows, delivery FROM (SELECT *, row_number() OVER (PARTITION BY "
        "rule_id ORDER BY started_at DESC, id DESC) AS n FROM alert_runs) WHERE n <= ? "
        "ORDER BY rule_id, started_at DESC, id DESC");
    st.bind(1, perRule);
    auto runs = readRuns(st);
    if (!runs)
        return runs.error();
    QHash<qint64, QVector<AlertRun>> out;
    for (auto &r : runs.value())
        out[r.ruleId].push_back(std::move(r));
    return out;
}

Result<qint64> AlertRepository::runCount()
{
    std::lock_guard lock(m_mutex);
    auto n = m_db.queryInt("SELECT count(*) FROM alert_runs");
    if (!n)
        return n.error();
    return static_cast<qint64>(n->value_or(0));
}

} // namespace hearth::core
