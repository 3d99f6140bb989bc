// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/sqlite.h"
#include "core/util/timeutil.h"

#include <QString>
#include <vector>

namespace hearth::core {

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString where;
    Micros createdUs = 0;
    Micros lastUsedUs = 0;
    bool saved = false; // false = a recent search
};

// The Live view's recent and saved searches, in the store's `saved_searches` table. Uses its own
// short read-write connection (WAL lets it wait for the ingest writer instead of joining its
// transactions).
class SavedSearches
{
public:
    static constexpr int kMaxRecent = 20;

    static Result<SavedSearches> open(const QString &storePath);

    // Records a search that was run: bumps an existing recent entry or adds one, keeping the
    // newest kMaxRecent.
    Status addRecent(const QString &where, Micros now = nowMicros());
    Result<qint64> save(const QString &name, const QString &where, Micros now = nowMicros());
    Status remove(qint64 id);
    Result<std::vector<SavedSearch>> list(bool saved) const;

private:
    explicit SavedSearches(sqlite::Connection db) : m_db(std::move(db)) { }
    Status check(int rc) const;

    sqlite::Connection m_db;
};

} // namespace hearth::core
