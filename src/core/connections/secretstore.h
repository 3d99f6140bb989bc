// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QString>

namespace hearth::core {

// Tokens (Logfire read tokens, the receiver token) live in the OS keychain, never in config
// files or logs. When no keychain service runs, writes fail with Error::Code::Unsupported and the
// caller may keep the token for this session only (rememberForSession), as the user chooses.
class SecretStore : public QObject
{
    Q_OBJECT
public:
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

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    Error keychainError(int code, const QString &text);

    QString m_service;
    QHash<QString, QString> m_session;
    bool m_keychainAvailable = true;
};

} // namespace hearth::core
