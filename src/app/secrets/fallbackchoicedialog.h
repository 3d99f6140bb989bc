// SPDX-License-Identifier: MIT
#pragma once

#include "core/connections/secretstore.h"

#include <QDialog>

class QRadioButton;

namespace hearth::app {

// Asked once when no keychain service runs and a token is needed: keep tokens in a
// passphrase-encrypted file, or type them each session. The choice is kept by SecretStore.
class FallbackChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FallbackChoiceDialog(const QString &reason, QWidget *parent = nullptr);

    core::SecretStore::Fallback choice() const;
    void setChoice(core::SecretStore::Fallback choice);

private:
    QRadioButton *m_vault = nullptr;
    QRadioButton *m_session = nullptr;
};

} // namespace hearth::app
