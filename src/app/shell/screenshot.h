// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

namespace hearth::app {

class MainWindow;

// `hearth --screenshot FILE`: the documentation and review aid. Waits for queued loads, opens the
// requested dialog or popup, then saves the window with what floats above it and quits.
struct ScreenshotRequest
{
    QString file;
    // "", "palette", "shortcuts", "connection", "switcher" or "about".
    QString dialog;
    // Runs the first command-palette entry matching this text first (a dashboard, an action).
    QString command;
    // Text typed into the command palette (dialog "palette").
    QString query;
    QSize size {1280, 800};
};

// The dialog names --dialog accepts.
QStringList screenshotDialogs();

// Runs the best command-palette match for `text` (`hearth --command`); false when none matches.
bool runPaletteCommand(MainWindow *window, const QString &text);

void scheduleScreenshot(MainWindow *window, const ScreenshotRequest &request);

} // namespace hearth::app
