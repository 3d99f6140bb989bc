// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/sqlite.h"
#include "core/util/timeutil.h"

#include <QString>
#include <vector>

namespace hearth::core::io {

// A pinned trace or span, with an optional note (the store's `notes` table).
struct Note
{
    qint64 id = 0;
    QString traceId;
    QString spanId; // empty = the whole trace
    bool pinned = true;
    QString body;
    Micros createdUs = 0;
    Micros updatedUs = 0;
    // From the pinned record (the trace's root for a trace note), for display; empty if the record
    // is not in the store.
    QString message;
    QString serviceName;
    std::optional<Micros> startUs;
};

// Pins and notes on traces and spans. Each call opens its own connection, so it can be used from
// any thread; writes are single statements (WAL lets them run next to the ingest writer).
class NotesRepository
{
public:
    // `readOnly`: the store is open read-only (a case file); every change is refused.
    explicit NotesRepository(QString storePath, bool readOnly = false)
        : m_storePath(std::move(storePath)), m_readOnly(readOnly)
    {
    }
    bool readOnly() const { return m_readOnly; }

    // Pins the trace (or span) and sets its note; pinning an item again updates it. Returns the id.
    Result<qint64> pin(const QString &traceId, const QString &spanId = {},
                       const QString &body = {});
    Status setBody(qint64 id, const QString &body);
    Status setPinned(qint64 id, bool pinned);
    Status remove(qint64 id);

    // Newest first.
    Result<std::vector<Note>> list(bool pinnedOnly = false) const;
    Result<std::vector<Note>> forTrace(const QString &traceId) const;

private:
    Result<std::vector<Note>> query(const std::string &where, const std::string &arg) const;
    Status update(const std::string &sql, qint64 id, const QString *text, std::optional<bool> flag);

    Result<sqlite::Connection> openWriter() const;

    QString m_storePath;
    bool m_readOnly = false;
};

} // namespace hearth::core::io
