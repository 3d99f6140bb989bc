// SPDX-License-Identifier: MIT
#include "core/alerts/alertlease.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Alerts)
};

constexpr std::string_view kKey = "alerts.evaluator";

QString str(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

qint64 num(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

std::optional<AlertEvaluator> parse(std::string_view text)
{
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_object())
        return std::nullopt; // damaged: treated as free, the next acquire overwrites it
    AlertEvaluator e;
    e.owner = str(j, "owner");
    e.kind = str(j, "kind");
    e.pid = num(j, "pid");
    e.host = str(j, "host");
    e.expiresAt = num(j, "expires_at");
    if (e.owner.isEmpty())
        return std::nullopt;
    return e;
}

std::string serialize(const AlertEvaluator &e)
{
    return nlohmann::json {{"owner", e.owner.toStdString()},
                           {"kind", e.kind.toStdString()},
                           {"pid", e.pid},
                           {"host", e.host.toStdString()},
                           {"expires_at", e.expiresAt}}
        .dump();
}

// The stored row, lapsed or not.
Result<std::optional<AlertEvaluator>> readRow(sqlite3 *db)
{
    sqlite::Statement st(db, "SELECT value FROM hearth_meta WHERE key = ?1");
    if (!st.valid())
        return Error::make(Error::Code::Corrupt, QString::fromStdString(st.prepareError()));
    st.bind(1, kKey);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<AlertEvaluator>();
    if (rc != SQLITE_ROW)
        return Error::make(rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? Error::Code::Busy
                                                                    : Error::Code::Io,
                           QString::fromUtf8(sqlite3_errmsg(db)));
    return parse(st.columnText(0));
}

} // namespace

QString AlertEvaluator::describe() const
{
    QString text = QStringLiteral("%1 (pid %2)").arg(kind).arg(pid);
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        text += Tr::tr(" on %1").arg(host);
    return text;
}

AlertLease::AlertLease(sqlite::Connection db, std::string path, AlertEvaluator self, Micros ttl)
    : m_db(std::move(db)), m_path(std::move(path)), m_self(std::move(self)), m_ttl(ttl)
{
}

AlertEvaluator AlertLease::makeSelf(QString kind)
{
    AlertEvaluator self;
    self.owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    self.kind = std::move(kind);
    self.pid = QCoreApplication::applicationPid();
    self.host = QSysInfo::machineHostName();
    return self;
}

Result<std::unique_ptr<AlertLease>> AlertLease::open(const QString &storePath, AlertEvaluator self,
                                                     Micros ttl)
{
    const std::string path = storePath.toStdString();
    auto conn = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    sqlite3_busy_timeout(conn->get(), kBusyTimeoutMs);
    return std::unique_ptr<AlertLease>(
        new AlertLease(std::move(conn.value()), path, std::move(self), std::max<Micros>(ttl, 1)));
}

Result<std::unique_ptr<AlertLease>> AlertLease::open(const QString &storePath, QString kind,
                                                     Micros ttl)
{
    return open(storePath, makeSelf(std::move(kind)), ttl);
}

Error AlertLease::dbError(int rc) const
{
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error::make(Error::Code::Busy, QString::fromUtf8(sqlite3_errmsg(m_db.get())));
    return sqlite::errorFor(rc, m_path, m_db.lastError());
}

Result<bool> AlertLease::acquire(Micros now)
{
    std::lock_guard lock(m_mutex);
    if (m_closed)
        return false;
    // Ours and fresh: nothing to write (renewal every third of the ttl keeps I/O rare).
    if (m_heldUntil && now < *m_heldUntil - m_ttl * 2 / 3 && now >= *m_heldUntil - m_ttl)
        return true;

    // Cheap look first: while another process holds a live lease, never take the write lock.
    auto seen = readRow(m_db.get());
    if (!seen)
        return seen.error();
    if (*seen && (*seen)->owner != m_self.owner && (*seen)->expiresAt > now) {
        m_heldUntil.reset();
        return false;
    }

    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    auto rollback = [this] { (void)m_db.exec("ROLLBACK"); };
    // Re-read under the lock: another process may have taken it since the look above.
    auto current = readRow(m_db.get());
    if (!current) {
        rollback();
        return current.error();
    }
    if (*current && (*current)->owner != m_self.owner && (*current)->expiresAt > now) {
        rollback();
        m_heldUntil.reset();
        return false;
    }
    AlertEvaluator mine = m_self;
    mine.expiresAt = now + m_ttl;
    const std::string value = serialize(mine);
    sqlite::Statement st(m_db.get(),
                         "INSERT OR REPLACE INTO hearth_meta (key, value) VALUES (?1, ?2)");
    st.bind(1, kKey);
    st.bind(2, std::string_view(value));
    if (const int rc = st.step(); rc != SQLITE_DONE) {
        const Error e = dbError(rc);
        rollback();
        return e;
    }
    if (auto s = m_db.exec("COMMIT"); !s) {
        rollback();
        return s.error();
    }
    m_heldUntil = mine.expiresAt;
    return true;
}

AlertLeaseCheck AlertLease::check(Micros now)
{
    AlertLeaseCheck check;
    check.at = now;
    check.held = acquire(now);
    if (check.held && check.held.value()) {
        std::lock_guard lock(m_mutex);
        // Ours: no need to read back what acquire() just wrote or confirmed.
        AlertEvaluator mine = m_self;
        mine.expiresAt = m_heldUntil.value_or(now);
        check.holder = std::move(mine);
        return check;
    }
    // Not ours, or the store was busy: a plain read still says who evaluates (under WAL a read
    // does not wait for the writer).
    if (auto holder = this->holder(now); holder)
        check.holder = holder.value();
    return check;
}

Status AlertLease::release()
{
    std::lock_guard lock(m_mutex);
    return releaseLocked();
}

Status AlertLease::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    return releaseLocked();
}

Status AlertLease::releaseLocked()
{
    if (!m_heldUntil)
        return {};
    m_heldUntil.reset();
    // Only our own row: a lease lapsed and taken by another process is theirs.
    sqlite::Statement st(m_db.get(),
                         "DELETE FROM hearth_meta WHERE key = ?1 AND json_extract(value, "
                         "'$.owner') = ?2");
    const QByteArray owner = m_self.owner.toUtf8();
    st.bind(1, kKey);
    st.bind(2, std::string_view(owner.constData(), static_cast<size_t>(owner.size())));
    // Release runs at shutdown; wait as long as any writer would rather than leave it to lapse.
    sqlite3_busy_timeout(m_db.get(), 5000);
    const int rc = st.step();
    sqlite3_busy_timeout(m_db.get(), kBusyTimeoutMs);
    if (rc != SQLITE_DONE)
        return dbError(rc);
    return {};
}

Result<std::optional<AlertEvaluator>> AlertLease::holder(Micros now)
{
    std::lock_guard lock(m_mutex);
    return readHolder(m_db.get(), now);
}

Result<std::optional<AlertEvaluator>> AlertLease::readHolder(sqlite3 *db, Micros now)
{
    auto row = readRow(db);
    if (!row)
        return row.error();
    if (*row && (*row)->expiresAt <= now)
        return std::optional<AlertEvaluator>();
    return row;
}

} // namespace hearth::core
