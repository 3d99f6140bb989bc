// SPDX-License-Identifier: MIT
#include "core/query/localengine.h"

#include "core/store/store.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace hearth::core {

namespace {

// Placeholder translation until the dialect translator lands: point Logfire's table names at the
// engine views, whose timestamps are integer microseconds.
QString translateTables(const QString &sql)
{
    static const QRegularExpression tables(QStringLiteral("\\b(records_all|records|metrics)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = sql;
    out.replace(tables, QStringLiteral("_q_\\1"));
    return out;
}

ColumnType typeFromDecl(const char *decl)
{
    if (!decl)
        return ColumnType::Null;
    const QByteArray d = QByteArray(decl).toUpper();
    if (d == "TIMESTAMP")
        return ColumnType::Timestamp;
    if (d == "JSON")
        return ColumnType::Json;
    if (d == "LIST")
        return ColumnType::List;
    if (d == "BOOLEAN")
        return ColumnType::Boolean;
    if (d == "INTEGER")
        return ColumnType::Integer;
    if (d == "DOUBLE" || d == "REAL")
        return ColumnType::Float;
    return ColumnType::Text;
}

int progressHandler(void *arg)
{
    return static_cast<CancelToken *>(arg)->cancelled() ? 1 : 0;
}

} // namespace

LocalEngine::LocalEngine(QString storePath) : m_storePath(std::move(storePath)) { }

QString LocalEngine::name() const
{
    return QStringLiteral("local: ") + m_storePath;
}

Result<QueryResult> LocalEngine::run(const QueryRequest &request, const CancelTokenPtr &cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto conn = Store::openReader(m_storePath);
    if (!conn)
        return conn.error();
    sqlite3 *db = conn->get();
    if (cancel)
        sqlite3_progress_handler(db, 1000, progressHandler, cancel.get());

    const std::string sql = translateTables(request.sql).toStdString();
    sqlite::Statement st(db, sql);
    if (!st.valid())
        return Error::make(Error::Code::SqlSyntax, QString::fromStdString(st.prepareError()),
                           st.prepareErrorOffset());

    QueryResult result;
    const int n = sqlite3_column_count(st.get());
    for (int i = 0; i < n; ++i)
        result.columns.push_back({QString::fromUtf8(sqlite3_column_name(st.get(), i)),
                                  typeFromDecl(sqlite3_column_decltype(st.get(), i))});
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (result.rows.size() >= request.limit) {
            result.truncated = true;
            break;
        }
        QVector<QVariant> row;
        row.reserve(n);
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(st.get(), i)) {
            case SQLITE_NULL:
                row.push_back(QVariant());
                break;
            case SQLITE_INTEGER:
                if (result.columns[i].type == ColumnType::Boolean)
                    row.push_back(st.columnInt(i) != 0);
                else
                    row.push_back(static_cast<qint64>(st.columnInt(i)));
                if (result.columns[i].type == ColumnType::Null)
                    result.columns[i].type = ColumnType::Integer;
                break;
            case SQLITE_FLOAT:
                row.push_back(st.columnDouble(i));
                if (result.columns[i].type == ColumnType::Null
                    || result.columns[i].type == ColumnType::Integer)
                    result.columns[i].type = ColumnType::Float;
                break;
            default: {
                const auto text = st.columnText(i);
                row.push_back(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
                if (result.columns[i].type == ColumnType::Null)
                    result.columns[i].type = ColumnType::Text;
            }
            }
        }
        result.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if ((rc & 0xff) == SQLITE_INTERRUPT)
            return Error::make(Error::Code::Cancelled, QStringLiteral("Query cancelled."));
        return Error::make(Error::Code::SqlSyntax, QString::fromStdString(conn->lastError()));
    }
    result.source = name();
    result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace hearth::core
