// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"

#include <memory>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <type_traits>
#include <utility>

namespace hearth::core {

// The one async idiom of Hearth (after hotspot's JobTracker): work runs on a pool thread and
// returns a value; the value is delivered by a queued call on the context object's thread; a result
// is dropped when the context is gone or a newer job was started. Starting a job cancels the token
// of the previous one.
class JobTracker
{
public:
    explicit JobTracker(QObject *context, QThreadPool *pool = QThreadPool::globalInstance())
        : m_context(context), m_pool(pool), m_state(std::make_shared<State>())
    {
    }
    ~JobTracker() { cancel(); }

    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    // job: (const CancelTokenPtr&) -> T, runs off the GUI thread.
    // then: (T) -> void, runs on the context's thread if this job is still the newest.
    template<typename Job, typename Then> quint64 run(Job &&job, Then &&then)
    {
        using T = std::invoke_result_t<Job, const CancelTokenPtr &>;
        cancel();
        auto token = std::make_shared<CancelToken>();
        m_state->token = token;
        const quint64 id = ++m_state->generation;
        QPointer<QObject> context = m_context;
        std::weak_ptr<State> weakState = m_state;
        m_pool->start([job = std::forward<Job>(job), then = std::forward<Then>(then), token, id,
                       context, weakState]() mutable {
            T value = job(token);
            if (!context)
                return;
            QMetaObject::invokeMethod(
                context.data(),
                [value = std::move(value), then = std::move(then), token, id, context,
                 weakState]() mutable {
                    const auto state = weakState.lock();
                    if (!context || !state || state->generation != id || token->cancelled())
                        return;
                    then(std::move(value));
                },
                Qt::QueuedConnection);
        });
        return id;
    }

    void cancel()
    {
        if (m_state->token)
            m_state->token->cancel();
        m_state->token.reset();
        ++m_state->generation;
    }

    quint64 generation() const { return m_state->generation; }

private:
    struct State
    {
        quint64 generation = 0;
        CancelTokenPtr token;
    };
    QPointer<QObject> m_context;
    QThreadPool *m_pool;
    std::shared_ptr<State> m_state;
};

} // namespace hearth::core
