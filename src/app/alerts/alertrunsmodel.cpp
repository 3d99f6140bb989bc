// SPDX-License-Identifier: MIT
#include "app/alerts/alertrunsmodel.h"

#include "app/alerts/alertstyle.h"
#include "app/widgets/palette.h"

#include <nlohmann/json.hpp>
#include <QDateTime>
#include <QLocale>

namespace hearth::app {

namespace {

// "sent to Slack", "Slack failed after 4 attempts: HTTP 500", "dropped (snoozed)".
QString deliveryText(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    const auto doc
        = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (!doc.is_array())
        return {};
    QStringList parts;
    for (const auto &d : doc) {
        if (!d.is_object())
            continue;
        if (d.contains("dropped")) {
            parts << AlertRunsModel::tr("notification dropped (snoozed)");
            continue;
        }
        const QString channel = QString::fromStdString(d.value("channel", std::string()));
        if (d.contains("skipped")) {
            parts << AlertRunsModel::tr("%1 skipped (%2)")
                         .arg(channel, QString::fromStdString(d.value("skipped", std::string())));
            continue;
        }
        if (d.value("ok", false))
            parts << AlertRunsModel::tr("sent to %1").arg(channel);
        else
            parts << AlertRunsModel::tr("%1 failed after %2 attempt(s): %3")
                         .arg(channel)
                         .arg(d.value("attempts", 0))
                         .arg(QString::fromStdString(d.value("error", std::string())));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

void AlertRunsModel::setRuns(QVector<core::AlertRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const core::AlertRun *AlertRunsModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int AlertRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int AlertRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AlertRun &run = m_runs[index.row()];
    switch (role) {
    case RunIdRole:
        return run.id;
    case StateRole:
        return static_cast<int>(run.state);
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(alertStateColor(run.state)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == DetailColumn && (run.failed() || run.deliveryFailed()))
            return palette::errorTextColor();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(run.startedAt / 1000)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case StateColumn:
            return core::alertStateLabel(run.state);
        case RowsColumn:
            return run.rowCount ? QVariant(QLocale().toString(*run.rowCount)) : QVariant(tr("—"));
        case TransitionColumn:
            if (run.transition == QLatin1String("ok->firing"))
                return tr("started firing");
            if (run.transition == QLatin1String("firing->ok"))
                return tr("resolved");
            return {};
        case DurationColumn:
            return core::formatDurationSeconds(run.durationMs / 1000.0);
        case DetailColumn:
            return run.failed() ? run.error : deliveryText(run.deliveryJson);
        }
        return {};
    }
    return {};
}

QVariant AlertRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StateColumn:
        return tr("State");
    case RowsColumn:
        return tr("Rows");
    case TransitionColumn:
        return tr("Change");
    case DurationColumn:
        return tr("Took");
    case DetailColumn:
        return tr("Notifications / error");
    }
    return {};
}

} // namespace hearth::app
