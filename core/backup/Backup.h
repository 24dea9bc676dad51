#pragma once

#include "BackupCrypto.h"
#include "Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hub::store {
class Database;
}

namespace hub::backup {

struct BackupSummary
{
    qint64 bytes = 0; // size of the encrypted file
};

struct RestoreOptions
{
    bool replace = false; // overwrite a database that already holds data
};

struct RestoreSummary
{
    int schemaVersion = 0;
    qint64 auditEvents = 0;
};

// Encrypted backups of the whole database (docs/SECURITY.md "Backups"). The plaintext copy
// exists only in a private temporary folder (0700, file 0600) and is overwritten before it
// is deleted; the passphrase is never written anywhere. Both directions need an
// administrator (security::Action::Backup) and are audit events.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int kMinPassphraseLength = 10;

    // Signs a user in on the decrypted copy of a backup (the database being restored, so
    // its users and passwords are the ones that count), e.g. with AuthService::login.
    using SignIn = std::function<Result<domain::Actor>(store::Database &copy)>;

    // A consistent snapshot of `db`, taken while others may be writing, encrypted to `file`
    // (written beside it and renamed over it only when complete). Recorded in `db`'s audit
    // trail as "backup.write" once the file is complete.
    // `progress` is told the bytes encrypted so far and the snapshot's size (the snapshot
    // and the key come first, without a word).
    using Progress = BackupCrypto::Progress;
    static Result<BackupSummary> write(const domain::Actor &actor, store::Database &db,
                                       const QString &file, const QByteArray &passphrase,
                                       KdfCost cost = KdfCost::Moderate,
                                       const Progress &progress = {});

    // Decrypts `file` and checks the copy (integrity, schema version, audit chain), then
    // signs the restoring user in on it with `signIn` and records "backup.restore" in its
    // audit trail, all before it touches `target`; on any failure `target` is left exactly
    // as it was.
    // `progress`: the bytes of `file` decrypted so far and its size.
    static Result<RestoreSummary> restore(const QString &file, const QString &target,
                                          const QByteArray &passphrase, const SignIn &signIn,
                                          const RestoreOptions &options = {},
                                          const Progress &progress = {});
};

} // namespace hub::backup
