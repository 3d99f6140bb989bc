// SPDX-License-Identifier: MIT
#include "core/otlp/forwarder.h"

#include <curl/curl.h>

namespace hearth::core::otlp {

namespace {

size_t discardBody(char *, size_t size, size_t nmemb, void *)
{
    return size * nmemb;
}

} // namespace

Forwarder::Forwarder(Options options) : m_options(std::move(options))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    m_thread = std::thread([this] { run(); });
}

Forwarder::~Forwarder()
{
    stop();
}

std::string Forwarder::urlFor(const std::string &baseUrl, const std::string &path)
{
    if (baseUrl.size() >= path.size()
        && baseUrl.compare(baseUrl.size() - path.size(), path.size(), path) == 0)
        return baseUrl;
    std::string url = baseUrl;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url + path;
}

bool Forwarder::enqueue(std::string path, std::string body, std::string contentType)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queuedBytes + body.size() > m_options.maxQueuedBytes) {
            ++m_dropped;
            return false;
        }
        m_queuedBytes += body.size();
        m_queue.push_back(Item {std::move(path), std::move(body), std::move(contentType)});
    }
    m_wake.notify_one();
    return true;
}

void Forwarder::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void Forwarder::run()
{
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            item = std::move(m_queue.front());
            m_queue.pop_front();
            m_queuedBytes -= item.body.size();
        }
        if (send(item))
            ++m_sent;
        else
            ++m_failed;
    }
}

bool Forwarder::send(const Item &item)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return false;
    const std::string url = urlFor(m_options.baseUrl, item.path);
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, ("Content-Type: " + item.contentType).c_str());
    for (const auto &[k, v] : m_options.headers)
        headers = curl_slist_append(headers, (k + ": " + v).c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, item.body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(item.body.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_options.timeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discardBody);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Hearth-OTLP-Forwarder/0.1");
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK && status >= 200 && status < 300;
}

} // namespace hearth::core::otlp
