// SPDX-License-Identifier: MIT
#include "app/secrets/secretprompter.h"

#include "app/secrets/fallbackchoicedialog.h"
#include "app/secrets/vaultpassphrasedialog.h"
#include "core/connections/secretstore.h"

#include <QApplication>

namespace hearth::app {

SecretPrompter::SecretPrompter(core::SecretStore *secrets, QWidget *window)
    : QObject(window), m_secrets(secrets), m_window(window)
{
    m_secrets->setFallbackChooser(
        [this](const QString &reason, core::SecretStore::Continuation decided) {
            auto *dialog = new FallbackChoiceDialog(reason, dialogParent());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this, dialog, decided](int result) {
                // "Not Now" decides nothing: this time the token is asked for the session only.
                if (result == QDialog::Accepted)
                    m_secrets->setFallback(dialog->choice());
                decided();
            });
            dialog->open();
        });
    m_secrets->setUnlockPrompt([this](core::SecretStore::Continuation finished) {
        const auto mode = m_secrets->vaultExists() ? VaultPassphraseDialog::Mode::Unlock
                                                   : VaultPassphraseDialog::Mode::Create;
        auto *dialog = new VaultPassphraseDialog(m_secrets, mode, dialogParent());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [finished] { finished(); });
        dialog->open();
    });
}

SecretPrompter::~SecretPrompter()
{
    if (!m_secrets)
        return;
    m_secrets->setFallbackChooser({});
    m_secrets->setUnlockPrompt({});
}

QWidget *SecretPrompter::dialogParent() const
{
    if (QWidget *active = QApplication::activeModalWidget())
        return active;
    return m_window ? m_window.data() : QApplication::activeWindow();
}

} // namespace hearth::app
