#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace hub::backup {

// How hard the passphrase is to guess per try (Argon2id, crypto_pwhash): Moderate for real
// backups; Minimum only for tests and throw-away data.
enum class KdfCost
{
    Minimum,
    Interactive,
    Moderate,
};

// The encrypted backup file (docs/SECURITY.md "Backups"):
//   "VHUBBAK1" | version (1 byte) | salt (16) | opslimit (u64 BE) | memlimit (u64 BE)
//   | secretstream header (24) | chunks
// Each chunk is crypto_secretstream_xchacha20poly1305 over up to 64 KiB of the SQLite
// file, with the fixed header as additional data; the last chunk carries the FINAL tag, so
// a cut file, a changed byte anywhere and a wrong passphrase are all refused.
class BackupCrypto
{
    Q_DECLARE_TR_FUNCTIONS(BackupCrypto)

public:
    // Told the bytes of the input read so far and the input's size, after each chunk.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr char kMagic[] = "VHUBBAK1";
    static constexpr quint8 kVersion = 1;

    // Reads `plain` to its end and writes the encrypted form to `out`.
    static Status encrypt(QIODevice &plain, QIODevice &out, const QByteArray &passphrase,
                          KdfCost cost, const Progress &progress = {});
    // The reverse; on any failure `plain` may hold a prefix that the caller must discard.
    static Status decrypt(QIODevice &in, QIODevice &plain, const QByteArray &passphrase,
                          const Progress &progress = {});
};

} // namespace hub::backup
