// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/connections/connections.h"
#include "core/result.h"

#include <functional>
#include <memory>
#include <QObject>

class QComboBox;

namespace hearth::core {
class ResultCache;
class SecretStore;
} // namespace hearth::core

namespace hearth::app {

class AppContext;

// Chooses which engine every view queries: the local store, or a Logfire connection (remote
// engine behind the local result cache). Offers a toolbar combo box and remembers the choice.
class ConnectionSwitcher : public QObject
{
    Q_OBJECT
public:
    ConnectionSwitcher(AppContext *context, core::SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionSwitcher() override;

    QComboBox *createComboBox(QWidget *parent);
    // "local", a saved connection id, or "env" (LOGFIRE_READ_TOKEN).
    void activate(const QString &id);
    QString activeId() const { return m_activeId; }
    QString activeLabel() const;
    // Reloads the list (after Settings changed it) and keeps the active choice when it still
    // exists.
    void reload();

    // Asks /v1/read-token-info off the GUI thread: "organisation / project" or the exact error.
    void testConnection(const core::LogfireConnection &connection, const QString &token,
                        std::function<void(core::Result<QString>)> done);

Q_SIGNALS:
    void activeChanged(const QString &label);
    void failed(const QString &message);

private:
    void useRemote(const core::LogfireConnection &connection, const QString &token);
    void fillCombo();

    AppContext *m_context;
    core::SecretStore *m_secrets;
    std::shared_ptr<core::ResultCache> m_cache;
    QList<core::LogfireConnection> m_connections;
    std::optional<core::LogfireConnection> m_envConnection;
    QString m_envToken;
    QString m_activeId = QStringLiteral("local");
    QComboBox *m_combo = nullptr;
    core::JobTracker m_testJob;
};

} // namespace hearth::app
