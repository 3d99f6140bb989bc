// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryengine.h"

namespace hearth::core {

// Runs Logfire-dialect SQL on a local store, on a fresh read-only connection per query (so it can
// neither change the store nor block the writer).
class LocalEngine : public QueryEngine
{
public:
    explicit LocalEngine(QString storePath);
    QString name() const override;
    Result<QueryResult> run(const QueryRequest &request, const CancelTokenPtr &cancel) override;

    const QString &storePath() const { return m_storePath; }

private:
    QString m_storePath;
};

} // namespace hearth::core
