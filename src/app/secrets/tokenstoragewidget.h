// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace hearth::core {
class SecretStore;
}

namespace hearth::app {

// The "Token storage" rows of Settings → Connections: where tokens go now (keychain, encrypted
// file, this session only), what to do without a keychain, and the encrypted file's actions
// (unlock or lock, change passphrase, forget).
class TokenStorageWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TokenStorageWidget(core::SecretStore *secrets, QWidget *parent = nullptr);

private:
    void refresh();
    void unlockOrLock();
    void changePassphrase();
    void forget();

    core::SecretStore *m_secrets;
    QLabel *m_backend = nullptr;
    QComboBox *m_fallback = nullptr;
    QWidget *m_vaultActions = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace hearth::app
