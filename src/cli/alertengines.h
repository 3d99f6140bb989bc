// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertscheduler.h"
#include "core/query/localengine.h"

#include <memory>

namespace hearth::cli {

// The engines a headless process can offer alert rules: the local store. Rules naming another
// engine (a Logfire connection) get an error run saying so.
inline core::AlertEngineResolver localAlertEngines(const QString &storePath)
{
    auto local = std::make_shared<core::LocalEngine>(storePath);
    return [local](const core::AlertRule &rule) -> std::shared_ptr<core::QueryEngine> {
        if (rule.engine.isEmpty() || rule.engine == QLatin1String("local"))
            return local;
        return nullptr;
    };
}

} // namespace hearth::cli
