// SPDX-License-Identifier: MIT
#include "core/io/importer.h"

#include "core/io/chunkreader.h"
#include "core/io/csvreader.h"
#include "core/io/otlpfiledecoder.h"
#include "core/io/rowmapper.h"
#include "core/io/stagedwriter.h"
#include "core/store/store.h"

#include <condition_variable>
#include <deque>
#include <istream>
#include <mutex>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <thread>

namespace hearth::core::io {

using nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

constexpr size_t kMaxIssues = 100;
constexpr qint64 kMaxBatchBytes = qint64(16) << 20;
constexpr qint64 kMaxWholeFileBytes = qint64(1)
    << 30; // OTLP bodies are read whole (64 MiB is usual)

bool isOtlpKey(const std::string &key, int *signal = nullptr)
{
    int s = -1;
    if (key == "resourceSpans" || key == "resource_spans")
        s = int(OtlpSignal::Traces);
    else if (key == "resourceMetrics" || key == "resource_metrics")
        s = int(OtlpSignal::Metrics);
    else if (key == "resourceLogs" || key == "resource_logs")
        s = int(OtlpSignal::Logs);
    if (signal)
        *signal = s;
    return s >= 0;
}

std::string trimmedStart(const std::string &s)
{
    size_t i = 0;
    if (s.compare(0, 3, "\xEF\xBB\xBF") == 0)
        i = 3;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        ++i;
    return s.substr(i);
}

// Streams one JSON document and hands over each row of its "data"/"rows" array (or of a top-level
// array) as a small DOM, so a multi-GB export never sits in memory. Other top-level members
// ("schema", "columns", plans) are small and are built whole.
class DocumentSax : public nlohmann::json_sax<json>
{
public:
    std::function<bool(json &&row)> onRow;
    std::function<bool(const std::string &key, json &&value)> onMember;
    bool otlp = false;
    int otlpSignal = -1;
    std::string parseError;

    bool null() override { return value(json(nullptr)); }
    bool boolean(bool v) override { return value(json(v)); }
    bool number_integer(number_integer_t v) override { return value(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(json(v)); }
    bool number_float(number_float_t v, const string_t &) override { return value(json(v)); }
    bool string(string_t &v) override { return value(json(std::move(v))); }
    bool binary(binary_t &v) override { return value(json::binary(std::move(v))); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t &k) override
    {
        if (!m_stack.empty()) {
            m_key = k;
            return true;
        }
        if (m_depth == 1) {
            if (isOtlpKey(k, &otlpSignal)) {
                otlp = true;
                return false;
            }
            m_topKey = k;
        }
        return true;
    }

    bool parse_error(std::size_t, const std::string &,
                     const nlohmann::detail::exception &ex) override
    {
        parseError = ex.what();
        return false;
    }

private:
    enum class Building { None, Row, Member };

    bool inRowsArray() const { return m_rowsArray && m_depth == 2; }

    bool value(json &&v)
    {
        if (!m_stack.empty())
            return add(std::move(v));
        if (m_depth == 0 || (m_depth == 1 && m_topArray) || inRowsArray())
            return onRow(std::move(v)); // a scalar row: the handler reports it
        return true; // a scalar member such as "row_count"
    }

    bool open(json &&container)
    {
        if (!m_stack.empty()) {
            json *added = addRef(std::move(container));
            m_stack.push_back(added);
            return true;
        }
        if (m_depth == 0) {
            m_depth = 1;
            m_topArray = container.is_array();
            return true;
        }
        if (m_depth == 1 && !m_topArray && container.is_array()
            && (m_topKey == "data" || m_topKey == "rows")) {
            m_depth = 2;
            m_rowsArray = true;
            return true;
        }
        m_building
            = (m_depth == 1 && !m_topArray && !m_rowsArray) ? Building::Member : Building::Row;
        m_root = std::move(container);
        m_stack.push_back(&m_root);
        return true;
    }

    bool close()
    {
        if (!m_stack.empty()) {
            m_stack.pop_back();
            if (!m_stack.empty())
                return true;
            const Building b = m_building;
            m_building = Building::None;
            if (b == Building::Row)
                return onRow(std::move(m_root));
            return onMember(m_topKey, std::move(m_root));
        }
        if (m_rowsArray && m_depth == 2) {
            m_rowsArray = false;
            m_depth = 1;
            return true;
        }
        m_depth = 0;
        return true;
    }

    json *addRef(json &&v)
    {
        json &top = *m_stack.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        json &slot = top[m_key];
        slot = std::move(v);
        return &slot;
    }
    bool add(json &&v)
    {
        addRef(std::move(v));
        return true;
    }

    int m_depth = 0;
    bool m_topArray = false;
    bool m_rowsArray = false;
    std::string m_topKey;
    std::string m_key;
    json m_root;
    std::vector<json *> m_stack;
    Building m_building = Building::None;
};

} // namespace

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::LogfireJson:
        return QStringLiteral("Logfire JSON");
    case ImportFormat::LogfireNdjson:
        return QStringLiteral("NDJSON");
    case ImportFormat::Csv:
        return QStringLiteral("CSV");
    case ImportFormat::OtlpJson:
        return QStringLiteral("OTLP JSON");
    case ImportFormat::OtlpProtobuf:
        return QStringLiteral("OTLP protobuf");
    }
    return {};
}

QString ImportIssue::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    if (row > 0)
        return Tr::tr("%1: row %2: %3").arg(file).arg(row).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString ImportReport::summary() const
{
    const QLocale c = QLocale::c();
    QString s
        = Tr::tr("%1 rows read: %2 records imported (%3 already present), %4 metric "
                 "points imported (%5 already present)")
              .arg(c.toString(rowsRead), c.toString(recordsInserted), c.toString(recordsDuplicate),
                   c.toString(metricsInserted), c.toString(metricsDuplicate));
    if (rowsSkipped)
        s += Tr::tr("; %1 malformed rows skipped").arg(c.toString(rowsSkipped));
    if (rowsWithoutTimestamp)
        s += Tr::tr("; %1 rows had no timestamp column and were dated from the file")
                 .arg(c.toString(rowsWithoutTimestamp));
    if (rowsWithoutIds)
        s += Tr::tr("; %1 rows had no trace_id/span_id and got ids from their content")
                 .arg(c.toString(rowsWithoutIds));
    if (interruptedRowsRemoved)
        s += Tr::tr("; first removed %1 rows left by an interrupted import")
                 .arg(c.toString(interruptedRowsRemoved));
    return s + QLatin1Char('.');
}

struct Importer::FileState
{
    QString path;
    QString displayName;
    ChunkReader reader;
    std::optional<RowMapper> mapper;
    std::optional<TableKind> table;
    std::vector<std::string> columns;
    qint64 rowIndex = 0;
    QString format;
};

Importer::Importer(Store &store, ImportOptions options)
    : m_store(store), m_options(std::move(options))
{
}

ImportFormat Importer::detectFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("pb") || suffix == QLatin1String("binpb")
        || suffix == QLatin1String("protobuf") || suffix == QLatin1String("bin"))
        return ImportFormat::OtlpProtobuf;
    ChunkReader reader;
    if (!reader.open(path))
        return ImportFormat::Auto;
    const std::string head = reader.peek(64 * 1024);
    const std::string text = trimmedStart(head);
    if (text.empty())
        return ImportFormat::LogfireNdjson; // empty: nothing to import either way
    if (text.front() != '{' && text.front() != '[') {
        for (char c : head.substr(0, 512)) {
            if (c == '\0' || (static_cast<unsigned char>(c) < 0x09))
                return ImportFormat::OtlpProtobuf;
        }
        return ImportFormat::Csv;
    }
    // A first line that is a whole JSON value means one value per line (NDJSON, JSON lines, the
    // Collector's file exporter); otherwise one document, streamed.
    const size_t nl = text.find('\n');
    const bool wholeFileInHead = reader.totalBytes() <= static_cast<qint64>(head.size());
    if (nl != std::string::npos && json::accept(text.substr(0, nl)))
        return ImportFormat::LogfireNdjson;
    if (nl == std::string::npos && wholeFileInHead && json::accept(text))
        return ImportFormat::LogfireNdjson;
    return ImportFormat::LogfireJson;
}

// The parsing thread hands mapped batches to the writing thread through this bounded queue, so
// that parsing and SQLite work use both cores while memory stays at a few batches.
struct Importer::Handover
{
    struct Item
    {
        WriteBatch batch;
        qint64 bytes = 0; // how far the parser had read when the batch was full
    };
    static constexpr size_t kCapacity = 2;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Item> queue;
    bool parsed = false; // the parser is done (see status)
    bool aborted = false; // the writer gave up: the parser stops at its next batch
    Status status;
    // Written batches go back to the parser, which frees their rows: freeing a batch's strings
    // costs the writer (the busier thread) several percent otherwise.
    std::vector<WriteBatch> spent;

    // Parser side; fails once the writer has aborted. Returns a spent batch to refill in `reuse`.
    Status push(Item item, WriteBatch &reuse)
    {
        std::vector<WriteBatch> toFree;
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return aborted || queue.size() < kCapacity; });
        if (aborted)
            return Error::make(Error::Code::Cancelled, Tr::tr("The import was stopped."));
        queue.push_back(std::move(item));
        toFree.swap(spent);
        changed.notify_all();
        lock.unlock();
        if (!toFree.empty()) {
            reuse = std::move(toFree.back());
            reuse.records.clear();
            reuse.metrics.clear();
        }
        return {};
    }
    void recycle(WriteBatch batch)
    {
        std::lock_guard lock(mutex);
        spent.push_back(std::move(batch));
    }
    void finish(Status s)
    {
        std::lock_guard lock(mutex);
        parsed = true;
        status = std::move(s);
        changed.notify_all();
    }
    // Writer side: the next batch, or nothing when the parser is done or failed (a failure
    // discards what is queued: the import is undone anyway).
    std::optional<Item> pop()
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return parsed || !queue.empty(); });
        if ((parsed && !status) || queue.empty())
            return std::nullopt;
        Item item = std::move(queue.front());
        queue.pop_front();
        changed.notify_all();
        return item;
    }
    void abort()
    {
        std::lock_guard lock(mutex);
        aborted = true;
        queue.clear();
        changed.notify_all();
    }
};

Result<ImportReport> Importer::importFiles(const QStringList &paths)
{
    m_report = {};
    m_batch = {};
    m_totalBytes = 0;
    m_doneBytes = 0;
    m_batchStartBytes = 0;
    m_currentFile = nullptr;
    if (m_store.readOnly())
        return Error::make(Error::Code::Io,
                           Tr::tr("The store '%1' is open read-only; import into a "
                                  "writable store.")
                               .arg(m_store.path()));
    // An import whose process was killed left its committed stages behind: take them out first.
    auto recovered = StagedWriter::recoverInterrupted(m_store);
    if (!recovered)
        return recovered.error();
    for (const QString &p : paths)
        m_totalBytes += QFileInfo(p).size();

    StagedWriter writer(m_store, {m_options.stageRows, m_options.stageMillis});
    if (auto s = writer.begin(paths); !s)
        return s.error();
    Handover handover;
    m_handover = &handover;
    std::thread parser([this, &handover, &paths] {
        Status s;
        try {
            s = parseAll(paths);
        } catch (const std::exception &e) {
            s = Error::make(
                Error::Code::Generic,
                Tr::tr("Reading the files failed: %1").arg(QString::fromUtf8(e.what())));
        }
        handover.finish(std::move(s));
    });

    Status outcome;
    while (auto item = handover.pop()) {
        if (outcome = checkCancel(); !outcome)
            break;
        bool committed = false;
        auto stats = writer.write(item->batch, &committed);
        if (!stats) {
            outcome = stats.error();
            break;
        }
        m_report.recordsInserted += stats->recordsInserted;
        m_report.recordsDuplicate += stats->recordsDuplicate;
        m_report.metricsInserted += stats->metricsInserted;
        m_report.metricsDuplicate
            += static_cast<qint64>(item->batch.metrics.size()) - stats->metricsInserted;
        handover.recycle(std::move(item->batch));
        if (m_options.progress)
            m_options.progress(item->bytes, m_totalBytes);
        if (committed && m_options.stageCommitted)
            m_options.stageCommitted(m_report.recordsInserted + m_report.metricsInserted);
    }
    if (!outcome)
        handover.abort();
    parser.join();
    m_handover = nullptr;
    m_currentFile = nullptr;
    if (outcome)
        outcome = handover.status;
    if (outcome)
        outcome = checkCancel();
    if (outcome)
        outcome = writer.finish();
    if (!outcome) {
        m_batch = {};
        if (auto undone = writer.rollback(); !undone)
            return Error::make(undone.error().code,
                               outcome.error().message
                                   + Tr::tr(" Undoing the rows imported so far failed: %1 "
                                            "(the next import into this store retries).")
                                         .arg(undone.error().message));
        return outcome.error();
    }
    m_report.interruptedRowsRemoved = *recovered;
    m_report.stages = writer.stagesCommitted();
    m_report.bytes = m_totalBytes;
    if (m_options.progress)
        m_options.progress(m_totalBytes, m_totalBytes);
    return m_report;
}

// The parsing thread: reads every file and hands batches to the writer; touches only the parse
// side of m_report (rows read, skipped, issues, formats).
Status Importer::parseAll(const QStringList &paths)
{
    for (const QString &path : paths) {
        FileState state;
        state.path = path;
        state.displayName = QFileInfo(path).fileName();
        m_currentFile = &state;
        auto s = importOne(path, state);
        if (s)
            s = flush(true);
        m_currentFile = nullptr;
        if (!s)
            return s;
        m_doneBytes += state.reader.totalBytes();
        m_report.formats << state.format;
        if (state.mapper) {
            m_report.rowsWithoutTimestamp += state.mapper->rowsWithoutTimestamp();
            m_report.rowsWithoutIds += state.mapper->rowsWithoutIds();
        }
    }
    return {};
}

Status Importer::importOne(const QString &path, FileState &state)
{
    if (auto s = state.reader.open(path); !s)
        return s;
    const Micros fallback = m_options.fallbackTimeUs.value_or(
        QFileInfo(path).lastModified().toMSecsSinceEpoch() * 1000);
    state.mapper.emplace(fallback);
    ImportFormat format = m_options.format;
    if (format == ImportFormat::Auto)
        format = detectFormat(path);
    state.format = formatName(format);
    switch (format) {
    case ImportFormat::Csv:
        return importCsv(state);
    case ImportFormat::OtlpProtobuf:
        return importOtlpWhole(state, true);
    case ImportFormat::LogfireJson:
        return importDocument(state);
    case ImportFormat::LogfireNdjson:
    case ImportFormat::OtlpJson:
    case ImportFormat::Auto:
        return importLines(state);
    }
    return {};
}

Status Importer::checkCancel()
{
    if (m_options.cancel && m_options.cancel->cancelled())
        return Error::make(Error::Code::Cancelled,
                           Tr::tr("The import was cancelled; nothing was imported."));
    return {};
}

Status Importer::issue(FileState &state, qint64 line, qint64 row, const QString &message)
{
    ImportIssue i {state.displayName, line, row, message};
    if (m_options.onError == ImportOptions::OnError::Stop)
        return Error::make(Error::Code::InvalidInput,
                           i.toString() + Tr::tr(" (import stopped; nothing was imported)"));
    ++m_report.rowsSkipped;
    if (m_report.issues.size() < kMaxIssues)
        m_report.issues.push_back(std::move(i));
    return {};
}

Status Importer::flush(bool force)
{
    if (m_batch.empty())
        return {};
    const qint64 bytes = m_doneBytes + (m_currentFile ? m_currentFile->reader.position() : 0);
    // Rows can be large (long prompts in attributes): a batch is also bounded by the bytes read
    // for it, so memory (a few batches) and a stage's transaction stay bounded for any file.
    if (!force && m_batch.size() < static_cast<size_t>(m_options.batchSize)
        && bytes - m_batchStartBytes < kMaxBatchBytes)
        return {};
    m_batchStartBytes = bytes;
    WriteBatch next;
    auto s = m_handover->push({std::move(m_batch), bytes}, next);
    m_batch = std::move(next);
    return s;
}

void Importer::setColumns(FileState &state, const json &fields)
{
    state.columns.clear();
    if (!fields.is_array())
        return;
    for (const auto &f : fields) {
        if (f.is_object() && f.contains("name") && f["name"].is_string())
            state.columns.push_back(f["name"].get<std::string>());
        else if (f.is_string())
            state.columns.push_back(f.get<std::string>());
    }
    if (!state.columns.empty() && !state.table)
        state.table = detectTable(state.columns);
}

Status Importer::handleRow(FileState &state, json &row, qint64 line)
{
    ++state.rowIndex;
    ++m_report.rowsRead;
    if (row.is_array() && !state.columns.empty() && row.size() == state.columns.size()) {
        json obj = json::object();
        for (size_t i = 0; i < row.size(); ++i)
            obj[state.columns[i]] = std::move(row[i]);
        row = std::move(obj);
    }
    if (!row.is_object())
        return issue(state, line, state.rowIndex,
                     Tr::tr("a row must be an object of column values, found %1")
                         .arg(QString::fromUtf8(row.type_name())));
    if (!state.table) {
        std::vector<std::string> keys;
        for (auto it = row.begin(); it != row.end(); ++it)
            keys.push_back(it.key());
        state.table = detectTable(keys);
    }
    if (*state.table == TableKind::Metrics) {
        MetricPoint m;
        if (auto s = state.mapper->mapMetric(row, m); !s)
            return issue(state, line, state.rowIndex, s.error().message);
        m_batch.metrics.push_back(std::move(m));
    } else {
        Record r;
        if (auto s = state.mapper->mapRecord(row, r); !s)
            return issue(state, line, state.rowIndex, s.error().message);
        m_batch.records.push_back(std::move(r));
    }
    if ((state.rowIndex & 255) == 0) {
        if (auto s = checkCancel(); !s)
            return s;
    }
    return flush(false);
}

Status Importer::handleDocumentValue(FileState &state, json &doc, qint64 line)
{
    if (doc.contains("schema") && doc["schema"].is_object())
        setColumns(state, doc["schema"].value("fields", json::array()));
    if (doc.contains("columns") && doc["columns"].is_array()) {
        json &cols = doc["columns"];
        setColumns(state, cols);
        // v1 column-oriented (and query_json): one "values" array per column.
        if (!cols.empty() && cols[0].is_object() && cols[0].contains("values")) {
            size_t n = 0;
            for (const auto &c : cols)
                n = std::max(n, c.value("values", json::array()).size());
            for (size_t i = 0; i < n; ++i) {
                json row = json::object();
                for (auto &c : cols) {
                    const json &values = c["values"];
                    row[c.value("name", std::string())] = i < values.size() ? values[i] : json();
                }
                if (auto s = handleRow(state, row, line); !s)
                    return s;
            }
        }
    }
    for (const char *key : {"data", "rows"}) {
        if (doc.contains(key) && doc[key].is_array()) {
            for (auto &row : doc[key]) {
                if (auto s = handleRow(state, row, line); !s)
                    return s;
            }
        }
    }
    return {};
}

Status Importer::handleOtlp(FileState &state, const std::string &body, bool protobuf, int signal,
                            qint64 line)
{
    auto batch = decodeOtlpBody(body, protobuf ? OtlpEncoding::Protobuf : OtlpEncoding::Json,
                                static_cast<OtlpSignal>(signal));
    if (!batch) {
        if (batch.error().code == Error::Code::Unsupported)
            return batch.error();
        return issue(state, line, 0, batch.error().message);
    }
    m_report.rowsRead += static_cast<qint64>(batch->size());
    for (auto &r : batch->records)
        m_batch.records.push_back(std::move(r));
    for (auto &m : batch->metrics)
        m_batch.metrics.push_back(std::move(m));
    return flush(false);
}

Status Importer::handleLineValue(FileState &state, json &value, const std::string &raw, qint64 line)
{
    if (value.is_object()) {
        const auto type = value.find("type");
        if (type != value.end() && type->is_string()) {
            const auto &t = type->get_ref<const std::string &>();
            if (t == "schema") {
                state.format = QStringLiteral("Logfire v2 NDJSON");
                setColumns(state,
                           value.value("schema", json::object()).value("fields", json::array()));
                return {};
            }
            if (t == "data") {
                state.format = QStringLiteral("Logfire v2 NDJSON");
                auto rows = value.find("rows");
                if (rows == value.end() || !rows->is_array())
                    return issue(state, line, 0, Tr::tr("a data line without a rows array"));
                for (auto &row : *rows) {
                    if (auto s = handleRow(state, row, line); !s)
                        return s;
                }
                return {};
            }
            if (t == "error")
                return issue(
                    state, line, 0,
                    Tr::tr("the export ends with an error from Logfire: %1")
                        .arg(QString::fromStdString(value.value("message", std::string()))));
            if (t == "explain" || t == "end")
                return {};
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            int signal = -1;
            if (isOtlpKey(it.key(), &signal)) {
                state.format = QStringLiteral("OTLP JSON");
                return handleOtlp(state, raw, false, signal, line);
            }
        }
        if ((value.contains("schema") && value.contains("data")) || value.contains("columns")) {
            state.format = QStringLiteral("Logfire JSON");
            return handleDocumentValue(state, value, line);
        }
        state.format = QStringLiteral("JSON lines");
        return handleRow(state, value, line);
    }
    if (value.is_array()) {
        for (auto &row : value) {
            if (auto s = handleRow(state, row, line); !s)
                return s;
        }
        return {};
    }
    return issue(
        state, line, 0,
        Tr::tr("expected a JSON object, found %1").arg(QString::fromUtf8(value.type_name())));
}

Status Importer::importLines(FileState &state)
{
    std::string line;
    qint64 lineNo = 0;
    while (state.reader.readLine(line)) {
        ++lineNo;
        if (lineNo == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
            line.erase(0, 3);
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        json value;
        try {
            value = json::parse(line);
        } catch (const json::parse_error &e) {
            // nlohmann's message names the column; the line number is ours.
            QString why = QString::fromUtf8(e.what());
            why.remove(
                QRegularExpression(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] ")));
            // The value is one line: its "line 1" would only confuse next to our line number.
            why.replace(QRegularExpression(QStringLiteral("at line 1, column (\\d+)")),
                        QStringLiteral("at column \\1"));
            ++m_report.rowsRead;
            if (auto s = issue(state, lineNo, 0, Tr::tr("not valid JSON: %1").arg(why)); !s)
                return s;
            continue;
        }
        if (auto s = handleLineValue(state, value, line, lineNo); !s)
            return s;
        if (auto s = checkCancel(); !s)
            return s;
    }
    return {};
}

Status Importer::importCsv(FileState &state)
{
    state.format = QStringLiteral("CSV");
    state.mapper->setEmptyIsNull(true);
    CsvReader csv(state.reader);
    std::vector<std::string> fields;
    for (;;) {
        const auto outcome = csv.next(fields);
        if (outcome == CsvReader::Outcome::End)
            break;
        if (outcome == CsvReader::Outcome::Malformed) {
            if (state.columns.empty())
                return Error::make(Error::Code::InvalidInput,
                                   Tr::tr("%1: the CSV header is malformed: %2")
                                       .arg(state.displayName, csv.error()));
            ++m_report.rowsRead;
            if (auto s = issue(state, csv.recordLine(), 0, csv.error()); !s)
                return s;
            continue;
        }
        if (state.columns.empty()) {
            if (!fields.empty() && fields[0].compare(0, 3, "\xEF\xBB\xBF") == 0)
                fields[0].erase(0, 3);
            state.columns = fields;
            state.table = detectTable(state.columns);
            continue;
        }
        if (fields.size() != state.columns.size()) {
            ++m_report.rowsRead;
            ++state.rowIndex;
            if (auto s = issue(state, csv.recordLine(), 0,
                               Tr::tr("expected %1 fields (as in the header), found %2")
                                   .arg(state.columns.size())
                                   .arg(fields.size()));
                !s)
                return s;
            continue;
        }
        json row = json::object();
        for (size_t i = 0; i < fields.size(); ++i)
            row[state.columns[i]] = std::move(fields[i]);
        if (auto s = handleRow(state, row, csv.recordLine()); !s)
            return s;
    }
    return {};
}

Status Importer::importDocument(FileState &state)
{
    DocumentSax sax;
    Status failure;
    json v1Columns;
    sax.onRow = [&](json &&row) {
        if (auto s = handleRow(state, row, 0); !s) {
            failure = s;
            return false;
        }
        return true;
    };
    sax.onMember = [&](const std::string &key, json &&value) {
        if (key == "schema" && value.is_object()) {
            state.format = QStringLiteral("Logfire v2 JSON");
            setColumns(state, value.value("fields", json::array()));
        } else if (key == "columns") {
            state.format = QStringLiteral("Logfire v1 JSON");
            setColumns(state, value);
            v1Columns = std::move(value);
        }
        return true;
    };
    std::istream in(&state.reader);
    const bool ok = json::sax_parse(in, &sax, json::input_format_t::json, true);
    if (!failure)
        return failure;
    if (sax.otlp) {
        // An OTLP request body: read whole (bodies are bounded) and decode like the receiver.
        return importOtlpWhole(state, false);
    }
    if (!ok) {
        QString why = QString::fromUtf8(sax.parseError.c_str());
        why.remove(QRegularExpression(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] ")));
        // A broken document cannot be resynchronised: stop, or keep the rows before the damage.
        if (auto s
            = issue(state, 0, 0,
                    Tr::tr("not valid JSON, the rest of the file is unreadable: %1").arg(why));
            !s)
            return s;
    }
    if (v1Columns.is_array() && !v1Columns.empty() && v1Columns[0].is_object()
        && v1Columns[0].contains("values")) {
        json doc = json::object({{"columns", std::move(v1Columns)}});
        if (auto s = handleDocumentValue(state, doc, 0); !s)
            return s;
    }
    return {};
}

Status Importer::importOtlpWhole(FileState &state, bool protobuf)
{
    if (state.reader.totalBytes() > kMaxWholeFileBytes)
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("%1 is too large for one OTLP request (%2 bytes).")
                               .arg(state.displayName)
                               .arg(state.reader.totalBytes()));
    QFile file(state.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Tr::tr("Cannot read '%1': %2").arg(state.path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const std::string body(bytes.constData(), static_cast<size_t>(bytes.size()));
    state.format = protobuf ? QStringLiteral("OTLP protobuf") : QStringLiteral("OTLP JSON");
    int signal = int(OtlpSignal::Traces);
    if (protobuf) {
        const QString name = state.displayName.toLower();
        if (name.contains(QLatin1String("metric")))
            signal = int(OtlpSignal::Metrics);
        else if (name.contains(QLatin1String("log")))
            signal = int(OtlpSignal::Logs);
    } else {
        json doc = json::parse(body, nullptr, false);
        if (doc.is_object()) {
            for (auto it = doc.begin(); it != doc.end(); ++it) {
                int found = -1;
                if (isOtlpKey(it.key(), &found))
                    signal = found;
            }
        }
    }
    auto s = handleOtlp(state, body, protobuf, signal, 0);
    return s;
}

} // namespace hearth::core::io
