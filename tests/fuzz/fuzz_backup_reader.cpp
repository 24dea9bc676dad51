// libFuzzer harness: an encrypted backup file (docs/SECURITY.md "Backups") as `hubctl
// restore` reads it. A changed, cut or forged file must be refused, never crash. The key
// derivation's cost fields are set to libsodium's minimum before reading, so each run takes
// microseconds (the reader's bounds on those fields are tested in tst_backup); everything
// else (magic, version, salt, stream header, chunks) is as the fuzzer wrote it.
#include "backup/BackupCrypto.h"

#include <QBuffer>
#include <QtEndian>

#include <sodium.h>

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("fuzzing passphrase");

} // namespace

// With HUB_FUZZ_WRITE_SEED=FILE: writes a small sound backup (two chunks' worth of bytes,
// the minimum key cost) to FILE for the seed corpus, and exits (scripts/fuzz.sh).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *seed = std::getenv("HUB_FUZZ_WRITE_SEED");
    if (!seed || sodium_init() < 0)
        return 0;
    QByteArray plain("SQLite format 3");
    plain.append(70000, 'x');
    QBuffer in(&plain);
    in.open(QIODevice::ReadOnly);
    QFile out(QString::fromLocal8Bit(seed));
    if (!out.open(QIODevice::WriteOnly) ||
        !hub::backup::BackupCrypto::encrypt(in, out, kPassphrase, hub::backup::KdfCost::Minimum)
             .ok())
        std::exit(1);
    out.close();
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        return 0;
    QByteArray file(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    constexpr qsizetype kLimits = 8 + 1 + 16; // magic, version, salt
    if (file.size() >= kLimits + 16) {
        qToBigEndian<quint64>(crypto_pwhash_OPSLIMIT_MIN, file.data() + kLimits);
        qToBigEndian<quint64>(crypto_pwhash_MEMLIMIT_MIN, file.data() + kLimits + 8);
    }
    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    QByteArray plain;
    QBuffer out(&plain);
    out.open(QIODevice::WriteOnly);
    (void)hub::backup::BackupCrypto::decrypt(in, out, kPassphrase);
    return 0;
}
