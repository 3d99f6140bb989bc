// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace hearth::core::otlp {

// Re-sends accepted OTLP payloads to an upstream endpoint (Logfire, a Collector) with libcurl on
// its own thread. Its queue is bounded: a slow or failing upstream never blocks local ingest; what
// does not fit is dropped and counted.
class Forwarder
{
public:
    struct Options
    {
        std::string baseUrl; // e.g. https://logfire-api.pydantic.dev; /v1/<signal> is appended
        std::vector<std::pair<std::string, std::string>> headers;
        size_t maxQueuedBytes = 64u << 20;
        long timeoutMs = 10000;
    };

    explicit Forwarder(Options options);
    ~Forwarder();
    Forwarder(const Forwarder &) = delete;
    Forwarder &operator=(const Forwarder &) = delete;

    // `path` is "/v1/traces" etc. Returns false (and counts a drop) when the queue is full.
    bool enqueue(std::string path, std::string body, std::string contentType);
    // Sends what is queued (each with the normal timeout), then ends the thread.
    void stop();

    // The URL a payload for `path` goes to (base URL + path, unless the base already ends in it).
    static std::string urlFor(const std::string &baseUrl, const std::string &path);

    std::int64_t sent() const { return m_sent; }
    std::int64_t failed() const { return m_failed; }
    std::int64_t dropped() const { return m_dropped; }

private:
    struct Item
    {
        std::string path;
        std::string body;
        std::string contentType;
    };
    void run();
    bool send(const Item &item);

    Options m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    size_t m_queuedBytes = 0;
    bool m_stopping = false;
    std::atomic<std::int64_t> m_sent {0};
    std::atomic<std::int64_t> m_failed {0};
    std::atomic<std::int64_t> m_dropped {0};
    std::thread m_thread;
};

} // namespace hearth::core::otlp
