// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/dialecttranslator.h"
#include "core/query/queryengine.h"

namespace hearth::core {

// Runs Logfire-dialect SQL on a local store, on a fresh read-only connection per query (so it can
// neither change the store nor block the writer). Variables are substituted as quoted literals,
// the SQL is translated (dialecttranslator.h), the time window filters each table reference, and
// cancel/timeout interrupt SQLite through its progress handler.
class LocalEngine : public QueryEngine
{
public:
    explicit LocalEngine(QString storePath);
    QString name() const override;
    Result<QueryResult> run(const QueryRequest &request, const CancelTokenPtr &cancel) override;

    const QString &storePath() const { return m_storePath; }

    // Benchmark baseline only: read gen_ai attributes from the JSON text, not the hot columns.
    void setHotColumns(bool on) { m_hotColumns = on; }

    // The SQLite SQL a request becomes (for "explain" views and tests).
    Result<Translation> translate(const QueryRequest &request) const;

private:
    QString m_storePath;
    bool m_hotColumns = true;
};

} // namespace hearth::core
