#include "BackupCrypto.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <vector>

namespace hub::backup {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kMagicSize = 8;
constexpr int kFixedSize = kMagicSize + 1 + crypto_pwhash_SALTBYTES + 8 + 8;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

// Wipes the key however the function returns.
struct KeyGuard
{
    Key key{};
    ~KeyGuard() { sodium_memzero(key.data(), key.size()); }
};

void costOf(KdfCost cost, quint64 &ops, quint64 &mem)
{
    switch (cost) {
    case KdfCost::Minimum:
        ops = crypto_pwhash_OPSLIMIT_MIN;
        mem = crypto_pwhash_MEMLIMIT_MIN;
        return;
    case KdfCost::Interactive:
        ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        return;
    case KdfCost::Moderate:
        break;
    }
    ops = crypto_pwhash_OPSLIMIT_MODERATE;
    mem = crypto_pwhash_MEMLIMIT_MODERATE;
}

bool deriveKey(Key &key, const QByteArray &passphrase, const unsigned char *salt, quint64 ops,
               quint64 mem)
{
    return crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), salt,
                         static_cast<unsigned long long>(ops), static_cast<size_t>(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

bool readExactly(QIODevice &in, unsigned char *to, qint64 size)
{
    return in.read(reinterpret_cast<char *>(to), size) == size;
}

bool writeAll(QIODevice &out, const unsigned char *from, qint64 size)
{
    return out.write(reinterpret_cast<const char *>(from), size) == size;
}

} // namespace

Status BackupCrypto::encrypt(QIODevice &plain, QIODevice &out, const QByteArray &passphrase,
                             KdfCost cost, const Progress &progress)
{
    if (sodium_init() < 0)
        return Error::make(Error::Kind::Io, tr("the encryption library cannot start"));
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("passphrase"), tr("the passphrase is empty"));
    quint64 ops = 0;
    quint64 mem = 0;
    costOf(cost, ops, mem);

    std::array<unsigned char, kFixedSize> fixed{};
    std::copy(kMagic, kMagic + kMagicSize, fixed.begin());
    fixed[kMagicSize] = kVersion;
    unsigned char *salt = fixed.data() + kMagicSize + 1;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    qToBigEndian(ops, salt + crypto_pwhash_SALTBYTES);
    qToBigEndian(mem, salt + crypto_pwhash_SALTBYTES + 8);

    KeyGuard k;
    if (!deriveKey(k.key, passphrase, salt, ops, mem))
        return Error::make(Error::Kind::Io, tr("not enough memory to derive the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), k.key.data());
    if (!writeAll(out, fixed.data(), fixed.size()) || !writeAll(out, header.data(), header.size()))
        return Error::make(Error::Kind::Io, out.errorString());

    std::vector<unsigned char> in(kChunk);
    std::vector<unsigned char> cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    Status result;
    for (bool last = false; !last;) {
        const qint64 n = plain.read(reinterpret_cast<char *>(in.data()), kChunk);
        if (n < 0) {
            result = Error::make(Error::Kind::Io, plain.errorString());
            break;
        }
        last = plain.atEnd() || n < kChunk;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &written, in.data(), static_cast<unsigned long long>(n),
            fixed.data(), fixed.size(), last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (!writeAll(out, cipher.data(), static_cast<qint64>(written))) {
            result = Error::make(Error::Kind::Io, out.errorString());
            break;
        }
        if (progress)
            progress(plain.pos(), plain.size());
    }
    sodium_memzero(in.data(), in.size());
    sodium_memzero(&state, sizeof state);
    return result;
}

Status BackupCrypto::decrypt(QIODevice &in, QIODevice &plain, const QByteArray &passphrase,
                             const Progress &progress)
{
    if (sodium_init() < 0)
        return Error::make(Error::Kind::Io, tr("the encryption library cannot start"));
    const auto unreadable = [] {
        return Error::make(Error::Kind::Invalid,
                           tr("cannot decrypt: wrong passphrase, or the file is damaged or "
                              "incomplete"));
    };
    std::array<unsigned char, kFixedSize> fixed{};
    if (!readExactly(in, fixed.data(), kMagicSize) ||
        !std::equal(fixed.begin(), fixed.begin() + kMagicSize, kMagic))
        return Error::make(Error::Kind::Invalid, tr("not a Victims' Hub backup"));
    if (!readExactly(in, fixed.data() + kMagicSize, kFixedSize - kMagicSize))
        return unreadable();
    if (fixed[kMagicSize] > kVersion)
        return Error::make(Error::Kind::Version,
                           tr("the backup was written by a newer version of Victims' Hub"));
    const unsigned char *salt = fixed.data() + kMagicSize + 1;
    const auto ops = qFromBigEndian<quint64>(salt + crypto_pwhash_SALTBYTES);
    const auto mem = qFromBigEndian<quint64>(salt + crypto_pwhash_SALTBYTES + 8);
    // A changed header must not make the reader spend unbounded time or memory.
    if (fixed[kMagicSize] != kVersion || ops < crypto_pwhash_OPSLIMIT_MIN ||
        ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return unreadable();
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    if (!readExactly(in, header.data(), header.size()))
        return unreadable();

    KeyGuard k;
    if (!deriveKey(k.key, passphrase, salt, ops, mem))
        return Error::make(Error::Kind::Io, tr("not enough memory to derive the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data(), k.key.data()) != 0)
        return unreadable();

    std::vector<unsigned char> cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    std::vector<unsigned char> out(kChunk);
    Status result = unreadable();
    for (;;) {
        const qint64 n =
            in.read(reinterpret_cast<char *>(cipher.data()), static_cast<qint64>(cipher.size()));
        if (n <= 0)
            break; // the end came before the FINAL chunk: cut short
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, out.data(), &got, &tag, cipher.data(), static_cast<unsigned long long>(n),
                fixed.data(), fixed.size()) != 0)
            break;
        if (!writeAll(plain, out.data(), static_cast<qint64>(got))) {
            result = Error::make(Error::Kind::Io, plain.errorString());
            break;
        }
        if (progress)
            progress(in.pos(), in.size());
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            // Anything after the last chunk was added to the file.
            if (in.atEnd())
                result = Status();
            break;
        }
    }
    sodium_memzero(out.data(), out.size());
    sodium_memzero(&state, sizeof state);
    return result;
}

} // namespace hub::backup
