// SPDX-License-Identifier: MIT
#include "core/connections/secretstore.h"

#include <qt6keychain/keychain.h>

namespace hearth::core {

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

Error SecretStore::keychainError(int code, const QString &text)
{
    // OtherError is what QtKeychain reports when the Secret Service cannot be reached at all
    // (no session bus, no keyring daemon): for the user that is the same as no keychain.
    if (code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented
        || code == QKeychain::OtherError) {
        if (m_keychainAvailable) {
            m_keychainAvailable = false;
            Q_EMIT keychainUnavailable(text);
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
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else
            done(keychainError(job->error(), job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            m_session.remove(key);
            done({});
        } else {
            done(keychainError(job->error(), job->errorString()));
        }
    });
    job->start();
}

void SecretStore::remove(const QString &key, StatusCallback done)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            done({});
        else
            done(keychainError(job->error(), job->errorString()));
    });
    job->start();
}

void SecretStore::rememberForSession(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

} // namespace hearth::core
