// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hearth::core {
class SecretStore;
}

namespace hearth::app {

// Asks for the token vault's passphrase: to unlock it for this session, to create it, or to
// change it. The key derivation (about a second) runs off the GUI thread while the dialog shows
// progress; a wrong passphrase or a damaged file is said in the dialog, which stays open.
class VaultPassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, Create, Change };

    VaultPassphraseDialog(core::SecretStore *secrets, Mode mode, QWidget *parent = nullptr);
    ~VaultPassphraseDialog() override;

    Mode mode() const { return m_mode; }
    // Minimum length of a new passphrase.
    static constexpr int minimumLength = 8;

private:
    void submit();
    void setBusy(bool busy);
    void say(const QString &error);
    void finish(const QString &error);
    QLineEdit *passwordField(const QString &objectName, const QString &accessibleName);

    core::SecretStore *m_secrets;
    Mode m_mode;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace hearth::app
