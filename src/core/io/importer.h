// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"
#include "core/result.h"
#include "core/store/record.h"
#include "core/util/timeutil.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace hearth::core {
class Store;
}

namespace hearth::core::io {

enum class ImportFormat {
    Auto,
    LogfireJson, // one JSON document: v2 {schema, data}, v1 {columns[, rows]}, or an array of rows
    LogfireNdjson, // v2 NDJSON stream ({"type": ...} lines) or one row object per line
    Csv,
    OtlpJson, // one request body, or one request per line (the Collector's file exporter)
    OtlpProtobuf,
};

QString formatName(ImportFormat format);

struct ImportOptions
{
    enum class OnError { Stop, Skip };
    OnError onError = OnError::Stop;
    ImportFormat format = ImportFormat::Auto;
    int batchSize = 5000;
    // Each stage is one transaction of at most this many rows or about this long; between stages
    // other writers (the OTLP receiver) get the store's write lock.
    std::int64_t stageRows = 50000;
    int stageMillis = 500;
    CancelTokenPtr cancel;
    // (bytes imported over all files, total bytes); called on the importing thread after every
    // batch that was written.
    std::function<void(qint64, qint64)> progress;
    // Called on the importing thread after each stage was committed, outside any transaction, with
    // the rows inserted so far.
    std::function<void(qint64)> stageCommitted;
    // Stands in for a timestamp the export did not include; default: the file's modification time.
    std::optional<Micros> fallbackTimeUs;
};

struct ImportIssue
{
    QString file;
    qint64 line = 0; // 0 = not known (rows of a JSON document are counted instead)
    qint64 row = 0;
    QString message;
    QString toString() const;
};

struct ImportReport
{
    QStringList formats; // what each file was read as
    qint64 rowsRead = 0;
    qint64 recordsInserted = 0;
    qint64 recordsDuplicate = 0;
    qint64 metricsInserted = 0;
    qint64 metricsDuplicate = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsWithoutTimestamp = 0;
    qint64 rowsWithoutIds = 0;
    qint64 bytes = 0;
    qint64 stages = 0; // transactions the import was committed in
    // Rows of an earlier import that was interrupted (its process killed) and was rolled back
    // first.
    qint64 interruptedRowsRemoved = 0;
    std::vector<ImportIssue> issues; // the first 100
    QString summary() const;
};

// Imports Logfire query results and OTLP files into a store. One thread parses and maps rows while
// the calling thread writes them in bounded stages (StagedWriter): a cancel, a stop on a malformed
// row, or a failure deletes exactly the rows this import inserted, so the store is left as it was
// (apart from rows other writers added meanwhile). Rows already present (same trace_id/span_id, or
// the same metric point) are not stored twice. Memory stays bounded: a few batches of rows, never
// the file.
class Importer
{
public:
    Importer(Store &store, ImportOptions options);

    Result<ImportReport> importFiles(const QStringList &paths);

    static ImportFormat detectFormat(const QString &path);

private:
    struct FileState;
    Status importOne(const QString &path, FileState &state);
    Status importCsv(FileState &state);
    Status importLines(FileState &state);
    Status importDocument(FileState &state);
    Status importOtlpWhole(FileState &state, bool protobuf);
    Status handleRow(FileState &state, nlohmann::json &row, qint64 line);
    Status handleLineValue(FileState &state, nlohmann::json &value, const std::string &raw,
                           qint64 line);
    Status handleDocumentValue(FileState &state, nlohmann::json &doc, qint64 line);
    void setColumns(FileState &state, const nlohmann::json &fields);
    Status handleOtlp(FileState &state, const std::string &body, bool protobuf, int signal,
                      qint64 line);
    Status issue(FileState &state, qint64 line, qint64 row, const QString &message);
    Status flush(bool force);
    Status checkCancel();
    Status parseAll(const QStringList &paths);

    struct Handover;

    Store &m_store;
    ImportOptions m_options;
    ImportReport m_report;
    WriteBatch m_batch;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0; // files finished by the parsing thread
    qint64 m_batchStartBytes = 0;
    FileState *m_currentFile = nullptr;
    Handover *m_handover = nullptr;
};

} // namespace hearth::core::io
