// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <memory>
#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <utility>

namespace hearth::core {

// Argon2id cost of turning a passphrase into the vault key. Stored in the file, so a vault made
// with other limits still opens.
struct VaultKdfLimits
{
    quint32 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // What new vaults use: libsodium's "moderate" (3 passes, 256 MiB, about a second).
    static VaultKdfLimits moderate();
    // The cheapest limits libsodium allows. Tests only: such a vault is weak against guessing.
    static VaultKdfLimits minimumForTests();
};

// The encrypted-at-rest home of tokens when no keychain service runs (issue #9). One file,
// written atomically with mode 0600:
//
//   header  magic "HEARTHVT", u16 version (1), u8 KDF id (1 = Argon2id 1.3), u32 opslimit,
//           u32 memlimit in KiB, 16-byte salt,
//           passphrase check: 24-byte nonce + XChaCha20-Poly1305 seal of a constant (AAD: the
//           header bytes before it), BLAKE2b-256 checksum of everything before it
//   entries u32 count, then per entry: u16 name length, UTF-8 name, 24-byte nonce,
//           u32 ciphertext length, XChaCha20-Poly1305 ciphertext (AAD: "entry\0" + name)
//   mac     keyed BLAKE2b-256 of everything before it
//
// All integers big-endian. The key is Argon2id(passphrase, salt); two subkeys are derived from
// it (sealing, MAC). The checksum tells a damaged header from a wrong passphrase; the per-entry
// AAD makes a ciphertext moved to another name fail; the MAC catches removed or added entries.
//
// The derived key lives in sodium_malloc'd (locked, guarded) memory and is wiped on destruction;
// the passphrase is never kept. Methods are thread-safe; the slow key derivation runs outside the
// lock, so changePassphrase() may run on a pool thread while others read.
class TokenVault
{
public:
    static constexpr quint16 formatVersion = 1;

    ~TokenVault();
    TokenVault(const TokenVault &) = delete;
    TokenVault &operator=(const TokenVault &) = delete;

    static bool exists(const QString &path);
    // A new, empty vault. Fails when a file is already there (forget() it first).
    static Result<std::unique_ptr<TokenVault>>
    create(const QString &path, const QString &passphrase,
           const VaultKdfLimits &limits = VaultKdfLimits::moderate());
    // Opens and fully verifies an existing vault: every entry is authenticated before it returns.
    static Result<std::unique_ptr<TokenVault>> unlock(const QString &path,
                                                      const QString &passphrase);
    // Deletes the vault file (all tokens in it are lost). Succeeds when there is none.
    static Status forget(const QString &path);

    QString path() const { return m_path; }
    QStringList names() const;
    bool contains(const QString &name) const;

    Result<QString> read(const QString &name) const;
    // Each change rewrites the file atomically; when that fails, the file and this object keep
    // their previous contents.
    Status write(const QString &name, const QString &secret);
    Status remove(const QString &name);
    Status changePassphrase(const QString &newPassphrase,
                            const VaultKdfLimits &limits = VaultKdfLimits::moderate());

private:
    struct Entry
    {
        QByteArray nonce;
        QByteArray ciphertext;
    };
    class Key;

    TokenVault(QString path, QByteArray header, std::unique_ptr<Key> key);
    static Result<std::pair<QByteArray, std::unique_ptr<Key>>>
    newHeader(const QString &passphrase, const VaultKdfLimits &limits);
    static QByteArray serialize(const QByteArray &header, const QMap<QString, Entry> &entries,
                                const Key &key);
    static Status writeFile(const QString &path, const QByteArray &bytes);
    Status commit(const QMap<QString, Entry> &entries);

    QString m_path;
    QByteArray m_header; // magic … checksum: fixed until the passphrase changes
    std::unique_ptr<Key> m_key;
    QMap<QString, Entry> m_entries;
    mutable QMutex m_mutex;
};

} // namespace hearth::core
