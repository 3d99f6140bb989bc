// SPDX-License-Identifier: MIT
#include "cli/alertengines.h"
#include "cli/command.h"
#include "core/alerts/alertrepository.h"
#include "core/alerts/alertscheduler.h"
#include "core/store/store.h"
#include "core/util/atomicfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Alerts)
};

QString lastRunText(const QVector<core::AlertRun> &runs)
{
    if (runs.isEmpty())
        return QStringLiteral("never");
    return core::formatIsoMicrosQ(runs.front().startedAt).left(19) + QLatin1Char('Z');
}

int list(core::AlertRepository &repo, QTextStream &out, QTextStream &err)
{
    auto rules = repo.rules();
    auto recent = repo.recentRuns(1);
    if (!rules || !recent) {
        err << "hearth-cli alerts: " << (!rules ? rules.error() : recent.error()).message << '\n';
        return cli::ExitFailure;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(QStringLiteral("ID"), 4)
               .arg(QStringLiteral("STATE"), -9)
               .arg(QStringLiteral("ACTIVE"), -6)
               .arg(QStringLiteral("WINDOW"), -8)
               .arg(QStringLiteral("EVERY"), -8)
               .arg(QStringLiteral("LAST RUN"), -20)
               .arg(QStringLiteral("NAME"));
    for (const auto &r : rules.value()) {
        const auto runs = recent->value(r.id);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(r.id, 4)
                   .arg(runs.isEmpty() ? QStringLiteral("no_data")
                                       : core::alertStateKey(runs.front().state),
                        -9)
                   .arg(r.active ? QStringLiteral("yes") : QStringLiteral("no"), -6)
                   .arg(core::formatIsoDuration(r.window), -8)
                   .arg(core::formatIsoDuration(r.interval), -8)
                   .arg(lastRunText(runs), -20)
                   .arg(r.name);
    }
    return cli::ExitOk;
}

int importRules(core::AlertRepository &repo, const QString &file, QTextStream &out,
                QTextStream &err)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "hearth-cli alerts import: "
            << Tr::tr("cannot read %1: %2").arg(file, f.errorString()) << '\n';
        return cli::ExitFailure;
    }
    auto rules = core::parseRulesJson(f.readAll());
    if (!rules) {
        err << "hearth-cli alerts import: " << file << ": " << rules.error().message << '\n';
        return cli::ExitFailure;
    }
    int created = 0;
    int updated = 0;
    // All rules were validated above, so a failure here is the store's, and says so.
    for (auto &rule : rules.value()) {
        auto existing = repo.ruleByName(rule.name);
        if (!existing) {
            err << "hearth-cli alerts import: " << existing.error().message << '\n';
            return cli::ExitFailure;
        }
        if (existing->has_value())
            rule.id = (*existing)->id;
        const bool isNew = rule.id == 0;
        if (auto s = repo.saveRule(rule); !s) {
            err << "hearth-cli alerts import: " << rule.name << ": " << s.error().message << '\n';
            return cli::ExitFailure;
        }
        ++(isNew ? created : updated);
    }
    out << Tr::tr("imported %1 alert(s): %2 new, %3 updated")
               .arg(rules->size())
               .arg(created)
               .arg(updated)
        << '\n';
    return cli::ExitOk;
}

int exportRules(core::AlertRepository &repo, const QString &file, QTextStream &out,
                QTextStream &err)
{
    auto rules = repo.rules();
    if (!rules) {
        err << "hearth-cli alerts export: " << rules.error().message << '\n';
        return cli::ExitFailure;
    }
    const QByteArray json = core::rulesToJson(rules.value());
    if (file.isEmpty() || file == QLatin1String("-")) {
        out << QString::fromUtf8(json) << '\n';
        return cli::ExitOk;
    }
    if (auto s = core::writeFileAtomically(file, json); !s) {
        err << "hearth-cli alerts export: " << s.error().message << '\n';
        return cli::ExitFailure;
    }
    out << Tr::tr("exported %1 alert(s) to %2").arg(rules->size()).arg(file) << '\n';
    return cli::ExitOk;
}

int runOnce(const QString &db, std::shared_ptr<core::AlertRepository> repo, const QString &name,
            const QStringList &connections, QTextStream &out, QTextStream &err)
{
    auto engines = cli::headlessAlertEngines(db, connections);
    if (!engines) {
        err << "hearth-cli alerts run-once: " << engines.error().message << '\n';
        return cli::ExitUsage;
    }
    auto rules = repo->rules();
    if (!rules) {
        err << "hearth-cli alerts run-once: " << rules.error().message << '\n';
        return cli::ExitFailure;
    }
    core::AlertScheduler scheduler(repo, core::alertEngineResolver(engines.value()),
                                   std::make_shared<core::SystemAlertClock>());
    int ran = 0;
    for (const auto &rule : rules.value()) {
        // A named rule runs even when inactive (trying it out); otherwise only active ones.
        if (name.isEmpty() ? !rule.active : rule.name != name)
            continue;
        auto run = scheduler.runRule(rule);
        if (!run) {
            err << "hearth-cli alerts run-once: " << rule.name << ": " << run.error().message
                << '\n';
            return cli::ExitFailure;
        }
        ++ran;
        out << core::alertStateKey(run->state) << '\t' << run->rowCount.value_or(0) << " rows\t"
            << rule.name;
        if (run->failed())
            out << "\terror: " << run->error;
        if (run->deliveryFailed())
            out << "\tdelivery failed: " << QString::fromUtf8(run->deliveryJson);
        out << '\n';
    }
    if (!name.isEmpty() && ran == 0) {
        err << "hearth-cli alerts run-once: " << Tr::tr("no alert named \"%1\"").arg(name) << '\n';
        return cli::ExitFailure;
    }
    return cli::ExitOk;
}

int runAlerts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Manage alert rules.\n"
        "  list                 rules with their last state\n"
        "  import FILE          add or update rules (by name) from JSON (Logfire's alert fields)\n"
        "  export [FILE]        write every rule as JSON (stdout without FILE)\n"
        "  run-once [--name N]  evaluate active rules (or the named one) now, record and notify"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
                      core::defaultStorePath()});
    parser.addOption(
        {QStringLiteral("name"), Tr::tr("run-once: only this rule."), QStringLiteral("NAME")});
    cli::addAlertConnectionOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("list, import, export or run-once"));
    parser.process(QStringList {QStringLiteral("hearth-cli alerts")} + args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions {QStringLiteral("list"), QStringLiteral("import"),
                                      QStringLiteral("export"), QStringLiteral("run-once")};
    if (!actions.contains(action)) {
        err << "hearth-cli alerts: " << Tr::tr("expected one of list, import, export, run-once")
            << (action.isEmpty() ? QString() : Tr::tr(" (got \"%1\")").arg(action)) << '\n';
        return cli::ExitUsage;
    }
    if (action == QLatin1String("import") && positional.size() < 2) {
        err << "hearth-cli alerts import: " << Tr::tr("which file? (hearth-cli alerts import FILE)")
            << '\n';
        return cli::ExitUsage;
    }

    const QString db = parser.value(QStringLiteral("db"));
    // Opening read-write creates and migrates the store, so alert tables exist.
    auto store = core::Store::open(db);
    if (!store) {
        err << "hearth-cli alerts: " << store.error().message << '\n';
        return cli::ExitFailure;
    }
    auto opened = core::AlertRepository::open(db);
    if (!opened) {
        err << "hearth-cli alerts: " << opened.error().message << '\n';
        return cli::ExitFailure;
    }
    std::shared_ptr<core::AlertRepository> repo(std::move(opened.value()));

    if (action == QLatin1String("list"))
        return list(*repo, out, err);
    if (action == QLatin1String("import"))
        return importRules(*repo, positional.at(1), out, err);
    if (action == QLatin1String("export"))
        return exportRules(*repo, positional.value(1), out, err);
    return runOnce(db, repo, parser.value(QStringLiteral("name")),
                   parser.values(QStringLiteral("alerts-connection")), out, err);
}

} // namespace

HEARTH_CLI_COMMAND("alerts",
                   QT_TRANSLATE_NOOP("hearth::cli::Commands",
                                     "Alert rules: list, import, export, run-once"),
                   runAlerts);
