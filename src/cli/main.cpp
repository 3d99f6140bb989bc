// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/i18n/translations.h"
#include "hearth/version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

using namespace hearth::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Main)
};

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: hearth-cli <command> [options]") << "\n\n"
        << Tr::tr("Hearth's command line: the embedded OTLP receiver, queries, demo data, import "
                  "and export.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    // Summaries are marked with QT_TRANSLATE_NOOP in each HEARTH_CLI_COMMAND.
    for (const auto &[name, command] : commandRegistry())
        out << "  " << name.leftJustified(14)
            << QCoreApplication::translate(kCommandSummaryContext, command.summary) << '\n';
    out << '\n'
        << Tr::tr("Run 'hearth-cli <command> --help' for a command's options.") << '\n'
        << "  --version     " << Tr::tr("print the version") << '\n';
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    const auto &registry = commandRegistry();
    const auto it = argc > 1 ? registry.find(QString::fromLocal8Bit(argv[1])) : registry.end();
    if (it != registry.end() && it->second.needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setOrganizationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    // HEARTH_LANGUAGE (en, de, es) wins; otherwise the system locale (LANG=C gives English).
    hearth::core::installTranslations(*app, qEnvironmentVariable("HEARTH_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "hearth-cli " << HEARTH_VERSION << '\n';
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    const auto &registry = commandRegistry();
    const auto it = registry.find(first);
    if (it == registry.end()) {
        err << Tr::tr("hearth-cli: unknown command '%1'").arg(first) << "\n\n";
        printUsage(err);
        return ExitUsage;
    }
    return it->second.run(args);
}
