// SPDX-License-Identifier: MIT
#include "core/query/localengine.h"

#include "core/query/llmrollup.h"
#include "core/query/sqlfunctions.h"
#include "core/query/variables.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Query)
};

struct Interrupt
{
    CancelToken *cancel = nullptr;
    QElapsedTimer timer;
    qint64 timeoutMs = 0;
    bool timedOut = false;
};

int progressHandler(void *arg)
{
    auto *state = static_cast<Interrupt *>(arg);
    if (state->cancel && state->cancel->cancelled())
        return 1;
    if (state->timeoutMs > 0 && state->timer.elapsed() > state->timeoutMs) {
        state->timedOut = true;
        return 1;
    }
    return 0;
}

// Belt and braces on top of the read-only, query_only connection: anything that would change a
// database, attach one or set a pragma is refused before it runs.
int authorizer(void *, int action, const char *arg1, const char *, const char *, const char *)
{
    switch (action) {
    case SQLITE_READ:
        // pragma_<name>(...) table-valued functions can set pragmas; only the two that read the
        // schema (SHOW COLUMNS) are allowed.
        if (arg1 && std::string_view(arg1).substr(0, 7) == "pragma_"
            && std::string_view(arg1) != "pragma_table_info"
            && std::string_view(arg1) != "pragma_table_xinfo")
            return SQLITE_DENY;
        return SQLITE_OK;
    case SQLITE_UPDATE:
        // Declaring an eponymous virtual table (json_each, pragma_table_info) parses its schema
        // with this action on sqlite_master; real writes still fail on the read-only connection.
        return arg1 && std::string_view(arg1) == "sqlite_master" ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        // Table-valued pragma functions used by SHOW COLUMNS read only.
        if (arg1
            && (std::string_view(arg1) == "table_info" || std::string_view(arg1) == "table_xinfo"))
            return SQLITE_OK;
        return SQLITE_DENY;
    default:
        return SQLITE_DENY;
    }
}

// Error text from SQLite, in words for someone writing Logfire SQL.
QString explainSqliteError(const std::string &message)
{
    const QString m = QString::fromStdString(message);
    if (m.contains(QLatin1String("not authorized")) || m.contains(QLatin1String("is prohibited"))
        || m.contains(QLatin1String("readonly database"))
        || m.contains(QLatin1String("query_only")))
        return Tr::tr("Queries are read-only: statements that write (INSERT, UPDATE, "
                      "DELETE, CREATE, DROP), ATTACH and PRAGMA are not allowed (%1).")
            .arg(m);
    return m;
}

} // namespace

LocalEngine::LocalEngine(QString storePath) : m_storePath(std::move(storePath)) { }

QString LocalEngine::name() const
{
    return QStringLiteral("local: ") + m_storePath;
}

Result<Translation> LocalEngine::translate(const QueryRequest &request) const
{
    auto sql = substituteVariables(request.sql, request.variables);
    if (!sql)
        return sql.error();
    TranslateOptions options;
    options.nowUs = nowMicros();
    options.minTimestamp = request.minTimestamp;
    options.maxTimestamp = request.maxTimestamp;
    options.environments = request.environments;
    options.hotColumns = m_hotColumns;
    auto t = translateLogfireSql(sql.value(), options);
    if (t && m_hotColumns && request.environments.isEmpty()) {
        if (auto rolled
            = rewriteOntoLlmRollup(t->sql, request.minTimestamp, request.maxTimestamp)) {
            t->sql = *rolled;
            t->positions = {{0, 0}};
        }
    }
    return t;
}

Result<QueryResult> LocalEngine::run(const QueryRequest &request, const CancelTokenPtr &cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto substituted = substituteVariables(request.sql, request.variables);
    if (!substituted)
        return substituted.error();
    TranslateOptions options;
    options.nowUs = nowMicros();
    options.minTimestamp = request.minTimestamp;
    options.maxTimestamp = request.maxTimestamp;
    options.environments = request.environments;
    options.hotColumns = m_hotColumns;
    auto translation = translateLogfireSql(substituted.value(), options);
    if (!translation)
        return translation.error();

    auto conn = Store::openReader(m_storePath);
    if (!conn)
        return conn.error();
    sqlite3 *db = conn->get();
    if (registerQueryFunctions(db) != SQLITE_OK)
        return Error::make(Error::Code::Generic,
                           Tr::tr("Cannot register query functions: %1")
                               .arg(QString::fromStdString(conn->lastError())));
    // DataFusion's LIKE is case-sensitive; ILIKE is translated to lower() LIKE lower().
    (void)conn->exec("PRAGMA case_sensitive_like=ON");
    sqlite3_set_authorizer(db, authorizer, nullptr);
    Interrupt interrupt;
    interrupt.cancel = cancel.get();
    interrupt.timer.start();
    interrupt.timeoutMs = request.timeout.count();
    sqlite3_progress_handler(db, 2000, progressHandler, &interrupt);

    std::string sql = translation->sql.toStdString();
    // The per-minute rollup has no environment dimension, so filtered requests read the spans.
    if (options.hotColumns && request.environments.isEmpty()) {
        if (auto rolled
            = rewriteOntoLlmRollup(translation->sql, request.minTimestamp, request.maxTimestamp)) {
            sqlite::Statement fast(db, rolled->toStdString());
            // A store made before the rollup existed runs the query as translated.
            if (fast.valid())
                sql = rolled->toStdString();
        }
    }
    sqlite::Statement st(db, sql);
    if (!st.valid() && options.hotColumns
        && st.prepareError().find("no such column: ") != std::string::npos
        && (st.prepareError().find("_gen_ai_") != std::string::npos
            || st.prepareError().find("_operation_cost") != std::string::npos)) {
        // A scope without the materialised columns (a CTE passing `attributes` on): read JSON.
        options.hotColumns = false;
        auto retry = translateLogfireSql(substituted.value(), options);
        if (!retry)
            return retry.error();
        translation = std::move(retry);
        sql = translation->sql.toStdString();
        st = sqlite::Statement(db, sql);
    }
    if (!st.valid()) {
        int pos = -1;
        if (st.prepareErrorOffset() >= 0) {
            const int chars = static_cast<int>(
                QString::fromUtf8(
                    sql.data(), std::min<qsizetype>(st.prepareErrorOffset(), qsizetype(sql.size())))
                    .size());
            pos = translation->sourcePosition(chars);
        }
        QString message = explainSqliteError(st.prepareError());
        if (pos >= 0)
            message += Tr::tr(" (at position %1)").arg(pos);
        return Error::make(Error::Code::SqlSyntax, message, pos);
    }
    if (sqlite3_stmt_readonly(st.get()) == 0)
        return Error::make(Error::Code::Unsupported,
                           explainSqliteError("not a read-only statement"));

    QueryResult result;
    const int n = sqlite3_column_count(st.get());
    std::vector<int> keep;
    for (int i = 0; i < n; ++i) {
        const QString colName = QString::fromUtf8(sqlite3_column_name(st.get(), i));
        if (isInternalColumn(colName))
            continue;
        keep.push_back(i);
        ColumnType type = columnTypeFromDecl(sqlite3_column_decltype(st.get(), i));
        if (type == ColumnType::Null && translation->timestampColumns.contains(colName))
            type = ColumnType::Timestamp;
        result.columns.push_back({colName, type});
    }
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (result.rows.size() >= request.limit) {
            result.truncated = true;
            break;
        }
        QVector<QVariant> row;
        row.reserve(qsizetype(keep.size()));
        for (size_t c = 0; c < keep.size(); ++c) {
            const int i = keep[c];
            Column &col = result.columns[qsizetype(c)];
            switch (sqlite3_column_type(st.get(), i)) {
            case SQLITE_NULL:
                row.push_back(QVariant());
                break;
            case SQLITE_INTEGER:
                if (col.type == ColumnType::Boolean)
                    row.push_back(st.columnInt(i) != 0);
                else
                    row.push_back(static_cast<qint64>(st.columnInt(i)));
                if (col.type == ColumnType::Null)
                    col.type = ColumnType::Integer;
                break;
            case SQLITE_FLOAT:
                if (col.type == ColumnType::Timestamp)
                    row.push_back(static_cast<qint64>(st.columnDouble(i)));
                else
                    row.push_back(st.columnDouble(i));
                if (col.type == ColumnType::Null || col.type == ColumnType::Integer)
                    col.type = ColumnType::Float;
                break;
            default: {
                const auto text = st.columnText(i);
                const QString value
                    = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
                if (col.type == ColumnType::Timestamp) {
                    // A timestamp column holding text (e.g. a UNION with a literal): parse it.
                    if (auto us = parseIsoMicros(std::string_view(text.data(), text.size())))
                        row.push_back(static_cast<qint64>(*us));
                    else
                        row.push_back(value);
                } else {
                    row.push_back(value);
                }
                if (col.type == ColumnType::Null)
                    col.type = ColumnType::Text;
            }
            }
        }
        result.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if ((rc & 0xff) == SQLITE_INTERRUPT) {
            if (interrupt.timedOut)
                return Error::make(Error::Code::Timeout,
                                   Tr::tr("The query took longer than %1 s and was stopped.")
                                       .arg(double(request.timeout.count()) / 1000.0));
            return Error::make(Error::Code::Cancelled, Tr::tr("Query cancelled."));
        }
        return Error::make(Error::Code::SqlSyntax, explainSqliteError(conn->lastError()));
    }
    result.source = name();
    result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace hearth::core
