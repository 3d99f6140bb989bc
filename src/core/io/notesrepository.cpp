// SPDX-License-Identifier: MIT
#include "core/io/notesrepository.h"

#include "core/store/sqlite.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace hearth::core::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

Result<sqlite::Connection> openWriterAt(const QString &path)
{
    auto conn = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    if (sqlite3_db_readonly(conn->get(), "main") == 1)
        return Error::make(Error::Code::Io,
                           Tr::tr("'%1' is read-only: notes cannot be changed.").arg(path));
    return std::move(conn.value());
}

Error notFound(qint64 id)
{
    return Error::make(Error::Code::NotFound, Tr::tr("There is no note %1.").arg(id));
}

} // namespace

Result<sqlite::Connection> NotesRepository::openWriter() const
{
    if (m_readOnly)
        return Error::make(
            Error::Code::Io,
            Tr::tr("'%1' is open read-only: notes cannot be changed.").arg(m_storePath));
    return openWriterAt(m_storePath);
}

Result<qint64> NotesRepository::pin(const QString &traceId, const QString &spanId,
                                    const QString &body)
{
    const std::string trace = traceId.trimmed().toLower().toStdString();
    const std::string span = spanId.trimmed().toLower().toStdString();
    if (trace.empty())
        return Error::make(Error::Code::InvalidInput, Tr::tr("A pin needs a trace id."));
    auto conn = openWriter();
    if (!conn)
        return conn.error();
    const Micros now = nowMicros();
    const std::string text = body.toStdString();
    sqlite::Statement existing(conn->get(),
                               "SELECT id FROM notes WHERE trace_id = ?1 AND "
                               "ifnull(span_id, '') = ?2 ORDER BY id LIMIT 1");
    existing.bind(1, std::string_view(trace));
    existing.bind(2, std::string_view(span));
    if (existing.step() == SQLITE_ROW) {
        const qint64 id = existing.columnInt(0);
        sqlite::Statement up(conn->get(),
                             "UPDATE notes SET pinned = 1, body = CASE WHEN ?1 = '' "
                             "THEN body ELSE ?1 END, updated_at = ?2 WHERE id = ?3");
        up.bind(1, std::string_view(text));
        up.bind(2, now);
        up.bind(3, static_cast<std::int64_t>(id));
        if (const int rc = up.step(); rc != SQLITE_DONE)
            return sqlite::errorFor(rc, m_storePath.toStdString(), conn->lastError());
        return id;
    }
    sqlite::Statement ins(conn->get(),
                          "INSERT INTO notes (trace_id, span_id, pinned, body, "
                          "created_at, updated_at) VALUES (?1, ?2, 1, ?3, ?4, ?4)");
    ins.bind(1, std::string_view(trace));
    ins.bindTextOrNull(2, span);
    ins.bind(3, std::string_view(text));
    ins.bind(4, now);
    if (const int rc = ins.step(); rc != SQLITE_DONE)
        return sqlite::errorFor(rc, m_storePath.toStdString(), conn->lastError());
    return static_cast<qint64>(sqlite3_last_insert_rowid(conn->get()));
}

Status NotesRepository::update(const std::string &sql, qint64 id, const QString *text,
                               std::optional<bool> flag)
{
    auto conn = openWriter();
    if (!conn)
        return conn.error();
    sqlite::Statement st(conn->get(), sql);
    const std::string t = text ? text->toStdString() : std::string();
    st.bind(1, static_cast<std::int64_t>(id));
    st.bind(2, nowMicros());
    if (text)
        st.bind(3, std::string_view(t));
    if (flag)
        st.bind(3, *flag);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return sqlite::errorFor(rc, m_storePath.toStdString(), conn->lastError());
    if (sqlite3_changes(conn->get()) == 0)
        return notFound(id);
    return {};
}

Status NotesRepository::setBody(qint64 id, const QString &body)
{
    return update("UPDATE notes SET body = ?3, updated_at = ?2 WHERE id = ?1", id, &body, {});
}

Status NotesRepository::setPinned(qint64 id, bool pinned)
{
    return update("UPDATE notes SET pinned = ?3, updated_at = ?2 WHERE id = ?1", id, nullptr,
                  pinned);
}

Status NotesRepository::remove(qint64 id)
{
    return update("DELETE FROM notes WHERE id = ?1 AND ?2 IS NOT NULL", id, nullptr, {});
}

Result<std::vector<Note>> NotesRepository::query(const std::string &where,
                                                 const std::string &arg) const
{
    auto conn = Store::openReader(m_storePath);
    if (!conn)
        return conn.error();
    // The record a note points at: the span itself, or the trace's root (earliest parentless row).
    const std::string sql
        = "SELECT n.id, n.trace_id, n.span_id, n.pinned, n.body, n.created_at, n.updated_at, "
          "r.message, r.service_name, r.start_timestamp FROM notes n LEFT JOIN _records r ON "
          "r.rowid = (SELECT rowid FROM _records x WHERE x.trace_id = n.trace_id AND "
          "(CASE WHEN n.span_id IS NULL THEN x.parent_span_id IS NULL ELSE x.span_id = n.span_id "
          "END) ORDER BY x.start_timestamp LIMIT 1) "
        + where + " ORDER BY n.updated_at DESC, n.id DESC";
    sqlite::Statement st(conn->get(), sql);
    if (!st.valid())
        return Error::make(Error::Code::Generic, QString::fromStdString(st.prepareError()));
    if (!arg.empty())
        st.bind(1, std::string_view(arg));
    std::vector<Note> notes;
    int rc;
    auto text = [&](int i) {
        const auto v = st.columnText(i);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    };
    while ((rc = st.step()) == SQLITE_ROW) {
        Note n;
        n.id = st.columnInt(0);
        n.traceId = text(1);
        n.spanId = text(2);
        n.pinned = st.columnInt(3) != 0;
        n.body = text(4);
        n.createdUs = st.columnInt(5);
        n.updatedUs = st.columnInt(6);
        n.message = text(7);
        n.serviceName = text(8);
        if (!st.columnIsNull(9))
            n.startUs = st.columnInt(9);
        notes.push_back(std::move(n));
    }
    if (rc != SQLITE_DONE)
        return sqlite::errorFor(rc, m_storePath.toStdString(), conn->lastError());
    return notes;
}

Result<std::vector<Note>> NotesRepository::list(bool pinnedOnly) const
{
    return query(pinnedOnly ? "WHERE n.pinned" : "", {});
}

Result<std::vector<Note>> NotesRepository::forTrace(const QString &traceId) const
{
    return query("WHERE n.trace_id = ?1", traceId.trimmed().toLower().toStdString());
}

} // namespace hearth::core::io
