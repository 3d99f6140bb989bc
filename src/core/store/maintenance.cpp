// SPDX-License-Identifier: MIT
#include "core/store/maintenance.h"

#include "core/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Store)
};

constexpr int kDeleteChunk = 20000;

// Deletes rows of `table` older than `cutoff` in chunks; returns how many went.
Result<std::int64_t> deleteOlderThan(Store &store, const char *table, const char *timeColumn,
                                     Micros cutoff)
{
    std::int64_t total = 0;
    const std::string sql = std::string("DELETE FROM ") + table
        + " WHERE rowid IN (SELECT rowid FROM " + table + " WHERE " + timeColumn + " < ?1 ORDER BY "
        + timeColumn + " LIMIT " + std::to_string(kDeleteChunk) + ")";
    sqlite::Statement st(store.writerHandle(), sql);
    if (!st.valid())
        return Error::make(Error::Code::Generic, QString::fromStdString(st.prepareError()));
    for (;;) {
        st.bind(1, cutoff);
        const int rc = st.step();
        st.reset();
        if (rc != SQLITE_DONE)
            return sqlite::errorFor(rc, store.path().toStdString(), store.writer().lastError());
        const int changed = sqlite3_changes(store.writerHandle());
        total += changed;
        if (changed < kDeleteChunk)
            return total;
    }
}

std::optional<Micros> oldest(Store &store, const char *sql)
{
    auto v = store.writer().queryInt(sql);
    if (!v || !v->has_value())
        return std::nullopt;
    return **v;
}

} // namespace

DiskUsage diskUsage(Store &store)
{
    DiskUsage usage;
    usage.databaseBytes = QFileInfo(store.path()).size();
    usage.walBytes = QFileInfo(store.path() + QStringLiteral("-wal")).size();
    const auto freePages = store.writer().queryInt("PRAGMA freelist_count");
    const auto pageSize = store.writer().queryInt("PRAGMA page_size");
    if (freePages && pageSize)
        usage.freeBytes = freePages->value_or(0) * pageSize->value_or(0);
    return usage;
}

Result<RetentionResult> applyRetention(Store &store, const RetentionPolicy &policy, Micros now)
{
    if (store.readOnly())
        return Error::make(Error::Code::Io,
                           Tr::tr("The store '%1' is open read-only.").arg(store.path()));
    RetentionResult result;
    if (policy.maxAgeDays) {
        const Micros cutoff = now - static_cast<Micros>(*policy.maxAgeDays) * kMicrosPerDay;
        auto r = deleteOlderThan(store, "_records", "start_timestamp", cutoff);
        if (!r)
            return r.error();
        auto m = deleteOlderThan(store, "_metrics", "recorded_timestamp", cutoff);
        if (!m)
            return m.error();
        result.recordsDeleted += r.value();
        result.metricsDeleted += m.value();
    }
    if (policy.maxBytes) {
        // Live bytes = file - free pages. Drop the oldest hour at a time until under the cap; the
        // space is reused by new rows at once and returned to the disk by vacuum.
        for (int guard = 0; guard < 100000; ++guard) {
            const DiskUsage usage = diskUsage(store);
            if (usage.databaseBytes - usage.freeBytes <= *policy.maxBytes)
                break;
            const auto first = oldest(store, "SELECT min(start_timestamp) FROM _records");
            const auto firstMetric = oldest(store, "SELECT min(recorded_timestamp) FROM _metrics");
            if (!first && !firstMetric)
                break;
            const Micros from = std::min(first.value_or(firstMetric.value_or(0)),
                                         firstMetric.value_or(first.value_or(0)));
            const Micros cutoff = from + kMicrosPerHour;
            auto r = deleteOlderThan(store, "_records", "start_timestamp", cutoff);
            if (!r)
                return r.error();
            auto m = deleteOlderThan(store, "_metrics", "recorded_timestamp", cutoff);
            if (!m)
                return m.error();
            result.recordsDeleted += r.value();
            result.metricsDeleted += m.value();
            (void)store.checkpoint();
        }
    }
    return result;
}

Status vacuum(Store &store)
{
    if (store.readOnly())
        return Error::make(Error::Code::Io,
                           Tr::tr("The store '%1' is open read-only.").arg(store.path()));
    if (auto s = store.checkpoint(); !s)
        return s;
    if (auto s = store.writer().exec("VACUUM"); !s)
        return s;
    // In WAL mode the rebuilt pages sit in the log until a checkpoint shrinks the main file.
    return store.checkpoint();
}

} // namespace hearth::core
