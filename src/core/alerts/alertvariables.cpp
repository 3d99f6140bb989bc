// SPDX-License-Identifier: MIT
#include "core/alerts/alertvariables.h"

#include "core/alerts/alertrule.h"
#include "core/query/variables.h"

#include <QCoreApplication>

namespace hearth::core {

Result<QString> substituteAlertVariables(const QString &sql, const QVariantMap &variables)
{
    auto out = substituteVariables(sql, variables);
    if (!out && out.error().code == Error::Code::InvalidInput
        && out.error().message.startsWith(
            // The engine's message may be translated: compare with its translated prefix.
            QCoreApplication::translate("hearth::core::Query", "Unknown variable $%1.")
                .section(QStringLiteral("%1"), 0, 0)))
        return Error::make(out.error().code,
                           out.error().message
                               + QCoreApplication::translate(
                                   "hearth::core::Alerts",
                                   " Define it in the alert's variables (built-ins: $__from, "
                                   "$__to, $__from_iso_string, $__to_iso_string, $__range, "
                                   "$__range_s, $__range_ms, $__envs)."),
                           out.error().position);
    return out;
}

QVariantMap builtinAlertVariables(Micros from, Micros to, const QStringList &environments)
{
    QVariantMap v;
    v.insert(QStringLiteral("__from"), static_cast<qint64>(from / 1000));
    v.insert(QStringLiteral("__to"), static_cast<qint64>(to / 1000));
    v.insert(QStringLiteral("__from_iso_string"), formatIsoMicrosQ(from));
    v.insert(QStringLiteral("__to_iso_string"), formatIsoMicrosQ(to));
    v.insert(QStringLiteral("__range"), formatWindow(to - from));
    v.insert(QStringLiteral("__range_s"), static_cast<qint64>((to - from) / kMicrosPerSecond));
    v.insert(QStringLiteral("__range_ms"), static_cast<qint64>((to - from) / 1000));
    v.insert(QStringLiteral("__envs"), environments.join(QLatin1Char(',')));
    return v;
}

} // namespace hearth::core
