// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Info)
};

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Print what a store holds."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
                      core::defaultStorePath()});
    parser.process(QStringList {QStringLiteral("hearth-cli info")} + args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto store
        = core::Store::open(parser.value(QStringLiteral("db")), core::Store::OpenMode::ReadOnly);
    if (!store) {
        err << "hearth-cli: " << store.error().message << '\n';
        return cli::ExitFailure;
    }
    auto records = (*store)->recordCount();
    auto metrics = (*store)->metricCount();
    if (!records || !metrics) {
        err << "hearth-cli: " << (!records ? records.error() : metrics.error()).message << '\n';
        return cli::ExitFailure;
    }
    out << "store:          " << (*store)->path() << '\n'
        << "schema version: " << (*store)->schemaVersion() << '\n'
        << "records:        " << records.value() << '\n'
        << "metrics:        " << metrics.value() << '\n';
    return cli::ExitOk;
}

} // namespace

HEARTH_CLI_COMMAND("info",
                   QT_TRANSLATE_NOOP("hearth::cli::Commands",
                                     "Print what a store holds (records, metrics, schema version)"),
                   runInfo);
