// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hearth::app {

class AppContext;
class NotesModel;

// Pinned & Notes: the pinned traces and spans of the open store (or case file) with their notes.
// Double-click opens the trace; the note of the selected item is edited below the list. In a
// read-only store (a case file) everything is shown and nothing can be changed.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(AppContext *context, QWidget *parent = nullptr);

    NotesModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();
    // Pins a trace (empty span) or span and sets its note; other pages call this.
    void pin(const QString &traceId, const QString &spanId = {}, const QString &note = {});

Q_SIGNALS:
    void reloaded();

private:
    void pinDialog();
    void saveNote();
    void unpinSelected();
    void removeSelected();
    void selectionChanged();
    int selectedRow() const;
    void runWrite(std::function<core::Status(const QString &path)> write);

    AppContext *m_context;
    NotesModel *m_model;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_pinButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_unpinButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    core::JobTracker m_loadJob;
    core::JobTracker m_writeJob;
    qint64 m_selectAfterReload = 0;
};

} // namespace hearth::app
