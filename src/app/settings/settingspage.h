// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/connections/connections.h"
#include "core/result.h"

#include <functional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hearth::core {
class SecretStore;
}

namespace hearth::app {

class AppContext;

// Settings: the local store (retention, disk usage, vacuum), the local receiver, Logfire
// connections (tokens in the keychain) and appearance (theme, language).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext *context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // How "Test connection" reaches a Logfire API (the main window passes its switcher's).
    using ConnectionTester = std::function<void(const core::LogfireConnection &, const QString &,
                                                std::function<void(core::Result<QString>)>)>;
    void setConnectionTester(ConnectionTester tester) { m_tester = std::move(tester); }

Q_SIGNALS:
    // The user chose which connection views query: "local" or a Logfire connection id.
    void activeConnectionChosen(const QString &id);
    void receiverSettingsChanged();
    void connectionsChanged();

private:
    QWidget *createStoreSection();
    QWidget *createReceiverSection();
    QWidget *createConnectionsSection();
    QWidget *createAppearanceSection();

    void refreshDiskUsage();
    void runMaintenance(bool vacuumAfter);
    void reloadConnections();
    void editConnection(int row);
    void removeConnection();
    void useConnection();

    AppContext *m_context;
    core::SecretStore *m_secrets;
    ConnectionTester m_tester;
    core::JobTracker m_diskJob;
    core::JobTracker m_maintenanceJob;

    QLabel *m_storePath = nullptr;
    QLabel *m_diskUsage = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QSpinBox *m_retentionMb = nullptr;
    QProgressBar *m_maintenanceProgress = nullptr;
    QLabel *m_maintenanceResult = nullptr;
    QPushButton *m_applyRetention = nullptr;
    QPushButton *m_vacuum = nullptr;

    QCheckBox *m_receiverEnabled = nullptr;
    QSpinBox *m_httpPort = nullptr;
    QSpinBox *m_grpcPort = nullptr;
    QCheckBox *m_requireToken = nullptr;
    QLineEdit *m_receiverToken = nullptr;

    QListWidget *m_connections = nullptr;
    QList<core::LogfireConnection> m_connectionList;

    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace hearth::app
