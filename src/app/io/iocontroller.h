// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/query/queryresult.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace hearth::app {

class AppContext;
class ImportDialog;
class NotesPanel;

// Import, export, case files and the Pinned & Notes panel, hooked into the main window with one
// call: File-menu actions, a dock, and drag and drop of files onto the window (exports are
// imported; .hearth case files open read-only).
class IoController : public QObject
{
    Q_OBJECT
public:
    IoController(QMainWindow *window, AppContext *context);

    // Adds the actions to `fileMenu` (before its last action, Quit) and the dock toggle to
    // `viewMenu`.
    void install(QMenu *fileMenu, QMenu *viewMenu);

    NotesPanel *notesPanel() const { return m_notes; }
    QDockWidget *notesDock() const { return m_dock; }
    ImportDialog *importDialog();

    // Opens the import dialog with these files (drag and drop, command line).
    void importFiles(const QStringList &paths);
    // Opens a case file (or any store) read-only.
    bool openCaseFile(const QString &path);
    // Save dialog + CSV/JSON/NDJSON export of a result (Explore can call this).
    void exportQueryResult(const core::QueryResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void exportTrace();
    void exportWindow();
    void exportCase();
    void openCaseDialog();
    void reportExport(const QString &what, const core::Result<qint64> &rows, const QString &path);

    QMainWindow *m_window;
    AppContext *m_context;
    NotesPanel *m_notes = nullptr;
    QDockWidget *m_dock = nullptr;
    QPointer<ImportDialog> m_importDialog;
    core::JobTracker m_exportJob;
};

// For mainwindow.cpp: creates the controller and installs it.
IoController *installIoActions(QMainWindow *window, AppContext *context, QMenu *fileMenu,
                               QMenu *viewMenu);

} // namespace hearth::app
