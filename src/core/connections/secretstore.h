// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/connections/tokenvault.h"
#include "core/result.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace hearth::core {

// Tokens (Logfire read tokens, the receiver token) live in the OS keychain, never in config
// files or logs. When no keychain service runs, the user chooses a fallback once (the choice, not
// a secret, is kept in QSettings "secrets/fallback"):
//  - Vault: an encrypted file protected by a passphrase (TokenVault), unlocked once per session;
//  - Session: writes fail with Error::Code::Unsupported and the caller keeps the token for this
//    session only (rememberForSession).
// Backends are tried in order keychain → vault (if chosen) → session. The app installs a
// fallback chooser and an unlock prompt; read()/write() call them when a token is needed and the
// decision or the passphrase is missing, so every caller gets the dialogs for free.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Fallback { Unchosen, Vault, Session };
    enum class Backend { Keychain, Vault, Session };

    explicit SecretStore(QString service = QStringLiteral("dev.hearth.Hearth"),
                         QObject *parent = nullptr);

    using ReadCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    // Session tokens win over the keychain, so a token typed "for this session" is used at once.
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, StatusCallback done);
    void remove(const QString &key, StatusCallback done);

    void rememberForSession(const QString &key, const QString &secret);
    bool hasSessionSecret(const QString &key) const { return m_session.contains(key); }

    // False once the keychain reported that no service is available.
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Why the keychain is unavailable, as QtKeychain said it (empty while it is available).
    QString keychainUnavailableReason() const { return m_unavailableReason; }
    // Asks the keychain once (a read of a key that never exists), so the backend in use is known
    // before a token is needed. `done` runs when the answer is in.
    void probeKeychain(std::function<void()> done = {});

    // The user's fallback choice, persisted in QSettings.
    Fallback fallback() const { return m_fallback; }
    void setFallback(Fallback fallback);
    // Where tokens go now: the keychain while it is available, else the chosen fallback.
    Backend backend() const;

    // The vault file: "tokens.vault" in the app data folder unless set (tests).
    QString vaultPath() const;
    void setVaultPath(const QString &path);
    void setVaultKdfLimits(const VaultKdfLimits &limits) { m_kdfLimits = limits; }
    bool vaultExists() const;
    bool vaultUnlocked() const { return m_vault != nullptr; }
    // Unlocks the vault with the passphrase, or creates it when there is none. The key
    // derivation runs off the calling thread; `done` runs on this object's thread.
    void unlockVault(const QString &passphrase, StatusCallback done);
    void lockVault();
    // Checks `current` against the file, then re-encrypts everything under `replacement`.
    void changeVaultPassphrase(const QString &current, const QString &replacement,
                               StatusCallback done);
    // Deletes the vault file and every token in it.
    Status forgetVault();

    // Installed by the app. The chooser asks the user and calls setFallback() (or not, when
    // cancelled), then `decided`. The unlock prompt asks for the passphrase, calls
    // unlockVault() until it succeeds or the user cancels, then `finished`.
    using Continuation = std::function<void()>;
    using FallbackChooser = std::function<void(const QString &reason, Continuation decided)>;
    using UnlockPrompt = std::function<void(Continuation finished)>;
    void setFallbackChooser(FallbackChooser chooser) { m_chooser = std::move(chooser); }
    void setUnlockPrompt(UnlockPrompt prompt) { m_unlockPrompt = std::move(prompt); }

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);
    // The backend in use, the fallback choice or the vault's locked state changed.
    void backendChanged();

private:
    Error keychainError(int code, const QString &text);
    Error sessionOnlyError() const;
    // Runs `next` once the fallback is decided (asking the user when it is not yet).
    void withFallbackDecided(Continuation next);
    // Runs `next` with the vault unlocked (asking for the passphrase), or with the reason not.
    void withUnlockedVault(StatusCallback next);
    void readFallback(const QString &key, ReadCallback done);
    void writeFallback(const QString &key, const QString &secret, StatusCallback done);
    void removeFallback(const QString &key, StatusCallback done);

    QString m_service;
    QHash<QString, QString> m_session;
    bool m_keychainAvailable = true;
    QString m_unavailableReason;
    Fallback m_fallback = Fallback::Unchosen;
    QString m_vaultPath;
    VaultKdfLimits m_kdfLimits = VaultKdfLimits::moderate();
    std::shared_ptr<TokenVault> m_vault;
    FallbackChooser m_chooser;
    UnlockPrompt m_unlockPrompt;
    QList<Continuation> m_waitingForChoice;
    QList<StatusCallback> m_waitingForUnlock;
    JobTracker m_unlockJob;
    JobTracker m_rekeyJob;
};

} // namespace hearth::core
