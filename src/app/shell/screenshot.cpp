// SPDX-License-Identifier: MIT
#include "app/shell/screenshot.h"

#include "app/mainwindow.h"
#include "app/settings/connectiondialog.h"
#include "app/shell/commandpalette.h"
#include "app/shell/connectionswitcher.h"
#include "app/shell/pngfile.h"
#include "app/shell/shortcutsdialog.h"
#include "core/connections/connections.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>

namespace hearth::app {

namespace {

// Queued loads (store counts, trace trees, dashboard panels) land within this on a loaded machine.
constexpr int kSettleMs = 2500;
constexpr int kConnectionTestTimeoutMs = 15000;

// The window as the user sees it: every visible top-level above it (dialogs, popups, menus) is
// painted at its place, modal ones over a dimmed window, so the PNG needs no window manager.
QImage composeWindow(MainWindow *window)
{
    QImage image = window->grab().toImage();
    QPainter p(&image);
    const QPoint origin = window->geometry().topLeft();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == window || !w->isVisible() || w->windowType() == Qt::ToolTip)
            continue;
        if (w->isModal() || qobject_cast<QDialog *>(w))
            p.fillRect(image.rect(), QColor(0, 0, 0, 70));
        const QRect where(w->geometry().topLeft() - origin, w->size());
        p.drawPixmap(where.topLeft(), w->grab());
        p.setPen(QPen(window->palette().color(QPalette::Shadow), 1));
        p.drawRect(where.adjusted(0, 0, -1, -1));
    }
    return image;
}

void saveAndQuit(MainWindow *window, const QString &file)
{
    const auto saved = writePngFile(composeWindow(window), file);
    if (saved)
        QTextStream(stdout) << "saved " << file << '\n';
    else
        QTextStream(stderr) << saved.error().message << '\n';
    QApplication::exit(saved ? 0 : 1);
}

QAction *actionWithShortcut(QWidget *window, const QKeySequence &keys)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut() == keys)
            return a;
    }
    return nullptr;
}

// The Logfire connection from LOGFIRE_READ_TOKEN / LOGFIRE_BASE_URL (scripts/screenshots.sh points
// it at `hearth-cli serve --query-api`), edited in its dialog after "Test connection" answered.
void openConnectionDialog(MainWindow *window, const QString &file)
{
    QString token;
    auto connection = core::ConnectionList::fromEnvironment(&token);
    auto *switcher = window->findChild<ConnectionSwitcher *>();
    if (!connection || !switcher) {
        QTextStream(stderr) << "--dialog connection needs LOGFIRE_READ_TOKEN (and "
                               "LOGFIRE_BASE_URL for a local query API)\n";
        QApplication::exit(1);
        return;
    }
    window->showPage(MainWindow::Settings);
    connection->id = core::ConnectionList::newId();
    connection->name = QObject::tr("Demo project (local query API)");
    auto *dialog = new ConnectionDialog(
        *connection, token,
        [switcher](const core::LogfireConnection &c, const QString &t, auto done) {
            switcher->testConnection(c, t, std::move(done));
        },
        window);
    dialog->show();
    // Wide enough for the whole name and a one-line test result.
    dialog->adjustSize();
    dialog->resize(std::max(dialog->width(), 600), dialog->height());
    dialog->move(window->geometry().center() - QPoint(dialog->width() / 2, dialog->height() / 2));
    auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testButton"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
    if (!test || !result) {
        QApplication::exit(1);
        return;
    }
    test->click();
    auto *poll = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        const bool answered = test->isEnabled();
        if (!answered && clock->elapsed() < kConnectionTestTimeoutMs)
            return;
        poll->stop();
        delete clock;
        saveAndQuit(window, file);
    });
    poll->start(100);
}

void openDialog(MainWindow *window, const ScreenshotRequest &request)
{
    const QString &kind = request.dialog;
    if (kind == QLatin1String("palette")) {
        if (QAction *a = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_K)))
            a->trigger();
        if (auto *input = window->findChild<QLineEdit *>(QStringLiteral("commandPaletteInput")))
            input->setText(request.query);
    } else if (kind == QLatin1String("shortcuts")) {
        auto *dialog = new ShortcutsDialog(window, window);
        dialog->show();
        dialog->resize(560, qMin(640, window->height() - 40));
        dialog->move(window->geometry().center()
                     - QPoint(dialog->width() / 2, dialog->height() / 2));
    } else if (kind == QLatin1String("switcher")) {
        if (auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("connectionToolBar"))) {
            if (auto *combo = toolbar->findChild<QComboBox *>())
                combo->showPopup();
        }
    }
}

} // namespace

bool runPaletteCommand(MainWindow *window, const QString &text)
{
    auto *palette = window->findChild<CommandPalette *>();
    return palette && palette->runFirstMatch(text);
}

QStringList screenshotDialogs()
{
    return {QStringLiteral("palette"), QStringLiteral("shortcuts"), QStringLiteral("connection"),
            QStringLiteral("switcher")};
}

void scheduleScreenshot(MainWindow *window, const ScreenshotRequest &request)
{
    window->resize(request.size);
    window->move(0, 0);
    QTimer::singleShot(kSettleMs / 2, window, [window, request] {
        if (!request.command.isEmpty() && !runPaletteCommand(window, request.command)) {
            QTextStream(stderr) << "no command matches " << request.command << '\n';
            QApplication::exit(1);
            return;
        }
        QTimer::singleShot(kSettleMs / 2, window, [window, request] {
            if (request.dialog == QLatin1String("connection")) {
                openConnectionDialog(window, request.file);
                return;
            }
            openDialog(window, request);
            // Popups lay themselves out on the next turns of the event loop.
            QTimer::singleShot(300, window,
                               [window, file = request.file] { saveAndQuit(window, file); });
        });
    });
}

} // namespace hearth::app
