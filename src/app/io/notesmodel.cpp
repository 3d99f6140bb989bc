// SPDX-License-Identifier: MIT
#include "app/io/notesmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace hearth::app {

NotesModel::NotesModel(QObject *parent) : QAbstractTableModel(parent) { }

void NotesModel::setNotes(std::vector<core::io::Note> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

const core::io::Note *NotesModel::noteAt(int row) const
{
    return row >= 0 && row < int(m_notes.size()) ? &m_notes[size_t(row)] : nullptr;
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &n = m_notes[size_t(index.row())];
    switch (role) {
    case IdRole:
        return n.id;
    case TraceIdRole:
        return n.traceId;
    case SpanIdRole:
        return n.spanId;
    case PinnedRole:
        return n.pinned;
    case Qt::FontRole:
        if (!n.pinned) {
            QFont italic;
            italic.setItalic(true);
            return italic; // a note whose item was unpinned
        }
        return {};
    case Qt::ToolTipRole:
        return tr("trace %1%2")
            .arg(n.traceId, n.spanId.isEmpty() ? QString() : tr(", span %1").arg(n.spanId));
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return n.spanId.isEmpty() ? tr("Trace …%1").arg(n.traceId.right(6))
                                      : tr("Span …%1").arg(n.spanId.right(6));
        case MessageColumn:
            if (n.message.isEmpty())
                return tr("(not in this store)");
            return n.message.section(QLatin1Char('\n'), 0, 0);
        case NoteColumn:
            return n.body.section(QLatin1Char('\n'), 0, 0);
        case UpdatedColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(n.updatedUs / 1000).toLocalTime(),
                QLocale::ShortFormat);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Pinned");
    case MessageColumn:
        return tr("Message");
    case NoteColumn:
        return tr("Note");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace hearth::app
