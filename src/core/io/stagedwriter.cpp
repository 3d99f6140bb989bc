// SPDX-License-Identifier: MIT
#include "core/io/stagedwriter.h"

#include "core/store/store.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QLockFile>
#include <QUuid>
#include <thread>

namespace hearth::core::io {

using nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

constexpr std::string_view kJournalPrefix = "import.journal.";
// Rows deleted per transaction when an import is undone: bounded like the import's own stages.
constexpr std::int64_t kUndoChunk = 20000;
// SQLite has no fair queue for its write lock: a writer that waits in its busy handler (the OTLP
// receiver: 5 s timeout) retries every 100 ms at most, and an import that starts its next stage
// right after a commit could starve it. So after about 2 s of stages the import pauses for one
// such retry interval (a ~5% cost), and a waiting writer gets in within ~2 s.
constexpr qint64 kYieldAfterMs = 2000;
constexpr int kYieldMs = 100;

// The lock file that says "the import with this journal is still running". QLockFile writes the
// owner's pid and process name, so a lock left by a killed process is recognised as stale.
QString lockPath(const Store &store, std::string_view id)
{
    return store.path() + QStringLiteral(".import-")
        + QString::fromUtf8(id.data(), qsizetype(id.size())) + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // Only a dead owner makes the lock stale, never its age: an import may run for minutes.
    lock->setStaleLockTime(0);
    return lock;
}

Result<std::int64_t> maxRowid(Store &store, const char *table)
{
    auto n = store.writer().queryInt(std::string("SELECT max(rowid) FROM ") + table);
    if (!n)
        return n.error();
    return n->value_or(0);
}

json rangesJson(const std::vector<RowidRange> &ranges)
{
    json a = json::array();
    for (const auto &r : ranges)
        a.push_back(json::array({r.first, r.last}));
    return a;
}

std::vector<RowidRange> rangesFrom(const json &a)
{
    std::vector<RowidRange> out;
    if (!a.is_array())
        return out;
    for (const auto &r : a) {
        if (r.is_array() && r.size() == 2 && r[0].is_number_integer() && r[1].is_number_integer())
            out.push_back({r[0].get<std::int64_t>(), r[1].get<std::int64_t>()});
    }
    return out;
}

// Adds the rows first..last (if any) to the ranges, joining it to the previous range when no
// other writer inserted in between.
void appendRange(std::vector<RowidRange> &ranges, std::int64_t first, std::int64_t last)
{
    if (last < first)
        return;
    if (!ranges.empty() && ranges.back().last + 1 == first)
        ranges.back().last = last;
    else
        ranges.push_back({first, last});
}

Status putJournal(Store &store, const std::string &key, const json &journal)
{
    sqlite::Statement st(store.writerHandle(),
                         "INSERT OR REPLACE INTO hearth_meta (key, value) VALUES (?1, ?2)");
    const std::string value = journal.dump();
    st.bind(1, std::string_view(key));
    st.bind(2, std::string_view(value));
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return sqlite::errorFor(rc, store.path().toStdString(), store.writer().lastError());
    return {};
}

Status dropJournal(Store &store, const std::string &key)
{
    sqlite::Statement st(store.writerHandle(), "DELETE FROM hearth_meta WHERE key = ?1");
    st.bind(1, std::string_view(key));
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return sqlite::errorFor(rc, store.path().toStdString(), store.writer().lastError());
    return {};
}

// Deletes the rows of `ranges` from the top down, kUndoChunk rowids per transaction, and shrinks
// the journal in the same transaction: a rowid freed at the top of a table can be handed to the
// next insert by another writer, so the journal must never name a row that is already gone.
Result<std::int64_t> undoRanges(Store &store, const std::string &key, json journal,
                                std::vector<RowidRange> &records, std::vector<RowidRange> &metrics)
{
    std::int64_t deleted = 0;
    sqlite::Statement delRecords(store.writerHandle(),
                                 "DELETE FROM _records WHERE rowid BETWEEN ?1 AND ?2");
    sqlite::Statement delMetrics(store.writerHandle(),
                                 "DELETE FROM _metrics WHERE rowid BETWEEN ?1 AND ?2");
    while (!records.empty() || !metrics.empty()) {
        const bool isRecords = !records.empty();
        std::vector<RowidRange> &ranges = isRecords ? records : metrics;
        sqlite::Statement &del = isRecords ? delRecords : delMetrics;
        const RowidRange top = ranges.back();
        const std::int64_t from = std::max(top.first, top.last - kUndoChunk + 1);
        if (auto s = store.writer().exec("BEGIN IMMEDIATE"); !s)
            return s.error();
        del.bind(1, from);
        del.bind(2, top.last);
        const int rc = del.step();
        del.reset();
        if (rc != SQLITE_DONE) {
            const Error e
                = sqlite::errorFor(rc, store.path().toStdString(), store.writer().lastError());
            (void)store.writer().exec("ROLLBACK");
            return e;
        }
        const std::int64_t n = sqlite3_changes(store.writerHandle());
        std::vector<RowidRange> rest = ranges;
        if (from > top.first)
            rest.back().last = from - 1;
        else
            rest.pop_back();
        const bool empty = rest.empty() && (isRecords ? metrics.empty() : records.empty());
        Status js;
        if (empty) {
            js = dropJournal(store, key);
        } else {
            journal[isRecords ? "records" : "metrics"] = rangesJson(rest);
            js = putJournal(store, key, journal);
        }
        if (js)
            js = store.writer().exec("COMMIT");
        if (!js) {
            (void)store.writer().exec("ROLLBACK");
            return js.error();
        }
        ranges = std::move(rest);
        deleted += n;
        // SQLite has no fair queue for its write lock: a short pause lets a writer that waits in
        // its busy handler (the OTLP receiver) get in between two undo stages.
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return deleted;
}

} // namespace

StagedWriter::StagedWriter(Store &store, Limits limits) : m_store(store), m_limits(limits) { }

StagedWriter::~StagedWriter()
{
    // An import that neither finished nor rolled back (an exception) still must not keep a
    // transaction open; its committed stages stay journalled for recoverInterrupted().
    if (m_stageOpen)
        (void)m_store.writer().exec("ROLLBACK");
}

Status StagedWriter::begin(const QStringList &files)
{
    const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    m_journalKey = std::string(kJournalPrefix) + id;
    m_files = files;
    m_sinceYield.start();
    m_lock = makeLock(lockPath(m_store, id));
    if (!m_lock->tryLock(0))
        return Error::make(Error::Code::Io,
                           Tr::tr("Cannot create the import lock file '%1' next to the "
                                  "store (error %2).")
                               .arg(m_lock->fileName())
                               .arg(int(m_lock->error())));
    return {};
}

Status StagedWriter::openStage()
{
    if (auto s = m_store.writer().exec("BEGIN IMMEDIATE"); !s)
        return s;
    auto records = maxRowid(m_store, "_records");
    auto metrics = maxRowid(m_store, "_metrics");
    if (!records || !metrics) {
        (void)m_store.writer().exec("ROLLBACK");
        return records ? metrics.error() : records.error();
    }
    m_stageFirstRecord = *records + 1;
    m_stageFirstMetric = *metrics + 1;
    m_stageRows = 0;
    m_stageOpen = true;
    m_stageTimer.start();
    return {};
}

Status StagedWriter::commitStage(bool last)
{
    auto fail = [this](const Error &e) -> Status {
        (void)m_store.writer().exec("ROLLBACK");
        m_stageOpen = false;
        return e;
    };
    auto records = maxRowid(m_store, "_records");
    if (!records)
        return fail(records.error());
    auto metrics = maxRowid(m_store, "_metrics");
    if (!metrics)
        return fail(metrics.error());
    std::vector<RowidRange> newRecords = m_records;
    std::vector<RowidRange> newMetrics = m_metrics;
    appendRange(newRecords, m_stageFirstRecord, *records);
    appendRange(newMetrics, m_stageFirstMetric, *metrics);
    Status js;
    if (last) {
        js = dropJournal(m_store, m_journalKey);
    } else if (newRecords.size() != m_records.size() || newMetrics.size() != m_metrics.size()
               || *records >= m_stageFirstRecord || *metrics >= m_stageFirstMetric) {
        QStringList files = m_files;
        json names = json::array();
        for (const QString &f : files)
            names.push_back(f.toStdString());
        js = putJournal(m_store, m_journalKey,
                        json {{"pid", QCoreApplication::applicationPid()},
                              {"files", std::move(names)},
                              {"records", rangesJson(newRecords)},
                              {"metrics", rangesJson(newMetrics)}});
    }
    if (!js)
        return fail(js.error());
    if (auto s = m_store.writer().exec("COMMIT"); !s)
        return fail(s.error());
    m_stageOpen = false;
    ++m_stagesCommitted;
    if (!last && m_sinceYield.elapsed() >= kYieldAfterMs) {
        std::this_thread::sleep_for(std::chrono::milliseconds(kYieldMs));
        m_sinceYield.start();
    }
    // Only a committed stage's rows are undone by deleting them; an open stage by ROLLBACK.
    m_records = std::move(newRecords);
    m_metrics = std::move(newMetrics);
    return {};
}

Result<WriteStats> StagedWriter::write(const WriteBatch &batch, bool *stageCommitted)
{
    if (stageCommitted)
        *stageCommitted = false;
    if (!m_stageOpen) {
        if (auto s = openStage(); !s)
            return s.error();
    }
    auto stats = m_store.write(batch); // a savepoint inside the stage
    if (!stats)
        return stats;
    m_stageRows += static_cast<std::int64_t>(batch.size());
    if (m_stageRows >= m_limits.rows || m_stageTimer.elapsed() >= m_limits.millis) {
        if (auto s = commitStage(false); !s)
            return s.error();
        if (stageCommitted)
            *stageCommitted = true;
    }
    return stats;
}

Status StagedWriter::finish()
{
    Status s;
    if (m_stageOpen) {
        s = commitStage(true);
    } else if (!m_records.empty() || !m_metrics.empty()) {
        s = m_store.writer().exec("BEGIN IMMEDIATE");
        if (s)
            s = dropJournal(m_store, m_journalKey);
        if (s)
            s = m_store.writer().exec("COMMIT");
        if (!s)
            (void)m_store.writer().exec("ROLLBACK");
    }
    if (s) {
        m_records.clear();
        m_metrics.clear();
        releaseLock();
    }
    return s;
}

Result<std::int64_t> StagedWriter::rollback()
{
    if (m_stageOpen) {
        (void)m_store.writer().exec("ROLLBACK");
        m_stageOpen = false;
    }
    json names = json::array();
    for (const QString &f : m_files)
        names.push_back(f.toStdString());
    auto undone = undoRanges(m_store, m_journalKey,
                             json {{"pid", QCoreApplication::applicationPid()},
                                   {"files", std::move(names)},
                                   {"records", rangesJson(m_records)},
                                   {"metrics", rangesJson(m_metrics)}},
                             m_records, m_metrics);
    // On failure the journal still names what is left: the next import finishes the undo.
    releaseLock();
    return undone;
}

void StagedWriter::releaseLock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

namespace {

// The journal rows of hearth_meta: keys from kJournalPrefix up to (not including) the prefix with
// its last character incremented.
sqlite::Statement selectJournals(sqlite3 *db, std::string_view columns)
{
    sqlite::Statement st(
        db, "SELECT " + std::string(columns) + " FROM hearth_meta WHERE key > ?1 AND key < ?2");
    static const std::string lo(kJournalPrefix);
    static const std::string hi = [] {
        std::string h(kJournalPrefix);
        h.back() = static_cast<char>(h.back() + 1);
        return h;
    }();
    st.bind(1, std::string_view(lo));
    st.bind(2, std::string_view(hi));
    return st;
}

} // namespace

bool StagedWriter::hasJournals(const QString &path)
{
    auto reader = Store::openReader(path);
    if (!reader)
        return false;
    sqlite::Statement st = selectJournals(reader->get(), "1");
    return st.valid() && st.step() == SQLITE_ROW;
}

Result<std::int64_t> StagedWriter::recoverInterrupted(Store &store)
{
    struct Found
    {
        std::string key;
        std::string value;
    };
    std::vector<Found> found;
    {
        sqlite::Statement st = selectJournals(store.writerHandle(), "key, value");
        while (st.valid() && st.step() == SQLITE_ROW)
            found.push_back({std::string(st.columnText(0)), std::string(st.columnText(1))});
    }
    std::int64_t deleted = 0;
    for (const auto &f : found) {
        auto lock
            = makeLock(lockPath(store, std::string_view(f.key).substr(kJournalPrefix.size())));
        if (!lock->tryLock(0))
            continue; // its import is still running (here or in another process)
        json journal = json::parse(f.value, nullptr, false);
        if (!journal.is_object())
            journal = json::object();
        std::vector<RowidRange> records = rangesFrom(journal.value("records", json::array()));
        std::vector<RowidRange> metrics = rangesFrom(journal.value("metrics", json::array()));
        Result<std::int64_t> undone = std::int64_t(0);
        if (records.empty() && metrics.empty()) {
            Status s = store.writer().exec("BEGIN IMMEDIATE");
            if (s)
                s = dropJournal(store, f.key);
            if (s)
                s = store.writer().exec("COMMIT");
            if (!s) {
                (void)store.writer().exec("ROLLBACK");
                undone = s.error();
            }
        } else {
            undone = undoRanges(store, f.key, std::move(journal), records, metrics);
        }
        lock->unlock();
        if (!undone)
            return undone.error();
        deleted += *undone;
    }
    return deleted;
}

} // namespace hearth::core::io
