// SPDX-License-Identifier: MIT
#pragma once

#include "core/connections/connections.h"
#include "core/result.h"

#include <functional>
#include <memory>
#include <QDialog>

namespace Ui {
class ConnectionDialog;
}

namespace hearth::app {

// Adds or edits one Logfire connection. "Test connection" calls the tester (which asks
// /v1/read-token-info) and shows the organisation and project, or the exact error.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    using Tester
        = std::function<void(const core::LogfireConnection &connection, const QString &token,
                             std::function<void(core::Result<QString>)> done)>;

    explicit ConnectionDialog(const core::LogfireConnection &connection, const QString &token,
                              Tester tester, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    core::LogfireConnection connection() const;
    QString token() const;
    void setKeychainNote(const QString &note);

private:
    void updateBaseUrlState();
    void runTest();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    core::LogfireConnection m_connection;
    Tester m_tester;
};

} // namespace hearth::app
