// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/notesrepository.h"

#include <QAbstractTableModel>
#include <vector>

namespace hearth::app {

// Pinned traces and spans with their notes, reset from a snapshot (NotesRepository::list()).
class NotesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, MessageColumn, NoteColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TraceIdRole, SpanIdRole, PinnedRole };

    explicit NotesModel(QObject *parent = nullptr);

    void setNotes(std::vector<core::io::Note> notes);
    const core::io::Note *noteAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::io::Note> m_notes;
};

} // namespace hearth::app
