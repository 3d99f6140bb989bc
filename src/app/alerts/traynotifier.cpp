// SPDX-License-Identifier: MIT
#include "app/alerts/traynotifier.h"

#include <QIcon>
#include <QMetaObject>
#include <QSystemTrayIcon>

namespace hearth::app {

TrayNotifier::TrayNotifier(QObject *parent) : QObject(parent)
{
    // Asked once, here on the GUI thread: notify() runs on pool threads.
    m_available = QSystemTrayIcon::isSystemTrayAvailable();
    if (m_available) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/alerts.svg")), this);
        m_tray->setToolTip(tr("Hearth alerts"));
        m_tray->show();
    }
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::notify(const core::AlertEvent &event, QString *error)
{
    if (!m_available) {
        if (error)
            *error = tr("This desktop has no system tray.");
        return false;
    }
    const QString title = tr("Hearth alert: %1").arg(event.rule.name);
    const QString message = event.summary;
    QMetaObject::invokeMethod(
        this, [this, title, message] { show(title, message); }, Qt::QueuedConnection);
    return true;
}

void TrayNotifier::show(const QString &title, const QString &message)
{
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 10000);
    Q_EMIT shown(title, message);
}

} // namespace hearth::app
