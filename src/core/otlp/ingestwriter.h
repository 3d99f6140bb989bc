// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/record.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace hearth::core {

class Store;

namespace otlp {

// Group commit: the one thread that writes to the store. Request threads hand it decoded batches
// and wait on a future; the writer takes everything queued, writes it in ONE transaction, commits,
// then completes every waiter. So a future resolves only once its rows are durable (committed in
// WAL mode), and many concurrent requests share one commit.
//
// The queue is bounded (rows, not requests): when full, submit() refuses at once and the caller
// answers 429/503 with Retry-After instead of buffering without limit.
class IngestWriter
{
public:
    using CommitCallback = std::function<void(const WriteStats &stats)>;

    IngestWriter(std::shared_ptr<Store> store, size_t maxQueuedRows, CommitCallback onCommit = {});
    ~IngestWriter();
    IngestWriter(const IngestWriter &) = delete;
    IngestWriter &operator=(const IngestWriter &) = delete;

    // nullopt when the queue is saturated (or the writer is stopping). The writer drops its
    // reference to the batch before resolving the future, so a caller that keeps one frees the
    // rows on its own thread: freeing a thousand records is work the one writer should not do.
    std::optional<std::future<Result<WriteStats>>> submit(std::shared_ptr<const WriteBatch> batch);
    std::optional<std::future<Result<WriteStats>>> submit(WriteBatch batch)
    {
        return submit(std::make_shared<const WriteBatch>(std::move(batch)));
    }

    // Writes what is queued, then ends the thread. Idempotent.
    void stop();

    size_t queuedRows() const;
    std::int64_t commits() const;

private:
    struct Pending
    {
        std::shared_ptr<const WriteBatch> batch;
        std::promise<Result<WriteStats>> promise;
    };

    void run();
    void writeGroup(std::deque<Pending> &group);

    std::shared_ptr<Store> m_store;
    const size_t m_maxQueuedRows;
    CommitCallback m_onCommit;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    size_t m_queuedRows = 0;
    bool m_stopping = false;
    std::int64_t m_commits = 0;
    std::thread m_thread;
};

} // namespace otlp
} // namespace hearth::core
