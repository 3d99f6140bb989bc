// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertengines.h"

#include <memory>
#include <QCommandLineParser>
#include <QStringList>

namespace hearth::cli {

// The option headless alert evaluation shares (serve, alerts run-once):
// --alerts-connection NAME=URL, repeatable.
void addAlertConnectionOption(QCommandLineParser &parser);

// The engines a headless process offers alert rules: the local store, and the Logfire
// connections a rule may name:
//  - each --alerts-connection NAME=URL (URL may be "us" or "eu" for Logfire's regions);
//  - the connections saved by the GUI (same settings file), by id or name;
//  - "env": LOGFIRE_READ_TOKEN with LOGFIRE_BASE_URL, as `hearth-cli query` uses them.
// Tokens only ever come from the environment, never the command line (visible in ps) nor the
// keychain (a service has no desktop session): HEARTH_READ_TOKEN_<NAME> (NAME upper-cased,
// other characters as '_'), and for --alerts-connection also LOGFIRE_READ_TOKEN as a fallback.
// A connection without a token stays known, so its rules record "no read token for …".
core::Result<std::shared_ptr<core::AlertEngines>>
headlessAlertEngines(const QString &storePath, const QStringList &connectionSpecs);

// "HEARTH_READ_TOKEN_PROD_EU" for "prod-eu".
QString tokenVariableFor(const QString &connectionName);

} // namespace hearth::cli
