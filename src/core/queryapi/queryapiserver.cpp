// SPDX-License-Identifier: MIT
#include "core/queryapi/queryapiserver.h"

#include "core/query/localengine.h"
#include "core/query/resultformat.h"
#include "core/store/store.h"

#include <algorithm>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QFileInfo>
#include <thread>

namespace hearth::core {

using nlohmann::json;

struct QueryApiServer::Private
{
    httplib::Server server;
    std::thread thread;
    std::atomic_bool finished {false};
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::QueryApi)
};

void sendJson(httplib::Response &res, int status, const json &body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

void sendDetail(httplib::Response &res, int status, const QString &detail)
{
    sendJson(res, status, json {{"detail", detail.toStdString()}});
}

// FastAPI-style validation error, as Logfire answers 422.
void sendValidation(httplib::Response &res, const char *field, const QString &message)
{
    sendJson(res, 422,
             json {{"detail",
                    json::array({json {{"loc", json::array({"body", field})},
                                       {"msg", message.toStdString()},
                                       {"type", "value_error"}}})}});
}

std::optional<Micros> timestampField(const json &body, const char *name, bool &bad)
{
    if (!body.contains(name) || body[name].is_null())
        return std::nullopt;
    if (!body[name].is_string()) {
        bad = true;
        return std::nullopt;
    }
    auto us = parseIsoMicros(body[name].get<std::string>());
    if (!us)
        bad = true;
    return us;
}

int statusFor(const Error &e)
{
    switch (e.code) {
    case Error::Code::Timeout:
        return 504;
    case Error::Code::Io:
    case Error::Code::Corrupt:
    case Error::Code::Busy:
        return 503;
    default:
        return 400;
    }
}

} // namespace

QueryApiServer::QueryApiServer(QString storePath, QString token)
    : d(std::make_unique<Private>()), m_storePath(std::move(storePath)), m_token(std::move(token))
{
}

QueryApiServer::~QueryApiServer()
{
    stop();
}

Result<int> QueryApiServer::start(const QString &host, int port)
{
    if (m_token.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("The query API needs a token (--query-token)."));
    auto &srv = d->server;
    const std::string token = m_token.toStdString();
    auto authorized = [this, token](const httplib::Request &req, httplib::Response &res) {
        std::string auth = req.get_header_value("Authorization");
        if (auth.rfind("Bearer ", 0) == 0 || auth.rfind("bearer ", 0) == 0)
            auth = auth.substr(7);
        if (auth.empty() || auth != token) {
            ++m_unauthorized;
            sendDetail(res, 401, QStringLiteral("Invalid or missing read token."));
            return false;
        }
        return true;
    };

    auto runQuery
        = [this](const QString &sql, std::optional<Micros> minTs, std::optional<Micros> maxTs,
                 int limit, const QStringList &environments = {}) {
              LocalEngine engine(m_storePath);
              QueryRequest request;
              request.sql = sql;
              request.minTimestamp = minTs;
              request.maxTimestamp = maxTs;
              request.limit = limit;
              request.environments = environments;
              return engine.run(request, std::make_shared<CancelToken>());
          };

    srv.Post("/v2/query", [=, this](const httplib::Request &req, httplib::Response &res) {
        if (!authorized(req, res))
            return;
        const json body = json::parse(req.body, nullptr, false);
        if (body.is_discarded() || !body.is_object())
            return sendValidation(res, "body", QStringLiteral("The body must be a JSON object."));
        if (!body.contains("sql") || !body["sql"].is_string())
            return sendValidation(res, "sql",
                                  QStringLiteral("Field required (a SELECT statement)."));
        bool bad = false;
        const auto minTs = timestampField(body, "min_timestamp", bad);
        if (bad)
            return sendValidation(res, "min_timestamp",
                                  QStringLiteral("Not an ISO-8601 timestamp."));
        if (!minTs)
            return sendValidation(res, "min_timestamp", QStringLiteral("Field required."));
        const auto maxTs = timestampField(body, "max_timestamp", bad);
        if (bad)
            return sendValidation(res, "max_timestamp",
                                  QStringLiteral("Not an ISO-8601 timestamp."));
        int limit = 100;
        if (body.contains("limit") && !body["limit"].is_null()) {
            if (!body["limit"].is_number_integer() || body["limit"].get<int>() < 1
                || body["limit"].get<int>() > 10000)
                return sendValidation(res, "limit",
                                      QStringLiteral("Must be an integer from 1 to 10000."));
            limit = body["limit"].get<int>();
        }
        QStringList environments;
        if (body.contains("deployment_environment") && !body["deployment_environment"].is_null()) {
            const json &envs = body["deployment_environment"];
            const bool strings = envs.is_array()
                && std::all_of(envs.begin(), envs.end(),
                               [](const json &e) { return e.is_string(); });
            if (!strings)
                return sendValidation(res, "deployment_environment",
                                      QStringLiteral("Must be a list of environment names."));
            for (const auto &e : envs)
                environments << QString::fromStdString(e.get<std::string>());
        }
        auto result = runQuery(QString::fromStdString(body["sql"].get<std::string>()), minTs, maxTs,
                               limit, environments);
        if (!result) {
            ++m_failed;
            return sendDetail(res, statusFor(result.error()),
                              QStringLiteral("Execution error: ") + result.error().message);
        }
        ++m_served;
        const std::string accept = req.get_header_value("Accept");
        if (accept.find("application/x-ndjson") != std::string::npos) {
            auto shared = std::make_shared<QueryResult>(std::move(result.value()));
            // Streamed in batches, one NDJSON line each, as Logfire does.
            res.set_chunked_content_provider(
                "application/x-ndjson",
                [shared, next = std::make_shared<int>(-1)](size_t, httplib::DataSink &sink) {
                    constexpr int batch = 500;
                    std::string chunk;
                    if (*next < 0) {
                        chunk = json {{"type", "schema"}, {"schema", schemaJson(*shared)}}.dump()
                            + "\n";
                        *next = 0;
                    } else if (*next < shared->rows.size()) {
                        json rows = json::array();
                        const int end = std::min<int>(*next + batch, int(shared->rows.size()));
                        for (int r = *next; r < end; ++r)
                            rows.push_back(rowJson(*shared, r));
                        chunk = json {{"type", "data"}, {"rows", rows}}.dump() + "\n";
                        *next = end;
                    } else {
                        chunk = json {{"type", "end"}, {"row_count", shared->rows.size()}}.dump()
                            + "\n";
                        sink.write(chunk.data(), chunk.size());
                        sink.done();
                        return true;
                    }
                    return sink.write(chunk.data(), chunk.size());
                });
            return;
        }
        if (accept.find("text/csv") != std::string::npos) {
            res.set_header("Content-Disposition", "attachment; filename=\"query_results.csv\"");
            res.set_content(toCsv(result.value()).toStdString(), "text/csv");
            return;
        }
        sendJson(res, 200, toV2Json(result.value()));
    });

    srv.Get("/v1/query", [=, this](const httplib::Request &req, httplib::Response &res) {
        if (!authorized(req, res))
            return;
        if (!req.has_param("sql"))
            return sendValidation(res, "sql", QStringLiteral("Field required."));
        std::optional<Micros> minTs;
        std::optional<Micros> maxTs;
        if (req.has_param("min_timestamp")) {
            minTs = parseIsoMicros(req.get_param_value("min_timestamp"));
            if (!minTs)
                return sendValidation(res, "min_timestamp", QStringLiteral("Not a timestamp."));
        }
        if (req.has_param("max_timestamp")) {
            maxTs = parseIsoMicros(req.get_param_value("max_timestamp"));
            if (!maxTs)
                return sendValidation(res, "max_timestamp", QStringLiteral("Not a timestamp."));
        }
        const int limit = req.has_param("limit")
            ? std::clamp(std::atoi(req.get_param_value("limit").c_str()), 1, 10000)
            : 500;
        auto result
            = runQuery(QString::fromStdString(req.get_param_value("sql")), minTs, maxTs, limit);
        if (!result) {
            ++m_failed;
            return sendDetail(res, statusFor(result.error()),
                              QStringLiteral("Execution error: ") + result.error().message);
        }
        ++m_served;
        const QueryResult &r = result.value();
        json columns = json::array();
        const bool rows = req.get_param_value("json_rows") == "true"
            || req.get_param_value("row_oriented") == "true";
        for (qsizetype c = 0; c < r.columns.size(); ++c) {
            json col = {{"name", r.columns[c].name.toStdString()},
                        {"datatype", arrowDataType(r.columns[c].type)},
                        {"nullable", true}};
            if (!rows) {
                json values = json::array();
                for (const auto &row : r.rows)
                    values.push_back(cellJson(r.columns[c].type, row[c]));
                col["values"] = values;
            }
            columns.push_back(col);
        }
        json out = {{"columns", columns}};
        if (rows) {
            json data = json::array();
            for (int i = 0; i < r.rows.size(); ++i)
                data.push_back(rowJson(r, i));
            out["rows"] = data;
        }
        sendJson(res, 200, out);
    });

    srv.Get("/v1/read-token-info", [=, this](const httplib::Request &req, httplib::Response &res) {
        if (!authorized(req, res))
            return;
        const QString project = QFileInfo(m_storePath).completeBaseName();
        sendJson(res, 200,
                 json {{"token_id", "local"},
                       {"organization_id", "local"},
                       {"organization_name", "local"},
                       {"organization_subscription_plan", "local"},
                       {"project_id", project.toStdString()},
                       {"project_name", project.toStdString()},
                       {"expires_at", nullptr},
                       {"spending_cap_reached_at", nullptr}});
    });

    srv.Get("/v1/schemas", [=, this](const httplib::Request &req, httplib::Response &res) {
        if (!authorized(req, res))
            return;
        json tables = json::array();
        for (const char *table : {"records", "metrics"}) {
            auto cols = runQuery(QStringLiteral("SHOW COLUMNS FROM ") + QLatin1String(table),
                                 std::nullopt, std::nullopt, 1000);
            if (!cols)
                return sendDetail(res, 500, cols.error().message);
            json schema = json::object();
            const int nameCol = cols->columnIndex(QStringLiteral("column_name"));
            const int typeCol = cols->columnIndex(QStringLiteral("data_type"));
            const int nullCol = cols->columnIndex(QStringLiteral("is_nullable"));
            for (const auto &row : cols->rows)
                schema[row[nameCol].toString().toStdString()]
                    = {{"data_type", row[typeCol].toString().toStdString()},
                       {"nullable", row[nullCol].toString() == QLatin1String("YES")},
                       {"description", ""}};
            tables.push_back({{"name", table}, {"description", ""}, {"schema", schema}});
        }
        sendJson(res, 200, json {{"tables", tables}});
    });

    srv.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.body.empty())
            sendDetail(res, res.status, QStringLiteral("Not found"));
    });

    const std::string h = host.toStdString();
    int bound = port;
    if (port == 0) {
        bound = srv.bind_to_any_port(h);
        if (bound <= 0)
            return Error::make(Error::Code::Io,
                               Tr::tr("Cannot listen on %1 (any port).").arg(host));
    } else if (!srv.bind_to_port(h, port)) {
        return Error::make(Error::Code::Io,
                           Tr::tr("Cannot listen on %1:%2 (in use, or not an address of "
                                  "this machine).")
                               .arg(host)
                               .arg(port));
    }
    m_port = bound;
    // The socket already listens (bind_to_port), so clients can connect from here on.
    d->thread = std::thread([this] {
        d->server.listen_after_bind();
        d->finished = true;
    });
    return bound;
}

void QueryApiServer::stop()
{
    if (d->thread.joinable()) {
        // stop() only acts on a running loop: wait for the thread to enter it (or to fail).
        while (!d->server.is_running() && !d->finished)
            std::this_thread::yield();
        d->server.stop();
        d->thread.join();
    }
}

} // namespace hearth::core
