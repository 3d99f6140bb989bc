// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertnotifier.h"

#include <QByteArray>
#include <QString>

namespace hearth::core {

struct DeliveryResult
{
    QString channel;
    bool ok = false;
    int attempts = 0;
    long httpStatus = 0; // of the last attempt, 0 when no response
    QString error; // of the last attempt
};

// The body a webhook channel posts for an event: raw JSON, Slack-compatible {"text","blocks"}, or
// the user's template with {{placeholders}} replaced (JSON-escaped text, so they are safe inside a
// JSON string; {{rows_json}} inserts the rows as a JSON array).
QByteArray webhookBody(const AlertChannel &channel, const AlertEvent &event);

// POSTs with libcurl, retrying on network errors and non-2xx answers with exponential backoff.
// Header values (tokens) never appear in the error text.
DeliveryResult deliverWebhook(const AlertChannel &channel, const AlertEvent &event,
                              const RetryPolicy &policy);

} // namespace hearth::core
