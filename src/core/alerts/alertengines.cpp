// SPDX-License-Identifier: MIT
#include "core/alerts/alertengines.h"

#include <algorithm>
#include <QCoreApplication>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Alerts)
};

} // namespace

QString alertConnectionNotConfigured(const QString &name)
{
    return Tr::tr("connection '%1' is not configured").arg(name);
}

QString alertNoReadToken(const QString &name, const QString &why)
{
    const QString base = Tr::tr("no read token for '%1'").arg(name);
    return why.isEmpty() ? base : base + QStringLiteral(": ") + why;
}

AlertEngines::AlertEngines(std::shared_ptr<QueryEngine> local) : m_local(std::move(local)) { }

void AlertEngines::setConnections(const QList<LogfireConnection> &connections)
{
    std::lock_guard lock(m_mutex);
    QList<Entry> next;
    for (const auto &c : connections) {
        Entry e;
        e.connection = c;
        const auto old = std::find_if(m_entries.begin(), m_entries.end(),
                                      [&c](const Entry &x) { return x.connection.id == c.id; });
        if (old != m_entries.end()) {
            e.token = old->token;
            e.tokenProblem = old->tokenProblem;
            // Same endpoint: the warm engine stays (a rename changes nothing it uses).
            if (old->connection.effectiveBaseUrl() == c.effectiveBaseUrl())
                e.engine = old->engine;
        }
        next.push_back(std::move(e));
    }
    m_entries = std::move(next);
}

void AlertEngines::setToken(const QString &connectionId, const QString &token)
{
    std::lock_guard lock(m_mutex);
    for (auto &e : m_entries) {
        if (e.connection.id != connectionId)
            continue;
        if (e.token != token)
            e.engine.reset();
        e.token = token;
        e.tokenProblem.clear();
    }
}

void AlertEngines::setTokenProblem(const QString &connectionId, const QString &why)
{
    std::lock_guard lock(m_mutex);
    for (auto &e : m_entries) {
        if (e.connection.id == connectionId && e.token.isEmpty())
            e.tokenProblem = why;
    }
}

void AlertEngines::setRemoteOptions(const RemoteOptions &options)
{
    std::lock_guard lock(m_mutex);
    m_options = options;
    for (auto &e : m_entries)
        e.engine.reset();
}

AlertEngines::Entry *AlertEngines::find(const QString &name)
{
    // The id first (what the editor stores), then the name (what a person types in JSON).
    for (auto &e : m_entries) {
        if (e.connection.id == name)
            return &e;
    }
    for (auto &e : m_entries) {
        if (e.connection.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

Result<std::shared_ptr<QueryEngine>> AlertEngines::engineFor(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("local"))
        return m_local;
    std::lock_guard lock(m_mutex);
    Entry *e = find(name);
    if (!e)
        return Error::make(Error::Code::NotFound, alertConnectionNotConfigured(name));
    if (e->token.isEmpty())
        return Error::make(Error::Code::Auth,
                           alertNoReadToken(e->connection.name, e->tokenProblem));
    if (!e->engine) {
        RemoteOptions options = m_options;
        options.token = e->token;
        options.baseUrl = e->connection.effectiveBaseUrl();
        e->engine = std::make_shared<RemoteEngine>(options);
        ++m_created;
    }
    return e->engine;
}

AlertEngineResolver alertEngineResolver(std::shared_ptr<AlertEngines> engines)
{
    return [engines = std::move(engines)](const AlertRule &rule) {
        return engines->engineFor(rule.engine);
    };
}

QList<QPair<QString, QString>> AlertEngines::choices() const
{
    std::lock_guard lock(m_mutex);
    QList<QPair<QString, QString>> out {{QStringLiteral("local"), Tr::tr("Local store")}};
    for (const auto &e : m_entries)
        out.push_back({e.connection.id, e.connection.name});
    return out;
}

} // namespace hearth::core
