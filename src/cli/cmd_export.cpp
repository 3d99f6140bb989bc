// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/io/casefile.h"
#include "core/io/exporter.h"
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Export)
};

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export a query result, one trace or a time window as CSV, Logfire v2 JSON "
               "or NDJSON, or as a case file (.hearth) that another Hearth opens "
               "read-only."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
                      core::defaultStorePath()});
    parser.addOption(
        {QStringLiteral("sql"), Tr::tr("A query (Logfire SQL)."), QStringLiteral("SQL")});
    parser.addOption(
        {QStringLiteral("trace"), Tr::tr("A trace id (repeatable)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("since"), Tr::tr("A time window ending now, e.g. 24h, 7d."),
                      QStringLiteral("D")});
    parser.addOption(
        {QStringLiteral("metrics"), Tr::tr("With --since: export metric points, not records.")});
    parser.addOption({QStringLiteral("limit"),
                      Tr::tr("With --sql: at most this many rows (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The output file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("csv, json, ndjson or case (default: from the extension; "
                             ".hearth = case)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("title"), Tr::tr("Case file title."), QStringLiteral("TEXT")});
    parser.process(QStringList {QStringLiteral("hearth-cli export")} + args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString db = parser.value(QStringLiteral("db"));
    const QString outPath = parser.value(QStringLiteral("out"));
    const int sources = int(parser.isSet(QStringLiteral("sql")))
        + int(parser.isSet(QStringLiteral("trace"))) + int(parser.isSet(QStringLiteral("since")));
    if (outPath.isEmpty() || sources != 1) {
        err << "hearth-cli export: "
            << Tr::tr("give --out PATH and exactly one of --sql, --trace, --since.") << '\n';
        return cli::ExitUsage;
    }
    const auto format = parser.isSet(QStringLiteral("format"))
        ? core::io::exportFormatFromName(parser.value(QStringLiteral("format")))
        : core::io::exportFormatFromPath(outPath);
    if (!format) {
        err << "hearth-cli export: "
            << Tr::tr("cannot tell the format of '%1'; use .csv, .json, .ndjson or .hearth, or "
                      "--format.")
                   .arg(outPath)
            << '\n';
        return cli::ExitUsage;
    }
    {
        auto store = core::Store::open(db, core::Store::OpenMode::ReadOnly);
        if (!store) {
            err << "hearth-cli: " << store.error().message << '\n';
            return cli::ExitFailure;
        }
    }

    const core::Micros now = core::nowMicros();
    std::optional<core::Micros> since;
    if (parser.isSet(QStringLiteral("since"))) {
        const auto d = core::parseDuration(parser.value(QStringLiteral("since")).toStdString());
        if (!d) {
            err << "hearth-cli export: "
                << Tr::tr("'%1' is not a duration (e.g. 30m, 24h, 7d).")
                       .arg(parser.value(QStringLiteral("since")))
                << '\n';
            return cli::ExitUsage;
        }
        since = now - *d;
    }

    std::optional<core::QueryResult> result;
    if (parser.isSet(QStringLiteral("sql"))) {
        core::LocalEngine engine(db);
        core::QueryRequest request;
        request.sql = parser.value(QStringLiteral("sql"));
        request.limit = parser.value(QStringLiteral("limit")).toInt();
        request.timeout = std::chrono::minutes(10);
        auto r = engine.run(request, std::make_shared<core::CancelToken>());
        if (!r) {
            err << "hearth-cli export: " << r.error().message << '\n';
            return cli::ExitFailure;
        }
        result = std::move(r.value());
    }

    if (*format == core::io::ExportFormat::Case) {
        core::io::CaseSelection selection;
        selection.title = parser.value(QStringLiteral("title"));
        selection.traceIds = parser.values(QStringLiteral("trace"));
        if (since) {
            selection.minUs = since;
            selection.maxUs = now + 1;
        }
        if (result) {
            const int col = result->columnIndex(QStringLiteral("trace_id"));
            if (col < 0) {
                err << "hearth-cli export: "
                    << Tr::tr("a case file from --sql needs a trace_id column in the result (the "
                              "case holds whole traces).")
                    << '\n';
                return cli::ExitUsage;
            }
            QSet<QString> seen;
            for (const auto &row : result->rows) {
                const QString id = row.value(col).toString();
                if (!id.isEmpty() && !seen.contains(id)) {
                    seen.insert(id);
                    selection.traceIds << id;
                }
            }
        }
        auto summary = core::io::writeCaseFile(db, selection, outPath);
        if (!summary) {
            err << "hearth-cli export: " << summary.error().message << '\n';
            return cli::ExitFailure;
        }
        out << "case file: " << outPath << '\n'
            << "records: " << summary->records << '\n'
            << "metrics: " << summary->metrics << '\n'
            << "dashboards: " << summary->dashboards << '\n'
            << "saved searches: " << summary->savedSearches << '\n'
            << "notes: " << summary->notes << '\n'
            << "redacted values: " << summary->redactedValues << '\n';
        return cli::ExitOk;
    }

    core::Result<qint64> rows = qint64(0);
    if (result) {
        rows = core::io::exportResult(*result, *format, outPath);
        if (rows && result->truncated)
            err << "hearth-cli export: "
                << Tr::tr("the result was cut at --limit %1 rows.")
                       .arg(parser.value(QStringLiteral("limit")))
                << '\n';
    } else if (parser.isSet(QStringLiteral("trace"))) {
        const QStringList traces = parser.values(QStringLiteral("trace"));
        if (traces.size() != 1) {
            err << "hearth-cli export: "
                << Tr::tr("one --trace per file (a case file takes several).") << '\n';
            return cli::ExitUsage;
        }
        rows = core::io::exportTrace(db, traces.first(), *format, outPath);
        if (rows && *rows == 0) {
            err << "hearth-cli export: "
                << Tr::tr("no records of trace %1 in %2.").arg(traces.first(), db) << '\n';
            return cli::ExitFailure;
        }
    } else {
        rows = core::io::exportWindow(db, *since, now + 1, parser.isSet(QStringLiteral("metrics")),
                                      *format, outPath);
    }
    if (!rows) {
        err << "hearth-cli export: " << rows.error().message << '\n';
        return cli::ExitFailure;
    }
    out << "rows: " << *rows << '\n' << "file: " << outPath << '\n';
    return cli::ExitOk;
}

} // namespace

HEARTH_CLI_COMMAND(
    "export",
    QT_TRANSLATE_NOOP("hearth::cli::Commands",
                      "Export a query, a trace or a time window (CSV, JSON, NDJSON, case file)"),
    runExport);
