// SPDX-License-Identifier: MIT
#include "core/alerts/alertrun.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace hearth::core {

namespace {

struct StateName
{
    AlertState state;
    const char *key;
    const char *label;
};

constexpr StateName kStates[] = {
    {AlertState::Ok, "ok", QT_TRANSLATE_NOOP("hearth::core::Alerts", "OK")},
    {AlertState::Firing, "firing", QT_TRANSLATE_NOOP("hearth::core::Alerts", "Firing")},
    {AlertState::Flapping, "flapping", QT_TRANSLATE_NOOP("hearth::core::Alerts", "Flapping")},
    {AlertState::Snoozed, "snoozed", QT_TRANSLATE_NOOP("hearth::core::Alerts", "Snoozed")},
    {AlertState::NoData, "no_data", QT_TRANSLATE_NOOP("hearth::core::Alerts", "No data")},
    {AlertState::Error, "error", QT_TRANSLATE_NOOP("hearth::core::Alerts", "Error")},
};

} // namespace

QString alertStateKey(AlertState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<AlertState> alertStateFromKey(const QString &key)
{
    for (const auto &s : kStates) {
        if (key == QLatin1String(s.key))
            return s.state;
    }
    return std::nullopt;
}

QString alertStateLabel(AlertState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QCoreApplication::translate("hearth::core::Alerts", s.label);
    }
    return {};
}

bool AlertRun::deliveryFailed() const
{
    if (deliveryJson.isEmpty())
        return false;
    const auto doc = nlohmann::json::parse(
        deliveryJson.constData(), deliveryJson.constData() + deliveryJson.size(), nullptr, false);
    if (!doc.is_array())
        return false;
    for (const auto &d : doc) {
        if (d.is_object() && !d.value("ok", true))
            return true;
    }
    return false;
}

} // namespace hearth::core
