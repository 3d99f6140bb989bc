// SPDX-License-Identifier: MIT
#include "core/live/savedsearches.h"

#include <QCoreApplication>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Live)
};

} // namespace

Result<SavedSearches> SavedSearches::open(const QString &storePath)
{
    auto db
        = sqlite::Connection::open(storePath.toStdString(), sqlite::Connection::Mode::ReadWrite);
    if (!db)
        return db.error();
    sqlite3_busy_timeout(db->get(), 2000);
    return SavedSearches(std::move(db.value()));
}

Status SavedSearches::check(int rc) const
{
    if (rc == SQLITE_DONE || rc == SQLITE_ROW || rc == SQLITE_OK)
        return {};
    return Error::make(rc == SQLITE_BUSY ? Error::Code::Busy : Error::Code::Io,
                       QString::fromStdString(m_db.lastError()));
}

Status SavedSearches::addRecent(const QString &where, Micros now)
{
    const QByteArray text = where.trimmed().toUtf8();
    if (text.isEmpty())
        return {};
    sqlite::Statement bump(m_db.get(),
                           "UPDATE saved_searches SET last_used_at = ?1 "
                           "WHERE where_clause = ?2 AND is_saved = 0");
    bump.bind(1, static_cast<std::int64_t>(now));
    bump.bind(2, std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (auto s = check(bump.step()); !s)
        return s;
    if (sqlite3_changes(m_db.get()) == 0) {
        sqlite::Statement insert(m_db.get(),
                                 "INSERT INTO saved_searches(name, where_clause, created_at, "
                                 "last_used_at, is_saved) VALUES (?2, ?2, ?1, ?1, 0)");
        insert.bind(1, static_cast<std::int64_t>(now));
        insert.bind(2, std::string_view(text.constData(), static_cast<size_t>(text.size())));
        if (auto s = check(insert.step()); !s)
            return s;
    }
    sqlite::Statement trim(m_db.get(),
                           "DELETE FROM saved_searches WHERE is_saved = 0 AND id NOT IN "
                           "(SELECT id FROM saved_searches WHERE is_saved = 0 "
                           "ORDER BY last_used_at DESC, id DESC LIMIT ?1)");
    trim.bind(1, kMaxRecent);
    return check(trim.step());
}

Result<qint64> SavedSearches::save(const QString &name, const QString &where, Micros now)
{
    const QByteArray n = name.trimmed().toUtf8();
    const QByteArray w = where.trimmed().toUtf8();
    if (n.isEmpty())
        return Error::make(Error::Code::InvalidInput, Tr::tr("A saved search needs a name."));
    sqlite::Statement insert(m_db.get(),
                             "INSERT INTO saved_searches(name, where_clause, created_at, "
                             "last_used_at, is_saved) VALUES (?1, ?2, ?3, ?3, 1)");
    insert.bind(1, std::string_view(n.constData(), static_cast<size_t>(n.size())));
    insert.bind(2, std::string_view(w.constData(), static_cast<size_t>(w.size())));
    insert.bind(3, static_cast<std::int64_t>(now));
    if (auto s = check(insert.step()); !s)
        return s.error();
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_db.get()));
}

Status SavedSearches::remove(qint64 id)
{
    sqlite::Statement del(m_db.get(), "DELETE FROM saved_searches WHERE id = ?1");
    del.bind(1, static_cast<std::int64_t>(id));
    return check(del.step());
}

Result<std::vector<SavedSearch>> SavedSearches::list(bool saved) const
{
    sqlite::Statement q(
        m_db.get(),
        "SELECT id, name, where_clause, created_at, last_used_at FROM saved_searches "
        "WHERE is_saved = ?1 ORDER BY last_used_at DESC, id DESC");
    if (!q.valid())
        return Error::make(Error::Code::Io, QString::fromStdString(q.prepareError()));
    q.bind(1, saved);
    std::vector<SavedSearch> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        SavedSearch s;
        s.id = q.columnInt(0);
        const auto name = q.columnText(1);
        const auto where = q.columnText(2);
        s.name = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        s.where = QString::fromUtf8(where.data(), static_cast<qsizetype>(where.size()));
        s.createdUs = q.columnInt(3);
        s.lastUsedUs = q.columnInt(4);
        s.saved = saved;
        out.push_back(std::move(s));
    }
    if (auto s = check(rc); !s)
        return s.error();
    return out;
}

} // namespace hearth::core
