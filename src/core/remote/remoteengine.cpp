// SPDX-License-Identifier: MIT
#include "core/remote/remoteengine.h"

#include "core/query/resultformat.h"
#include "core/query/variables.h"
#include "hearth/version.h"

#include <array>
#include <curl/curl.h>
#include <mutex>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <thread>

namespace hearth::core {

using nlohmann::json;

struct RemoteEngine::Private
{
    CURLSH *share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> locks;
    mutable std::mutex statsMutex;
    Stats stats;

    static void lock(CURL *, curl_lock_data data, curl_lock_access, void *self)
    {
        static_cast<Private *>(self)->locks[size_t(data)].lock();
    }
    static void unlock(CURL *, curl_lock_data data, void *self)
    {
        static_cast<Private *>(self)->locks[size_t(data)].unlock();
    }
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Remote)
};

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Incremental NDJSON reader: schema, data batches, error, end (logfire.md §2.3).
struct NdjsonStream
{
    QByteArray pending;
    QueryResult result;
    bool haveSchema = false;
    bool ended = false;
    std::optional<QString> error;
    int limit = 0;
    bool limitReached = false;

    bool feedLine(const QByteArray &line)
    {
        if (line.trimmed().isEmpty())
            return true;
        const auto msg = json::parse(line.toStdString(), nullptr, false);
        if (msg.is_discarded() || !msg.is_object()) {
            error = Tr::tr("The NDJSON stream holds a line that is not JSON.");
            return false;
        }
        const std::string type = msg.value("type", std::string());
        if (type == "schema") {
            auto cols = columnsFromSchema(msg.value("schema", json()));
            if (!cols) {
                error = cols.error().message;
                return false;
            }
            result.columns = cols.value();
            haveSchema = true;
        } else if (type == "data") {
            for (const auto &row : msg.value("rows", json::array())) {
                if (limit > 0 && result.rows.size() >= limit) {
                    limitReached = true;
                    result.truncated = true;
                    return false;
                }
                result.rows.push_back(rowFromJson(result.columns, row));
            }
        } else if (type == "error") {
            error = QString::fromStdString(msg.value("message", std::string("query failed")));
            return false;
        } else if (type == "end") {
            ended = true;
        }
        return true;
    }

    bool feed(const char *data, size_t size)
    {
        pending.append(data, qsizetype(size));
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            if (!feedLine(line))
                return false;
        }
        return true;
    }
};

struct Transfer
{
    QByteArray body;
    std::optional<std::chrono::milliseconds> retryAfter;
    CancelToken *cancel = nullptr;
    NdjsonStream *stream = nullptr; // streams the body instead of buffering it
    long status = 0;
    bool streamStopped = false;
};

size_t onWrite(char *data, size_t size, size_t n, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t bytes = size * n;
    if (t->stream && t->status == 200) {
        if (!t->stream->feed(data, bytes)) {
            t->streamStopped = true;
            return 0; // stop the transfer: limit reached or the server reported an error
        }
        return bytes;
    }
    t->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t n, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t bytes = size * n;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        const auto parts = line.split(' ');
        if (parts.size() >= 2)
            t->status = parts[1].toLong();
        t->retryAfter.reset();
    } else if (line.toLower().startsWith("retry-after:")) {
        const QByteArray value = line.mid(12).trimmed();
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok && seconds >= 0)
            t->retryAfter = std::chrono::milliseconds(qint64(seconds * 1000));
        else {
            const QDateTime when
                = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
            if (when.isValid())
                t->retryAfter = std::chrono::milliseconds(
                    std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
        }
    }
    return bytes;
}

int onProgress(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(userdata);
    return t->cancel && t->cancel->cancelled() ? 1 : 0;
}

QString detailFrom(const QByteArray &body)
{
    const auto doc = json::parse(body.toStdString(), nullptr, false);
    if (!doc.is_discarded() && doc.is_object() && doc.contains("detail")) {
        const json &d = doc["detail"];
        if (d.is_string())
            return QString::fromStdString(d.get<std::string>());
        if (d.is_array()) {
            QStringList parts;
            for (const auto &item : d) {
                if (item.is_object() && item.contains("msg")) {
                    QString m = QString::fromStdString(item["msg"].get<std::string>());
                    if (item.contains("loc") && item["loc"].is_array()) {
                        QStringList loc;
                        for (const auto &l : item["loc"])
                            loc << QString::fromStdString(l.is_string() ? l.get<std::string>()
                                                                        : l.dump());
                        m = loc.join(QLatin1Char('.')) + QStringLiteral(": ") + m;
                    }
                    parts << m;
                } else {
                    parts << QString::fromStdString(item.dump());
                }
            }
            return parts.join(QStringLiteral("; "));
        }
        return QString::fromStdString(d.dump());
    }
    QString text = QString::fromUtf8(body).trimmed();
    if (text.size() > 300)
        text = text.left(300) + QChar(0x2026);
    return text;
}

bool retryable(long status)
{
    return status == 429 || status == 408 || (status >= 500 && status <= 599);
}

struct HttpResult
{
    long status = 0;
    QByteArray body;
};

} // namespace

RemoteEngine::RemoteEngine(RemoteOptions options)
    : d(std::make_unique<Private>()), m_options(std::move(options))
{
    globalInit();
    m_baseUrl = m_options.baseUrl.isEmpty() ? baseUrlForToken(m_options.token) : m_options.baseUrl;
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    d->share = curl_share_init();
    curl_share_setopt(d->share, CURLSHOPT_LOCKFUNC, &Private::lock);
    curl_share_setopt(d->share, CURLSHOPT_UNLOCKFUNC, &Private::unlock);
    curl_share_setopt(d->share, CURLSHOPT_USERDATA, d.get());
    curl_share_setopt(d->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
    curl_share_setopt(d->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(d->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
}

RemoteEngine::~RemoteEngine()
{
    if (d->share)
        curl_share_cleanup(d->share);
}

QString RemoteEngine::baseUrlForToken(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^pylf_v[0-9]+_([a-z]+)_"));
    const auto m = re.match(token);
    const QString region = m.hasMatch() ? m.captured(1) : QString();
    if (region == QLatin1String("eu"))
        return QStringLiteral("https://logfire-eu.pydantic.dev");
    if (region == QLatin1String("stagingus"))
        return QStringLiteral("https://logfire-us.pydantic.info");
    if (region == QLatin1String("stagingeu"))
        return QStringLiteral("https://logfire-eu.pydantic.info");
    return QStringLiteral("https://logfire-us.pydantic.dev");
}

QString RemoteEngine::name() const
{
    return QStringLiteral("logfire: ") + m_baseUrl;
}

RemoteEngine::Stats RemoteEngine::stats() const
{
    std::lock_guard lock(d->statsMutex);
    return d->stats;
}

namespace {

struct RequestSpec
{
    bool post = false;
    std::string url;
    std::string body;
    std::string accept = "application/json";
    std::chrono::milliseconds timeout {30000};
    NdjsonStream *stream = nullptr;
};

} // namespace

// One request with retries. Errors are final (the caller maps HTTP statuses).
static Result<HttpResult> perform(CURLSH *share, const RemoteOptions &o, const RequestSpec &spec,
                                  CancelToken *cancel, RemoteEngine::Stats &stats,
                                  std::mutex &statsMutex, const QString &base)
{
    std::chrono::milliseconds backoff = o.initialBackoff;
    for (int attempt = 0;; ++attempt) {
        CURL *curl = curl_easy_init();
        if (!curl)
            return Error::make(Error::Code::Generic, Tr::tr("Cannot create an HTTP client."));
        Transfer t;
        t.cancel = cancel;
        t.stream = spec.stream;
        char errbuf[CURL_ERROR_SIZE] = {0};
        curl_slist *headers = nullptr;
        const std::string auth = "Authorization: Bearer " + o.token.toStdString();
        headers = curl_slist_append(headers, auth.c_str());
        headers = curl_slist_append(headers, ("Accept: " + spec.accept).c_str());
        if (spec.post)
            headers = curl_slist_append(headers, "Content-Type: application/json");
        const std::string ua = std::string("hearth/") + HEARTH_VERSION;
        curl_easy_setopt(curl, CURLOPT_SHARE, share);
        curl_easy_setopt(curl, CURLOPT_URL, spec.url.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, ua.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, o.verifyTls ? 1L : 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, o.verifyTls ? 2L : 0L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(o.connectTimeout.count()));
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(spec.timeout.count()));
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onWrite);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
        if (spec.post) {
            curl_easy_setopt(curl, CURLOPT_POST, 1L);
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, spec.body.c_str());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(spec.body.size()));
        }
        const CURLcode rc = curl_easy_perform(curl);
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        curl_slist_free_all(headers);
        curl_easy_cleanup(curl);
        {
            std::lock_guard lock(statsMutex);
            ++stats.requests;
        }

        if (rc == CURLE_WRITE_ERROR && t.streamStopped)
            return HttpResult {200, {}};
        if (rc == CURLE_ABORTED_BY_CALLBACK || (cancel && cancel->cancelled()))
            return Error::make(Error::Code::Cancelled, Tr::tr("Query cancelled."));
        if (rc == CURLE_OPERATION_TIMEDOUT)
            return Error::make(Error::Code::Timeout,
                               Tr::tr("%1 did not answer within %2 s.")
                                   .arg(base)
                                   .arg(double(spec.timeout.count()) / 1000.0));
        if (rc != CURLE_OK) {
            const QString detail = QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc));
            const bool tls = rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CONNECT_ERROR
                || rc == CURLE_SSL_CACERT_BADFILE;
            return Error::make(Error::Code::Network,
                               tls ? Tr::tr("TLS verification with %1 failed: %2").arg(base, detail)
                                   : Tr::tr("Cannot reach %1: %2").arg(base, detail));
        }
        if (retryable(status) && attempt < o.maxRetries) {
            auto wait = t.retryAfter.value_or(backoff);
            wait = std::min(wait, o.maxRetryWait);
            backoff *= 2;
            {
                std::lock_guard lock(statsMutex);
                ++stats.retries;
            }
            // Interruptible wait: a cancel during backoff returns promptly.
            const auto until = std::chrono::steady_clock::now() + wait;
            while (std::chrono::steady_clock::now() < until) {
                if (cancel && cancel->cancelled())
                    return Error::make(Error::Code::Cancelled, Tr::tr("Query cancelled."));
                std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                    std::chrono::milliseconds(20), until - std::chrono::steady_clock::now()));
            }
            continue;
        }
        return HttpResult {status, std::move(t.body)};
    }
}

static Error statusError(long status, const QByteArray &body, const QString &base, int retries)
{
    const QString detail = detailFrom(body);
    switch (status) {
    case 400:
        return Error::make(Error::Code::SqlSyntax,
                           detail.isEmpty() ? Tr::tr("Query execution error.") : detail);
    case 401:
    case 403:
        return Error::make(Error::Code::Auth,
                           Tr::tr("%1 rejected the read token (HTTP %2): check the token "
                                  "and its region.%3")
                               .arg(base)
                               .arg(status)
                               .arg(detail.isEmpty() ? QString() : QStringLiteral(" ") + detail));
    case 404:
        return Error::make(
            Error::Code::NotFound,
            Tr::tr("%1 has no such endpoint (HTTP 404): check the base URL.").arg(base));
    case 422:
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("The query API rejected the request (HTTP 422): %1").arg(detail));
    case 429:
        return Error::make(Error::Code::Busy,
                           Tr::tr("%1 is rate limiting queries (HTTP 429); gave up after "
                                  "%2 retries.")
                               .arg(base)
                               .arg(retries));
    default:
        if (status >= 500)
            return Error::make(Error::Code::Network,
                               Tr::tr("%1 failed with HTTP %2 after %3 retries: %4")
                                   .arg(base)
                                   .arg(status)
                                   .arg(retries)
                                   .arg(detail));
        return Error::make(
            Error::Code::Generic,
            Tr::tr("Unexpected response from %1 (HTTP %2): %3").arg(base).arg(status).arg(detail));
    }
}

Result<QueryResult> RemoteEngine::run(const QueryRequest &request, const CancelTokenPtr &cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto sql = substituteVariables(request.sql, request.variables);
    if (!sql)
        return sql.error();
    const int limit = std::clamp(request.limit, 1, 10000);
    // Logfire v2 requires min_timestamp; like the Python client, default to 2020-01-01.
    const Micros minTs = request.minTimestamp.value_or(1'577'836'800'000'000);

    RequestSpec spec;
    spec.timeout = request.timeout;
    NdjsonStream stream;
    stream.limit = limit;
    if (m_options.legacyV1) {
        // The v1 endpoint has no environment parameter, and filtering the user's SQL here would
        // mean rewriting it: say so rather than return rows from every environment.
        if (!request.environments.isEmpty())
            return Error::make(
                Error::Code::Unsupported,
                Tr::tr("%1 only offers Logfire's v1 query API, which cannot filter "
                       "by environment (%2). Clear the environment filter, or use "
                       "a server with the v2 query API.")
                    .arg(m_baseUrl, request.environments.join(QStringLiteral(", "))));
        CURL *esc = curl_easy_init();
        auto enc = [esc](const std::string &s) {
            char *e = curl_easy_escape(esc, s.c_str(), int(s.size()));
            std::string out = e ? e : "";
            curl_free(e);
            return out;
        };
        spec.url = m_baseUrl.toStdString() + "/v1/query?sql=" + enc(sql->toStdString())
            + "&min_timestamp=" + enc(formatIsoMicros(minTs)) + "&limit=" + std::to_string(limit)
            + "&json_rows=true";
        if (request.maxTimestamp)
            spec.url += "&max_timestamp=" + enc(formatIsoMicros(*request.maxTimestamp));
        curl_easy_cleanup(esc);
    } else {
        json body = {{"sql", sql->toStdString()},
                     {"min_timestamp", formatIsoMicros(minTs)},
                     {"limit", limit},
                     {"include_schema", true}};
        if (request.maxTimestamp)
            body["max_timestamp"] = formatIsoMicros(*request.maxTimestamp);
        if (!m_options.timezone.isEmpty())
            body["timezone"] = m_options.timezone.toStdString();
        if (!request.environments.isEmpty()) {
            json envs = json::array();
            for (const QString &env : request.environments)
                envs.push_back(env.toStdString());
            body["deployment_environment"] = envs;
        }
        spec.post = true;
        spec.url = m_baseUrl.toStdString() + "/v2/query";
        spec.body = body.dump();
        switch (m_options.format) {
        case RemoteOptions::Format::Json:
            break;
        case RemoteOptions::Format::Ndjson:
            spec.accept = "application/x-ndjson";
            spec.stream = &stream;
            break;
        case RemoteOptions::Format::Csv:
            spec.accept = "text/csv";
            break;
        }
    }
    const int retriesBefore = stats().retries;
    auto http
        = perform(d->share, m_options, spec, cancel.get(), d->stats, d->statsMutex, m_baseUrl);
    if (!http)
        return http.error();
    if (http->status != 200)
        return statusError(http->status, http->body, m_baseUrl, stats().retries - retriesBefore);

    QueryResult result;
    if (spec.stream) {
        if (stream.error)
            return Error::make(Error::Code::SqlSyntax, *stream.error);
        if (!stream.haveSchema)
            return Error::make(
                Error::Code::InvalidInput,
                Tr::tr("The NDJSON stream from %1 had no schema line.").arg(m_baseUrl));
        if (!stream.ended && !stream.limitReached)
            return Error::make(Error::Code::Network,
                               Tr::tr("The NDJSON stream from %1 ended early.").arg(m_baseUrl));
        result = std::move(stream.result);
    } else if (spec.accept == "text/csv") {
        auto parsed = fromCsv(http->body);
        if (!parsed)
            return parsed.error();
        result = std::move(parsed.value());
    } else {
        const auto doc = json::parse(http->body.toStdString(), nullptr, false);
        if (doc.is_discarded())
            return Error::make(
                Error::Code::InvalidInput,
                Tr::tr("%1 answered with something that is not JSON.").arg(m_baseUrl));
        auto parsed = fromV2Json(doc);
        if (!parsed)
            return parsed.error();
        result = std::move(parsed.value());
    }
    if (result.rows.size() > limit) {
        result.rows.resize(limit);
        result.truncated = true;
    } else if (result.rows.size() == limit) {
        result.truncated = true; // the server's limit may have cut it
    }
    result.source = name();
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

static Result<json> getJson(RemoteEngine &engine, CURLSH *share, const RemoteOptions &o,
                            const QString &base, const char *path, CancelToken *cancel,
                            RemoteEngine::Stats &stats, std::mutex &m)
{
    (void)engine;
    RequestSpec spec;
    spec.url = base.toStdString() + path;
    auto http = perform(share, o, spec, cancel, stats, m, base);
    if (!http)
        return http.error();
    if (http->status != 200)
        return statusError(http->status, http->body, base, 0);
    const auto doc = json::parse(http->body.toStdString(), nullptr, false);
    if (doc.is_discarded())
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("%1 answered with something that is not JSON.").arg(base));
    return doc;
}

Result<json> RemoteEngine::readTokenInfo(const CancelTokenPtr &cancel)
{
    return getJson(*this, d->share, m_options, m_baseUrl, "/v1/read-token-info", cancel.get(),
                   d->stats, d->statsMutex);
}

Result<json> RemoteEngine::schemas(const CancelTokenPtr &cancel)
{
    return getJson(*this, d->share, m_options, m_baseUrl, "/v1/schemas", cancel.get(), d->stats,
                   d->statsMutex);
}

} // namespace hearth::core
