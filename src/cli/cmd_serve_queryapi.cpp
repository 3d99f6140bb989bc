// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "cli/serve.h"
#include "core/queryapi/queryapiserver.h"

#include <memory>
#include <QCoreApplication>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::ServeQueryApi)
};

std::unique_ptr<core::QueryApiServer> g_server;

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("query-api"),
                      Tr::tr("Serve Logfire's query API (/v2/query) on HOST:PORT, e.g. "
                             "127.0.0.1:8787."),
                      QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("query-token"),
                      Tr::tr("Token clients must send (Authorization: Bearer TOKEN); "
                             "default $HEARTH_QUERY_TOKEN."),
                      QStringLiteral("TOKEN")});
}

core::Result<bool> start(const QCommandLineParser &parser, cli::ServeContext &context)
{
    if (!parser.isSet(QStringLiteral("query-api")))
        return false;
    const QString spec = parser.value(QStringLiteral("query-api"));
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? spec.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || port < 0 || port > 65535)
        return core::Error::make(core::Error::Code::InvalidInput,
                                 Tr::tr("--query-api needs HOST:PORT, got '%1'").arg(spec));
    QString host = spec.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QString token = parser.isSet(QStringLiteral("query-token"))
        ? parser.value(QStringLiteral("query-token"))
        : qEnvironmentVariable("HEARTH_QUERY_TOKEN");
    if (token.isEmpty())
        return core::Error::make(core::Error::Code::InvalidInput,
                                 Tr::tr("--query-api needs --query-token TOKEN (or "
                                        "$HEARTH_QUERY_TOKEN): the API is never open."));
    g_server = std::make_unique<core::QueryApiServer>(context.dbPath, token);
    auto bound = g_server->start(host, port);
    if (!bound) {
        g_server.reset();
        return bound.error();
    }
    QTextStream out(stdout);
    // Tests and scripts read this line to learn the port (when PORT was 0).
    out << "query-api: listening on " << host << ':' << bound.value() << '\n';
    out.flush();
    return true;
}

void stop()
{
    if (g_server) {
        g_server->stop();
        g_server.reset();
    }
}

QString statusLine()
{
    if (!g_server)
        return QString();
    return Tr::tr("query-api: %1 served, %2 failed, %3 unauthorized")
        .arg(g_server->queriesServed())
        .arg(g_server->queriesFailed())
        .arg(g_server->unauthorized());
}

} // namespace

HEARTH_SERVE_COMPONENT("query-api", 50, addOptions, start, stop, statusLine);
