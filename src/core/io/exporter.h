// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"
#include "core/result.h"

#include <memory>
#include <optional>
#include <QString>
#include <QVariantList>

namespace hearth::core {
class AtomicFile;
}

namespace hearth::core::io {

enum class ExportFormat { Csv, Json, Ndjson, Case };

// .csv, .json, .ndjson/.jsonl, .hearth (case file); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromPath(const QString &path);
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// Streams a result to a file in one of Logfire's query API shapes (logfire.md §2.3): CSV with JSON
// columns as JSON text, v2 JSON {"schema":{"fields"},"data":[...]}, or the v2 NDJSON stream
// (schema line, data lines, end line). What it writes, the importer reads back unchanged.
// The file appears at `path` only when finish() succeeds: until then rows go to a temporary file
// beside it, and a failure (or a writer destroyed early) leaves any previous file untouched.
class ResultWriter
{
public:
    ResultWriter(ExportFormat format, const QString &path);
    ~ResultWriter();
    ResultWriter(const ResultWriter &) = delete;
    ResultWriter &operator=(const ResultWriter &) = delete;

    Status begin(const QVector<Column> &columns);
    Status row(const QVector<QVariant> &values);
    Status finish();
    qint64 rowCount() const { return m_rows; }

private:
    Status write(const std::string &text, bool force = false);
    std::string rowText(const QVector<QVariant> &values) const;

    ExportFormat m_format;
    QString m_path;
    std::unique_ptr<AtomicFile> m_file;
    QVector<Column> m_columns;
    std::string m_buffer;
    std::string m_pendingData; // NDJSON: rows of the current data line
    qint64 m_rows = 0;
    int m_rowsInLine = 0;
    bool m_failed = false;
};

Result<qint64> exportResult(const QueryResult &result, ExportFormat format, const QString &path);

// Runs SQLite SQL on a store's engine views (_q_records_all, _q_records, _q_metrics) on a read-only
// connection and streams every row out: no row limit, constant memory.
Result<qint64> exportStoreQuery(const QString &storePath, const std::string &sql,
                                const QVariantList &bindings, ExportFormat format,
                                const QString &path);

// Every record of one trace (pending spans included), oldest first: re-importable.
Result<qint64> exportTrace(const QString &storePath, const QString &traceId, ExportFormat format,
                           const QString &path);

// Records (or metrics) with start (recorded) timestamp in [minUs, maxUs).
Result<qint64> exportWindow(const QString &storePath, Micros minUs, Micros maxUs, bool metrics,
                            ExportFormat format, const QString &path);

} // namespace hearth::core::io
