// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/demo/demogenerator.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Demo)
};

// Accepts RFC 3339 text or integer microseconds since the epoch.
std::optional<core::Micros> parseEnd(const QString &text)
{
    bool isNumber = false;
    const qint64 us = text.toLongLong(&isNumber);
    if (isNumber)
        return us > 0 ? std::optional<core::Micros>(us) : std::nullopt;
    return core::parseIsoMicros(text.toStdString());
}

QString grouped(std::int64_t n)
{
    QString digits = QString::number(n);
    for (int i = digits.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write deterministic demo data: a gateway and an agent-worker running LLM agents, with "
        "logs, exceptions, pending spans and metrics."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file (created if missing)."),
                      QStringLiteral("FILE"), core::defaultStorePath()});
    parser.addOption({QStringLiteral("traces"), Tr::tr("Number of traces (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("seed"), Tr::tr("Random seed (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("days"),
                      Tr::tr("Days of history ending at the end time (default 7)."),
                      QStringLiteral("D"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("end"),
                      Tr::tr("End time, RFC 3339 or microseconds since the epoch (default "
                             "now). Same seed and end, same rows."),
                      QStringLiteral("TS")});
    parser.process(QStringList {QStringLiteral("hearth-cli demo")} + args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.positionalArguments().isEmpty()) {
        err << "hearth-cli demo: "
            << Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()) << '\n';
        return cli::ExitUsage;
    }

    core::demo::Options options;
    bool ok = false;
    options.traces = parser.value(QStringLiteral("traces")).toInt(&ok);
    if (!ok || options.traces < 0 || options.traces > 50'000'000) {
        err << "hearth-cli demo: "
            << Tr::tr("--traces must be a whole number from 0 to 50000000, not '%1'")
                   .arg(parser.value(QStringLiteral("traces")))
            << '\n';
        return cli::ExitUsage;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        err << "hearth-cli demo: "
            << Tr::tr("--seed must be a non-negative whole number, not '%1'")
                   .arg(parser.value(QStringLiteral("seed")))
            << '\n';
        return cli::ExitUsage;
    }
    options.days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || options.days < 1 || options.days > 366) {
        err << "hearth-cli demo: "
            << Tr::tr("--days must be a whole number from 1 to 366, not '%1'")
                   .arg(parser.value(QStringLiteral("days")))
            << '\n';
        return cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("end"))) {
        const auto end = parseEnd(parser.value(QStringLiteral("end")));
        if (!end) {
            err << "hearth-cli demo: "
                << Tr::tr("--end must be an RFC 3339 time (2026-11-28T04:00:00Z) or "
                          "microseconds since the epoch, not '%1'")
                       .arg(parser.value(QStringLiteral("end")))
                << '\n';
            return cli::ExitUsage;
        }
        options.endUs = *end;
    }

    auto store = core::Store::open(parser.value(QStringLiteral("db")));
    if (!store) {
        err << "hearth-cli: " << store.error().message << '\n';
        return cli::ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = core::demo::generate(**store, options);
    if (!summary) {
        err << "hearth-cli demo: " << summary.error().message << '\n';
        return cli::ExitFailure;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const auto &s = summary.value();
    if (s.alreadyWritten) {
        out << Tr::tr("Demo data with seed %1, %2 traces and %3 days ending %4 is already in "
                      "%5; nothing written.")
                   .arg(options.seed)
                   .arg(options.traces)
                   .arg(options.days)
                   .arg(core::formatIsoMicrosQ(s.endUs), (*store)->path())
            << '\n'
            << "  records:        0\n";
        return cli::ExitOk;
    }
    // The indented "key: value" lines below stay English: scripts and tests read them.
    out << Tr::tr("Wrote demo data to %1 (seed %2, %3 days from %4 to %5)")
               .arg((*store)->path())
               .arg(options.seed)
               .arg(options.days)
               .arg(core::formatIsoMicrosQ(s.startUs), core::formatIsoMicrosQ(s.endUs))
        << '\n'
        << "  records:        " << s.records << '\n'
        << "  traces:         " << s.traces << '\n'
        << "  spans:          " << s.spans << '\n'
        << "  logs:           " << s.logs << '\n'
        << "  span events:    " << s.spanEvents << '\n'
        << "  exceptions:     " << s.exceptions << '\n'
        << "  pending spans:  " << s.pendingSpans << " (in records_all only)\n"
        << "  metrics:        " << s.metrics << '\n'
        << "  input tokens:   " << s.inputTokens << '\n'
        << "  output tokens:  " << s.outputTokens << '\n'
        << "  cost:           $" << QString::number(s.cost, 'f', 4) << '\n';
    if (s.duplicates > 0)
        out << "  skipped:        " << s.duplicates << " rows already in the store\n";
    out << "  time:           " << QString::number(seconds, 'f', 2) << " s ("
        << grouped(
               static_cast<std::int64_t>(static_cast<double>(s.records) / std::max(seconds, 1e-6)))
        << " records/s)\n";
    return cli::ExitOk;
}

} // namespace

HEARTH_CLI_COMMAND(
    "demo",
    QT_TRANSLATE_NOOP("hearth::cli::Commands",
                      "Write deterministic demo data (agents, LLM calls, logs, metrics)"),
    runDemo);
