// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace hearth::core {
class SecretStore;
}

namespace hearth::app {

// Gives SecretStore its dialogs: the one-time fallback choice when no keychain runs, and the
// passphrase prompt when the token vault is locked and a token is needed. Both dialogs are
// window-modal and opened with open(), so the event loop (live view, receiver) keeps running.
class SecretPrompter : public QObject
{
    Q_OBJECT
public:
    SecretPrompter(core::SecretStore *secrets, QWidget *window);
    ~SecretPrompter() override;

private:
    QWidget *dialogParent() const;

    QPointer<core::SecretStore> m_secrets;
    QPointer<QWidget> m_window;
};

} // namespace hearth::app
