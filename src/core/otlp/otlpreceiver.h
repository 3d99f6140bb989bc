// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <cstdint>
#include <memory>
#include <QObject>
#include <QString>
#include <string>
#include <utility>
#include <vector>

namespace hearth::core {

class Store;

struct OtlpReceiverOptions
{
    bool httpEnabled = true;
    QString httpHost = QStringLiteral("127.0.0.1");
    int httpPort = 4318; // 0 = any free port (see OtlpReceiver::httpPort())
    bool grpcEnabled = true;
    QString grpcHost = QStringLiteral("127.0.0.1");
    int grpcPort = 4317;
    // When set, requests need `Authorization: Bearer <token>` or `Authorization: <token>`.
    std::string token;
    // When set, accepted payloads are re-sent to this OTLP/HTTP base URL (+ headers).
    std::string forwardUrl;
    std::vector<std::pair<std::string, std::string>> forwardHeaders;
    // Request body cap, applied to the raw body and again after decompression (otlp.md §1).
    size_t maxBodyBytes = 64u << 20;
    // Rows waiting for the writer before requests are answered 503 + Retry-After.
    size_t maxQueuedRows = 100000;
};

// Counters since start(); all monotonic.
struct OtlpStats
{
    std::int64_t spansAccepted = 0;
    std::int64_t logsAccepted = 0;
    std::int64_t pointsAccepted = 0;
    std::int64_t itemsRejected = 0; // partial-success rejections (bad ids, summaries)
    std::int64_t requestsOk = 0;
    std::int64_t requestsRejected = 0; // 4xx answers
    std::int64_t requestsThrottled = 0; // 429/503 answers
    std::int64_t rowsCommitted = 0;
    std::int64_t commits = 0;
    std::int64_t forwardSent = 0;
    std::int64_t forwardFailed = 0;
    std::int64_t forwardDropped = 0;
};

// The OTLP receiver (issue 3): OTLP/HTTP (cpp-httplib) and OTLP/gRPC servers that decode requests,
// map them to Logfire rows and hand them to a group-commit writer thread that owns the store's
// writer connection. A request is answered 200 only after its rows are committed.
//
// Used by `hearth-cli serve` and embeddable in the GUI: construct with the open store, call
// start(); connect rowsCommitted() (emitted on the writer thread, so use a queued connection) to
// refresh views; stop() drains and returns once everything accepted is committed.
class OtlpReceiver : public QObject
{
    Q_OBJECT

public:
    explicit OtlpReceiver(std::shared_ptr<Store> store, QObject *parent = nullptr);
    ~OtlpReceiver() override;

    // Binds and starts serving. Fails with a message naming the address when a port is taken.
    Status start(const OtlpReceiverOptions &options);
    // Stops accepting, finishes in-flight requests, commits what is queued. Idempotent.
    void stop();
    bool isRunning() const;

    // The bound ports (useful when 0 was asked for); 0 when that transport is off.
    int httpPort() const;
    int grpcPort() const;
    OtlpStats stats() const;
    // "otlp: 1200 spans, 3 logs, 40 points accepted; 2 requests rejected, 0 throttled"
    QString statusLine() const;

Q_SIGNALS:
    // Rows were committed (records include span events and logs). Emitted from the writer thread.
    void rowsCommitted(qint64 records, qint64 metrics);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hearth::core
