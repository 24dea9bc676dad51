#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace hub::security {

// Argon2id password hashes through libsodium (crypto_pwhash_str): the stored string holds
// the algorithm, its cost and a random salt, so old hashes keep verifying when the cost
// changes and needsRehash() says when to upgrade one at the next sign-in.
class PasswordHasher
{
public:
    enum class Cost
    {
        Interactive, // libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE (64 MiB): every real password
        Minimum,     // the smallest Argon2id cost: tests and demo data only, never real users
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    // Initialises libsodium once per process; false when it cannot (no usable randomness).
    static bool initialize();

    Result<QString> hash(const QString &password) const;
    // False for a wrong password and for a hash that is not an Argon2id hash.
    bool verify(const QString &storedHash, const QString &password) const;
    // True when `storedHash` was made with another algorithm or cost than this hasher's.
    bool needsRehash(const QString &storedHash) const;

    Cost cost() const { return m_cost; }

    // Overwrites the bytes (sodium_memzero) before they are freed.
    static void wipe(QByteArray &bytes);

private:
    unsigned long long opsLimit() const;
    size_t memLimit() const;
    Cost m_cost;
};

// BLAKE2b (crypto_generichash) with a 32-byte output, as 64 lower-case hex digits.
QString blake2bHex(const QByteArray &data);

} // namespace hub::security
