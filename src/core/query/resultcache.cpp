// SPDX-License-Identifier: MIT
#include "core/query/resultcache.h"

#include "core/query/resultformat.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

namespace hearth::core {

using nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Query)
};

ColumnType typeFromName(const std::string &name)
{
    for (ColumnType t :
         {ColumnType::Null, ColumnType::Timestamp, ColumnType::Integer, ColumnType::Float,
          ColumnType::Boolean, ColumnType::Text, ColumnType::Json, ColumnType::List}) {
        if (columnTypeName(t).toStdString() == name)
            return t;
    }
    return ColumnType::Text;
}

std::string serialise(const QueryResult &r)
{
    json cols = json::array();
    for (const auto &c : r.columns)
        cols.push_back(
            {{"name", c.name.toStdString()}, {"type", columnTypeName(c.type).toStdString()}});
    json rows = json::array();
    for (const auto &row : r.rows) {
        json cells = json::array();
        for (qsizetype c = 0; c < r.columns.size(); ++c) {
            const QVariant &v = row[c];
            // Timestamps stay integer µs; everything else as its JSON value.
            if (r.columns[c].type == ColumnType::Timestamp && v.typeId() == QMetaType::LongLong)
                cells.push_back(v.toLongLong());
            else if (r.columns[c].type == ColumnType::List)
                cells.push_back(v.isNull() ? json(nullptr) : json(v.toString().toStdString()));
            else
                cells.push_back(cellJson(r.columns[c].type, v));
        }
        rows.push_back(cells);
    }
    return json {{"columns", cols},
                 {"rows", rows},
                 {"truncated", r.truncated},
                 {"source", r.source.toStdString()}}
        .dump();
}

std::optional<QueryResult> deserialise(const std::string &text)
{
    const auto doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return std::nullopt;
    QueryResult r;
    for (const auto &c : doc.value("columns", json::array()))
        r.columns.push_back({QString::fromStdString(c.value("name", std::string())),
                             typeFromName(c.value("type", std::string()))});
    for (const auto &row : doc.value("rows", json::array())) {
        QVector<QVariant> cells;
        for (size_t c = 0; c < row.size(); ++c) {
            const json &v = row[c];
            if (v.is_null())
                cells.push_back(QVariant());
            else if (v.is_boolean())
                cells.push_back(v.get<bool>());
            else if (v.is_number_integer())
                cells.push_back(static_cast<qint64>(v.get<std::int64_t>()));
            else if (v.is_number())
                cells.push_back(v.get<double>());
            else if (v.is_string())
                cells.push_back(QString::fromStdString(v.get<std::string>()));
            else
                cells.push_back(QString::fromStdString(v.dump()));
        }
        r.rows.push_back(std::move(cells));
    }
    r.truncated = doc.value("truncated", false);
    r.source = QString::fromStdString(doc.value("source", std::string()));
    return r;
}

QString variablesText(const QVariantMap &vars)
{
    QStringList parts;
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it) {
        const QVariant &v = it.value();
        QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(QChar(0x1f))
                                                            : v.toString();
        parts << it.key() + QChar(0x1e) + QString::number(v.typeId()) + QChar(0x1e) + text;
    }
    return parts.join(QChar(0x1d)); // QVariantMap iterates in key order: stable
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString ResultCache::exactKey(const QString &engine, const QueryRequest &r)
{
    return hashOf(
        QStringList {engine, r.sql, variablesText(r.variables),
                     r.minTimestamp ? QString::number(*r.minTimestamp) : QStringLiteral("-"),
                     r.maxTimestamp ? QString::number(*r.maxTimestamp) : QStringLiteral("-"),
                     r.environments.join(QLatin1Char(',')), QString::number(r.limit)}
            .join(QChar(0x1c)));
}

QString ResultCache::windowKey(const QString &engine, const QueryRequest &r)
{
    QString window = QStringLiteral("open");
    if (r.minTimestamp && r.maxTimestamp)
        window = QString::number(*r.maxTimestamp - *r.minTimestamp);
    else if (r.minTimestamp)
        window = QStringLiteral("since");
    return hashOf(QStringList {engine, r.sql, variablesText(r.variables), window,
                               r.environments.join(QLatin1Char(',')), QString::number(r.limit)}
                      .join(QChar(0x1c)));
}

Result<std::unique_ptr<ResultCache>> ResultCache::open(const QString &path, std::int64_t maxBytes)
{
    auto db
        = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    if (auto s
        = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
                   "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, window_key TEXT "
                   "NOT NULL, engine TEXT NOT NULL, created_at INTEGER NOT NULL, last_used "
                   "INTEGER NOT NULL, bytes INTEGER NOT NULL, body TEXT NOT NULL);"
                   "CREATE INDEX IF NOT EXISTS results_window ON results(window_key, created_at);"
                   "CREATE INDEX IF NOT EXISTS results_used ON results(last_used);");
        !s)
        return s.error();
    return std::unique_ptr<ResultCache>(new ResultCache(std::move(db.value()), maxBytes));
}

ResultCache::ResultCache(sqlite::Connection db, std::int64_t maxBytes)
    : m_db(std::move(db)), m_maxBytes(maxBytes)
{
}

Result<std::optional<QueryResult>> ResultCache::fetch(const char *sql, const QString &key,
                                                      std::optional<Micros> minCreated)
{
    sqlite::Statement st(m_db.get(), sql);
    if (!st.valid())
        return Error::make(Error::Code::Generic, QString::fromStdString(st.prepareError()));
    const std::string k = key.toStdString();
    st.bind(1, std::string_view(k));
    st.bind(2, static_cast<std::int64_t>(minCreated.value_or(0)));
    if (st.step() != SQLITE_ROW)
        return std::optional<QueryResult>();
    const Micros created = st.columnInt(0);
    const std::string body(st.columnText(1));
    const std::string rowKey(st.columnText(2));
    auto r = deserialise(body);
    if (!r)
        return std::optional<QueryResult>();
    r->cachedAt = created;
    r->source = QStringLiteral("cache: ") + r->source;
    sqlite::Statement touch(m_db.get(), "UPDATE results SET last_used = ?1 WHERE key = ?2");
    touch.bind(1, static_cast<std::int64_t>(nowMicros()));
    touch.bind(2, std::string_view(rowKey));
    touch.step();
    return r;
}

Result<std::optional<QueryResult>>
ResultCache::lookup(const QString &engine, const QueryRequest &request,
                    std::optional<std::chrono::milliseconds> maxAge)
{
    std::lock_guard lock(m_mutex);
    std::optional<Micros> minCreated;
    if (maxAge)
        minCreated = nowMicros() - maxAge->count() * 1000;
    return fetch("SELECT created_at, body, key FROM results WHERE key = ?1 AND created_at >= ?2",
                 exactKey(engine, request), minCreated);
}

Result<std::optional<QueryResult>> ResultCache::lookupLatest(const QString &engine,
                                                             const QueryRequest &request)
{
    std::lock_guard lock(m_mutex);
    return fetch("SELECT created_at, body, key FROM results WHERE window_key = ?1 AND created_at "
                 ">= ?2 ORDER BY created_at DESC LIMIT 1",
                 windowKey(engine, request), std::nullopt);
}

Status ResultCache::store(const QString &engine, const QueryRequest &request,
                          const QueryResult &result)
{
    std::lock_guard lock(m_mutex);
    const std::string body = serialise(result);
    if (static_cast<std::int64_t>(body.size()) > m_maxBytes)
        return {}; // larger than the whole cache: not worth keeping
    sqlite::Statement st(m_db.get(),
                         "INSERT OR REPLACE INTO results (key, window_key, engine, created_at, "
                         "last_used, bytes, body) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)");
    const std::string key = exactKey(engine, request).toStdString();
    const std::string wkey = windowKey(engine, request).toStdString();
    const std::string eng = engine.toStdString();
    st.bind(1, std::string_view(key));
    st.bind(2, std::string_view(wkey));
    st.bind(3, std::string_view(eng));
    st.bind(4, static_cast<std::int64_t>(nowMicros()));
    st.bind(5, static_cast<std::int64_t>(body.size()));
    st.bind(6, std::string_view(body));
    if (st.step() != SQLITE_DONE)
        return Error::make(Error::Code::Io, QString::fromStdString(m_db.lastError()));
    return evict();
}

Status ResultCache::evict()
{
    for (;;) {
        auto total = m_db.queryInt("SELECT COALESCE(SUM(bytes), 0) FROM results");
        if (!total)
            return total.error();
        if (total->value_or(0) <= m_maxBytes)
            return {};
        // Least recently used first.
        if (auto s = m_db.exec("DELETE FROM results WHERE key = (SELECT key FROM results ORDER BY "
                               "last_used ASC LIMIT 1)");
            !s)
            return s;
    }
}

Result<std::int64_t> ResultCache::totalBytes()
{
    std::lock_guard lock(m_mutex);
    auto total = m_db.queryInt("SELECT COALESCE(SUM(bytes), 0) FROM results");
    if (!total)
        return total.error();
    return total->value_or(0);
}

Result<std::int64_t> ResultCache::entryCount()
{
    std::lock_guard lock(m_mutex);
    auto total = m_db.queryInt("SELECT COUNT(*) FROM results");
    if (!total)
        return total.error();
    return total->value_or(0);
}

Status ResultCache::clear()
{
    std::lock_guard lock(m_mutex);
    return m_db.exec("DELETE FROM results");
}

CachingEngine::CachingEngine(std::shared_ptr<QueryEngine> inner, std::shared_ptr<ResultCache> cache,
                             std::chrono::milliseconds freshness)
    : m_inner(std::move(inner)), m_cache(std::move(cache)), m_freshness(freshness)
{
}

Result<QueryResult> CachingEngine::run(const QueryRequest &request, const CancelTokenPtr &cancel)
{
    const QString engine = m_inner->name();
    if (m_offline) {
        auto cached = m_cache->lookupLatest(engine, request);
        if (cached && cached->has_value())
            return std::move(**cached);
        return Error::make(Error::Code::Network,
                           Tr::tr("Offline, and this query has no cached result yet."));
    }
    if (m_freshness.count() > 0) {
        auto cached = m_cache->lookup(engine, request, m_freshness);
        if (cached && cached->has_value())
            return std::move(**cached);
    }
    auto result = m_inner->run(request, cancel);
    if (result) {
        (void)m_cache->store(engine, request, result.value());
        return result;
    }
    const auto code = result.error().code;
    if (code == Error::Code::Network || code == Error::Code::Timeout || code == Error::Code::Busy) {
        auto cached = m_cache->lookupLatest(engine, request);
        if (cached && cached->has_value())
            return std::move(**cached);
    }
    return result;
}

} // namespace hearth::core
