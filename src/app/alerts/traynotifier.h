// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertnotifier.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace hearth::app {

// The desktop channel: a system tray balloon. notify() runs on a scheduler thread, so it only
// queues the message to the tray icon's (GUI) thread.
class TrayNotifier : public QObject, public core::DesktopNotifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool notify(const core::AlertEvent &event, QString *error) override;

Q_SIGNALS:
    void shown(const QString &title, const QString &message);

private:
    void show(const QString &title, const QString &message);
    QPointer<QSystemTrayIcon> m_tray;
    bool m_available = false;
};

} // namespace hearth::app
