// SPDX-License-Identifier: MIT
#include "cli/alertengines.h"

#include "core/query/localengine.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QSettings>

namespace hearth::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Alerts)
};

} // namespace

void addAlertConnectionOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("alerts-connection"),
                      Tr::tr("A Logfire connection alert rules may name (repeatable). URL is the "
                             "query API base URL, or us / eu; the read token comes from "
                             "$HEARTH_READ_TOKEN_<NAME>, else $LOGFIRE_READ_TOKEN."),
                      QStringLiteral("NAME=URL")});
}

QString tokenVariableFor(const QString &connectionName)
{
    QString key;
    for (const QChar c : connectionName.toUpper())
        key += (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ? c
            : QLatin1Char('_');
    return QStringLiteral("HEARTH_READ_TOKEN_") + key;
}

core::Result<std::shared_ptr<core::AlertEngines>>
headlessAlertEngines(const QString &storePath, const QStringList &connectionSpecs)
{
    auto engines
        = std::make_shared<core::AlertEngines>(std::make_shared<core::LocalEngine>(storePath));
    QList<core::LogfireConnection> connections;
    QHash<QString, QString> tokens;
    QHash<QString, QString> problems;
    const auto noTokenBecause = [](const QString &variable) {
        return Tr::tr("set %1 in the environment of this process").arg(variable);
    };

    for (const QString &spec : connectionSpecs) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? spec.left(eq).trimmed() : QString();
        const QString url = eq > 0 ? spec.mid(eq + 1).trimmed() : QString();
        if (name.isEmpty() || url.isEmpty())
            return core::Error::make(
                core::Error::Code::InvalidInput,
                Tr::tr("--alerts-connection needs NAME=URL, got '%1'").arg(spec));
        if (name == QLatin1String("local"))
            return core::Error::make(core::Error::Code::InvalidInput,
                                     Tr::tr("--alerts-connection: 'local' names the store itself"));
        core::LogfireConnection c;
        c.id = name;
        c.name = name;
        if (url == QLatin1String("us") || url == QLatin1String("eu"))
            c.region = url;
        else
            c.baseUrl = url;
        connections.push_back(c);
        const QString variable = tokenVariableFor(name);
        QString token = qEnvironmentVariable(qPrintable(variable));
        if (token.isEmpty())
            token = qEnvironmentVariable("LOGFIRE_READ_TOKEN");
        if (token.isEmpty())
            problems.insert(c.id,
                            Tr::tr("set %1 (or LOGFIRE_READ_TOKEN) in the environment of "
                                   "this process")
                                .arg(variable));
        else
            tokens.insert(c.id, token);
    }

    QString envToken;
    if (auto env = core::ConnectionList::fromEnvironment(&envToken)) {
        connections.push_back(*env);
        tokens.insert(env->id, envToken);
    }

    QSettings settings;
    for (const auto &saved : core::ConnectionList::load(settings)) {
        connections.push_back(saved);
        const QString variable = tokenVariableFor(saved.name);
        const QString token = qEnvironmentVariable(qPrintable(variable));
        if (token.isEmpty())
            problems.insert(saved.id,
                            noTokenBecause(variable)
                                + Tr::tr(" (only the Hearth app reads the "
                                         "keychain)"));
        else
            tokens.insert(saved.id, token);
    }

    engines->setConnections(connections);
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        engines->setToken(it.key(), it.value());
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        engines->setTokenProblem(it.key(), it.value());
    return engines;
}

} // namespace hearth::cli
