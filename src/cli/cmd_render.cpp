// SPDX-License-Identifier: MIT
// hearth-cli render: draws a dashboard headless to PNG with the app's own DashboardView.
#include "app/dashboards/dashboardview.h"
#include "app/dashboards/panelwidget.h"
#include "app/shell/pngfile.h"
#include "cli/command.h"
#include "core/dashboard/dashboardrepository.h"
#include "core/query/localengine.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Render)
};

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Render a dashboard to a PNG file."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
         core::defaultStorePath()},
        {QStringLiteral("dashboard"),
         Tr::tr("A standard dashboard (slug or name), a saved one (name) or a JSON file."),
         QStringLiteral("NAME_OR_FILE")},
        {QStringLiteral("out"), Tr::tr("The PNG to write."), QStringLiteral("FILE.png")},
        {QStringLiteral("since"),
         Tr::tr("Relative range, e.g. 24h, 7d (default: the dashboard's)."),
         QStringLiteral("DURATION")},
        {QStringLiteral("from"), Tr::tr("Range start (ISO 8601)."), QStringLiteral("TS")},
        {QStringLiteral("to"), Tr::tr("Range end (ISO 8601)."), QStringLiteral("TS")},
        {QStringLiteral("var"), Tr::tr("A variable value (repeat; commas for several values)."),
         QStringLiteral("NAME=VALUE")},
        {QStringLiteral("resolution"), Tr::tr("Override $resolution, e.g. \"1 hour\"."),
         QStringLiteral("INTERVAL")},
        {QStringLiteral("width"), Tr::tr("Image width in pixels."), QStringLiteral("W"),
         QStringLiteral("1600")},
        {QStringLiteral("height"), Tr::tr("Image height in pixels."), QStringLiteral("H"),
         QStringLiteral("1000")},
        {QStringLiteral("timeout"), Tr::tr("Seconds to wait for the panels."), QStringLiteral("S"),
         QStringLiteral("60")},
    });
    parser.process(QStringList {QStringLiteral("hearth-cli render")} + args);
    QTextStream err(stderr);
    QTextStream out(stdout);
    auto fail = [&](const QString &message, int code = cli::ExitFailure) {
        err << "hearth-cli render: " << message << '\n';
        return code;
    };
    if (!parser.isSet(QStringLiteral("dashboard")) || !parser.isSet(QStringLiteral("out")))
        return fail(Tr::tr("--dashboard and --out are required"), cli::ExitUsage);
    bool okW = false, okH = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&okW);
    const int height = parser.value(QStringLiteral("height")).toInt(&okH);
    if (!okW || !okH || width < 200 || height < 150 || width > 10000 || height > 10000)
        return fail(Tr::tr("--width/--height must be between 200x150 and 10000x10000"),
                    cli::ExitUsage);

    const QString db = parser.value(QStringLiteral("db"));
    if (!QFileInfo::exists(db))
        return fail(Tr::tr("no store at %1").arg(db));
    auto store = core::Store::open(db, core::Store::OpenMode::ReadOnly);
    if (!store)
        return fail(store.error().message);
    auto doc = core::DashboardRepository::find(db, parser.value(QStringLiteral("dashboard")));
    if (!doc)
        return fail(doc.error().message);

    app::DashboardView view;
    view.setChromeVisible(false);
    view.setEngine(std::make_shared<core::LocalEngine>(db));
    // Variables are applied before the document so the first run already uses them.
    const QVector<core::VariableDefinition> defs = core::parseVariableDefinitions(doc->variables());
    QStringList known;
    for (const auto &d : defs)
        known << d.name;
    for (const QString &assignment : parser.values(QStringLiteral("var"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(Tr::tr("--var expects NAME=VALUE, got \"%1\"").arg(assignment),
                        cli::ExitUsage);
        const QString name = assignment.left(eq);
        if (!known.contains(name))
            return fail(Tr::tr("the dashboard has no variable \"%1\" (variables: %2)")
                            .arg(name,
                                 known.isEmpty() ? QStringLiteral("none")
                                                 : known.join(QStringLiteral(", "))),
                        cli::ExitUsage);
        const QString value = assignment.mid(eq + 1);
        view.setVariableOverride(name,
                                 value == QLatin1String("all")
                                     ? QStringList {core::allSelectionMarker()}
                                     : value.split(QLatin1Char(',')));
    }
    if (parser.isSet(QStringLiteral("resolution")))
        view.setResolutionOverride(parser.value(QStringLiteral("resolution")));
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        const auto from = core::parseIsoMicros(parser.value(QStringLiteral("from")).toStdString());
        const auto to = parser.isSet(QStringLiteral("to"))
            ? core::parseIsoMicros(parser.value(QStringLiteral("to")).toStdString())
            : std::optional<core::Micros>(core::nowMicros());
        if (!from || !to || *from >= *to)
            return fail(Tr::tr("--from/--to must be ISO 8601 timestamps with from < to"),
                        cli::ExitUsage);
        view.setAbsoluteRange(*from, *to);
    } else if (parser.isSet(QStringLiteral("since"))) {
        const auto since = core::parseDuration(parser.value(QStringLiteral("since")).toStdString());
        if (!since || *since <= 0)
            return fail(Tr::tr("--since expects a duration like 24h or 7d"), cli::ExitUsage);
        view.setRelativeRange(*since);
    }
    view.resize(width, height);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&view, &app::DashboardView::settled, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    view.setDocument(doc.value(), false);
    view.setChromeVisible(false);
    if (!view.isSettled()) {
        timeout.start(parser.value(QStringLiteral("timeout")).toInt() * 1000);
        loop.exec();
    }
    const bool settled = view.isSettled();
    // QtCharts lays charts out on deferred events: let them land before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = view.grab();
    if (auto s = app::writePngFile(pixmap.toImage(), parser.value(QStringLiteral("out"))); !s)
        return fail(s.error().message);
    out << Tr::tr("rendered %1 to %2 (%3x%4, %5 ms)")
               .arg(doc->name(), parser.value(QStringLiteral("out")))
               .arg(pixmap.width())
               .arg(pixmap.height())
               .arg(timer.elapsed())
        << '\n';
    if (!settled)
        return fail(Tr::tr("panels still running after the timeout"));
    const QStringList errors = view.panelErrors();
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            err << Tr::tr("panel error: %1").arg(e) << '\n';
        return fail(Tr::tr("%1 panel(s) failed").arg(errors.size()));
    }
    return cli::ExitOk;
}

const cli::CommandRegistrar renderRegistrar(cli::Command {
    "render",
    QT_TRANSLATE_NOOP("hearth::cli::Commands",
                      "Render a dashboard to PNG (--db, --dashboard, --out, --since/--from/--to, "
                      "--var)"),
    runRender, true});

} // namespace
