// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/record.h"
#include "core/store/sqlite.h"

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <QString>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace hearth::core {

// A workspace: one SQLite file with Logfire's `records` and `metrics` (schema.cpp). The Store owns
// the single writer connection; readers open their own read-only connections (openReader) and
// never block it (WAL).
class Store
{
public:
    enum class OpenMode {
        ReadWrite, // create the file if missing, migrate an older schema
        ReadOnly, // never writes, not even a migration (case files, shared stores)
    };

    static Result<std::unique_ptr<Store>> open(const QString &path,
                                               OpenMode mode = OpenMode::ReadWrite);
    ~Store();

    const QString &path() const { return m_path; }
    bool readOnly() const { return m_mode == OpenMode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // Writes the batch in one transaction: all rows or none. Duplicate (trace_id, span_id) rows are
    // skipped; a real span replaces its pending span. Not thread-safe: one writer thread at a time
    // (the ingest writer serialises; the lock here only guards misuse).
    Result<WriteStats> write(const WriteBatch &batch);
    // Several batches in one transaction (group commit), without merging them first.
    Result<WriteStats> write(const std::vector<const WriteBatch *> &batches);

    // Rows visible in `records` (pending spans excluded).
    Result<std::int64_t> recordCount();
    Result<std::int64_t> metricCount();

    // A fresh read-only connection for another thread (queries, views).
    Result<sqlite::Connection> openReader() const;
    static Result<sqlite::Connection> openReader(const QString &path);

    // The writer connection, for code in core that needs it directly (import, notes, dashboards).
    sqlite3 *writerHandle() const { return m_db.get(); }
    sqlite::Connection &writer() { return m_db; }

    // Checkpoint the WAL into the main file (used before copying or on clean shutdown).
    Status checkpoint();

private:
    // Per-transaction totals for one (minute, model) of `_llm_minutes`.
    struct LlmMinuteDelta
    {
        std::int64_t spans = 0, inputN = 0, inputSum = 0, outputN = 0, outputSum = 0, costN = 0;
        double costSum = 0;
    };

    Store(QString path, OpenMode mode, sqlite::Connection db);
    Status initialise();
    Status prepareWriter();
    // One transaction's additions to `_llm_minutes`, by (minute, model).
    using LlmMinutes = std::map<std::pair<std::int64_t, std::string>, LlmMinuteDelta>;

    Status insertRecord(const Record &r, WriteStats &stats, std::vector<std::string> &addedPending,
                        LlmMinutes &llmMinutes);
    Status insertMetric(const MetricPoint &m);
    static void countLlmMinute(const Record &r, LlmMinutes &llmMinutes);
    Status flushLlmMinutes(const LlmMinutes &llmMinutes);

    // Checkpoints run on a thread of their own, so the writer never waits for the main file to be
    // written and synced (they used to take most of the writer's wall time under ingest).
    static int onWalCommit(void *self, sqlite3 *db, const char *dbName, int frames);
    void startCheckpointer();
    void stopCheckpointer();
    void runCheckpointer();

    QString m_path;
    std::string m_pathUtf8;
    OpenMode m_mode;
    sqlite::Connection m_db;
    int m_schemaVersion = 0;
    std::mutex m_writeMutex;
    sqlite::Statement m_insertRecord;
    sqlite::Statement m_upsertRecord;
    sqlite::Statement m_deletePendingChildren;
    sqlite::Statement m_insertMetric;
    // Traces that may hold SDK-style pending spans (child rows pointing at the real span): only for
    // these does a finished span look for pending children to remove.
    std::set<std::string> m_tracesWithPending;
    sqlite::Statement m_addLlmMinute;

    std::thread m_checkpointer;
    std::mutex m_checkpointMutex;
    std::condition_variable m_checkpointWake;
    bool m_checkpointWanted = false;
    bool m_checkpointStop = false;
};

// The default store of the embedded mode: $XDG_DATA_HOME/hearth/default.hearth.
QString defaultStorePath();

} // namespace hearth::core
