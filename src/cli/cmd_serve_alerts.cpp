// SPDX-License-Identifier: MIT
#include "cli/alertengines.h"
#include "cli/command.h"
#include "cli/serve.h"
#include "core/alerts/alertleasekeeper.h"
#include "core/alerts/alertscheduler.h"

#include <algorithm>
#include <QCoreApplication>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::ServeAlerts)
};

// Alerts in `hearth-cli serve`. The store's writer connection belongs to the OTLP ingest
// component, so runs are written through an AlertRepository on a read-write connection of its
// own: each write is one small INSERT, which under WAL only ever waits (busy timeout) for the
// ingest transaction in flight, and never holds the write lock for longer than that insert.
struct ServeAlerts
{
    std::shared_ptr<core::AlertEngines> engines; // outlives the scheduler that uses it
    std::unique_ptr<core::AlertScheduler> scheduler;
    // The lease runs on the pool here too (one code path with the app): serve's main thread,
    // which answers signals and prints status, never waits for the ingest's write lock.
    std::unique_ptr<core::AlertLeaseKeeper> lease;
};

ServeAlerts &state()
{
    static ServeAlerts s;
    return s;
}

// Who evaluates, after the scheduler's evaluatorChanged (the lease's first answer included, so a
// second serve says at once who does).
QString evaluatorLine(bool evaluating)
{
    if (evaluating)
        return QStringLiteral("this process evaluates the rules");
    auto *scheduler = state().scheduler.get();
    if (const auto holder = scheduler ? scheduler->evaluator() : std::nullopt)
        return Tr::tr("rules are evaluated by %1").arg(holder->describe());
    return QStringLiteral("stopped evaluating the rules");
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("alerts"),
                      Tr::tr("Evaluate alert rules even if the store has none yet (rules "
                             "added later are picked up). On by default when the store "
                             "has an active rule.")});
    parser.addOption({QStringLiteral("no-alerts"), Tr::tr("Do not evaluate alert rules.")});
    parser.addOption({QStringLiteral("alerts-concurrency"),
                      Tr::tr("Alert rules evaluated at the same time (default 2)."),
                      QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("alerts-poll-ms"),
                      Tr::tr("How often to look for due rules (default 1000)."),
                      QStringLiteral("MS"), QStringLiteral("1000")});
    cli::addAlertConnectionOption(parser);
}

core::Result<bool> start(const QCommandLineParser &parser, cli::ServeContext &context)
{
    if (parser.isSet(QStringLiteral("no-alerts")))
        return false;
    bool okConcurrency = false;
    bool okPoll = false;
    const int concurrency
        = parser.value(QStringLiteral("alerts-concurrency")).toInt(&okConcurrency);
    const int poll = parser.value(QStringLiteral("alerts-poll-ms")).toInt(&okPoll);
    if (!okConcurrency || concurrency < 1 || concurrency > 64)
        return core::Error::make(core::Error::Code::InvalidInput,
                                 Tr::tr("--alerts-concurrency must be 1 to 64"));
    if (!okPoll || poll < 10)
        return core::Error::make(core::Error::Code::InvalidInput,
                                 Tr::tr("--alerts-poll-ms must be at least 10"));

    auto opened = core::AlertRepository::open(context.dbPath);
    if (!opened)
        return opened.error();
    std::shared_ptr<core::AlertRepository> repo(std::move(opened.value()));
    if (!parser.isSet(QStringLiteral("alerts"))) {
        auto rules = repo->rules();
        if (!rules)
            return rules.error();
        const bool anyActive = std::any_of(rules->cbegin(), rules->cend(),
                                           [](const core::AlertRule &r) { return r.active; });
        if (!anyActive)
            return false;
    }
    auto engines = cli::headlessAlertEngines(context.dbPath,
                                             parser.values(QStringLiteral("alerts-connection")));
    if (!engines)
        return engines.error();
    // One evaluator per store: when the Hearth app (or another serve) has the store open too,
    // only the lease holder runs rules; the other takes over if it stops or dies.
    auto clock = std::make_shared<core::SystemAlertClock>();
    auto &s = state();
    s.engines = engines.value();
    s.scheduler = std::make_unique<core::AlertScheduler>(repo, core::alertEngineResolver(s.engines),
                                                         clock, concurrency);
    s.lease = std::make_unique<core::AlertLeaseKeeper>(context.dbPath,
                                                       QStringLiteral("hearth-cli serve"), clock);
    s.lease->attach(s.scheduler.get());
    QObject::connect(
        s.scheduler.get(), &core::AlertScheduler::evaluatorChanged, [](bool evaluating) {
            QTextStream(stdout) << "hearth-cli serve: alerts: " << evaluatorLine(evaluating)
                                << Qt::endl;
        });
    QObject::connect(s.scheduler.get(), &core::AlertScheduler::schedulingFailed,
                     [](const QString &message) {
                         QTextStream(stderr) << "hearth-cli serve: alerts: " << message << '\n';
                     });
    s.scheduler->start(std::chrono::milliseconds(poll));
    QTextStream(stdout) << "hearth-cli serve: alerts: "
                        << Tr::tr("evaluating rules in %1").arg(context.dbPath) << '\n';
    return true;
}

void stop()
{
    auto &s = state();
    if (!s.scheduler)
        return;
    s.scheduler->stop();
    s.scheduler->waitForIdle(); // drain: runs in flight are recorded before the store closes
    // Then the lease, at once and blocking (no GUI waits here): the next holder takes over on
    // its next tick instead of after the ttl.
    if (auto released = s.lease->releaseNow(); !released)
        QTextStream(stderr) << "hearth-cli serve: alerts: " << released.error().message << '\n';
    s.lease.reset();
    s.scheduler.reset();
    s.engines.reset();
}

QString statusLine()
{
    return state().scheduler ? state().scheduler->statusLine() : QString();
}

} // namespace

HEARTH_SERVE_COMPONENT("alerts", 50, addOptions, start, stop, statusLine);
