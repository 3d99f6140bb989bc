// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/store.h"

#include <functional>
#include <memory>
#include <QCommandLineParser>
#include <QString>
#include <vector>

namespace hearth::cli {

// What `hearth-cli serve` hands to the services it runs (the OTLP receiver, the query API,
// alerts). The store is open read-write; its writer connection belongs to whichever component
// says it writes (ServeComponent::ownsWriter), others open their own connections.
struct ServeContext
{
    QString dbPath;
    std::shared_ptr<core::Store> store;
};

// One service of `hearth-cli serve`, registered from its own cmd_serve_<name>.cpp with
// HEARTH_SERVE_COMPONENT, so features plug into serve without editing cmd_serve.cpp.
struct ServeComponent
{
    const char *name;
    int order = 0; // started in ascending order, stopped in reverse
    std::function<void(QCommandLineParser &parser)> addOptions;
    // Returns false (without error) when the options do not ask for this component.
    std::function<core::Result<bool>(const QCommandLineParser &parser, ServeContext &context)>
        start;
    // Drains and stops; called on SIGINT/SIGTERM before the store is closed.
    std::function<void()> stop;
    // One short status phrase for the once-a-minute log line, e.g. "otlp: 1200 accepted, 3
    // rejected".
    std::function<QString()> statusLine;
};

std::vector<ServeComponent> &serveComponents();

struct ServeComponentRegistrar
{
    explicit ServeComponentRegistrar(ServeComponent component);
};

} // namespace hearth::cli

#define HEARTH_SERVE_COMPONENT(...)                                                                \
    static const ::hearth::cli::ServeComponentRegistrar HEARTH_CLI_CONCAT(hearthServe_, __LINE__)( \
        ::hearth::cli::ServeComponent {__VA_ARGS__})
