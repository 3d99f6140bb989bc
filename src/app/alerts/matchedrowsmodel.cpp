// SPDX-License-Identifier: MIT
#include "app/alerts/matchedrowsmodel.h"

#include "app/widgets/palette.h"

#include <nlohmann/json.hpp>
#include <QColor>
#include <QFont>

namespace hearth::app {

bool MatchedRowsModel::setRowsJson(const QByteArray &json)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_truncated = false;
    const auto doc
        = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    const bool ok = doc.is_object() && doc.contains("columns") && doc["columns"].is_array()
        && doc.contains("rows") && doc["rows"].is_array();
    if (ok) {
        for (const auto &c : doc["columns"])
            m_columns << QString::fromStdString(c.value("name", std::string()));
        for (const auto &r : doc["rows"]) {
            QStringList cells;
            for (int i = 0; i < m_columns.size(); ++i) {
                const auto &cell = i < static_cast<int>(r.size()) ? r[size_t(i)] : nullptr;
                cells << (cell.is_string()     ? QString::fromStdString(cell.get<std::string>())
                              : cell.is_null() ? QString()
                                               : QString::fromStdString(cell.dump()));
            }
            m_rows.push_back(cells);
        }
        m_truncated = doc.value("truncated", false);
    }
    endResetModel();
    return ok;
}

void MatchedRowsModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_truncated = false;
    endResetModel();
}

int MatchedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MatchedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant MatchedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &cell = m_rows[index.row()][index.column()];
    const bool isTrace = index.column() == traceIdColumn() && !cell.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return cell;
    case TraceIdRole:
        return isTrace ? cell : QString();
    case Qt::ForegroundRole:
        return isTrace ? QVariant(palette::accentColor()) : QVariant();
    case Qt::FontRole:
        if (isTrace) {
            QFont f;
            f.setUnderline(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return isTrace ? tr("Double-click to open the trace") : QVariant();
    }
    return {};
}

QVariant MatchedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section]) : QVariant();
}

} // namespace hearth::app
