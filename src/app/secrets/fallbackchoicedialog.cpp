// SPDX-License-Identifier: MIT
#include "app/secrets/fallbackchoicedialog.h"

#include "app/secrets/secretwidgets.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hearth::app {

FallbackChoiceDialog::FallbackChoiceDialog(const QString &reason, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("fallbackChoiceDialog"));
    setWindowTitle(tr("No Keychain Available"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headline(tr("Hearth cannot reach a keychain service"), this));
    auto *intro = new QLabel(tr("Hearth never writes tokens to its settings. Choose how to keep "
                                "Logfire read tokens and the receiver token on this computer:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_vault = new QRadioButton(tr("Encrypt tokens in a file protected by a passphrase"), this);
    m_vault->setObjectName(QStringLiteral("vaultOption"));
    m_session = new QRadioButton(tr("Type the token each session"), this);
    m_session->setObjectName(QStringLiteral("sessionOption"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_vault);
    group->addButton(m_session);
    m_vault->setChecked(true);

    layout->addWidget(m_vault);
    layout->addWidget(optionNote(tr("You enter the passphrase once per session. Only your user "
                                    "account can read the file, and without the passphrase it "
                                    "reveals nothing."),
                                 this));
    layout->addWidget(m_session);
    layout->addWidget(optionNote(tr("Nothing is stored: after every restart Hearth asks for the "
                                    "token again when it needs it."),
                                 this));

    if (!reason.isEmpty()) {
        auto *why = smallNote(tr("The system said: %1").arg(reason), this);
        why->setObjectName(QStringLiteral("keychainReason"));
        layout->addWidget(why);
    }
    layout->addWidget(
        smallNote(tr("You can change this later in Settings, under Connections."), this));
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("continueButton"));
    ok->setDefault(true);
    buttons->addButton(tr("Not Now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToWidth(this, 520);
}

core::SecretStore::Fallback FallbackChoiceDialog::choice() const
{
    return m_vault->isChecked() ? core::SecretStore::Fallback::Vault
                                : core::SecretStore::Fallback::Session;
}

void FallbackChoiceDialog::setChoice(core::SecretStore::Fallback choice)
{
    (choice == core::SecretStore::Fallback::Session ? m_session : m_vault)->setChecked(true);
}

} // namespace hearth::app
