// SPDX-License-Identifier: MIT
#include "app/application.h"

#include "app/appcontext.h"
#include "app/i18n/translator.h"
#include "app/mainwindow.h"
#include "app/shell/connectionswitcher.h"
#include "app/shell/screenshot.h"
#include "app/shell/theme.h"
#include "core/demo/demogenerator.h"
#include "hearth/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace hearth::app {

namespace {

// First run on the embedded default: an empty store gets demo data so there is something to see.
void seedDemoDataIfEmpty(AppContext &context)
{
    auto store = context.store();
    if (!store || store->readOnly())
        return;
    auto count = store->recordCount();
    if (!count || count.value() > 0)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::demo::Options options;
    options.traces = 400;
    auto summary = core::demo::generate(*store, options);
    QApplication::restoreOverrideCursor();
    if (summary)
        context.notifyDataChanged();
}

// Every option of the GUI, declared once so that --help (printed without a display) lists the
// same options the window understands. Built after the translations are installed.
struct GuiOptions
{
    QCommandLineOption db {QStringLiteral("db"),
                           QCoreApplication::translate("main", "Open this store file."),
                           QStringLiteral("FILE")};
    QCommandLineOption noDemo {
        QStringLiteral("no-demo"),
        QCoreApplication::translate("main", "Do not fill an empty store with demo data.")};
    QCommandLineOption page {QStringLiteral("page"),
                             QCoreApplication::translate("main", "Start on this page."),
                             QStringLiteral("NAME")};
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once loaded, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption trace {
        QStringLiteral("trace"),
        QCoreApplication::translate("main", "Open this trace (and select a span) at start-up."),
        QStringLiteral("TRACE_ID[/SPAN_ID]")};
    QCommandLineOption theme {
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use this theme for this run: light, dark or system."),
        QStringLiteral("THEME")};
    QCommandLineOption dialog {
        QStringLiteral("dialog"),
        QCoreApplication::translate("main", "With --screenshot: open this dialog first (%1).")
            .arg(screenshotDialogs().join(QStringLiteral(", "))),
        QStringLiteral("NAME")};
    QCommandLineOption command {
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Run the best command-palette match for TEXT at start-up."),
        QStringLiteral("TEXT")};
    QCommandLineOption paletteText {
        QStringLiteral("palette-text"),
        QCoreApplication::translate("main",
                                    "With --dialog palette: the text typed into the palette."),
        QStringLiteral("TEXT")};
    QCommandLineOption size {QStringLiteral("size"),
                             QCoreApplication::translate(
                                 "main", "With --screenshot: the window size (default 1280x800)."),
                             QStringLiteral("WxH")};
    QCommandLineOption connection {
        QStringLiteral("connection"),
        QCoreApplication::translate("main",
                                    "Query through this connection: local, env or a saved id."),
        QStringLiteral("ID")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Hearth: observability for agentic AI systems."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, noDemo, page, screenshot, trace, theme, dialog, command, paletteText,
                           size, connection});
    }
};

// --version and --help must work without a display (packaging checks, SSH sessions).
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?")
            return true;
    }
    return false;
}

int printTextOnly(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    installTranslations(app, qEnvironmentVariable("HEARTH_LANGUAGE"));
    QCommandLineParser parser;
    GuiOptions().addTo(parser);
    parser.process(app); // prints and exits for --help / --version
    return 0;
}

} // namespace

int runApplication(int argc, char **argv)
{
    if (wantsTextOnly(argc, argv))
        return printTextOnly(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hearth"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hearth"));
    QApplication::setOrganizationName(QStringLiteral("hearth"));
    QApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.hearth.Hearth"));

    installTranslations(app, qEnvironmentVariable("HEARTH_LANGUAGE"));

    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.process(app);

    if (parser.isSet(options.theme)) {
        const QString theme = parser.value(options.theme).toLower();
        if (theme != QLatin1String("light") && theme != QLatin1String("dark")
            && theme != QLatin1String("system")) {
            QTextStream(stderr) << QApplication::translate(
                                       "main", "--theme must be light, dark or system, got '%1'\n")
                                       .arg(theme);
            return 2;
        }
        Theme::instance().applyForSession(theme == QLatin1String("light") ? Theme::Mode::Light
                                              : theme == QLatin1String("dark")
                                              ? Theme::Mode::Dark
                                              : Theme::Mode::System);
    } else {
        Theme::instance().applySaved();
    }
    if (parser.isSet(options.dialog)
        && !screenshotDialogs().contains(parser.value(options.dialog))) {
        QTextStream(stderr) << QApplication::translate("main", "--dialog must be one of: %1\n")
                                   .arg(screenshotDialogs().join(QStringLiteral(", ")));
        return 2;
    }
    QSize screenshotSize(1280, 800);
    if (parser.isSet(options.size)) {
        const QStringList wh = parser.value(options.size).split(QLatin1Char('x'));
        screenshotSize = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || screenshotSize.width() < 400 || screenshotSize.height() < 300) {
            QTextStream(stderr) << QApplication::translate(
                                       "main",
                                       "--size must be WIDTHxHEIGHT, at least 400x300, got '%1'\n")
                                       .arg(parser.value(options.size));
            return 2;
        }
    }

    AppContext context;
    const bool explicitDb = parser.isSet(options.db);
    // The store used last (File → Open) comes back on restart; the embedded default otherwise.
    const QString last = QSettings().value(QStringLiteral("store/lastPath")).toString();
    const QString path = explicitDb                    ? parser.value(options.db)
        : (!last.isEmpty() && QFileInfo::exists(last)) ? last
                                                       : core::defaultStorePath();
    MainWindow window(&context);
    if (auto status = context.openStore(path); !status) {
        QMessageBox::critical(&window, QApplication::translate("main", "Cannot open store"),
                              status.error().message);
        if (explicitDb)
            return 1;
    } else if (!explicitDb && path == core::defaultStorePath() && !parser.isSet(options.noDemo)
               && !QSettings().value(QStringLiteral("store/demoSeeded")).toBool()) {
        // Only the embedded default gets demo data, once: a store the user names is theirs.
        seedDemoDataIfEmpty(context);
        QSettings().setValue(QStringLiteral("store/demoSeeded"), true);
    }

    if (parser.isSet(options.page)) {
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
        const QByteArray key = parser.value(options.page).toLatin1();
        for (int i = 0; i < pages.keyCount(); ++i) {
            if (QByteArray(pages.key(i)).toLower().startsWith(key.toLower()))
                window.showPage(static_cast<MainWindow::Page>(pages.value(i)));
        }
    }
    if (parser.isSet(options.connection)) {
        // Queued after the switcher's own restore of the last connection, so this one wins.
        QTimer::singleShot(0, &window, [&window, id = parser.value(options.connection)] {
            if (auto *switcher = window.findChild<ConnectionSwitcher *>())
                switcher->activate(id);
        });
    }
    window.show();
    if (parser.isSet(options.trace)) {
        const QStringList ids = parser.value(options.trace).split(QLatin1Char('/'));
        context.requestOpenTrace(ids.value(0), ids.value(1));
    }

    if (parser.isSet(options.screenshot)) {
        ScreenshotRequest request;
        request.file = parser.value(options.screenshot);
        request.dialog = parser.value(options.dialog);
        request.command = parser.value(options.command);
        request.query = parser.value(options.paletteText);
        request.size = screenshotSize;
        scheduleScreenshot(&window, request);
    } else if (parser.isSet(options.command)) {
        const QString text = parser.value(options.command);
        QTimer::singleShot(0, &window, [&window, text] { runPaletteCommand(&window, text); });
    }
    return QApplication::exec();
}

} // namespace hearth::app
