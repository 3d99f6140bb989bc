// SPDX-License-Identifier: MIT
#include "app/secrets/tokenstoragewidget.h"

#include "app/secrets/vaultpassphrasedialog.h"
#include "core/connections/secretstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace hearth::app {

using Fallback = core::SecretStore::Fallback;
using Backend = core::SecretStore::Backend;

TokenStorageWidget::TokenStorageWidget(core::SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_secrets(secrets)
{
    setObjectName(QStringLiteral("tokenStorage"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_backend = new QLabel(this);
    m_backend->setObjectName(QStringLiteral("tokenBackend"));
    form->addRow(tr("Tokens are kept in:"), m_backend);

    m_fallback = new QComboBox(this);
    m_fallback->setObjectName(QStringLiteral("fallbackCombo"));
    m_fallback->setAccessibleName(tr("Without a keychain"));
    m_fallback->addItem(tr("Ask when a token is needed"), static_cast<int>(Fallback::Unchosen));
    m_fallback->addItem(tr("Encrypt tokens in a file protected by a passphrase"),
                        static_cast<int>(Fallback::Vault));
    m_fallback->addItem(tr("Type the token each session"), static_cast<int>(Fallback::Session));
    m_fallback->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Without a keychain:"), m_fallback);
    connect(m_fallback, &QComboBox::activated, this, [this] {
        m_secrets->setFallback(static_cast<Fallback>(m_fallback->currentData().toInt()));
    });

    m_vaultActions = new QWidget(this);
    auto *row = new QHBoxLayout(m_vaultActions);
    row->setContentsMargins(0, 0, 0, 0);
    m_unlock = new QPushButton(m_vaultActions);
    m_unlock->setObjectName(QStringLiteral("unlockVault"));
    m_change = new QPushButton(tr("Change Passphrase…"), m_vaultActions);
    m_change->setObjectName(QStringLiteral("changePassphrase"));
    m_forget = new QPushButton(tr("Forget Token File…"), m_vaultActions);
    m_forget->setObjectName(QStringLiteral("forgetVault"));
    row->addWidget(m_unlock);
    row->addWidget(m_change);
    row->addWidget(m_forget);
    row->addStretch(1);
    form->addRow(QString(), m_vaultActions);
    connect(m_unlock, &QPushButton::clicked, this, &TokenStorageWidget::unlockOrLock);
    connect(m_change, &QPushButton::clicked, this, &TokenStorageWidget::changePassphrase);
    connect(m_forget, &QPushButton::clicked, this, &TokenStorageWidget::forget);

    connect(m_secrets, &core::SecretStore::backendChanged, this, &TokenStorageWidget::refresh);
    refresh();
    // Learn now whether a keychain answers, so the first line is true before a token is needed.
    m_secrets->probeKeychain();
}

void TokenStorageWidget::refresh()
{
    switch (m_secrets->backend()) {
    case Backend::Keychain:
        m_backend->setText(tr("the system keychain"));
        break;
    case Backend::Vault:
        m_backend->setText(m_secrets->vaultUnlocked()
                               ? tr("an encrypted file, unlocked for this session")
                               : m_secrets->vaultExists()
                               ? tr("an encrypted file, locked (the passphrase is asked when a "
                                    "token is needed)")
                               : tr("an encrypted file, created when the first token is saved"));
        break;
    case Backend::Session:
        m_backend->setText(
            m_secrets->fallback() == Fallback::Session
                ? tr("memory only: no keychain is available, tokens are typed each session")
                : tr("memory only for now: no keychain is available"));
        break;
    }
    m_backend->setToolTip(m_secrets->keychainAvailable()
                              ? QString()
                              : tr("Keychain: %1").arg(m_secrets->keychainUnavailableReason()));
    m_fallback->setCurrentIndex(m_fallback->findData(static_cast<int>(m_secrets->fallback())));

    const bool vaultChosen = m_secrets->fallback() == Fallback::Vault;
    const bool exists = m_secrets->vaultExists();
    m_vaultActions->setVisible(vaultChosen || exists);
    m_unlock->setVisible(vaultChosen && exists);
    m_unlock->setText(m_secrets->vaultUnlocked() ? tr("Lock") : tr("Unlock…"));
    m_change->setVisible(exists);
    m_change->setEnabled(exists);
    m_forget->setEnabled(exists);
}

void TokenStorageWidget::unlockOrLock()
{
    if (m_secrets->vaultUnlocked()) {
        m_secrets->lockVault();
        return;
    }
    auto *dialog = new VaultPassphraseDialog(m_secrets, VaultPassphraseDialog::Mode::Unlock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TokenStorageWidget::changePassphrase()
{
    auto *dialog = new VaultPassphraseDialog(m_secrets, VaultPassphraseDialog::Mode::Change, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TokenStorageWidget::forget()
{
    const auto answer = QMessageBox::warning(
        this, tr("Forget Token File"),
        tr("Delete the encrypted token file? Every token stored in it is lost and must be entered "
           "again."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = m_secrets->forgetVault(); !s)
        QMessageBox::critical(this, tr("Forget Token File"), s.error().message);
    refresh();
}

} // namespace hearth::app
