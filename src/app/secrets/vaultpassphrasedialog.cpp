// SPDX-License-Identifier: MIT
#include "app/secrets/vaultpassphrasedialog.h"

#include "app/secrets/secretwidgets.h"
#include "core/connections/secretstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::app {

VaultPassphraseDialog::VaultPassphraseDialog(core::SecretStore *secrets, Mode mode, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_mode(mode)
{
    setObjectName(QStringLiteral("vaultPassphraseDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    QString title;
    QString heading;
    QString text;
    QString okText;
    switch (mode) {
    case Mode::Unlock:
        title = tr("Unlock Tokens");
        heading = tr("Enter the passphrase of your token file");
        text = tr("Logfire tokens are kept in an encrypted file. Hearth needs the passphrase once "
                  "per session and keeps it only in memory.");
        okText = tr("Unlock");
        break;
    case Mode::Create:
        title = tr("Protect Tokens with a Passphrase");
        heading = tr("Choose a passphrase for your token file");
        text = tr("Tokens are encrypted with this passphrase. Hearth asks for it once per session "
                  "and cannot recover it: if it is lost, the tokens must be entered again.");
        okText = tr("Create");
        break;
    case Mode::Change:
        title = tr("Change Token Passphrase");
        heading = tr("Change the passphrase of your token file");
        text = tr("Every stored token is encrypted again under the new passphrase.");
        okText = tr("Change");
        break;
    }
    setWindowTitle(title);
    layout->addWidget(headline(heading, this));
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (mode == Mode::Change) {
        m_current = passwordField(QStringLiteral("currentPassphrase"), tr("Current passphrase"));
        form->addRow(tr("C&urrent passphrase:"), m_current);
    }
    m_passphrase = passwordField(QStringLiteral("passphrase"),
                                 mode == Mode::Unlock ? tr("Passphrase") : tr("New passphrase"));
    form->addRow(mode == Mode::Unlock ? tr("&Passphrase:") : tr("&New passphrase:"), m_passphrase);
    if (mode != Mode::Unlock) {
        m_repeat = passwordField(QStringLiteral("repeatPassphrase"), tr("Repeat the passphrase"));
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    layout->addLayout(form);
    if (mode != Mode::Unlock)
        layout->addWidget(smallNote(tr("Use at least %1 characters; a few unrelated words are "
                                       "easy to remember and hard to guess.")
                                        .arg(minimumLength),
                                    this));
    auto *where
        = smallNote(tr("File: %1").arg(QDir::toNativeSeparators(m_secrets->vaultPath())), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    m_error = errorLine(this);
    m_error->setObjectName(QStringLiteral("vaultError"));
    layout->addWidget(m_error);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progressText = smallNote(
        mode == Mode::Unlock ? tr("Checking the passphrase…") : tr("Encrypting…"), this);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_progressText->hide();
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VaultPassphraseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    fitToWidth(this, 480);
    (m_current ? m_current : m_passphrase)->setFocus();
}

VaultPassphraseDialog::~VaultPassphraseDialog() = default;

QLineEdit *VaultPassphraseDialog::passwordField(const QString &objectName,
                                                const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    // No input method may keep what is typed here.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        if (m_error->isVisible()) {
            say(QString());
        }
    });
    return edit;
}

void VaultPassphraseDialog::say(const QString &error)
{
    showError(m_error, error);
    fitToWidth(this, width()); // the dialog grows or shrinks with the error line
}

void VaultPassphraseDialog::setBusy(bool busy)
{
    for (auto *edit : {m_current, m_passphrase, m_repeat}) {
        if (edit)
            edit->setEnabled(!busy);
    }
    m_ok->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    fitToWidth(this, width());
}

void VaultPassphraseDialog::submit()
{
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        say(tr("Enter the passphrase."));
        m_passphrase->setFocus();
        return;
    }
    if (m_mode != Mode::Unlock) {
        if (passphrase.size() < minimumLength) {
            say(tr("The passphrase needs at least %1 characters.").arg(minimumLength));
            m_passphrase->setFocus();
            return;
        }
        if (m_repeat->text() != passphrase) {
            say(tr("The two passphrases differ."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
    }
    say(QString());
    setBusy(true);
    QPointer<VaultPassphraseDialog> self(this);
    auto done = [self](core::Status status) {
        if (!self)
            return;
        QString message = status ? QString() : status.error().message;
        // A file that can never open with any passphrase: say the way out.
        const auto code = status.error().code;
        if (code == core::Error::Code::Corrupt || code == core::Error::Code::Tampered
            || code == core::Error::Code::TooNew)
            message += QLatin1Char('\n')
                + tr("Settings → Connections → Forget Token File… deletes it; the tokens are then "
                     "entered again.");
        self->finish(message);
    };
    if (m_mode == Mode::Change)
        m_secrets->changeVaultPassphrase(m_current->text(), passphrase, done);
    else
        m_secrets->unlockVault(passphrase, done);
}

void VaultPassphraseDialog::finish(const QString &error)
{
    setBusy(false);
    if (error.isEmpty()) {
        for (auto *edit : {m_current, m_passphrase, m_repeat}) {
            if (edit)
                edit->clear();
        }
        accept();
        return;
    }
    say(error);
    QLineEdit *retry = m_current ? m_current : m_passphrase;
    retry->selectAll();
    retry->setFocus();
}

} // namespace hearth::app
