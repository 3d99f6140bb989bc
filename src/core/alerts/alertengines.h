// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertscheduler.h"
#include "core/connections/connections.h"
#include "core/remote/remoteengine.h"

#include <memory>
#include <mutex>
#include <QHash>
#include <QList>
#include <QPair>

namespace hearth::core {

// The engines alert rules name: "local" (the store) or a Logfire connection, by id or by name.
// A remote engine is created once per connection on first use and reused by every run (its
// libcurl connections stay warm); it is replaced only when the connection's URL or token change.
// Tokens are handed in by the process (the GUI from the keychain, `hearth-cli serve` from its
// environment); they are never logged and never part of an error message. Thread-safe.
class AlertEngines
{
public:
    explicit AlertEngines(std::shared_ptr<QueryEngine> local);

    // Replaces the known connections; tokens and engines of connections that stay are kept.
    void setConnections(const QList<LogfireConnection> &connections);
    void setToken(const QString &connectionId, const QString &token);
    // Why a connection has no token (keychain unavailable, entry missing), for the run's error.
    void setTokenProblem(const QString &connectionId, const QString &why);
    // Template for remote engines (timeouts, retries); token and base URL are filled per
    // connection.
    void setRemoteOptions(const RemoteOptions &options);

    // The engine for a rule's `engine` field; a precise error when it cannot be had.
    Result<std::shared_ptr<QueryEngine>> engineFor(const QString &name);

    // ("local", "Local store") then (id, name) of each connection, for the rule editor.
    QList<QPair<QString, QString>> choices() const;
    // Remote engines created so far (tests check reuse).
    int remoteEnginesCreated() const { return m_created; }

private:
    struct Entry
    {
        LogfireConnection connection;
        QString token;
        QString tokenProblem;
        std::shared_ptr<QueryEngine> engine;
    };
    Entry *find(const QString &name);

    std::shared_ptr<QueryEngine> m_local;
    RemoteOptions m_options;
    QList<Entry> m_entries;
    int m_created = 0;
    mutable std::mutex m_mutex;
};

// A resolver for AlertScheduler that keeps `engines` alive as long as the scheduler needs it.
AlertEngineResolver alertEngineResolver(std::shared_ptr<AlertEngines> engines);

// The messages rules get when their engine is missing (kept here, in one place).
QString alertConnectionNotConfigured(const QString &name);
QString alertNoReadToken(const QString &name, const QString &why);

} // namespace hearth::core
