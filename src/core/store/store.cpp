// SPDX-License-Identifier: MIT
#include "core/store/store.h"

#include "core/store/schema.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Store)
};

constexpr std::string_view kRecordColumnList
    = "start_timestamp, end_timestamp, duration, trace_id, span_id, parent_span_id, kind, level, "
      "span_name, message, attributes, attributes_json_schema, tags, otel_status_code, "
      "otel_status_message, otel_events, otel_links, otel_scope_name, otel_scope_version, "
      "otel_scope_attributes, otel_resource_attributes, service_name, service_version, "
      "service_instance_id, service_namespace, deployment_environment, process_pid, "
      "telemetry_sdk_name, telemetry_sdk_language, telemetry_sdk_version, is_exception, "
      "exception_type, exception_message, exception_stacktrace, http_response_status_code, "
      "http_method, http_route, url_full, url_path, url_query, log_body, _gen_ai_request_model, "
      "_gen_ai_response_model, _gen_ai_operation_name, _gen_ai_system, _gen_ai_input_tokens, "
      "_gen_ai_output_tokens, _operation_cost";
constexpr int kRecordColumnCount = 48;

constexpr std::string_view kMetricColumnList
    = "recorded_timestamp, start_timestamp, metric_name, metric_type, unit, metric_description, "
      "aggregation_temporality, is_monotonic, scalar_value, histogram_min, histogram_max, "
      "histogram_sum, histogram_count, histogram_bucket_counts, histogram_explicit_bounds, "
      "exp_histogram_scale, exp_histogram_zero_count, exp_histogram_zero_threshold, "
      "exp_histogram_positive_bucket_counts, exp_histogram_positive_bucket_counts_offset, "
      "exp_histogram_negative_bucket_counts, exp_histogram_negative_bucket_counts_offset, "
      "exemplars, attributes, attributes_json_schema, otel_scope_name, otel_scope_version, "
      "otel_scope_attributes, otel_resource_attributes, service_name, service_namespace, "
      "service_version, service_instance_id, deployment_environment, process_pid, "
      "telemetry_sdk_name, telemetry_sdk_language, telemetry_sdk_version";
constexpr int kMetricColumnCount = 38;

std::string placeholders(int n)
{
    std::string s;
    for (int i = 1; i <= n; ++i) {
        s += '?';
        s += std::to_string(i);
        if (i < n)
            s += ',';
    }
    return s;
}

std::string upsertAssignments()
{
    // On a (trace_id, span_id) conflict only a pending span is replaced: the real span wins.
    std::string s;
    std::string_view cols = kRecordColumnList;
    while (!cols.empty()) {
        const auto comma = cols.find(',');
        std::string_view col = cols.substr(0, comma);
        while (!col.empty() && col.front() == ' ')
            col.remove_prefix(1);
        if (!s.empty())
            s += ", ";
        s += std::string(col) + " = excluded." + std::string(col);
        if (comma == std::string_view::npos)
            break;
        cols.remove_prefix(comma + 1);
    }
    return s;
}

Error tooNewError(const QString &path, int found)
{
    return Error::make(Error::Code::TooNew,
                       Tr::tr("'%1' was written by a newer Hearth (schema version %2; this "
                              "build reads up to %3). Update Hearth to open it.")
                           .arg(path)
                           .arg(found)
                           .arg(schema::currentVersion()));
}

} // namespace

Store::Store(QString path, OpenMode mode, sqlite::Connection db)
    : m_path(std::move(path)), m_pathUtf8(m_path.toStdString()), m_mode(mode), m_db(std::move(db))
{
}

Store::~Store()
{
    stopCheckpointer();
    m_addLlmMinute = {};
    m_insertRecord = {};
    m_upsertRecord = {};
    m_deletePendingChildren = {};
    m_insertMetric = {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isDir())
        return Error::make(Error::Code::Io,
                           Tr::tr("'%1' is a folder, not a store file.").arg(path));
    if (!existed && mode == OpenMode::ReadOnly)
        return Error::make(Error::Code::NotFound,
                           Tr::tr("The store '%1' does not exist.").arg(path));
    if (!existed) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error::make(
                Error::Code::Io,
                Tr::tr("Cannot create the folder '%1' for the store.").arg(dir.absolutePath()));
    }

    auto conn = sqlite::Connection::open(path.toStdString(),
                                         mode == OpenMode::ReadOnly
                                             ? sqlite::Connection::Mode::ReadOnly
                                             : sqlite::Connection::Mode::ReadWriteCreate);
    if (!conn)
        return conn.error();

    std::unique_ptr<Store> store(new Store(path, mode, std::move(conn.value())));
    if (auto status = store->initialise(); !status) {
        // Never leave a half-initialised file behind when we created it.
        store.reset();
        if (!existed) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return status.error();
    }
    return store;
}

Status Store::initialise()
{
    // Reading the header is what detects a non-SQLite or damaged file.
    auto appId = m_db.queryInt("PRAGMA application_id");
    if (!appId)
        return appId.error();
    auto version = m_db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    auto tableCount = m_db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!tableCount)
        return tableCount.error();

    const int app = static_cast<int>(appId->value_or(0));
    const int found = static_cast<int>(version->value_or(0));
    const bool empty = tableCount->value_or(0) == 0;

    if (!empty && app != schema::kApplicationId)
        return Error::make(
            Error::Code::Corrupt,
            Tr::tr("'%1' is an SQLite database, but not a Hearth store.").arg(m_path));
    if (found > schema::currentVersion())
        return tooNewError(m_path, found);

    if (m_mode == OpenMode::ReadOnly) {
        if (found < schema::currentVersion())
            return Error::make(Error::Code::Unsupported,
                               Tr::tr("'%1' uses an older schema (version %2) and is open "
                                      "read-only, so it cannot be upgraded. Open it "
                                      "writable once to upgrade it.")
                                   .arg(m_path)
                                   .arg(found));
        m_schemaVersion = found;
        return {};
    }

    if (auto s = m_db.exec("PRAGMA journal_mode=WAL"); !s)
        return s;
    // NORMAL in WAL mode: a committed transaction survives the process being killed (the OS has
    // the pages); only an OS crash or power loss can lose the last commits.
    if (auto s = m_db.exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; "
                           "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON");
        !s)
        return s;

    if (found < schema::currentVersion()) {
        if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
            return s;
        const auto &steps = schema::migrations();
        for (int v = found; v < schema::currentVersion(); ++v) {
            if (auto s = m_db.exec(steps[static_cast<size_t>(v)]); !s) {
                (void)m_db.exec("ROLLBACK");
                return Error::make(Error::Code::Generic,
                                   Tr::tr("Upgrading '%1' to schema version %2 failed: %3")
                                       .arg(m_path)
                                       .arg(v + 1)
                                       .arg(s.error().message));
            }
        }
        // A step may rewrite declared types in sqlite_schema directly (version 3), which SQLite
        // does not notice by itself: bumping the schema cookie makes every connection, this one
        // included, reload the schema before its next statement.
        auto cookie = m_db.queryInt("PRAGMA schema_version");
        if (!cookie) {
            (void)m_db.exec("ROLLBACK");
            return cookie.error();
        }
        const std::string pragmas
            = "PRAGMA application_id=" + std::to_string(schema::kApplicationId)
            + "; PRAGMA user_version=" + std::to_string(schema::currentVersion())
            + "; PRAGMA schema_version=" + std::to_string(cookie->value_or(0) + 1);
        if (auto s = m_db.exec(pragmas); !s) {
            (void)m_db.exec("ROLLBACK");
            return s;
        }
        if (auto s = m_db.exec("COMMIT"); !s) {
            (void)m_db.exec("ROLLBACK");
            return s;
        }
    }
    m_schemaVersion = schema::currentVersion();
    return prepareWriter();
}

Status Store::prepareWriter()
{
    const std::string values = placeholders(kRecordColumnCount);
    m_insertRecord
        = sqlite::Statement(m_db.get(),
                            "INSERT INTO _records (" + std::string(kRecordColumnList) + ") VALUES ("
                                + values + ") ON CONFLICT(trace_id, span_id) DO NOTHING");
    m_upsertRecord
        = sqlite::Statement(m_db.get(),
                            "INSERT INTO _records (" + std::string(kRecordColumnList) + ") VALUES ("
                                + values + ") ON CONFLICT(trace_id, span_id) DO UPDATE SET "
                                + upsertAssignments() + " WHERE _records.kind = 'pending_span'");
    m_deletePendingChildren = sqlite::Statement(
        m_db.get(),
        "DELETE FROM _records WHERE trace_id = ?1 AND parent_span_id = ?2 AND kind = "
        "'pending_span'");
    m_insertMetric
        = sqlite::Statement(m_db.get(),
                            "INSERT OR IGNORE INTO _metrics (" + std::string(kMetricColumnList)
                                + ") VALUES (" + placeholders(kMetricColumnCount) + ")");
    m_addLlmMinute = sqlite::Statement(m_db.get(), std::string(schema::addLlmMinuteSql()));
    for (const auto *st : {&m_insertRecord, &m_upsertRecord, &m_deletePendingChildren,
                           &m_insertMetric, &m_addLlmMinute}) {
        if (!st->valid())
            return Error::make(Error::Code::Generic,
                               Tr::tr("Preparing the writer for '%1' failed: %2")
                                   .arg(m_path, QString::fromStdString(st->prepareError())));
    }
    // Visits the pending spans only, through the _records_pending index (schema v3).
    sqlite::Statement pending(m_db.get(), std::string(schema::pendingTracesSql()));
    while (pending.valid() && pending.step() == SQLITE_ROW)
        m_tracesWithPending.emplace(pending.columnText(0));
    startCheckpointer();
    return {};
}

namespace {
// WAL frames (pages) after which a background checkpoint is asked for: SQLite's own default.
constexpr int kCheckpointFrames = 1000;
// A checkpoint that runs while the writer appends never catches up with the end of the WAL, and
// SQLite restarts the WAL from the start only when all of it has been copied. So past this size
// the writer checkpoints itself, between transactions, finishing the tail the background has not
// copied yet; the WAL then restarts, and the file stays under ~64 MiB. 64 MiB and 256 MiB ingest
// equally fast (bench/results/ingest.md, session 3); 16 MiB, tried before the background
// checkpointer worked, was slower.
constexpr int kWriterCheckpointFrames = 16384;
} // namespace

void Store::startCheckpointer()
{
    // Replaces SQLite's auto-checkpoint, which runs inside the committing call.
    sqlite3_wal_hook(m_db.get(), &Store::onWalCommit, this);
    m_checkpointer = std::thread([this] { runCheckpointer(); });
}

void Store::stopCheckpointer()
{
    if (!m_checkpointer.joinable())
        return;
    {
        std::lock_guard lock(m_checkpointMutex);
        m_checkpointStop = true;
    }
    m_checkpointWake.notify_one();
    m_checkpointer.join();
    sqlite3_wal_hook(m_db.get(), nullptr, nullptr);
}

int Store::onWalCommit(void *self, sqlite3 *db, const char *dbName, int frames)
{
    auto *store = static_cast<Store *>(self);
    if (frames >= kWriterCheckpointFrames) {
        sqlite3_wal_checkpoint_v2(db, dbName, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (frames >= kCheckpointFrames) {
        {
            std::lock_guard lock(store->m_checkpointMutex);
            store->m_checkpointWanted = true;
        }
        store->m_checkpointWake.notify_one();
    }
    return SQLITE_OK;
}

void Store::runCheckpointer()
{
    // Its own connection: a passive checkpoint copies committed pages into the main file while
    // the writer goes on appending to the WAL; SQLite restarts the WAL once all of it is copied.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_pathUtf8.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        // Without it, fall back to checkpointing in the writer as SQLite does by default.
        sqlite3_wal_autocheckpoint(m_db.get(), kCheckpointFrames);
        return;
    }
    // A connection learns that the file is in WAL mode only when it first reads it; until then a
    // checkpoint on it is a silent no-op (it reports -1 frames).
    sqlite3_exec(db, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
    for (;;) {
        {
            std::unique_lock lock(m_checkpointMutex);
            m_checkpointWake.wait(lock, [this] { return m_checkpointWanted || m_checkpointStop; });
            if (m_checkpointStop)
                break;
            m_checkpointWanted = false;
        }
        sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    sqlite3_close(db);
}

void Store::countLlmMinute(const Record &r, LlmMinutes &llmMinutes)
{
    if (r.genAiRequestModel.empty() && !r.operationCost)
        return;
    auto &d = llmMinutes[{r.startUs / 60'000'000 * 60'000'000, r.genAiRequestModel}];
    ++d.spans;
    if (r.genAiInputTokens) {
        ++d.inputN;
        d.inputSum += *r.genAiInputTokens;
    }
    if (r.genAiOutputTokens) {
        ++d.outputN;
        d.outputSum += *r.genAiOutputTokens;
    }
    if (r.operationCost) {
        ++d.costN;
        d.costSum += *r.operationCost;
    }
}

Status Store::flushLlmMinutes(const LlmMinutes &llmMinutes)
{
    for (const auto &[key, d] : llmMinutes) {
        sqlite::Statement &st = m_addLlmMinute;
        st.bind(1, key.first);
        st.bind(2, std::string_view(key.second));
        st.bind(3, d.spans);
        st.bind(4, d.inputN);
        st.bind(5, d.inputSum);
        st.bind(6, d.outputN);
        st.bind(7, d.outputSum);
        st.bind(8, d.costN);
        st.bind(9, d.costSum);
        const int rc = st.step();
        st.reset();
        if (rc != SQLITE_DONE)
            return sqlite::errorFor(rc, m_pathUtf8, m_db.lastError());
    }
    return {};
}

Status Store::insertRecord(const Record &r, WriteStats &stats,
                           std::vector<std::string> &addedPending, LlmMinutes &llmMinutes)
{
    const bool pending = r.kind == "pending_span";
    sqlite::Statement &st = pending ? m_insertRecord : m_upsertRecord;
    int i = 0;
    st.bind(++i, r.startUs);
    st.bind(++i, r.endUs);
    st.bindOptional(++i, r.duration);
    st.bind(++i, std::string_view(r.traceId));
    st.bind(++i, std::string_view(r.spanId));
    st.bindTextOrNull(++i, r.parentSpanId);
    st.bind(++i, std::string_view(r.kind));
    st.bind(++i, r.level);
    st.bind(++i, std::string_view(r.spanName));
    st.bind(++i, std::string_view(r.message));
    st.bindTextOrNull(++i, r.attributes);
    st.bindTextOrNull(++i, r.attributesJsonSchema);
    st.bind(++i, std::string_view(r.tags.empty() ? std::string_view("[]") : r.tags));
    st.bindTextOrNull(++i, r.otelStatusCode);
    st.bindTextOrNull(++i, r.otelStatusMessage);
    st.bindTextOrNull(++i, r.otelEvents);
    st.bindTextOrNull(++i, r.otelLinks);
    st.bindTextOrNull(++i, r.otelScopeName);
    st.bindTextOrNull(++i, r.otelScopeVersion);
    st.bindTextOrNull(++i, r.otelScopeAttributes);
    st.bindTextOrNull(++i, r.otelResourceAttributes);
    st.bind(++i, std::string_view(r.serviceName));
    st.bindTextOrNull(++i, r.serviceVersion);
    st.bindTextOrNull(++i, r.serviceInstanceId);
    st.bindTextOrNull(++i, r.serviceNamespace);
    st.bindTextOrNull(++i, r.deploymentEnvironment);
    st.bindOptional(++i, r.processPid);
    st.bindTextOrNull(++i, r.telemetrySdkName);
    st.bindTextOrNull(++i, r.telemetrySdkLanguage);
    st.bindTextOrNull(++i, r.telemetrySdkVersion);
    st.bind(++i, r.isException);
    st.bindOptional(++i, r.exceptionType);
    st.bindOptional(++i, r.exceptionMessage);
    st.bindOptional(++i, r.exceptionStacktrace);
    st.bindOptional(++i, r.httpResponseStatusCode);
    st.bindTextOrNull(++i, r.httpMethod);
    st.bindTextOrNull(++i, r.httpRoute);
    st.bindTextOrNull(++i, r.urlFull);
    st.bindTextOrNull(++i, r.urlPath);
    st.bindTextOrNull(++i, r.urlQuery);
    st.bindOptional(++i, r.logBody);
    st.bindTextOrNull(++i, r.genAiRequestModel);
    st.bindTextOrNull(++i, r.genAiResponseModel);
    st.bindTextOrNull(++i, r.genAiOperationName);
    st.bindTextOrNull(++i, r.genAiSystem);
    st.bindOptional(++i, r.genAiInputTokens);
    st.bindOptional(++i, r.genAiOutputTokens);
    st.bindOptional(++i, r.operationCost);

    const int rc = st.step();
    st.resetKeepBindings(); // every parameter is bound again for the next row
    if (rc != SQLITE_DONE)
        return sqlite::errorFor(rc, m_pathUtf8, m_db.lastError());
    if (sqlite3_changes(m_db.get()) == 0) {
        ++stats.recordsDuplicate;
        return {};
    }
    ++stats.recordsInserted;
    // A change here is a new row or a pending span replaced by its real span (which the update
    // trigger leaves to us): either way the row now counts in the LLM rollup.
    if (!pending)
        countLlmMinute(r, llmMinutes);
    if (pending) {
        if (m_tracesWithPending.insert(r.traceId).second)
            addedPending.push_back(r.traceId);
    } else if (m_tracesWithPending.count(r.traceId)) {
        m_deletePendingChildren.bind(1, std::string_view(r.traceId));
        m_deletePendingChildren.bind(2, std::string_view(r.spanId));
        const int drc = m_deletePendingChildren.step();
        m_deletePendingChildren.reset();
        if (drc != SQLITE_DONE)
            return sqlite::errorFor(drc, m_pathUtf8, m_db.lastError());
        stats.pendingSuperseded += sqlite3_changes(m_db.get());
    }
    return {};
}

Status Store::insertMetric(const MetricPoint &m)
{
    sqlite::Statement &st = m_insertMetric;
    int i = 0;
    st.bind(++i, m.recordedUs);
    st.bindOptional(++i, m.startUs);
    st.bind(++i, std::string_view(m.metricName));
    st.bind(++i, std::string_view(m.metricType));
    st.bind(++i, std::string_view(m.unit));
    st.bindTextOrNull(++i, m.metricDescription);
    st.bindTextOrNull(++i, m.aggregationTemporality);
    st.bindOptional(++i, m.isMonotonic);
    st.bindOptional(++i, m.scalarValue);
    st.bindOptional(++i, m.histogramMin);
    st.bindOptional(++i, m.histogramMax);
    st.bindOptional(++i, m.histogramSum);
    st.bindOptional(++i, m.histogramCount);
    st.bindTextOrNull(++i, m.histogramBucketCounts);
    st.bindTextOrNull(++i, m.histogramExplicitBounds);
    st.bindOptional(++i, m.expHistogramScale);
    st.bindOptional(++i, m.expHistogramZeroCount);
    st.bindOptional(++i, m.expHistogramZeroThreshold);
    st.bindTextOrNull(++i, m.expHistogramPositiveBucketCounts);
    st.bindOptional(++i, m.expHistogramPositiveBucketCountsOffset);
    st.bindTextOrNull(++i, m.expHistogramNegativeBucketCounts);
    st.bindOptional(++i, m.expHistogramNegativeBucketCountsOffset);
    st.bindTextOrNull(++i, m.exemplars);
    st.bindTextOrNull(++i, m.attributes);
    st.bindTextOrNull(++i, m.attributesJsonSchema);
    st.bindTextOrNull(++i, m.otelScopeName);
    st.bindTextOrNull(++i, m.otelScopeVersion);
    st.bindTextOrNull(++i, m.otelScopeAttributes);
    st.bindTextOrNull(++i, m.otelResourceAttributes);
    st.bind(++i, std::string_view(m.serviceName));
    st.bindTextOrNull(++i, m.serviceNamespace);
    st.bindTextOrNull(++i, m.serviceVersion);
    st.bindTextOrNull(++i, m.serviceInstanceId);
    st.bindTextOrNull(++i, m.deploymentEnvironment);
    st.bindOptional(++i, m.processPid);
    st.bindTextOrNull(++i, m.telemetrySdkName);
    st.bindTextOrNull(++i, m.telemetrySdkLanguage);
    st.bindTextOrNull(++i, m.telemetrySdkVersion);
    const int rc = st.step();
    st.reset();
    if (rc != SQLITE_DONE)
        return sqlite::errorFor(rc, m_pathUtf8, m_db.lastError());
    return {};
}

Result<WriteStats> Store::write(const WriteBatch &batch)
{
    return write(std::vector<const WriteBatch *> {&batch});
}

Result<WriteStats> Store::write(const std::vector<const WriteBatch *> &batches)
{
    if (m_mode == OpenMode::ReadOnly)
        return Error::make(Error::Code::Io,
                           Tr::tr("The store '%1' is open read-only.").arg(m_path));
    std::lock_guard lock(m_writeMutex);
    WriteStats stats;
    if (std::all_of(batches.begin(), batches.end(), [](const auto *b) { return b->empty(); }))
        return stats;
    // Inside a caller's transaction (a bulk import) the batch becomes a savepoint: still all or
    // nothing, and the caller decides whether the whole import commits.
    const bool nested = sqlite3_get_autocommit(m_db.get()) == 0;
    if (auto s = m_db.exec(nested ? "SAVEPOINT hearth_write" : "BEGIN IMMEDIATE"); !s)
        return s.error();
    // Only traces this batch adds are undone on rollback: copying the whole set per batch would
    // cost the ingest hot path in proportion to every pending trace ever seen.
    std::vector<std::string> addedPending;
    LlmMinutes llmMinutes;
    auto fail = [&](const Error &e) -> Result<WriteStats> {
        (void)m_db.exec(nested ? "ROLLBACK TO hearth_write; RELEASE hearth_write" : "ROLLBACK");
        for (const auto &trace : addedPending)
            m_tracesWithPending.erase(trace);
        return e;
    };
    for (const WriteBatch *batch : batches) {
        for (const auto &r : batch->records) {
            if (auto s = insertRecord(r, stats, addedPending, llmMinutes); !s)
                return fail(s.error());
        }
    }
    for (const WriteBatch *batch : batches) {
        for (const auto &m : batch->metrics) {
            if (auto s = insertMetric(m); !s)
                return fail(s.error());
            stats.metricsInserted += sqlite3_changes(m_db.get());
        }
    }
    if (auto s = flushLlmMinutes(llmMinutes); !s)
        return fail(s.error());
    if (auto s = m_db.exec(nested ? "RELEASE hearth_write" : "COMMIT"); !s)
        return fail(s.error());
    return stats;
}

Result<std::int64_t> Store::recordCount()
{
    auto n = m_db.queryInt("SELECT count(*) FROM _records WHERE kind != 'pending_span'");
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<std::int64_t> Store::metricCount()
{
    auto n = m_db.queryInt("SELECT count(*) FROM _metrics");
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<sqlite::Connection> Store::openReader() const
{
    return openReader(m_path);
}

Result<sqlite::Connection> Store::openReader(const QString &path)
{
    auto conn = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadOnly);
    if (!conn)
        return conn.error();
    // query_only makes even a crafted statement unable to write through this connection.
    if (auto s = conn->exec("PRAGMA query_only=1; PRAGMA cache_size=-65536"); !s)
        return s.error();
    return std::move(conn.value());
}

Status Store::checkpoint()
{
    if (m_mode == OpenMode::ReadOnly)
        return {};
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

QString defaultStorePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/hearth/default.hearth");
}

} // namespace hearth::core
