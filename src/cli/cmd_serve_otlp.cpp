// SPDX-License-Identifier: MIT
// The OTLP receiver as a `hearth-cli serve` component (issue 3).
#include "cli/command.h"
#include "cli/serve.h"
#include "core/otlp/otlpreceiver.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace hearth;

namespace {

std::unique_ptr<core::OtlpReceiver> g_receiver;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::ServeOtlp)
};

// "HOST:PORT", "[::1]:PORT" or ":PORT" (loopback).
core::Result<std::pair<QString, int>> parseAddress(const QString &value, const char *option)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon >= 0 ? value.mid(colon + 1).toInt(&ok) : 0;
    if (colon < 0 || !ok || port < 0 || port > 65535)
        return core::Error::make(
            core::Error::Code::InvalidInput,
            Tr::tr("--%1 expects HOST:PORT, got '%2'").arg(QLatin1String(option), value));
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    return std::pair {host, port};
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("otlp-http"),
                      Tr::tr("Listen for OTLP/HTTP on HOST:PORT (port 0 picks a free one)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:4318")});
    parser.addOption({QStringLiteral("otlp-grpc"), Tr::tr("Listen for OTLP/gRPC on HOST:PORT."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:4317")});
    parser.addOption(
        {QStringLiteral("no-otlp-grpc"), Tr::tr("Do not start the OTLP/gRPC listener.")});
    parser.addOption({QStringLiteral("otlp-token"),
                      Tr::tr("Require 'Authorization: Bearer T' (or 'Authorization: T') on OTLP "
                             "requests."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("forward"),
                      Tr::tr("Also send accepted OTLP payloads to this OTLP/HTTP base URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("forward-header"),
                      Tr::tr("A header for --forward (repeatable), e.g. Authorization=TOKEN."),
                      QStringLiteral("K=V")});
    parser.addOption({QStringLiteral("otlp-max-body"),
                      Tr::tr("Largest accepted OTLP request body in bytes, after decompression."),
                      QStringLiteral("BYTES"), QString::number(64 << 20)});
    parser.addOption({QStringLiteral("otlp-max-queued-rows"),
                      Tr::tr("Rows waiting for the store before requests get 503 + Retry-After."),
                      QStringLiteral("ROWS"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("no-otlp"), Tr::tr("Do not start the OTLP receiver.")});
}

core::Result<bool> start(const QCommandLineParser &parser, cli::ServeContext &context)
{
    if (parser.isSet(QStringLiteral("no-otlp")))
        return false;
    core::OtlpReceiverOptions options;
    auto http = parseAddress(parser.value(QStringLiteral("otlp-http")), "otlp-http");
    if (!http)
        return http.error();
    options.httpHost = http->first;
    options.httpPort = http->second;
    options.grpcEnabled = !parser.isSet(QStringLiteral("no-otlp-grpc"));
    if (options.grpcEnabled) {
        auto grpc = parseAddress(parser.value(QStringLiteral("otlp-grpc")), "otlp-grpc");
        if (!grpc)
            return grpc.error();
        options.grpcHost = grpc->first;
        options.grpcPort = grpc->second;
    }
    options.token = parser.value(QStringLiteral("otlp-token")).toStdString();
    options.forwardUrl = parser.value(QStringLiteral("forward")).toStdString();
    for (const auto &h : parser.values(QStringLiteral("forward-header"))) {
        const int eq = h.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return core::Error::make(core::Error::Code::InvalidInput,
                                     Tr::tr("--forward-header expects K=V, got '%1'").arg(h));
        options.forwardHeaders.emplace_back(h.left(eq).toStdString(), h.mid(eq + 1).toStdString());
    }
    bool ok = false;
    const qlonglong maxBody = parser.value(QStringLiteral("otlp-max-body")).toLongLong(&ok);
    if (!ok || maxBody < 1024)
        return core::Error::make(core::Error::Code::InvalidInput,
                                 Tr::tr("--otlp-max-body expects a byte count of at least 1024"));
    options.maxBodyBytes = static_cast<size_t>(maxBody);
    const qlonglong maxQueued
        = parser.value(QStringLiteral("otlp-max-queued-rows")).toLongLong(&ok);
    if (!ok || maxQueued < 1)
        return core::Error::make(core::Error::Code::InvalidInput,
                                 Tr::tr("--otlp-max-queued-rows expects a positive row count"));
    options.maxQueuedRows = static_cast<size_t>(maxQueued);

    g_receiver = std::make_unique<core::OtlpReceiver>(context.store);
    if (auto s = g_receiver->start(options); !s) {
        g_receiver.reset();
        return s.error();
    }
    QTextStream out(stdout);
    // Tests and scripts read the bound ports from these lines (port 0 = any free port).
    out << "hearth-cli serve: OTLP/HTTP listening on http://" << options.httpHost << ':'
        << g_receiver->httpPort() << '\n';
    if (options.grpcEnabled)
        out << "hearth-cli serve: OTLP/gRPC listening on " << options.grpcHost << ':'
            << g_receiver->grpcPort() << '\n';
    if (!options.forwardUrl.empty())
        out << "hearth-cli serve: forwarding to " << parser.value(QStringLiteral("forward"))
            << '\n';
    out.flush();
    return true;
}

void stop()
{
    if (!g_receiver)
        return;
    g_receiver->stop();
    QTextStream(stdout) << g_receiver->statusLine() << '\n';
    g_receiver.reset();
}

QString statusLine()
{
    return g_receiver ? g_receiver->statusLine() : QString();
}

} // namespace

HEARTH_SERVE_COMPONENT("otlp", 10, addOptions, start, stop, statusLine);
