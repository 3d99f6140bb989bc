// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertscheduler.h"
#include "core/query/queryengine.h"

#include <atomic>
#include <mutex>
#include <QSemaphore>
#include <QStringList>

// A QueryEngine whose answer the test sets: `rows` rows of one trace_id column, or an error.
// It records the SQL and variables it was given and how many queries ran at once.
class FakeEngine : public hearth::core::QueryEngine
{
public:
    QString name() const override { return QStringLiteral("fake"); }

    hearth::core::Result<hearth::core::QueryResult>
    run(const hearth::core::QueryRequest &request, const hearth::core::CancelTokenPtr &) override
    {
        const int inFlight = ++m_inFlight;
        int seen = m_maxInFlight.load();
        while (inFlight > seen && !m_maxInFlight.compare_exchange_weak(seen, inFlight)) { }
        if (gate)
            gate->acquire();
        --m_inFlight;

        std::lock_guard lock(m_mutex);
        if (request.sql.contains(QLatin1String("AS present"))) {
            hearth::core::QueryResult probe;
            probe.columns = {{QStringLiteral("present"), hearth::core::ColumnType::Integer}};
            if (hasData)
                probe.rows.push_back({qint64(1)});
            return probe;
        }
        sqls << request.sql;
        lastRequest = request;
        if (!error.isEmpty())
            return hearth::core::Error::make(hearth::core::Error::Code::SqlSyntax, error);
        hearth::core::QueryResult result;
        result.columns = {{QStringLiteral("trace_id"), hearth::core::ColumnType::Text}};
        for (int i = 0; i < rows; ++i)
            result.rows.push_back({QStringLiteral("trace-%1-%2").arg(variant).arg(i)});
        return result;
    }

    int maxInFlight() const { return m_maxInFlight.load(); }
    int inFlight() const { return m_inFlight.load(); }

    // Set by the test between runs (the scheduler is idle then).
    int rows = 0;
    int variant = 0; // changes the row contents without changing the count
    bool hasData = true;
    QString error;
    QSemaphore *gate = nullptr;

    std::mutex m_mutex;
    QStringList sqls;
    hearth::core::QueryRequest lastRequest;

private:
    std::atomic_int m_inFlight {0};
    std::atomic_int m_maxInFlight {0};
};

// A resolver that gives every rule the same engine.
inline hearth::core::AlertEngineResolver
fixedEngine(std::shared_ptr<hearth::core::QueryEngine> engine)
{
    return
        [engine](const hearth::core::AlertRule &)
            -> hearth::core::Result<std::shared_ptr<hearth::core::QueryEngine>> { return engine; };
}
