// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertrule.h"
#include "core/alerts/alertrun.h"

#include <chrono>
#include <QString>

namespace hearth::core {

// What a channel is told about one run.
struct AlertEvent
{
    AlertRule rule;
    AlertRun run;
    QString summary; // "Firing: slow requests (3 rows)"
};

QString alertEventSummary(const AlertRule &rule, const AlertRun &run);

// The desktop channel, implemented by the app (system tray). notify() is called on a scheduler
// worker thread: implementations hand the event to their own thread. Returns false (with a reason)
// when nothing could be shown.
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    virtual bool notify(const AlertEvent &event, QString *error) = 0;
};

// Webhook retries: `attempts` tries in all, waiting initialBackoff, then x factor, between them.
struct RetryPolicy
{
    int attempts = 4;
    std::chrono::milliseconds initialBackoff {1000};
    double factor = 2.0;
    std::chrono::milliseconds timeout {10000}; // per request
};

} // namespace hearth::core
