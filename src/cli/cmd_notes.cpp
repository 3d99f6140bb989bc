// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "core/io/notesrepository.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::Notes)
};

int runNotes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pins and notes on traces and spans.\n"
               "  notes list                      pinned items and notes\n"
               "  notes pin TRACE [SPAN] [--note TEXT]\n"
               "  notes note ID TEXT              set the note of an item\n"
               "  notes unpin ID | notes rm ID"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
                      core::defaultStorePath()});
    parser.addOption(
        {QStringLiteral("note"), Tr::tr("Note text for pin."), QStringLiteral("TEXT")});
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, pin, note, unpin, rm"));
    parser.process(QStringList {QStringLiteral("hearth-cli notes")} + args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString db = parser.value(QStringLiteral("db"));
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    {
        auto store = core::Store::open(db, core::Store::OpenMode::ReadOnly);
        if (!store) {
            err << "hearth-cli: " << store.error().message << '\n';
            return cli::ExitFailure;
        }
    }
    core::io::NotesRepository repo(db);
    auto fail = [&](const core::Error &e) {
        err << "hearth-cli notes: " << e.message << '\n';
        return cli::ExitFailure;
    };
    bool okId = false;
    const qint64 id = pos.value(1).toLongLong(&okId);
    if (action == QLatin1String("list")) {
        auto notes = repo.list();
        if (!notes)
            return fail(notes.error());
        for (const auto &n : *notes) {
            out << n.id << '\t' << (n.pinned ? "pinned" : "-") << '\t' << n.traceId << '\t'
                << (n.spanId.isEmpty() ? QStringLiteral("(trace)") : n.spanId) << '\t' << n.message
                << '\t' << n.body << '\n';
        }
        return cli::ExitOk;
    }
    if (action == QLatin1String("pin") && pos.size() >= 2) {
        auto r = repo.pin(pos[1], pos.value(2), parser.value(QStringLiteral("note")));
        if (!r)
            return fail(r.error());
        out << *r << '\n';
        return cli::ExitOk;
    }
    if (action == QLatin1String("note") && okId && pos.size() >= 3) {
        if (auto s = repo.setBody(id, pos.mid(2).join(QLatin1Char(' '))); !s)
            return fail(s.error());
        return cli::ExitOk;
    }
    if ((action == QLatin1String("unpin") || action == QLatin1String("rm")) && okId) {
        auto s = action == QLatin1String("rm") ? repo.remove(id) : repo.setPinned(id, false);
        if (!s)
            return fail(s.error());
        return cli::ExitOk;
    }
    err << "hearth-cli notes: " << Tr::tr("unknown or incomplete action; see --help.") << '\n';
    return cli::ExitUsage;
}

} // namespace

HEARTH_CLI_COMMAND(
    "notes",
    QT_TRANSLATE_NOOP("hearth::cli::Commands",
                      "Pin traces and spans and attach notes (list, pin, note, unpin, rm)"),
    runNotes);
