// SPDX-License-Identifier: MIT
#include "core/store/sqlite.h"

#include <mutex>
#include <QCoreApplication>
#include <QStringBuilder>

namespace hearth::core::sqlite {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Store)
};

} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql)
{
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        m_error = sqlite3_errmsg(db);
        m_errorOffset = sqlite3_error_offset(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error))
    , m_errorOffset(other.m_errorOffset)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
        m_errorOffset = other.m_errorOffset;
    }
    return *this;
}

Connection::~Connection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Connection::Connection(Connection &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Result<Connection> Connection::open(const std::string &path, Mode mode)
{
    // Memory statistics take a global mutex on every allocation SQLite makes; Hearth never reads
    // them. Must run before SQLite initialises, so before the first connection.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string detail = db ? sqlite3_errmsg(db) : "out of memory";
        if (db)
            sqlite3_close_v2(db);
        return errorFor(rc, path, detail);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return Connection(db);
}

Status Connection::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string detail = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        return errorFor(
            rc, sqlite3_db_filename(m_db, "main") ? sqlite3_db_filename(m_db, "main") : "", detail);
    }
    return {};
}

std::string Connection::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : std::string();
}

Result<std::optional<std::int64_t>> Connection::queryInt(std::string_view sql)
{
    Statement st(m_db, sql);
    if (!st.valid())
        return errorFor(sqlite3_errcode(m_db), sqlite3_db_filename(m_db, "main"),
                        st.prepareError());
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.columnIsNull(0) ? std::optional<std::int64_t>() : st.columnInt(0);
    if (rc == SQLITE_DONE)
        return std::optional<std::int64_t>();
    return errorFor(rc, sqlite3_db_filename(m_db, "main"), lastError());
}

Error errorFor(int rc, const std::string &path, const std::string &detail)
{
    const QString file = QString::fromStdString(path);
    const QString cause = QString::fromStdString(detail);
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return Error::make(Error::Code::Corrupt,
                           Tr::tr("'%1' is not a Hearth store: the file is not an SQLite "
                                  "database (%2).")
                               .arg(file, cause));
    case SQLITE_CORRUPT:
        return Error::make(Error::Code::Corrupt,
                           Tr::tr("The store '%1' is damaged (%2). Restore it from a backup "
                                  "or open another file.")
                               .arg(file, cause));
    case SQLITE_CANTOPEN:
        return Error::make(Error::Code::Io,
                           Tr::tr("Cannot open '%1': %2. Check that the "
                                  "folder exists and is writable.")
                               .arg(file, cause));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::make(Error::Code::Io, Tr::tr("Cannot write to '%1': %2.").arg(file, cause));
    case SQLITE_FULL:
        return Error::make(Error::Code::Io, Tr::tr("The disk holding '%1' is full.").arg(file));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(Error::Code::Busy,
                           Tr::tr("'%1' is locked by another process: %2.").arg(file, cause));
    case SQLITE_INTERRUPT:
        return Error::make(Error::Code::Cancelled, Tr::tr("Cancelled."));
    default:
        return Error::make(Error::Code::Generic, QStringLiteral("%1: %2").arg(file, cause));
    }
}

} // namespace hearth::core::sqlite
