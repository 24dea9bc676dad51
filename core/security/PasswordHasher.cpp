#include "PasswordHasher.h"

#include <sodium.h>

namespace hub::security {

namespace {

// The UTF-8 bytes of a password, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { PasswordHasher::wipe(m_bytes); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost) {}

bool PasswordHasher::initialize()
{
    // sodium_init is itself safe to call again; the static keeps it to one call anyway.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

unsigned long long PasswordHasher::opsLimit() const
{
    return m_cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                       : crypto_pwhash_OPSLIMIT_MIN;
}

size_t PasswordHasher::memLimit() const
{
    return m_cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                       : crypto_pwhash_MEMLIMIT_MIN;
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!initialize())
        return Error::make(Error::Kind::Storage, QStringLiteral("libsodium cannot start"));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, secret.data(), secret.size(), opsLimit(), memLimit()) != 0)
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("not enough memory to hash a password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    if (!initialize() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    if (!initialize())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    // 1 = other parameters, -1 = not an Argon2id string at all: both want a new hash.
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), memLimit()) != 0;
}

void PasswordHasher::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

QString blake2bHex(const QByteArray &data)
{
    PasswordHasher::initialize();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace hub::security
