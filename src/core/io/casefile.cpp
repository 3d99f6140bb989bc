// SPDX-License-Identifier: MIT
#include "core/io/casefile.h"

#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/util/atomicfile.h"

#include <cstring>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hearth::core::io {

using nlohmann::json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

constexpr const char *kRedacted = "[redacted by Hearth]";

// Redacts secret values anywhere in a JSON document; returns how many, and collects the secret
// strings so that a message rendered from them can be scrubbed too.
qint64 redact(json &doc, std::vector<std::string> &secrets)
{
    qint64 n = 0;
    if (doc.is_object()) {
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (isSecretKey(it.key()) && !it.value().is_null() && it.value() != kRedacted) {
                if (it.value().is_string())
                    secrets.push_back(it.value().get<std::string>());
                it.value() = kRedacted;
                ++n;
            } else {
                n += redact(it.value(), secrets);
            }
        }
    } else if (doc.is_array()) {
        for (auto &v : doc)
            n += redact(v, secrets);
    } else if (doc.is_string()) {
        // Logfire write/read tokens look like pylf_v1_<region>_...
        if (doc.get_ref<const std::string &>().rfind("pylf_v", 0) == 0) {
            secrets.push_back(doc.get<std::string>());
            doc = kRedacted;
            ++n;
        }
    }
    return n;
}

Status step(sqlite::Connection &db, const std::string &sql, qint64 *changes = nullptr)
{
    if (auto s = db.exec(sql); !s)
        return s;
    if (changes)
        *changes = sqlite3_changes(db.get());
    return {};
}

// Rewrites JSON text in `column` of `table` where a secret may hide (cheap LIKE filter first).
Result<qint64> redactColumn(sqlite::Connection &db, const char *table, const char *column)
{
    const std::string where = std::string(" WHERE ") + column + " LIKE '%author%' OR " + column
        + " LIKE '%cookie%' OR " + column + " LIKE '%password%' OR " + column
        + " LIKE '%secret%' OR " + column + " LIKE '%token%' OR " + column + " LIKE '%key%' OR "
        + column + " LIKE '%pylf_v%'";
    sqlite::Statement select(db.get(),
                             std::string("SELECT rowid, ") + column + " FROM " + table + where);
    sqlite::Statement update(
        db.get(), std::string("UPDATE ") + table + " SET " + column + " = ?1 WHERE rowid = ?2");
    if (!select.valid() || !update.valid())
        return Error::make(Error::Code::Generic,
                           QString::fromStdString(select.prepareError() + update.prepareError()));
    // Messages are rendered from attributes ("Token bucket {api_key} …"): scrub them as well.
    const bool records = std::string_view(table) == "main._records";
    sqlite::Statement scrub(db.get(),
                            "UPDATE main._records SET message = replace(message, ?1, '"
                                + std::string(kRedacted) + "') WHERE rowid = ?2");
    qint64 total = 0;
    std::vector<std::pair<std::int64_t, std::string>> changed;
    std::vector<std::pair<std::int64_t, std::string>> scrubs;
    while (select.step() == SQLITE_ROW) {
        json doc = json::parse(select.columnText(1), nullptr, false);
        if (doc.is_discarded())
            continue;
        std::vector<std::string> secrets;
        if (const qint64 n = redact(doc, secrets)) {
            total += n;
            changed.emplace_back(select.columnInt(0), doc.dump());
            for (auto &secret : secrets) {
                if (records && secret.size() >= 4)
                    scrubs.emplace_back(select.columnInt(0), std::move(secret));
            }
        }
    }
    for (const auto &[rowid, secret] : scrubs) {
        scrub.bind(1, std::string_view(secret));
        scrub.bind(2, rowid);
        const int rc = scrub.step();
        scrub.reset();
        if (rc != SQLITE_DONE)
            return sqlite::errorFor(rc, "case file", db.lastError());
    }
    for (const auto &[rowid, text] : changed) {
        update.bind(1, std::string_view(text));
        update.bind(2, rowid);
        const int rc = update.step();
        update.reset();
        if (rc != SQLITE_DONE)
            return sqlite::errorFor(rc, "case file", db.lastError());
    }
    return total;
}

void removeSidecars(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

void removeFileSet(const QString &path)
{
    QFile::remove(path);
    removeSidecars(path);
}

} // namespace

bool isCaseFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    auto conn = sqlite::Connection::open(path.toStdString(), sqlite::Connection::Mode::ReadOnly);
    if (!conn)
        return false;
    auto found = conn->queryInt("SELECT count(*) FROM hearth_meta WHERE key = 'case.created_at'");
    return found && found->value_or(0) > 0;
}

bool isSecretKey(const std::string &key)
{
    std::string k;
    for (char c : key)
        k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const size_t dot = k.find_last_of('.');
    const std::string last = dot == std::string::npos ? k : k.substr(dot + 1);
    static const char *exact[] = {"authorization", "proxy-authorization",
                                  "cookie",        "set-cookie",
                                  "password",      "passwd",
                                  "secret",        "client_secret",
                                  "api_key",       "apikey",
                                  "api-key",       "x-api-key",
                                  "token",         "access_token",
                                  "refresh_token", "id_token",
                                  "auth_token",    "bearer",
                                  "private_key",   "read_token",
                                  "write_token"};
    for (const char *e : exact) {
        if (last == e)
            return true;
    }
    auto endsWith = [&](const char *suffix) {
        const std::string s(suffix);
        return last.size() > s.size() && last.compare(last.size() - s.size(), s.size(), s) == 0;
    };
    return endsWith("_token") || endsWith("-token") || endsWith("_secret") || endsWith("_password")
        || endsWith("_api_key");
}

Result<CaseSummary> writeCaseFile(const QString &sourceStorePath, const CaseSelection &selection,
                                  const QString &outPath)
{
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(sourceStorePath).absoluteFilePath())
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("The case file cannot be the store itself."));
    if (selection.traceIds.isEmpty() && !selection.minUs && !selection.maxUs)
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("A case file needs traces or a time window to hold."));
    {
        // Read-only open: validates the source (a Hearth store, a schema this build knows).
        auto source = Store::open(sourceStorePath, Store::OpenMode::ReadOnly);
        if (!source)
            return source.error();
        if ((*source)->schemaVersion() != schema::currentVersion())
            return Error::make(Error::Code::Unsupported,
                               Tr::tr("Open '%1' in Hearth once to upgrade it before "
                                      "exporting a case.")
                                   .arg(sourceStorePath));
    }
    // Build next to the target and rename at the end: a failure never leaves a half case file.
    const QString tmpPath = outPath + QStringLiteral(".part");
    removeFileSet(tmpPath);
    // Every failure names the file the user asked for (not the temporary one) and, for I/O
    // errors, the OS's reason (SQLite's own text is only "disk I/O error").
    const auto unwritable = [&outPath](const Error &e, const QString &osCause) {
        const QString cause
            = osCause.isEmpty() ? e.message : QStringLiteral("%1 (%2)").arg(e.message, osCause);
        return Error::make(e.code, Tr::tr("Cannot write '%1': %2").arg(outPath, cause));
    };
    {
        auto created = Store::open(tmpPath);
        if (!created) {
            removeFileSet(tmpPath);
            return unwritable(created.error(), {});
        }
    }
    auto conn
        = sqlite::Connection::open(tmpPath.toStdString(), sqlite::Connection::Mode::ReadWrite);
    if (!conn) {
        removeFileSet(tmpPath);
        return unwritable(conn.error(), {});
    }
    sqlite::Connection &db = *conn;
    auto fail = [&](const Error &e) -> Result<CaseSummary> {
        // The case file's own last errno says why a write failed (EFBIG, ENOSPC); SQLite's
        // system errno is often cleared by the rollback that follows.
        const int primary = sqlite3_errcode(db.get()) & 0xff;
        int osErrno = 0;
        sqlite3_file_control(db.get(), "main", SQLITE_FCNTL_LAST_ERRNO, &osErrno);
        if (osErrno == 0)
            osErrno = sqlite3_system_errno(db.get());
        const QString osCause = (primary == SQLITE_IOERR || primary == SQLITE_FULL) && osErrno != 0
            ? QString::fromLocal8Bit(std::strerror(osErrno))
            : QString();
        (void)db.exec("ROLLBACK");
        db = sqlite::Connection();
        removeFileSet(tmpPath);
        return unwritable(e, osCause);
    };
    if (auto s = db.exec("PRAGMA journal_mode=DELETE"); !s)
        return fail(s.error());
    {
        sqlite::Statement attach(db.get(), "ATTACH DATABASE ?1 AS src");
        const std::string plain = sourceStorePath.toStdString();
        attach.bind(1, std::string_view(plain));
        if (!attach.valid() || attach.step() != SQLITE_DONE)
            return fail(
                Error::make(Error::Code::Io,
                            Tr::tr("Cannot attach '%1': %2")
                                .arg(sourceStorePath, QString::fromStdString(db.lastError()))));
    }
    if (auto s = db.exec("BEGIN"); !s)
        return fail(s.error());

    json ids = json::array();
    for (const QString &id : selection.traceIds)
        ids.push_back(id.trimmed().toLower().toStdString());
    const std::string idList = ids.dump();
    const Micros minUs = selection.minUs.value_or(std::numeric_limits<Micros>::min());
    const Micros maxUs = selection.maxUs.value_or(std::numeric_limits<Micros>::max());
    const bool window = selection.minUs || selection.maxUs;

    CaseSummary summary;
    {
        sqlite::Statement st(db.get(),
                             "INSERT INTO main._records SELECT * FROM src._records WHERE trace_id "
                             "IN (SELECT value FROM json_each(?1)) OR (?2 AND start_timestamp >= "
                             "?3 AND start_timestamp < ?4)");
        st.bind(1, std::string_view(idList));
        st.bind(2, window);
        st.bind(3, minUs);
        st.bind(4, maxUs);
        if (!st.valid() || st.step() != SQLITE_DONE)
            return fail(Error::make(Error::Code::Generic, QString::fromStdString(db.lastError())));
        summary.records = sqlite3_changes(db.get());
    }
    // The copy bypasses Store::write, which keeps the LLM rollup: recompute it for the case.
    if (auto s = db.exec(schema::rebuildLlmRollupSql()); !s)
        return fail(s.error());
    {
        // Metrics over the case's time span: the window, else the span of the selected traces.
        sqlite::Statement st(
            db.get(),
            "INSERT OR IGNORE INTO main._metrics SELECT * FROM src._metrics WHERE "
            "recorded_timestamp "
            ">= coalesce(?1, (SELECT min(start_timestamp) FROM main._records)) AND "
            "recorded_timestamp <= coalesce(?2, (SELECT max(end_timestamp) FROM main._records))");
        if (selection.minUs)
            st.bind(1, *selection.minUs);
        else
            st.bindNull(1);
        if (selection.maxUs)
            st.bind(2, *selection.maxUs);
        else
            st.bindNull(2);
        if (!st.valid() || st.step() != SQLITE_DONE)
            return fail(Error::make(Error::Code::Generic, QString::fromStdString(db.lastError())));
        summary.metrics = sqlite3_changes(db.get());
    }
    if (selection.includeDashboards) {
        json names = json::array();
        for (const QString &n : selection.dashboards)
            names.push_back(n.toStdString());
        sqlite::Statement st(db.get(),
                             "INSERT INTO main.dashboards SELECT * FROM src.dashboards WHERE "
                             "json_array_length(?1) = 0 OR name IN (SELECT value FROM "
                             "json_each(?1))");
        const std::string nameList = names.dump();
        st.bind(1, std::string_view(nameList));
        if (!st.valid() || st.step() != SQLITE_DONE)
            return fail(Error::make(Error::Code::Generic, QString::fromStdString(db.lastError())));
        summary.dashboards = sqlite3_changes(db.get());
    }
    if (selection.includeSavedSearches) {
        if (auto s = step(db,
                          "INSERT INTO main.saved_searches SELECT * FROM src.saved_searches WHERE "
                          "is_saved",
                          &summary.savedSearches);
            !s)
            return fail(s.error());
    }
    if (auto s = step(db,
                      "INSERT INTO main.notes SELECT * FROM src.notes WHERE trace_id IN (SELECT "
                      "DISTINCT trace_id FROM main._records)",
                      &summary.notes);
        !s)
        return fail(s.error());

    qint64 redacted = 0;
    for (const auto &[table, column] :
         {std::pair {"main._records", "attributes"},
          std::pair {"main._records", "otel_resource_attributes"},
          std::pair {"main._metrics", "attributes"}, std::pair {"main.dashboards", "document"}}) {
        auto n = redactColumn(db, table, column);
        if (!n)
            return fail(n.error());
        redacted += *n;
    }
    summary.redactedValues = redacted;

    {
        sqlite::Statement meta(db.get(), "INSERT OR REPLACE INTO main.hearth_meta VALUES (?1, ?2)");
        const std::pair<std::string, std::string> entries[] = {
            {"case.title", selection.title.toStdString()},
            {"case.description", selection.description.toStdString()},
            {"case.created_at", formatIsoMicros(nowMicros())},
            {"case.source", QFileInfo(sourceStorePath).fileName().toStdString()},
            {"case.trace_ids", idList},
        };
        for (const auto &[k, v] : entries) {
            meta.bind(1, std::string_view(k));
            meta.bind(2, std::string_view(v));
            const int rc = meta.step();
            meta.reset();
            if (rc != SQLITE_DONE)
                return fail(
                    Error::make(Error::Code::Generic, QString::fromStdString(db.lastError())));
        }
    }
    if (auto s = db.exec("COMMIT"); !s)
        return fail(s.error());
    (void)db.exec("DETACH DATABASE src");
    (void)db.exec("VACUUM");
    db = sqlite::Connection();
    // One rename replaces any previous file whole; it stays as it was until then.
    QString why;
    if (!replaceFile(tmpPath, outPath, &why)) {
        removeFileSet(tmpPath);
        return Error::make(Error::Code::Io, Tr::tr("Cannot write '%1': %2").arg(outPath, why));
    }
    // Journals left by the replaced file must not be applied to the new one.
    removeSidecars(outPath);
    return summary;
}

} // namespace hearth::core::io
