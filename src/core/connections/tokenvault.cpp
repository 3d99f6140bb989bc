// SPDX-License-Identifier: MIT
#include "core/connections/tokenvault.h"

#include "core/util/atomicfile.h"

#include <array>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QtEndian>
#include <sodium.h>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Connections)
};

constexpr std::array<char, 8> kMagic {'H', 'E', 'A', 'R', 'T', 'H', 'V', 'T'};
constexpr quint8 kKdfArgon2id13 = 1;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES; // 16
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES; // 16
constexpr int kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES; // 32
constexpr int kHashBytes = crypto_generichash_BYTES; // 32
// The passphrase check seals this constant: opening it proves the key is right.
constexpr std::array<char, 16> kCheckPlain {'h', 'e', 'a', 'r', 't', 'h', '-', 'v',
                                            'a', 'u', 'l', 't', '-', 'o', 'k', '1'};
// magic, version, KDF id, opslimit, memlimit (KiB), salt
constexpr int kPrefixBytes = 8 + 2 + 1 + 4 + 4 + kSaltBytes;
constexpr int kHeaderBytes
    = kPrefixBytes + kNonceBytes + int(kCheckPlain.size()) + kTagBytes + kHashBytes;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "hrthvlt1";
// Bounds on what a file may ask for, so a crafted file cannot make unlocking take minutes or
// gigabytes, and on sizes, so a damaged length cannot allocate wildly.
constexpr quint64 kMaxFileBytes = 16 * 1024 * 1024;
constexpr int kMaxNameBytes = 1024;
constexpr quint32 kMaxCiphertextBytes = 256 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

unsigned char *uc(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void appendU16(QByteArray &out, quint16 v)
{
    const quint16 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

void appendU32(QByteArray &out, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(n));
    return bytes;
}

QByteArray blake2b(const QByteArray &data, const unsigned char *key = nullptr)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash(uc(out), kHashBytes, uc(data), static_cast<unsigned long long>(data.size()),
                       key, key ? kKeyBytes : 0);
    return out;
}

QByteArray entryAad(const QString &name)
{
    return QByteArrayLiteral("entry") + '\0' + name.toUtf8();
}

// A passphrase as UTF-8 bytes that are wiped when it goes out of scope.
class PassphraseBytes
{
public:
    explicit PassphraseBytes(const QString &passphrase) : m_bytes(passphrase.toUtf8()) { }
    ~PassphraseBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    PassphraseBytes(const PassphraseBytes &) = delete;
    PassphraseBytes &operator=(const PassphraseBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads the file's fields in order; every short read names the part that is cut off.
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) { }
    int pos() const { return m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }
    bool take(int n, QByteArray *out)
    {
        if (n < 0 || m_data.size() - m_pos < n)
            return false;
        *out = m_data.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    bool u16(quint16 *v)
    {
        QByteArray b;
        if (!take(2, &b))
            return false;
        *v = qFromBigEndian<quint16>(b.constData());
        return true;
    }
    bool u32(quint32 *v)
    {
        QByteArray b;
        if (!take(4, &b))
            return false;
        *v = qFromBigEndian<quint32>(b.constData());
        return true;
    }

private:
    const QByteArray &m_data;
    int m_pos = 0;
};

Error truncated(const QString &path, const QString &part, int offset)
{
    return Error::make(Error::Code::Corrupt,
                       Tr::tr("The token vault %1 is damaged: it ends inside the %2 "
                              "(byte %3). It may have been cut short.")
                           .arg(native(path), part)
                           .arg(offset));
}

} // namespace

VaultKdfLimits VaultKdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

VaultKdfLimits VaultKdfLimits::minimumForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

// The two subkeys, in sodium_malloc'd memory: locked against swapping, guarded, wiped on free.
class TokenVault::Key
{
public:
    ~Key() { sodium_free(m_mem); }
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;

    static Result<std::unique_ptr<Key>> derive(const QString &passphrase, const QByteArray &salt,
                                               const VaultKdfLimits &limits)
    {
        if (!sodiumReady())
            return Error::make(Error::Code::Generic,
                               Tr::tr("The cryptography library could not start."));
        auto *master = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
        auto *mem = static_cast<unsigned char *>(sodium_malloc(2 * kKeyBytes));
        if (!master || !mem) {
            sodium_free(master);
            sodium_free(mem);
            return Error::make(Error::Code::Generic,
                               Tr::tr("Not enough memory to hold the vault key."));
        }
        const PassphraseBytes pass(passphrase);
        const int rc = crypto_pwhash(master, kKeyBytes, pass.bytes().constData(),
                                     static_cast<unsigned long long>(pass.bytes().size()), uc(salt),
                                     limits.opsLimit, static_cast<size_t>(limits.memLimitBytes),
                                     crypto_pwhash_ALG_ARGON2ID13);
        if (rc != 0) {
            sodium_free(master);
            sodium_free(mem);
            return Error::make(Error::Code::Generic,
                               Tr::tr("Not enough memory to derive the vault key from "
                                      "the passphrase (%1 MiB needed).")
                                   .arg(limits.memLimitBytes / (1024 * 1024)));
        }
        crypto_kdf_derive_from_key(mem, kKeyBytes, 1, kKdfContext, master);
        crypto_kdf_derive_from_key(mem + kKeyBytes, kKeyBytes, 2, kKdfContext, master);
        sodium_free(master);
        sodium_mprotect_readonly(mem);
        return std::unique_ptr<Key>(new Key(mem));
    }

    const unsigned char *sealKey() const { return m_mem; }
    const unsigned char *macKey() const { return m_mem + kKeyBytes; }

    Entry seal(const QByteArray &plain, const QByteArray &aad) const
    {
        Entry e {randomBytes(kNonceBytes), QByteArray(plain.size() + kTagBytes, Qt::Uninitialized)};
        unsigned long long len = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            uc(e.ciphertext), &len, uc(plain), static_cast<unsigned long long>(plain.size()),
            uc(aad), static_cast<unsigned long long>(aad.size()), nullptr, uc(e.nonce), sealKey());
        return e;
    }

    // Empty optional when the ciphertext does not authenticate.
    std::optional<QByteArray> open(const Entry &e, const QByteArray &aad) const
    {
        if (e.ciphertext.size() < kTagBytes || e.nonce.size() != kNonceBytes)
            return std::nullopt;
        QByteArray plain(e.ciphertext.size() - kTagBytes, Qt::Uninitialized);
        unsigned long long len = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                uc(plain), &len, nullptr, uc(e.ciphertext),
                static_cast<unsigned long long>(e.ciphertext.size()), uc(aad),
                static_cast<unsigned long long>(aad.size()), uc(e.nonce), sealKey())
            != 0)
            return std::nullopt;
        return plain;
    }

private:
    explicit Key(unsigned char *mem) : m_mem(mem) { }
    unsigned char *m_mem;
};

namespace {

QByteArray headerPrefix(const VaultKdfLimits &limits, const QByteArray &salt)
{
    QByteArray out(kMagic.data(), kMagic.size());
    appendU16(out, TokenVault::formatVersion);
    out.append(char(kKdfArgon2id13));
    appendU32(out, limits.opsLimit);
    appendU32(out, static_cast<quint32>(limits.memLimitBytes / 1024));
    out.append(salt);
    return out;
}

} // namespace

TokenVault::TokenVault(QString path, QByteArray header, std::unique_ptr<Key> key)
    : m_path(std::move(path)), m_header(std::move(header)), m_key(std::move(key))
{
}

TokenVault::~TokenVault() = default;

bool TokenVault::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

Result<std::unique_ptr<TokenVault>>
TokenVault::create(const QString &path, const QString &passphrase, const VaultKdfLimits &limits)
{
    if (exists(path))
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("A token vault already exists at %1.").arg(native(path)));
    if (passphrase.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("The vault passphrase must not be empty."));
    auto made = newHeader(passphrase, limits);
    if (!made)
        return made.error();
    std::unique_ptr<TokenVault> vault(
        new TokenVault(path, std::move(made->first), std::move(made->second)));
    if (auto s = vault->commit({}); !s)
        return s.error();
    return vault;
}

// A fresh salt, key and passphrase check: what create() and changePassphrase() both need.
Result<std::pair<QByteArray, std::unique_ptr<TokenVault::Key>>>
TokenVault::newHeader(const QString &passphrase, const VaultKdfLimits &limits)
{
    if (!sodiumReady())
        return Error::make(Error::Code::Generic,
                           Tr::tr("The cryptography library could not start."));
    const QByteArray prefix = headerPrefix(limits, randomBytes(kSaltBytes));
    auto key = Key::derive(passphrase, prefix.right(kSaltBytes), limits);
    if (!key)
        return key.error();
    const auto check = (*key)->seal(QByteArray(kCheckPlain.data(), kCheckPlain.size()), prefix);
    QByteArray header = prefix + check.nonce + check.ciphertext;
    header += blake2b(header);
    return std::pair {header, std::move(key.value())};
}

Result<std::unique_ptr<TokenVault>> TokenVault::unlock(const QString &path,
                                                       const QString &passphrase)
{
    if (!sodiumReady())
        return Error::make(Error::Code::Generic,
                           Tr::tr("The cryptography library could not start."));
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Code::NotFound,
                           Tr::tr("There is no token vault at %1.").arg(native(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            Tr::tr("Cannot read the token vault %1: %2.").arg(native(path), file.errorString()));
    if (static_cast<quint64>(file.size()) > kMaxFileBytes)
        return Error::make(Error::Code::Corrupt,
                           Tr::tr("%1 is not a token vault: it is far too large (%2 bytes).")
                               .arg(native(path))
                               .arg(file.size()));
    const QByteArray data = file.readAll();

    // Header: magic and version first, so a newer format is named as such, not as damage.
    Reader in(data);
    QByteArray magic;
    if (!in.take(int(kMagic.size()), &magic) || magic != QByteArray(kMagic.data(), kMagic.size()))
        return Error::make(
            Error::Code::Corrupt,
            Tr::tr("%1 is not a Hearth token vault (unknown file signature).").arg(native(path)));
    quint16 version = 0;
    if (!in.u16(&version))
        return truncated(path, Tr::tr("format version"), in.pos());
    if (version != formatVersion)
        return Error::make(Error::Code::TooNew,
                           Tr::tr("The token vault %1 has format version %2, but this "
                                  "version of Hearth reads only version %3.")
                               .arg(native(path))
                               .arg(version)
                               .arg(formatVersion));
    if (data.size() < kHeaderBytes)
        return truncated(path, Tr::tr("header"), int(data.size()));
    const QByteArray header = data.left(kHeaderBytes);
    if (blake2b(header.left(kHeaderBytes - kHashBytes)) != header.right(kHashBytes))
        return Error::make(Error::Code::Corrupt,
                           Tr::tr("The token vault %1 is damaged: its header (key "
                                  "settings, salt or passphrase check) does not match "
                                  "its checksum.")
                               .arg(native(path)));
    QByteArray kdf;
    quint32 ops = 0;
    quint32 memKiB = 0;
    QByteArray salt;
    Entry check;
    (void)in.take(1, &kdf);
    (void)in.u32(&ops);
    (void)in.u32(&memKiB);
    (void)in.take(kSaltBytes, &salt);
    (void)in.take(kNonceBytes, &check.nonce);
    (void)in.take(int(kCheckPlain.size()) + kTagBytes, &check.ciphertext);
    QByteArray checksum;
    (void)in.take(kHashBytes, &checksum);
    const VaultKdfLimits limits {ops, quint64(memKiB) * 1024};
    if (quint8(kdf.at(0)) != kKdfArgon2id13 || ops < crypto_pwhash_OPSLIMIT_MIN
        || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || limits.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN
        || limits.memLimitBytes > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Error::make(Error::Code::Corrupt,
                           Tr::tr("The token vault %1 asks for key derivation settings "
                                  "Hearth does not accept (algorithm %2, %3 passes, %4 "
                                  "KiB).")
                               .arg(native(path))
                               .arg(quint8(kdf.at(0)))
                               .arg(ops)
                               .arg(memKiB));

    auto key = Key::derive(passphrase, salt, limits);
    if (!key)
        return key.error();
    if (!(*key)->open(check, header.left(kPrefixBytes)))
        return Error::make(Error::Code::Auth, Tr::tr("Wrong passphrase for the token vault."));

    // Entries: structure, then each seal, then the MAC over the whole list.
    quint32 count = 0;
    if (!in.u32(&count))
        return truncated(path, Tr::tr("entry count"), in.pos());
    QMap<QString, Entry> entries;
    QList<QString> order;
    for (quint32 i = 0; i < count; ++i) {
        const QString which = Tr::tr("entry %1").arg(i + 1);
        quint16 nameLen = 0;
        QByteArray name;
        Entry e;
        quint32 ctLen = 0;
        if (!in.u16(&nameLen) || nameLen > kMaxNameBytes || !in.take(nameLen, &name))
            return truncated(path, Tr::tr("name of %1").arg(which), in.pos());
        if (!in.take(kNonceBytes, &e.nonce) || !in.u32(&ctLen) || ctLen > kMaxCiphertextBytes
            || ctLen < quint32(kTagBytes) || !in.take(int(ctLen), &e.ciphertext))
            return truncated(path, Tr::tr("sealed token of %1").arg(which), in.pos());
        const QString decoded = QString::fromUtf8(name);
        if (entries.contains(decoded))
            return Error::make(Error::Code::Tampered,
                               Tr::tr("The token vault %1 was tampered with: the entry "
                                      "“%2” appears twice.")
                                   .arg(native(path), decoded));
        entries.insert(decoded, e);
        order.push_back(decoded);
    }
    const int macAt = in.pos();
    QByteArray mac;
    if (!in.take(kHashBytes, &mac))
        return truncated(path, Tr::tr("integrity code"), in.pos());
    if (!in.atEnd())
        return Error::make(Error::Code::Corrupt,
                           Tr::tr("The token vault %1 is damaged: %2 unexpected bytes "
                                  "follow its end.")
                               .arg(native(path))
                               .arg(data.size() - in.pos()));
    for (const QString &name : order) {
        auto plain = (*key)->open(entries.value(name), entryAad(name));
        if (!plain)
            return Error::make(Error::Code::Tampered,
                               Tr::tr("The token vault %1 was tampered with: the entry "
                                      "“%2” does not authenticate (it was changed, or "
                                      "moved from another entry).")
                                   .arg(native(path), name));
        sodium_memzero(plain->data(), static_cast<size_t>(plain->size()));
    }
    if (crypto_verify_32(uc(blake2b(data.left(macAt), (*key)->macKey())), uc(mac)) != 0)
        return Error::make(Error::Code::Tampered,
                           Tr::tr("The token vault %1 was tampered with: its list of "
                                  "entries was changed (an entry was added, removed or "
                                  "replaced).")
                               .arg(native(path)));

    std::unique_ptr<TokenVault> vault(new TokenVault(path, header, std::move(key.value())));
    vault->m_entries = std::move(entries);
    return vault;
}

Status TokenVault::forget(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return Error::make(
        Error::Code::Io,
        Tr::tr("Cannot delete the token vault %1: %2.").arg(native(path), file.errorString()));
}

QStringList TokenVault::names() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.keys();
}

bool TokenVault::contains(const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.contains(name);
}

Result<QString> TokenVault::read(const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return Error::make(Error::Code::NotFound,
                           Tr::tr("No token is stored for this connection."));
    auto plain = m_key->open(it.value(), entryAad(name));
    if (!plain) // cannot happen unless memory was corrupted: every entry was checked on unlock
        return Error::make(Error::Code::Tampered,
                           Tr::tr("The vault entry “%1” does not authenticate.").arg(name));
    QString secret = QString::fromUtf8(*plain);
    sodium_memzero(plain->data(), static_cast<size_t>(plain->size()));
    return secret;
}

Status TokenVault::write(const QString &name, const QString &secret)
{
    if (name.isEmpty() || name.toUtf8().size() > kMaxNameBytes)
        return Error::make(
            Error::Code::InvalidInput,
            Tr::tr("A vault entry name must have 1 to %1 bytes.").arg(kMaxNameBytes));
    const PassphraseBytes plain(secret); // same wiping, for the token's bytes
    if (quint32(plain.bytes().size()) + kTagBytes > kMaxCiphertextBytes)
        return Error::make(Error::Code::InvalidInput, Tr::tr("The token is too long to store."));
    const QMutexLocker lock(&m_mutex);
    QMap<QString, Entry> next = m_entries;
    next.insert(name, m_key->seal(plain.bytes(), entryAad(name)));
    return commit(next);
}

Status TokenVault::remove(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_entries.contains(name))
        return {};
    QMap<QString, Entry> next = m_entries;
    next.remove(name);
    return commit(next);
}

Status TokenVault::changePassphrase(const QString &newPassphrase, const VaultKdfLimits &limits)
{
    if (newPassphrase.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("The vault passphrase must not be empty."));
    // The slow part first, without the lock: readers are not held up for a second.
    auto made = newHeader(newPassphrase, limits);
    if (!made)
        return made.error();
    const Key &newKey = *made->second;

    const QMutexLocker lock(&m_mutex);
    QMap<QString, Entry> resealed;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QByteArray aad = entryAad(it.key());
        auto plain = m_key->open(it.value(), aad);
        if (!plain)
            return Error::make(Error::Code::Tampered,
                               Tr::tr("The vault entry “%1” does not authenticate.").arg(it.key()));
        resealed.insert(it.key(), newKey.seal(*plain, aad));
        sodium_memzero(plain->data(), static_cast<size_t>(plain->size()));
    }
    if (auto s = writeFile(m_path, serialize(made->first, resealed, newKey)); !s)
        return s;
    m_header = std::move(made->first);
    m_key = std::move(made->second);
    m_entries = std::move(resealed);
    return {};
}

QByteArray TokenVault::serialize(const QByteArray &header, const QMap<QString, Entry> &entries,
                                 const Key &key)
{
    QByteArray out = header;
    appendU32(out, static_cast<quint32>(entries.size()));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        appendU16(out, static_cast<quint16>(name.size()));
        out += name;
        out += it.value().nonce;
        appendU32(out, static_cast<quint32>(it.value().ciphertext.size()));
        out += it.value().ciphertext;
    }
    out += blake2b(out, key.macKey());
    return out;
}

// Caller holds m_mutex (or owns the object alone).
Status TokenVault::commit(const QMap<QString, Entry> &entries)
{
    if (auto s = writeFile(m_path, serialize(m_header, entries, *m_key)); !s)
        return s;
    m_entries = entries;
    return {};
}

Status TokenVault::writeFile(const QString &path, const QByteArray &bytes)
{
    const QString dir = QFileInfo(path).absolutePath();
    const auto unwritable = [&path](const QString &why) {
        return Error::make(Error::Code::Io,
                           Tr::tr("Cannot write the token vault %1: %2. The previous "
                                  "vault file, if any, is unchanged.")
                               .arg(native(path), why));
    };
    if (!QDir().mkpath(dir))
        return unwritable(Tr::tr("cannot create the folder %1").arg(native(dir)));
    // Whole or not at all: a crash or a full disk never leaves a half-written vault (AtomicFile
    // also works around Qt 6.4's QSaveFile reporting success for a file cut short).
    AtomicFile file(path);
    if (!file.open(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.write(bytes)
        || !file.commit())
        return unwritable(file.errorString());
    return {};
}

} // namespace hearth::core
