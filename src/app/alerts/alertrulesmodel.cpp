// SPDX-License-Identifier: MIT
#include "app/alerts/alertrulesmodel.h"

#include "app/alerts/alertstyle.h"
#include "app/widgets/palette.h"

#include <QDateTime>

namespace hearth::app {

namespace {

QString relativeTime(core::Micros t)
{
    const qint64 deltaS = (core::nowMicros() - t) / core::kMicrosPerSecond;
    const qint64 a = qAbs(deltaS);
    QString amount;
    if (a < 60)
        amount = AlertRulesModel::tr("%1s").arg(a);
    else if (a < 3600)
        amount = AlertRulesModel::tr("%1m").arg(a / 60);
    else if (a < 86400)
        amount = AlertRulesModel::tr("%1h").arg(a / 3600);
    else
        amount = AlertRulesModel::tr("%1d").arg(a / 86400);
    return deltaS >= 0 ? AlertRulesModel::tr("%1 ago").arg(amount)
                       : AlertRulesModel::tr("in %1").arg(amount);
}

QString absoluteTime(core::Micros t)
{
    return QDateTime::fromMSecsSinceEpoch(t / 1000).toString(Qt::ISODate);
}

} // namespace

void AlertRulesModel::setRows(QVector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const AlertRulesModel::Row *AlertRulesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AlertRulesModel::rowOfRule(qint64 ruleId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].rule.id == ruleId)
            return i;
    }
    return -1;
}

core::AlertState AlertRulesModel::currentState(const Row &row)
{
    if (row.rule.snoozedAt(core::nowMicros()))
        return core::AlertState::Snoozed;
    return row.recent.isEmpty() ? core::AlertState::NoData : row.recent.front().state;
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const core::AlertState state = currentState(row);
    switch (role) {
    case RuleIdRole:
        return row.rule.id;
    case StateRole:
        return static_cast<int>(state);
    case ActiveRole:
        return row.rule.active;
    case ActivityRole: {
        QVariantList states;
        for (auto it = row.recent.crbegin(); it != row.recent.crend(); ++it)
            states << static_cast<int>(it->state);
        return states;
    }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return alertStateColor(state);
        return {};
    case Qt::ForegroundRole:
        if (!row.rule.active)
            return palette::mutedTextColor();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return core::describeRule(row.rule);
        if (index.column() == LastRunColumn && !row.recent.isEmpty())
            return absoluteTime(row.recent.front().startedAt);
        if (index.column() == StateColumn && !row.recent.isEmpty() && row.recent.front().failed())
            return row.recent.front().error;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return row.rule.active ? core::alertStateLabel(state) : tr("Inactive");
        case NameColumn:
            return row.rule.name;
        case ActivityColumn:
            return {};
        case ChannelsColumn: {
            QStringList names;
            for (const auto &c : row.rule.channels)
                names << c.displayName();
            return names.isEmpty() ? tr("—") : names.join(QStringLiteral(", "));
        }
        case LastRunColumn:
            return row.recent.isEmpty() ? tr("never") : relativeTime(row.recent.front().startedAt);
        case NextRunColumn:
            if (!row.rule.active)
                return tr("inactive");
            if (!row.nextRun)
                return tr("—");
            return *row.nextRun <= core::nowMicros() ? tr("due") : relativeTime(*row.nextRun);
        }
        return {};
    }
    return {};
}

QVariant AlertRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Alert");
    case ActivityColumn:
        return tr("Recent runs");
    case ChannelsColumn:
        return tr("Channels");
    case LastRunColumn:
        return tr("Last run");
    case NextRunColumn:
        return tr("Next run");
    }
    return {};
}

} // namespace hearth::app
