// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/query/localengine.h"
#include "core/query/resultformat.h"
#include "core/remote/remoteengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Query)
};

// "NAME=VALUE"; repeated names make a multi-value (list) variable; "NAME=a,b" stays one text.
bool addVariable(QVariantMap &vars, const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    const QString name = spec.left(eq);
    const QString value = spec.mid(eq + 1);
    if (vars.contains(name)) {
        QStringList list = vars[name].typeId() == QMetaType::QStringList
            ? vars[name].toStringList()
            : QStringList {vars[name].toString()};
        list << value;
        vars[name] = list;
    } else {
        vars[name] = value;
    }
    return true;
}

int runQuery(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run Logfire SQL on a local store or on Logfire's query API (or a hearth-cli serve "
               "--query-api)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("A local store file."), QStringLiteral("FILE")},
        {QStringLiteral("remote"),
         Tr::tr("A query API base URL (https://logfire-eu.pydantic.dev, or 'auto' for the "
                "token's region)."),
         QStringLiteral("URL")},
        {QStringLiteral("token"), Tr::tr("Read token for --remote (default: $LOGFIRE_READ_TOKEN)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("sql"), Tr::tr("The query."), QStringLiteral("SQL")},
        {QStringLiteral("since"), Tr::tr("Only the last DURATION (24h, 7d, 15m)."),
         QStringLiteral("DURATION")},
        {QStringLiteral("from"), Tr::tr("Window start (RFC 3339)."), QStringLiteral("TS")},
        {QStringLiteral("to"), Tr::tr("Window end (RFC 3339)."), QStringLiteral("TS")},
        {QStringLiteral("var"),
         Tr::tr("A variable for $NAME (repeat a name for a multi-value list)."),
         QStringLiteral("NAME=VALUE")},
        {QStringLiteral("limit"), Tr::tr("Row limit (default 10000)."), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("format"), Tr::tr("json (Logfire v2 shape), csv or table."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
        {QStringLiteral("timeout"), Tr::tr("Seconds before the query is stopped."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
    });
    if (!parser.parse(QStringList {QStringLiteral("hearth-cli query")} + args)) {
        err << "hearth-cli query: " << parser.errorText() << '\n';
        return cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return cli::ExitOk;
    }
    auto usage = [&](const QString &message) {
        err << "hearth-cli query: " << message << '\n';
        return cli::ExitUsage;
    };
    const bool local = parser.isSet(QStringLiteral("db"));
    const bool remote = parser.isSet(QStringLiteral("remote"));
    if (local == remote)
        return usage(Tr::tr("give exactly one of --db FILE or --remote URL"));
    if (!parser.isSet(QStringLiteral("sql")))
        return usage(Tr::tr("--sql is required"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")
        && format != QLatin1String("table"))
        return usage(Tr::tr("--format must be json, csv or table"));

    core::QueryRequest request;
    request.sql = parser.value(QStringLiteral("sql"));
    bool ok = false;
    request.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || request.limit < 1)
        return usage(Tr::tr("--limit must be a positive integer"));
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0)
        return usage(Tr::tr("--timeout must be a positive number of seconds"));
    request.timeout = std::chrono::milliseconds(qint64(timeout * 1000));
    if (parser.isSet(QStringLiteral("since"))) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))
            return usage(Tr::tr("use --since or --from/--to, not both"));
        const auto d = core::parseDuration(parser.value(QStringLiteral("since")).toStdString());
        if (!d || *d <= 0)
            return usage(Tr::tr("cannot read --since '%1' (e.g. 24h, 7d, 15m)")
                             .arg(parser.value(QStringLiteral("since"))));
        request.minTimestamp = core::nowMicros() - *d;
    }
    for (const char *opt : {"from", "to"}) {
        const QString name = QLatin1String(opt);
        if (!parser.isSet(name))
            continue;
        const auto ts = core::parseIsoMicros(parser.value(name).toStdString());
        if (!ts)
            return usage(
                Tr::tr("cannot read --%1 '%2' as a timestamp").arg(name, parser.value(name)));
        (name == QLatin1String("from") ? request.minTimestamp : request.maxTimestamp) = *ts;
    }
    for (const QString &spec : parser.values(QStringLiteral("var"))) {
        if (!addVariable(request.variables, spec))
            return usage(Tr::tr("--var needs NAME=VALUE, got '%1'").arg(spec));
    }

    std::unique_ptr<core::QueryEngine> engine;
    if (local) {
        engine = std::make_unique<core::LocalEngine>(parser.value(QStringLiteral("db")));
    } else {
        core::RemoteOptions options;
        options.token = parser.isSet(QStringLiteral("token"))
            ? parser.value(QStringLiteral("token"))
            : qEnvironmentVariable("LOGFIRE_READ_TOKEN");
        if (options.token.isEmpty())
            return usage(Tr::tr("--remote needs --token or $LOGFIRE_READ_TOKEN"));
        const QString url = parser.value(QStringLiteral("remote"));
        if (url != QLatin1String("auto"))
            options.baseUrl = url;
        engine = std::make_unique<core::RemoteEngine>(options);
    }
    auto result = engine->run(request, std::make_shared<core::CancelToken>());
    if (!result) {
        err << "hearth-cli query: " << result.error().message << '\n';
        return cli::ExitFailure;
    }
    if (format == QLatin1String("json")) {
        out << QString::fromStdString(core::toV2Json(result.value()).dump(2)) << '\n';
    } else if (format == QLatin1String("csv")) {
        out.flush();
        const QByteArray csv = core::toCsv(result.value());
        fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    } else {
        out << core::toTextTable(result.value());
        err << Tr::tr("%n row(s) in %1 ms", nullptr, int(result->rows.size()))
                   .arg(QString::number(result->elapsedMs, 'f', 1))
            << (result->truncated ? Tr::tr(" (truncated by the row limit)") : QString()) << '\n';
    }
    return cli::ExitOk;
}

} // namespace

HEARTH_CLI_COMMAND(
    "query",
    QT_TRANSLATE_NOOP("hearth::cli::Commands",
                      "Run Logfire SQL on a store or a query API (json, csv or table)"),
    runQuery);
