// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "cli/serve.h"

#include <algorithm>
#include <csignal>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <sys/socket.h>
#include <unistd.h>

namespace hearth::cli {

std::vector<ServeComponent> &serveComponents()
{
    static std::vector<ServeComponent> components;
    return components;
}

ServeComponentRegistrar::ServeComponentRegistrar(ServeComponent component)
{
    serveComponents().push_back(std::move(component));
}

} // namespace hearth::cli

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Serve)
};

// SIGINT/SIGTERM reach the event loop through a socket pair (the only async-signal-safe way).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

int runServe(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto &components = cli::serveComponents();
    std::sort(components.begin(), components.end(),
              [](const auto &a, const auto &b) { return a.order < b.order; });

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run Hearth headless: receive telemetry into a store until SIGINT/SIGTERM."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file (created if missing)."),
                      QStringLiteral("FILE"), core::defaultStorePath()});
    for (const auto &c : components) {
        if (c.addOptions)
            c.addOptions(parser);
    }
    if (!parser.parse(QStringList {QStringLiteral("hearth-cli serve")} + args)) {
        err << "hearth-cli serve: " << parser.errorText() << '\n';
        return cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return cli::ExitOk;
    }

    auto opened = core::Store::open(parser.value(QStringLiteral("db")));
    if (!opened) {
        err << "hearth-cli serve: " << opened.error().message << '\n';
        return cli::ExitFailure;
    }
    cli::ServeContext context {parser.value(QStringLiteral("db")),
                               std::shared_ptr<core::Store>(std::move(opened.value()))};

    std::vector<const cli::ServeComponent *> running;
    auto stopAll = [&running] {
        for (auto it = running.rbegin(); it != running.rend(); ++it) {
            if ((*it)->stop)
                (*it)->stop();
        }
        running.clear();
    };
    for (const auto &c : components) {
        auto started = c.start(parser, context);
        if (!started) {
            err << "hearth-cli serve: " << c.name << ": " << started.error().message << '\n';
            stopAll();
            return cli::ExitFailure;
        }
        if (started.value())
            running.push_back(&c);
    }
    if (running.empty()) {
        err << "hearth-cli serve: " << Tr::tr("nothing to serve (no receiver or API enabled)")
            << '\n';
        return cli::ExitUsage;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        err << "hearth-cli serve: " << Tr::tr("cannot set up signal handling") << '\n';
        stopAll();
        return cli::ExitFailure;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // Printed only once SIGINT/SIGTERM are handled: scripts and tests treat it as "ready".
    out << "hearth-cli serve: store " << context.dbPath << '\n';
    out.flush();

    QTimer minute;
    minute.setInterval(60'000);
    QObject::connect(&minute, &QTimer::timeout, [&running, &out] {
        QStringList parts;
        for (const auto *c : running) {
            if (c->statusLine)
                parts << c->statusLine();
        }
        out << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' '
            << parts.join(QStringLiteral("; ")) << '\n';
        out.flush();
    });
    minute.start();

    QCoreApplication::exec();

    out << "hearth-cli serve: " << Tr::tr("shutting down") << '\n';
    out.flush();
    stopAll();
    if (auto s = context.store->checkpoint(); !s)
        err << "hearth-cli serve: " << s.error().message << '\n';
    context.store.reset();
    return cli::ExitOk;
}

} // namespace

HEARTH_CLI_COMMAND("serve",
                   QT_TRANSLATE_NOOP("hearth::cli::Commands",
                                     "Run the OTLP receiver (and optional query API) headless"),
                   runServe);
