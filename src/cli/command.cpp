// SPDX-License-Identifier: MIT
#include "cli/command.h"

namespace hearth::cli {

std::map<QString, Command> &commandRegistry()
{
    static std::map<QString, Command> registry;
    return registry;
}

CommandRegistrar::CommandRegistrar(Command command)
{
    commandRegistry().emplace(QString::fromLatin1(command.name), std::move(command));
}

} // namespace hearth::cli
