// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace hearth::core::sqlite {

// Thin RAII over the sqlite3 C API. Hearth uses the C API rather than QtSql so that the writer can
// bind UTF-8 without conversions and readers can be interrupted (sqlite3_interrupt) for cancel.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    const std::string &prepareError() const { return m_error; }
    int prepareErrorOffset() const { return m_errorOffset; }

    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, int v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, bool v) { sqlite3_bind_int(m_stmt, i, v ? 1 : 0); }
    // Binds text without copying; the string must outlive the step.
    void bind(int i, std::string_view v)
    {
        sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    }
    // Empty text binds NULL: the store never distinguishes "" from absent for optional columns.
    void bindTextOrNull(int i, std::string_view v)
    {
        if (v.empty())
            bindNull(i);
        else
            bind(i, v);
    }
    template<typename T> void bindOptional(int i, const std::optional<T> &v)
    {
        if (v)
            bind(i, *v);
        else
            bindNull(i);
    }
    void bindOptional(int i, const std::optional<std::string> &v)
    {
        if (v)
            bind(i, std::string_view(*v));
        else
            bindNull(i);
    }

    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    // For hot loops that bind every parameter again before the next step.
    void resetKeepBindings() { sqlite3_reset(m_stmt); }

    std::int64_t columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double columnDouble(int i) const { return sqlite3_column_double(m_stmt, i); }
    bool columnIsNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    std::string_view columnText(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, i)))
                 : std::string_view();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_error;
    int m_errorOffset = -1;
};

class Connection
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens without touching the file's contents; errors name the path and the cause.
    static Result<Connection> open(const std::string &path, Mode mode);

    sqlite3 *get() const { return m_db; }
    bool valid() const { return m_db != nullptr; }
    Status exec(std::string_view sql);
    std::string lastError() const;
    void interrupt() const
    {
        if (m_db)
            sqlite3_interrupt(m_db);
    }

    // Runs a query expected to produce one integer (or nullopt if no row / NULL).
    Result<std::optional<std::int64_t>> queryInt(std::string_view sql);

private:
    explicit Connection(sqlite3 *db) : m_db(db) { }
    sqlite3 *m_db = nullptr;
};

// Maps an SQLite result code to an Error naming the file and what to do about it.
Error errorFor(int rc, const std::string &path, const std::string &detail);

} // namespace hearth::core::sqlite
