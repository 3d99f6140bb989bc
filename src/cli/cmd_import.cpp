// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/io/importer.h"
#include "core/store/store.h"

#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hearth;

namespace {

// Ctrl-C / SIGTERM cancel the import, which then deletes the rows it inserted; a second signal
// kills the process (the next import rolls that one back). Setting the token's atomic flag is
// async-signal-safe.
core::CancelToken *g_cancel = nullptr;

extern "C" void cancelOnSignal(int)
{
    if (g_cancel)
        g_cancel->cancel();
}

void installCancelHandlers(core::CancelToken *token)
{
    g_cancel = token;
    struct sigaction action
    {
    };
    action.sa_handler = cancelOnSignal;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void restoreSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel = nullptr;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Import)
};

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import Logfire query results (v2 JSON, NDJSON, CSV, v1 JSON) and OTLP files "
               "(.json, .pb, Collector JSON lines) into a store. A failed or stopped import "
               "leaves nothing behind; rows already in the store are not duplicated."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
                      core::defaultStorePath()});
    parser.addOption({QStringLiteral("skip-bad"),
                      Tr::tr("Skip malformed lines/rows (reported) instead of stopping.")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("Force the format: json, ndjson, csv, otlp-json, otlp-pb."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("quiet"), Tr::tr("No progress on stderr.")});
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Files to import."),
                                 QStringLiteral("PATH..."));
    parser.process(QStringList {QStringLiteral("hearth-cli import")} + args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "hearth-cli import: " << Tr::tr("name at least one file to import.") << '\n';
        return cli::ExitUsage;
    }
    core::io::ImportOptions options;
    options.onError = parser.isSet(QStringLiteral("skip-bad"))
        ? core::io::ImportOptions::OnError::Skip
        : core::io::ImportOptions::OnError::Stop;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString f = parser.value(QStringLiteral("format"));
        const std::pair<const char *, core::io::ImportFormat> names[] = {
            {"json", core::io::ImportFormat::LogfireJson},
            {"ndjson", core::io::ImportFormat::LogfireNdjson},
            {"csv", core::io::ImportFormat::Csv},
            {"otlp-json", core::io::ImportFormat::OtlpJson},
            {"otlp-pb", core::io::ImportFormat::OtlpProtobuf},
        };
        bool found = false;
        for (const auto &[name, format] : names) {
            if (f == QLatin1String(name)) {
                options.format = format;
                found = true;
            }
        }
        if (!found) {
            err << "hearth-cli import: "
                << Tr::tr("unknown format '%1' (json, ndjson, csv, otlp-json, otlp-pb).").arg(f)
                << '\n';
            return cli::ExitUsage;
        }
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (!quiet && percent / 10 != lastPercent / 10) {
            err << Tr::tr("importing: %1%").arg(percent) << '\n';
            err.flush();
        }
        lastPercent = percent;
    };

    auto store = core::Store::open(parser.value(QStringLiteral("db")));
    if (!store) {
        err << "hearth-cli: " << store.error().message << '\n';
        return cli::ExitFailure;
    }
    options.cancel = std::make_shared<core::CancelToken>();
    installCancelHandlers(options.cancel.get());
    QElapsedTimer timer;
    timer.start();
    core::io::Importer importer(**store, options);
    auto report = importer.importFiles(paths);
    restoreSignals();
    if (!report) {
        err << "hearth-cli import: " << report.error().message << '\n';
        return cli::ExitFailure;
    }
    for (const auto &issue : report->issues)
        err << "skipped: " << issue.toString() << '\n';
    if (report->rowsSkipped > static_cast<qint64>(report->issues.size()))
        err << "skipped: " << (report->rowsSkipped - static_cast<qint64>(report->issues.size()))
            << " more\n";
    out << "formats: " << report->formats.join(QStringLiteral(", ")) << '\n'
        << report->summary() << '\n'
        << "records: " << report->recordsInserted << " new, " << report->recordsDuplicate
        << " duplicate\n"
        << "metrics: " << report->metricsInserted << " new, " << report->metricsDuplicate
        << " duplicate\n"
        << "skipped: " << report->rowsSkipped << '\n'
        << "seconds: " << QString::number(timer.elapsed() / 1000.0, 'f', 2) << '\n';
    return cli::ExitOk;
}

} // namespace

HEARTH_CLI_COMMAND(
    "import",
    QT_TRANSLATE_NOOP("hearth::cli::Commands",
                      "Import Logfire exports (JSON, NDJSON, CSV) and OTLP files into a store"),
    runImport);
