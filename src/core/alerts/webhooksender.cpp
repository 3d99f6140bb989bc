// SPDX-License-Identifier: MIT
#include "core/alerts/webhooksender.h"

#include <curl/curl.h>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <thread>

namespace hearth::core {

namespace {

using json = nlohmann::json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Alerts)
};

json parseOr(const QByteArray &text, json fallback)
{
    auto doc = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    return doc.is_discarded() ? fallback : doc;
}

// Matched rows as objects keyed by column name (what receivers can read without the columns).
json rowsAsObjects(const AlertRun &run)
{
    const json doc = parseOr(run.rowsJson, json::object());
    json out = json::array();
    if (!doc.contains("columns") || !doc.contains("rows"))
        return out;
    const auto &cols = doc["columns"];
    for (const auto &row : doc["rows"]) {
        json o = json::object();
        for (size_t i = 0; i < row.size() && i < cols.size(); ++i)
            o[cols[i].value("name", std::string())] = row[i];
        out.push_back(std::move(o));
    }
    return out;
}

json rawPayload(const AlertEvent &e)
{
    json j;
    j["alert"] = e.rule.name.toStdString();
    j["description"] = e.rule.description.toStdString();
    j["state"] = alertStateKey(e.run.state).toStdString();
    j["transition"] = e.run.transition.toStdString();
    j["notify_when"] = notifyWhenKey(e.rule.notifyWhen).toStdString();
    j["run_at"] = formatIsoMicros(e.run.startedAt);
    j["time_window"] = formatIsoDuration(e.rule.window).toStdString();
    j["row_count"] = e.run.rowCount ? json(*e.run.rowCount) : json(nullptr);
    if (!e.run.error.isEmpty())
        j["error"] = e.run.error.toStdString();
    j["query"] = e.rule.sql.toStdString();
    j["rows"] = rowsAsObjects(e.run);
    j["summary"] = e.summary.toStdString();
    return j;
}

json slackPayload(const AlertEvent &e)
{
    const std::string title = "*" + e.summary.toStdString() + "*";
    std::string detail = e.rule.description.toStdString();
    const json rows = rowsAsObjects(e.run);
    std::string sample;
    for (size_t i = 0; i < rows.size() && i < 5; ++i)
        sample += rows[i].dump() + "\n";
    json blocks = json::array();
    blocks.push_back({{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", title}}}});
    if (!detail.empty())
        blocks.push_back({{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", detail}}}});
    if (!sample.empty())
        blocks.push_back({{"type", "section"},
                          {"text", {{"type", "mrkdwn"}, {"text", "```" + sample + "```"}}}});
    return json {{"text", e.summary.toStdString()}, {"blocks", blocks}};
}

// The text of a JSON string literal without its quotes.
std::string jsonEscaped(const std::string &s)
{
    const std::string quoted = json(s).dump();
    return quoted.substr(1, quoted.size() - 2);
}

std::string templatePayload(const AlertChannel &c, const AlertEvent &e)
{
    const std::pair<std::string, std::string> values[] = {
        {"{{alert_name}}", jsonEscaped(e.rule.name.toStdString())},
        {"{{description}}", jsonEscaped(e.rule.description.toStdString())},
        {"{{state}}", jsonEscaped(alertStateKey(e.run.state).toStdString())},
        {"{{state_label}}", jsonEscaped(alertStateLabel(e.run.state).toStdString())},
        {"{{transition}}", jsonEscaped(e.run.transition.toStdString())},
        {"{{row_count}}", std::to_string(e.run.rowCount.value_or(0))},
        {"{{run_at}}", formatIsoMicros(e.run.startedAt)},
        {"{{summary}}", jsonEscaped(e.summary.toStdString())},
        {"{{error}}", jsonEscaped(e.run.error.toStdString())},
        {"{{rows_json}}", rowsAsObjects(e.run).dump()},
    };
    std::string body = c.bodyTemplate.toStdString();
    for (const auto &[key, value] : values) {
        for (size_t pos = body.find(key); pos != std::string::npos;
             pos = body.find(key, pos + value.size()))
            body.replace(pos, key.size(), value);
    }
    return body;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t discard(char *, size_t size, size_t nmemb, void *)
{
    return size * nmemb;
}

struct Attempt
{
    bool ok = false;
    long status = 0;
    QString error;
};

Attempt postOnce(const AlertChannel &c, const QByteArray &body, std::chrono::milliseconds timeout)
{
    initCurlOnce();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        return {false, 0, Tr::tr("Cannot initialise libcurl.")};
    curl_slist *headers = nullptr;
    bool hasContentType = false;
    for (const auto &[k, v] : c.headers) {
        hasContentType |= k.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
        headers = curl_slist_append(headers, (k + QStringLiteral(": ") + v).toUtf8().constData());
    }
    if (!hasContentType)
        headers = curl_slist_append(headers, "Content-Type: application/json");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerGuard(headers,
                                                                            curl_slist_free_all);
    const QByteArray url = c.url.toUtf8();
    char errbuf[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.constData());
    curl_easy_setopt(curl.get(), CURLOPT_POST, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, "hearth-alerts");
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK)
        return {false, 0, QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc)).trimmed()};
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status >= 300)
        return {false, status, Tr::tr("HTTP %1").arg(status)};
    return {true, status, QString()};
}

} // namespace

QString alertEventSummary(const AlertRule &rule, const AlertRun &run)
{
    if (run.failed())
        return Tr::tr("%1: %2 — %3").arg(alertStateLabel(run.state), rule.name, run.error);
    // A plain variable for %n: lupdate skips the call when the argument has a template cast.
    const int rows = static_cast<int>(run.rowCount.value_or(0));
    return Tr::tr("%1: %2 (%n row(s))", nullptr, rows).arg(alertStateLabel(run.state), rule.name);
}

QByteArray webhookBody(const AlertChannel &channel, const AlertEvent &event)
{
    switch (channel.format) {
    case AlertChannel::Format::Slack:
        return QByteArray::fromStdString(slackPayload(event).dump());
    case AlertChannel::Format::Template:
        return QByteArray::fromStdString(templatePayload(channel, event));
    case AlertChannel::Format::RawJson:
        break;
    }
    return QByteArray::fromStdString(rawPayload(event).dump());
}

DeliveryResult deliverWebhook(const AlertChannel &channel, const AlertEvent &event,
                              const RetryPolicy &policy)
{
    DeliveryResult result;
    result.channel = channel.displayName();
    const QByteArray body = webhookBody(channel, event);
    auto backoff = policy.initialBackoff;
    for (int attempt = 1; attempt <= qMax(1, policy.attempts); ++attempt) {
        const Attempt a = postOnce(channel, body, policy.timeout);
        result.attempts = attempt;
        result.httpStatus = a.status;
        result.error = a.error;
        if (a.ok) {
            result.ok = true;
            result.error.clear();
            return result;
        }
        // 4xx other than 408/429 will not get better by asking again.
        if (a.status >= 400 && a.status < 500 && a.status != 408 && a.status != 429)
            break;
        if (attempt < policy.attempts) {
            std::this_thread::sleep_for(backoff);
            backoff = std::chrono::milliseconds(
                static_cast<qint64>(static_cast<double>(backoff.count()) * policy.factor));
        }
    }
    return result;
}

} // namespace hearth::core
