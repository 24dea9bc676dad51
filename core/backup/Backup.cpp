#include "Backup.h"

#include "security/Permissions.h"
#include "services/AuditService.h"
#include "store/Database.h"
#include "store/Snapshot.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <unistd.h>

namespace hub::backup {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A folder only this user can enter, for the one plaintext copy. Every file in it is
// overwritten with zeros and synced before the folder is removed.
class PrivateDir
{
public:
    PrivateDir() : m_dir(QDir::temp().filePath(QStringLiteral("hub-backup-XXXXXX")))
    {
        if (m_dir.isValid())
            QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
    }
    ~PrivateDir() { scrub(); }
    PrivateDir(const PrivateDir &) = delete;
    PrivateDir &operator=(const PrivateDir &) = delete;

    bool isValid() const { return m_dir.isValid(); }

    // An empty file readable only by its owner.
    QString createFile(const QString &name) const
    {
        const auto path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(kOwnerOnly))
            return {};
        return path;
    }

    void scrub()
    {
        if (!m_dir.isValid())
            return;
        const auto entries = QDir(m_dir.path()).entryInfoList(QDir::Files | QDir::Hidden);
        for (const auto &info : entries)
            overwrite(info.absoluteFilePath());
        m_dir.remove();
    }

private:
    static void overwrite(const QString &path)
    {
        QFile f(path);
        if (f.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            for (qint64 left = f.size(); left > 0; left -= zeros.size())
                f.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
            f.flush();
            ::fsync(f.handle());
            f.close();
        }
        QFile::remove(path);
    }

    QTemporaryDir m_dir;
};

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

bool holdsData(const QString &path)
{
    return sizeOf(path) > 0 || sizeOf(path + QStringLiteral("-wal")) > 0;
}

Error ioError(const QString &what, const QString &path, const QString &why)
{
    return Error::make(Error::Kind::Io, QStringLiteral("%1 %2: %3").arg(what, path, why));
}

// Checks the decrypted copy the way the program would trust it.
Result<RestoreSummary> verifyCopy(const QString &path)
{
    auto opened = store::Database::open(path, store::Database::Migrate::No);
    if (!opened.ok())
        return opened.error();
    auto &db = *opened.value();
    if (auto s = store::checkIntegrity(db); !s.ok())
        return s.error();
    RestoreSummary summary;
    summary.schemaVersion = db.schemaVersion();
    if (summary.schemaVersion < 1)
        return Error::make(Error::Kind::Invalid,
                           Backup::tr("the backup does not hold a Victims' Hub database"));
    auto checked = services::AuditService(db, util::Clock::system()).verify();
    if (!checked.ok())
        return checked.error();
    if (!checked->intact())
        return Error::make(Error::Kind::Invalid, Backup::tr("the backup's audit trail is "
                                                            "broken: %1")
                                                     .arg(checked->problem->message));
    summary.auditEvents = checked->events;
    return summary;
}

// Makes sure nobody has `target` open and its write-ahead log is folded in and gone, so
// the new file cannot be mixed with an old log. A program that still has it open (even
// idle) would go on using the log and the shared-memory file removed here with a file
// they no longer belong to: refused, and nothing changed.
Status releaseTarget(const QString &target)
{
    if (sizeOf(target) > 0) {
        auto opened = store::Database::open(target, store::Database::Migrate::No);
        if (opened.ok()) {
            if (auto s = opened.value()->takeExclusive(); !s.ok())
                return s;
            if (auto s = opened.value()->checkpointTruncate(); !s.ok())
                return s;
        }
    }
    for (const auto *suffix : {"-wal", "-shm"}) {
        const auto side = target + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::remove(side))
            return ioError(Backup::tr("cannot remove"), side, QString());
    }
    return {};
}

Status copyInto(const QString &from, const QString &target)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(Backup::tr("cannot read"), from, in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(Backup::tr("cannot write"), target, out.errorString());
    out.setPermissions(kOwnerOnly);
    QByteArray buffer(64 * 1024, '\0');
    for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;) {
        if (out.write(buffer.constData(), n) != n) {
            out.cancelWriting();
            return ioError(Backup::tr("cannot write"), target, out.errorString());
        }
    }
    if (!out.commit())
        return ioError(Backup::tr("cannot write"), target, out.errorString());
    QFile::setPermissions(target, kOwnerOnly);
    return {};
}

Status mayBackUp(const domain::Actor &actor)
{
    if (auto s = security::check(actor, security::Action::Backup); !s.ok())
        return s;
    if (actor.userId.isEmpty())
        return Error::make(Error::Kind::Permission,
                           Backup::tr("a backup or a restore needs a signed-in administrator"));
    return {};
}

// Signs the restoring user in on the decrypted copy and records the restore there, so the
// restored database says who restored it, from which file and when.
Status authorizeRestore(const QString &copyPath, const QString &file, const Backup::SignIn &signIn)
{
    if (!signIn)
        return mayBackUp(domain::Actor());
    auto opened = store::Database::open(copyPath, store::Database::Migrate::No);
    if (!opened.ok())
        return opened.error();
    auto actor = signIn(*opened.value());
    if (!actor.ok())
        return actor.error();
    if (auto s = mayBackUp(actor.value()); !s.ok())
        return s;
    if (auto s = services::AuditService(*opened.value(), util::Clock::system())
                     .record(actor.value(), QStringLiteral("backup.restore"),
                             QStringLiteral("backup"), QFileInfo(file).fileName(), QString());
        !s.ok())
        return s;
    // Into the main file, which is the one copied to the target.
    return opened.value()->checkpointTruncate();
}

} // namespace

Result<BackupSummary> Backup::write(const domain::Actor &actor, store::Database &db,
                                    const QString &file, const QByteArray &passphrase, KdfCost cost,
                                    const Progress &progress)
{
    if (auto s = mayBackUp(actor); !s.ok())
        return s.error();
    if (passphrase.size() < kMinPassphraseLength)
        return Error::invalid(
            QStringLiteral("passphrase"),
            tr("the passphrase needs at least %1 characters").arg(kMinPassphraseLength));
    PrivateDir tmp;
    const auto plainPath =
        tmp.isValid() ? tmp.createFile(QStringLiteral("snapshot.db")) : QString();
    if (plainPath.isEmpty())
        return Error::make(Error::Kind::Io, tr("cannot create a private temporary folder"));
    if (auto s = store::snapshotInto(db, plainPath); !s.ok())
        return s.error();

    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return ioError(tr("cannot read"), plainPath, plain.errorString());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(tr("cannot write"), file, out.errorString());
    out.setPermissions(kOwnerOnly);
    // A write cut short (a full disk, a quota) often comes without the system's words.
    const auto cutShort = [&] {
        const auto why = out.errorString();
        return ioError(tr("cannot write"), file,
                       tr("%1: is its drive full, or the folder read-only? Nothing was kept")
                           .arg(why.isEmpty() || why == QLatin1String("Unknown error")
                                    ? tr("the file could not be written in full")
                                    : why));
    };
    if (auto s = BackupCrypto::encrypt(plain, out, passphrase, cost, progress); !s.ok()) {
        const bool writing = out.error() != QFileDevice::NoError || plain.pos() > 0;
        out.cancelWriting();
        return writing && s.error().kind == Error::Kind::Io ? cutShort() : s.error();
    }
    if (!out.commit())
        return cutShort();
    QFile::setPermissions(file, kOwnerOnly);
    const BackupSummary summary{QFileInfo(file).size()};
    if (auto s = services::AuditService(db, util::Clock::system())
                     .record(actor, QStringLiteral("backup.write"), QStringLiteral("backup"),
                             QFileInfo(file).fileName(), QString(),
                             QStringLiteral("%1 bytes").arg(summary.bytes));
        !s.ok())
        return s.error();
    return summary;
}

Result<RestoreSummary> Backup::restore(const QString &file, const QString &target,
                                       const QByteArray &passphrase, const SignIn &signIn,
                                       const RestoreOptions &options, const Progress &progress)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isFile())
        return ioError(tr("cannot restore to"), target, tr("not a file"));
    if (!targetInfo.absoluteDir().exists())
        return ioError(tr("cannot restore to"), target, tr("the folder does not exist"));
    if (!options.replace && holdsData(target))
        return Error::make(Error::Kind::Conflict,
                           tr("%1 already holds a database; nothing changed (replace it "
                              "only on purpose, with --replace)")
                               .arg(target));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(tr("cannot read"), file, in.errorString());

    PrivateDir tmp;
    const auto plainPath = tmp.isValid() ? tmp.createFile(QStringLiteral("restore.db")) : QString();
    if (plainPath.isEmpty())
        return Error::make(Error::Kind::Io, tr("cannot create a private temporary folder"));
    {
        QFile plain(plainPath);
        if (!plain.open(QIODevice::WriteOnly))
            return ioError(tr("cannot write"), plainPath, plain.errorString());
        if (auto s = BackupCrypto::decrypt(in, plain, passphrase, progress); !s.ok())
            return s.error();
        if (!plain.flush())
            return ioError(tr("cannot write"), plainPath, plain.errorString());
    }
    auto summary = verifyCopy(plainPath);
    if (!summary.ok())
        return summary.error();
    if (auto s = authorizeRestore(plainPath, file, signIn); !s.ok())
        return s.error();

    if (auto s = releaseTarget(target); !s.ok())
        return s.error();
    if (auto s = copyInto(plainPath, target); !s.ok())
        return s.error();
    return summary;
}

} // namespace hub::backup
