// SPDX-License-Identifier: MIT
#include "core/otlp/ingestwriter.h"

#include "core/store/store.h"

namespace hearth::core::otlp {

IngestWriter::IngestWriter(std::shared_ptr<Store> store, size_t maxQueuedRows,
                           CommitCallback onCommit)
    : m_store(std::move(store)), m_maxQueuedRows(maxQueuedRows), m_onCommit(std::move(onCommit))
{
    m_thread = std::thread([this] { run(); });
}

IngestWriter::~IngestWriter()
{
    stop();
}

std::optional<std::future<Result<WriteStats>>>
IngestWriter::submit(std::shared_ptr<const WriteBatch> batch)
{
    Pending p;
    p.batch = std::move(batch);
    auto future = p.promise.get_future();
    {
        std::lock_guard lock(m_mutex);
        const size_t rows = p.batch->size();
        if (m_stopping)
            return std::nullopt;
        // One oversized request may still go through when nothing else waits, so a request
        // bigger than the bound is not refused forever.
        if (m_queuedRows > 0 && m_queuedRows + rows > m_maxQueuedRows)
            return std::nullopt;
        m_queuedRows += rows;
        m_queue.push_back(std::move(p));
    }
    m_wake.notify_one();
    return future;
}

void IngestWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_thread.joinable())
            return;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

size_t IngestWriter::queuedRows() const
{
    std::lock_guard lock(m_mutex);
    return m_queuedRows;
}

std::int64_t IngestWriter::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

void IngestWriter::run()
{
    for (;;) {
        std::deque<Pending> group;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                return;
            group.swap(m_queue);
        }
        writeGroup(group);
    }
}

void IngestWriter::writeGroup(std::deque<Pending> &group)
{
    size_t rows = 0;
    std::vector<const WriteBatch *> batches;
    batches.reserve(group.size());
    for (const auto &p : group) {
        rows += p.batch->size();
        batches.push_back(p.batch.get());
    }
    const Result<WriteStats> result = m_store->write(batches);
    {
        std::lock_guard lock(m_mutex);
        m_queuedRows -= rows;
        if (result)
            ++m_commits;
    }
    if (result && m_onCommit)
        m_onCommit(result.value());
    // Every waiter learns the group's outcome: all committed together or none did.
    for (auto &p : group) {
        p.batch.reset(); // before the waiter wakes, so that its reference is the last
        p.promise.set_value(result);
    }
}

} // namespace hearth::core::otlp
