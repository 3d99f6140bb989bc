// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <QStringList>

namespace hearth::cli {

// A subcommand of hearth-cli. Each lives in its own cmd_<name>.cpp and registers itself with
// HEARTH_CLI_COMMAND, so features add commands without editing a central list.
struct Command
{
    const char *name;
    const char *summary;
    // Receives the arguments after the command name; returns the process exit code.
    std::function<int(const QStringList &args)> run;
    // Renderers (PNG output) need a QApplication on the offscreen platform; other commands run on
    // a QCoreApplication and never touch a display.
    bool needsGui = false;
};

std::map<QString, Command> &commandRegistry();

struct CommandRegistrar
{
    explicit CommandRegistrar(Command command);
};

// The translation context of Command::summary: write summaries as
// QT_TRANSLATE_NOOP("hearth::cli::Commands", "...") so lupdate finds them.
inline constexpr const char *kCommandSummaryContext = "hearth::cli::Commands";

// Exit codes shared by the commands.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace hearth::cli

#define HEARTH_CLI_CONCAT_(a, b) a##b
#define HEARTH_CLI_CONCAT(a, b) HEARTH_CLI_CONCAT_(a, b)
#define HEARTH_CLI_COMMAND(name, summary, fn)                                                      \
    static const ::hearth::cli::CommandRegistrar HEARTH_CLI_CONCAT(hearthCliCommand_, __LINE__)(   \
        ::hearth::cli::Command {name, summary, fn})
