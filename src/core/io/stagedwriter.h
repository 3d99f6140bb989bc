// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/record.h"

#include <cstdint>
#include <memory>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <vector>

class QLockFile;

namespace hearth::core {
class Store;
}

namespace hearth::core::io {

// Rows this import inserted: rowids first..last (inclusive) of _records or _metrics.
struct RowidRange
{
    std::int64_t first = 0;
    std::int64_t last = 0;
};

// Writes an import in bounded stages (one transaction per stage, a few tens of thousands of rows
// or about half a second), so that SQLite's page cache and the WAL stay bounded for files of any
// size, and other writers on the store (the OTLP receiver) get the lock between stages.
//
// "Nothing half-imported is left behind" then needs an undo: while a stage's transaction holds
// the write lock nobody else can insert, so the rowids above the table's maximum at the start of
// the stage are exactly the rows this stage inserted (duplicates skipped by dedupe get none). The
// ranges are kept in memory and, in the same transaction as each stage, in a journal row in
// hearth_meta; rollback() deletes exactly those rows (in bounded stages too, so the LLM rollup
// triggers take their totals back out), and never a row another writer added between stages.
// A process killed mid-import leaves its journal behind; recoverInterrupted() (run by every
// import before it starts) rolls such imports back once their owner's lock file shows that the
// process is gone.
class StagedWriter
{
public:
    struct Limits
    {
        std::int64_t rows = 50000;
        int millis = 500;
    };

    StagedWriter(Store &store, Limits limits);
    ~StagedWriter();
    StagedWriter(const StagedWriter &) = delete;
    StagedWriter &operator=(const StagedWriter &) = delete;

    // Takes this import's lock file and names its journal; nothing is written yet.
    Status begin(const QStringList &files);
    // Writes one batch into the current stage (opening one if needed); commits the stage when it
    // reached its bounds, and then sets *stageCommitted.
    Result<WriteStats> write(const WriteBatch &batch, bool *stageCommitted = nullptr);
    // Commits the last stage and drops the journal: the import is complete.
    Status finish();
    // Abandons the open stage and deletes every row the committed stages inserted. Returns the
    // number of rows (records + metric points) deleted.
    Result<std::int64_t> rollback();

    std::int64_t stagesCommitted() const { return m_stagesCommitted; }

    // Rolls back the imports whose journal is still in the store but whose process is gone (killed
    // or crashed mid-import). Returns the number of rows deleted.
    static Result<std::int64_t> recoverInterrupted(Store &store);
    // Whether any import journal is left in the store at `path`, read through a read-only
    // connection: lets a caller skip opening a writer when there is nothing to recover.
    static bool hasJournals(const QString &path);

private:
    Status openStage();
    Status commitStage(bool last);
    void releaseLock();

    Store &m_store;
    Limits m_limits;
    std::string m_journalKey;
    QStringList m_files;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<RowidRange> m_records;
    std::vector<RowidRange> m_metrics;
    bool m_stageOpen = false;
    std::int64_t m_stageFirstRecord = 0;
    std::int64_t m_stageFirstMetric = 0;
    std::int64_t m_stageRows = 0;
    std::int64_t m_stagesCommitted = 0;
    QElapsedTimer m_stageTimer;
    QElapsedTimer m_sinceYield;
};

} // namespace hearth::core::io
