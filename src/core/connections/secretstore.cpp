// SPDX-License-Identifier: MIT
#include "core/connections/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Connections)
};

const QString kFallbackKey = QStringLiteral("secrets/fallback");

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service)), m_unlockJob(this), m_rekeyJob(this)
{
    const QString saved = QSettings().value(kFallbackKey).toString();
    if (saved == QLatin1String("vault"))
        m_fallback = Fallback::Vault;
    else if (saved == QLatin1String("session"))
        m_fallback = Fallback::Session;
}

Error SecretStore::keychainError(int code, const QString &text)
{
    // OtherError is what QtKeychain reports when the Secret Service cannot be reached at all
    // (no session bus, no keyring daemon): for the user that is the same as no keychain.
    if (code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented
        || code == QKeychain::OtherError) {
        if (m_keychainAvailable) {
            m_keychainAvailable = false;
            m_unavailableReason = text;
            Q_EMIT keychainUnavailable(text);
            Q_EMIT backendChanged();
        }
        return Error::make(Error::Code::Unsupported,
                           tr("No keychain service is running (%1). The token can be kept for "
                              "this session only.")
                               .arg(text));
    }
    if (code == QKeychain::EntryNotFound)
        return Error::make(Error::Code::NotFound, tr("No token is stored for this connection."));
    if (code == QKeychain::AccessDeniedByUser || code == QKeychain::AccessDenied)
        return Error::make(Error::Code::Auth, tr("The keychain refused access: %1").arg(text));
    return Error::make(Error::Code::Generic, tr("Keychain error: %1").arg(text));
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        done(it.value());
        return;
    }
    if (!m_keychainAvailable) {
        readFallback(key, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
            return;
        }
        Error error = keychainError(job->error(), job->errorString());
        // No keychain after all, or a token the vault kept while the keychain was away.
        if (!m_keychainAvailable
            || (error.code == Error::Code::NotFound && m_fallback == Fallback::Vault
                && vaultExists())) {
            readFallback(key, done);
            return;
        }
        done(std::move(error));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, StatusCallback done)
{
    if (!m_keychainAvailable) {
        writeFallback(key, secret, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            m_session.remove(key);
            done({});
            return;
        }
        Error error = keychainError(job->error(), job->errorString());
        if (!m_keychainAvailable)
            writeFallback(key, secret, done);
        else
            done(std::move(error));
    });
    job->start();
}

void SecretStore::remove(const QString &key, StatusCallback done)
{
    m_session.remove(key);
    if (!m_keychainAvailable) {
        removeFallback(key, std::move(done));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            // An unlocked vault may hold a copy from a time without keychain.
            Status status;
            if (m_vault)
                status = m_vault->remove(key);
            done(status);
            return;
        }
        Error error = keychainError(job->error(), job->errorString());
        if (!m_keychainAvailable)
            removeFallback(key, done);
        else
            done(std::move(error));
    });
    job->start();
}

void SecretStore::rememberForSession(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

void SecretStore::probeKeychain(std::function<void()> done)
{
    if (!m_keychainAvailable) {
        if (done)
            done();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("hearth/probe"));
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            (void)keychainError(job->error(), job->errorString());
        if (done)
            done();
    });
    job->start();
}

Error SecretStore::sessionOnlyError() const
{
    // The same words as keychainError(), so the translation is shared.
    return Error::make(Error::Code::Unsupported,
                       tr("No keychain service is running (%1). The token can be kept for "
                          "this session only.")
                           .arg(m_unavailableReason));
}

void SecretStore::setFallback(Fallback fallback)
{
    if (fallback == m_fallback)
        return;
    m_fallback = fallback;
    QSettings settings;
    if (fallback == Fallback::Unchosen)
        settings.remove(kFallbackKey);
    else
        settings.setValue(kFallbackKey,
                          fallback == Fallback::Vault ? QStringLiteral("vault")
                                                      : QStringLiteral("session"));
    if (fallback != Fallback::Vault)
        m_vault.reset(); // the file stays; forgetVault() deletes it
    Q_EMIT backendChanged();
}

SecretStore::Backend SecretStore::backend() const
{
    if (m_keychainAvailable)
        return Backend::Keychain;
    return m_fallback == Fallback::Vault ? Backend::Vault : Backend::Session;
}

QString SecretStore::vaultPath() const
{
    if (!m_vaultPath.isEmpty())
        return m_vaultPath;
    // App data, not the config folder: the vault is data, and QSettings never sees it.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/tokens.vault");
}

void SecretStore::setVaultPath(const QString &path)
{
    m_vaultPath = path;
    m_vault.reset();
}

bool SecretStore::vaultExists() const
{
    return TokenVault::exists(vaultPath());
}

void SecretStore::unlockVault(const QString &passphrase, StatusCallback done)
{
    const QString path = vaultPath();
    const VaultKdfLimits limits = m_kdfLimits;
    m_unlockJob.run(
        [path, passphrase, limits](const CancelTokenPtr &) -> Result<std::shared_ptr<TokenVault>> {
            auto vault = TokenVault::exists(path) ? TokenVault::unlock(path, passphrase)
                                                  : TokenVault::create(path, passphrase, limits);
            if (!vault)
                return vault.error();
            return std::shared_ptr<TokenVault>(std::move(vault.value()));
        },
        [this, done = std::move(done)](Result<std::shared_ptr<TokenVault>> vault) {
            if (!vault) {
                done(vault.error());
                return;
            }
            m_vault = std::move(vault.value());
            Q_EMIT backendChanged();
            done({});
        });
}

void SecretStore::lockVault()
{
    if (!m_vault)
        return;
    m_vault.reset();
    Q_EMIT backendChanged();
}

void SecretStore::changeVaultPassphrase(const QString &current, const QString &replacement,
                                        StatusCallback done)
{
    const QString path = vaultPath();
    const VaultKdfLimits limits = m_kdfLimits;
    m_rekeyJob.run(
        [path, current, replacement,
         limits](const CancelTokenPtr &) -> Result<std::shared_ptr<TokenVault>> {
            // Opening the file again checks the current passphrase against what is on disk.
            auto vault = TokenVault::unlock(path, current);
            if (!vault)
                return vault.error();
            if (auto s = (*vault)->changePassphrase(replacement, limits); !s)
                return s.error();
            return std::shared_ptr<TokenVault>(std::move(vault.value()));
        },
        [this, done = std::move(done)](Result<std::shared_ptr<TokenVault>> vault) {
            if (!vault) {
                done(vault.error());
                return;
            }
            m_vault = std::move(vault.value());
            Q_EMIT backendChanged();
            done({});
        });
}

Status SecretStore::forgetVault()
{
    m_vault.reset();
    auto status = TokenVault::forget(vaultPath());
    Q_EMIT backendChanged();
    return status;
}

void SecretStore::withFallbackDecided(Continuation next)
{
    if (m_fallback != Fallback::Unchosen || !m_chooser) {
        next();
        return;
    }
    // One question for everyone who needs a token while the dialog is open.
    m_waitingForChoice.push_back(std::move(next));
    if (m_waitingForChoice.size() > 1)
        return;
    m_chooser(m_unavailableReason, [this] {
        const auto waiting = std::exchange(m_waitingForChoice, {});
        for (const auto &continuation : waiting)
            continuation();
    });
}

void SecretStore::withUnlockedVault(StatusCallback next)
{
    if (m_vault) {
        next({});
        return;
    }
    if (!m_unlockPrompt) {
        next(Error::make(Error::Code::Auth, Tr::tr("The token vault is locked.")));
        return;
    }
    m_waitingForUnlock.push_back(std::move(next));
    if (m_waitingForUnlock.size() > 1)
        return;
    m_unlockPrompt([this] {
        const auto waiting = std::exchange(m_waitingForUnlock, {});
        const Status status = m_vault ? Status()
                                      : Status(Error::make(Error::Code::Cancelled,
                                                           Tr::tr("The token vault stays "
                                                                  "locked: no token was "
                                                                  "read from it.")));
        for (const auto &continuation : waiting)
            continuation(status);
    });
}

void SecretStore::readFallback(const QString &key, ReadCallback done)
{
    withFallbackDecided([this, key, done = std::move(done)] {
        if (m_fallback != Fallback::Vault) {
            done(sessionOnlyError());
            return;
        }
        // No file yet: nothing to read, and no reason to ask for a passphrase before a token is
        // saved (the write makes the file).
        if (!m_vault && !vaultExists()) {
            done(Error::make(Error::Code::NotFound, tr("No token is stored for this connection.")));
            return;
        }
        withUnlockedVault([this, key, done](Status status) {
            if (!status) {
                done(status.error());
                return;
            }
            done(m_vault->read(key));
        });
    });
}

void SecretStore::writeFallback(const QString &key, const QString &secret, StatusCallback done)
{
    withFallbackDecided([this, key, secret, done = std::move(done)] {
        if (m_fallback != Fallback::Vault) {
            done(sessionOnlyError());
            return;
        }
        withUnlockedVault([this, key, secret, done](Status status) {
            if (!status) {
                done(status);
                return;
            }
            Status written = m_vault->write(key, secret);
            if (written)
                m_session.remove(key);
            done(written);
        });
    });
}

void SecretStore::removeFallback(const QString &key, StatusCallback done)
{
    // Removing never asks for a decision or a passphrase on its own: an unlocked vault loses the
    // entry; a locked one is asked only when it is the chosen fallback.
    if (m_vault) {
        done(m_vault->remove(key));
        return;
    }
    if (m_fallback != Fallback::Vault || !vaultExists()) {
        done({});
        return;
    }
    withUnlockedVault([this, key, done = std::move(done)](Status status) {
        if (!status) {
            done(status);
            return;
        }
        done(m_vault->remove(key));
    });
}

} // namespace hearth::core
