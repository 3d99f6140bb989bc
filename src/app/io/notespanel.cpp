// SPDX-License-Identifier: MIT
#include "app/io/notespanel.h"

#include "app/appcontext.h"
#include "app/io/notesmodel.h"
#include "core/io/notesrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hearth::app {

NotesPanel::NotesPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new NotesModel(this))
    , m_loadJob(this)
    , m_writeJob(this)
{
    setObjectName(QStringLiteral("notesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_pinButton = new QPushButton(tr("Pin Trace…"), this);
    m_unpinButton = new QPushButton(tr("Unpin"), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    bar->addWidget(m_pinButton);
    bar->addWidget(m_unpinButton);
    bar->addWidget(m_removeButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(NotesModel::MessageColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NotesModel::NoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NotesModel::ItemColumn,
                                                     QHeaderView::ResizeToContents);
    // A dock is narrow: the time stays in the tooltip, message and note get the width.
    m_view->setColumnHidden(NotesModel::UpdatedColumn, true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("notesState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setPlaceholderText(tr("Note on the selected item…"));
    m_editor->setMaximumHeight(90);
    layout->addWidget(m_editor);
    m_saveButton = new QPushButton(tr("Save Note"), this);
    m_saveButton->setObjectName(QStringLiteral("saveNoteButton"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    layout->addLayout(saveRow);

    connect(m_pinButton, &QPushButton::clicked, this, &NotesPanel::pinDialog);
    connect(m_saveButton, &QPushButton::clicked, this, &NotesPanel::saveNote);
    connect(m_unpinButton, &QPushButton::clicked, this, &NotesPanel::unpinSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &NotesPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotesPanel::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_context->requestOpenTrace(index.data(NotesModel::TraceIdRole).toString(),
                                    index.data(NotesModel::SpanIdRole).toString());
    });
    connect(context, &AppContext::storeChanged, this, &NotesPanel::reload);
    connect(context, &AppContext::dataChanged, this, &NotesPanel::reload);
    reload();
}

void NotesPanel::reload()
{
    const bool readOnly = m_context->storeReadOnly();
    m_pinButton->setEnabled(m_context->hasStore() && !readOnly);
    m_editor->setReadOnly(readOnly);
    if (!m_context->hasStore()) {
        m_model->setNotes({});
        m_state->setText(tr("No store open."));
        selectionChanged();
        return;
    }
    selectionChanged(); // the store may have turned read-only
    const QString path = m_context->storePath();
    m_loadJob.run(
        [path](const core::CancelTokenPtr &) { return core::io::NotesRepository(path).list(); },
        [this, readOnly](core::Result<std::vector<core::io::Note>> notes) {
            if (!notes) {
                m_state->setText(notes.error().message);
                m_model->setNotes({});
            } else {
                const qint64 keep = m_selectAfterReload;
                m_model->setNotes(std::move(notes.value()));
                m_state->setText(m_model->rowCount() == 0
                                     ? tr("Nothing pinned yet. Pin a trace or span to keep it "
                                          "here with a note.")
                                     : (readOnly ? tr("Case file: read-only.") : QString()));
                m_state->setVisible(!m_state->text().isEmpty());
                for (int r = 0; r < m_model->rowCount(); ++r) {
                    if (m_model->noteAt(r)->id == keep)
                        m_view->selectRow(r);
                }
                if (selectedRow() < 0 && m_model->rowCount() > 0)
                    m_view->selectRow(0); // show a note right away
            }
            selectionChanged();
            Q_EMIT reloaded();
        });
}

int NotesPanel::selectedRow() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void NotesPanel::selectionChanged()
{
    const auto *note = m_model->noteAt(selectedRow());
    const bool writable = m_context->hasStore() && !m_context->storeReadOnly();
    m_editor->setPlainText(note ? note->body : QString());
    m_editor->setEnabled(note != nullptr);
    m_saveButton->setEnabled(note && writable);
    m_unpinButton->setEnabled(note && note->pinned && writable);
    m_removeButton->setEnabled(note && writable);
}

void NotesPanel::runWrite(std::function<core::Status(const QString &path)> write)
{
    const QString path = m_context->storePath();
    m_writeJob.run([path, write](const core::CancelTokenPtr &) { return write(path); },
                   [this](core::Status status) {
                       if (!status) {
                           m_state->setText(status.error().message);
                           m_state->show();
                       }
                       reload();
                   });
}

void NotesPanel::pin(const QString &traceId, const QString &spanId, const QString &note)
{
    if (!m_context->hasStore())
        return;
    const bool readOnly = m_context->storeReadOnly();
    const QString path = m_context->storePath();
    m_writeJob.run(
        [path, readOnly, traceId, spanId, note](const core::CancelTokenPtr &) {
            return core::io::NotesRepository(path, readOnly).pin(traceId, spanId, note);
        },
        [this](core::Result<qint64> id) {
            if (!id) {
                m_state->setText(id.error().message);
                m_state->show();
            } else {
                m_selectAfterReload = *id;
            }
            reload();
        });
}

void NotesPanel::pinDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Pin Trace"),
                                               tr("Trace id, optionally followed by a span id:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    pin(parts.value(0), parts.value(1));
}

void NotesPanel::saveNote()
{
    const auto *note = m_model->noteAt(selectedRow());
    if (!note)
        return;
    const qint64 id = note->id;
    m_selectAfterReload = id;
    const QString body = m_editor->toPlainText();
    runWrite([id, body](const QString &path) {
        return core::io::NotesRepository(path).setBody(id, body);
    });
}

void NotesPanel::unpinSelected()
{
    const auto *note = m_model->noteAt(selectedRow());
    if (!note)
        return;
    const qint64 id = note->id;
    runWrite(
        [id](const QString &path) { return core::io::NotesRepository(path).setPinned(id, false); });
}

void NotesPanel::removeSelected()
{
    const auto *note = m_model->noteAt(selectedRow());
    if (!note)
        return;
    const qint64 id = note->id;
    runWrite([id](const QString &path) { return core::io::NotesRepository(path).remove(id); });
}

} // namespace hearth::app
