// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/query/queryengine.h"
#include "core/result.h"
#include "core/store/store.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QString>
#include <vector>

namespace hearth::core {
class SecretStore;
}

namespace hearth::app {

// What every page shares: the open store, the active query engine, and navigation requests.
// Lives on the GUI thread; pages hold a pointer and follow its signals.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    // Opens (creating if needed) the store at `path` and makes it current. On failure the previous
    // store stays open and the error is returned for the caller to show.
    core::Status openStore(const QString &path,
                           core::Store::OpenMode mode = core::Store::OpenMode::ReadWrite);

    QString storePath() const;
    bool hasStore() const { return m_store != nullptr; }
    bool storeReadOnly() const;
    // The writer-side store (the in-process receiver and editors write through it).
    std::shared_ptr<core::Store> store() const { return m_store; }
    // The engine views run their SQL on: the local store unless a remote connection is active.
    std::shared_ptr<core::QueryEngine> engine() const { return m_engine; }
    void setEngine(std::shared_ptr<core::QueryEngine> engine);
    // Tokens: the OS keychain, with tokens typed "for this session" shared by every view.
    core::SecretStore *secrets() const { return m_secrets; }

    // Pages offer entries to the command palette (Ctrl+K): dashboards, saved searches, their own
    // actions. Each provider is asked whenever the palette opens.
    struct Command
    {
        QString category;
        QString text;
        QString detail;
        std::function<void()> activate;
    };
    using CommandProvider = std::function<std::vector<Command>()>;
    void addCommandProvider(CommandProvider provider) { m_commandProviders.push_back(provider); }
    const std::vector<CommandProvider> &commandProviders() const { return m_commandProviders; }

public Q_SLOTS:
    void requestOpenTrace(const QString &traceId, const QString &spanId = QString());
    // Ingest (or an import) wrote rows: views that follow live data refresh.
    void notifyDataChanged();

Q_SIGNALS:
    void storeChanged();
    void engineChanged();
    void dataChanged();
    void openTraceRequested(const QString &traceId, const QString &spanId);

private:
    // An import killed mid-way leaves its committed stages journalled in the store; they are
    // rolled back off the GUI thread (on a connection of its own) when the store opens.
    void recoverInterruptedImports(const QString &path);

    std::shared_ptr<core::Store> m_store;
    std::shared_ptr<core::QueryEngine> m_engine;
    core::SecretStore *m_secrets;
    std::vector<CommandProvider> m_commandProviders;
    core::JobTracker m_recovery {this};
};

} // namespace hearth::app
