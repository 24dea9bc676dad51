#include "ServiceFixtures.h"
#include "archive/ArchiveWriter.h"
#include "backup/Backup.h"
#include "demo/PoliceCsv.h"
#include "services/AuditService.h"
#include "services/PersonMergeService.h"
#include "services/ReferralImportService.h"
#include "store/AuditRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace hub;
using backup::Backup;
using backup::KdfCost;

// Encrypted backups on real files: a snapshot taken while another connection writes,
// nothing readable in the file, and a restore that checks everything before it touches
// the target database.
class TestBackup : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-06-08T09:00:00Z");
    const QByteArray m_passphrase = "correct horse battery staple";

    QTemporaryDir m_tmpRoot; // TMPDIR for the code under test, to see it clean up
    QTemporaryDir m_out;
    std::unique_ptr<test::ServiceFixture> f;
    domain::Actor worker;
    domain::Actor admin;

    // The restoring user's sign-in on the backup: the fixture's administrator.
    Backup::SignIn asAdmin() const
    {
        return [this](store::Database &) {
            return Result<domain::Actor>(admin);
        };
    }

    QString out(const QString &name) const { return m_out.filePath(name); }

    static QByteArray exportOf(store::Database &db)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto result = archive::exportArchive(db, buffer);
        if (!result.ok())
            return "export failed: " + result.error().describe().toUtf8();
        return buffer.data();
    }

    static QByteArray exportOfFile(const QString &path)
    {
        auto db = store::Database::open(path);
        if (!db.ok())
            return "open failed: " + db.error().describe().toUtf8();
        return exportOf(*db.value());
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // Every row of `table`, every column, in key order: what a restore must bring back.
    static QStringList rowsOf(store::Database &db, const QString &table, const QString &order)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
            qFatal("cannot read %s", qPrintable(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
        return rows;
    }

    QString backupNow(const QString &name)
    {
        const auto path = out(name);
        auto written = Backup::write(admin, f->db(), path, m_passphrase, KdfCost::Minimum);
        if (!written.ok())
            qFatal("backup failed: %s", qPrintable(written.error().describe()));
        return path;
    }

    // A second database with data of its own, as a restore target that must survive.
    QString existingTarget()
    {
        const auto path = out(QStringLiteral("existing.db"));
        auto db = store::Database::open(path);
        if (!db.ok())
            qFatal("cannot create target");
        if (!store::TeamRepository(*db.value())
                 .insert({util::newId(), QStringLiteral("Outreach")})
                 .ok())
            qFatal("cannot fill target");
        return path;
    }

    bool leftNoTemporaryFiles() const
    {
        return QDir(m_tmpRoot.path())
            .entryList({QStringLiteral("hub-backup-*")}, QDir::AllEntries | QDir::Hidden)
            .isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { qputenv("TMPDIR", m_tmpRoot.path().toLocal8Bit()); }

    void init()
    {
        f = std::make_unique<test::ServiceFixture>(m_now);
        worker = f->addUser(QStringLiteral("cw.quillfeather"));
        admin = f->addUser(QStringLiteral("admin.quillfeather"), QStringLiteral("admin"));
        const auto a = f->addPerson(QStringLiteral("Philippa"), QStringLiteral("Quennell"));
        const auto b = f->addPerson(QStringLiteral("Octavia"), QStringLiteral("Brimblecombe"));
        f->addReferral(f->referral(a, m_now.addDays(-2)));
        services::AuditService audit(f->ctx);
        for (const auto &id : {a, b, a})
            QVERIFY(
                audit
                    .record(worker, QStringLiteral("person.view"), QStringLiteral("person"), id, id)
                    .ok());
    }
    void cleanup() { f.reset(); }

    void roundTripRestoresTheSameRecords()
    {
        const auto file = backupNow(QStringLiteral("hub.vhubbak"));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const auto target = out(QStringLiteral("restored.db"));
        auto restored = Backup::restore(file, target, m_passphrase, asAdmin());
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        QCOMPARE(restored->auditEvents, 3);
        QCOMPARE(restored->schemaVersion, f->db().schemaVersion());
        const auto original = exportOf(f->db());
        QVERIFY(original.contains("Quennell"));
        QCOMPARE(exportOfFile(target), original);
        QVERIFY(leftNoTemporaryFiles());
    }

    // A database holding a person merge and a saved referral profile: the restore brings
    // every row of both tables back as it was (and the merged record still points at the
    // kept one).
    void mergesAndReferralProfilesComeBack()
    {
        const auto sup =
            f->addUser(QStringLiteral("sup.quillfeather"), QStringLiteral("supervisor"));
        const auto kept = f->addPerson(QStringLiteral("Imogen"), QStringLiteral("Larkspurton"));
        const auto other = f->addPerson(QStringLiteral("Imogen"), QStringLiteral("Larkspurtan"));
        auto merged = services::PersonMergeService(f->ctx).merge(
            sup, {kept,
                  other,
                  QStringLiteral("Same person, surname misspelt"),
                  {QStringLiteral("family_name")}});
        QVERIFY2(merged.ok(), qPrintable(merged.error().describe()));
        auto saved =
            services::ReferralImportService(f->ctx).saveProfile(sup, demo::policeProfile());
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        const auto merges = rowsOf(f->db(), QStringLiteral("person_merge"), QStringLiteral("id"));
        const auto profiles =
            rowsOf(f->db(), QStringLiteral("referral_profile"), QStringLiteral("name"));
        const auto people = rowsOf(f->db(), QStringLiteral("person"), QStringLiteral("id"));
        QCOMPARE(merges.size(), 1);
        QCOMPARE(profiles.size(), 1);
        QVERIFY(merges.first().contains(QStringLiteral("Same person, surname misspelt")));

        const auto file = backupNow(QStringLiteral("merged.vhubbak"));
        const auto target = out(QStringLiteral("merged-restored.db"));
        auto restored = Backup::restore(file, target, m_passphrase, asAdmin());
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        auto db = store::Database::open(target);
        QVERIFY(db.ok());
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("person_merge"), QStringLiteral("id")), merges);
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("referral_profile"), QStringLiteral("name")),
                 profiles);
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("person"), QStringLiteral("id")), people);
        QCOMPARE(store::PersonRepository(*db.value()).get(other)->mergedInto, kept);
    }

    // Another program is writing (on its own thread and connection) while the snapshot is
    // taken: its uncommitted person is not in the backup. It commits once the backup file is
    // there, which lets the backup's own audit event (which needs the write lock) follow.
    void snapshotIgnoresAnUncommittedWrite()
    {
        const auto before = exportOf(f->db());
        const auto late = f->person(QStringLiteral("Late"), QStringLiteral("Arrival"));
        const auto path = f->tmp.path();
        const auto file = out(QStringLiteral("during.vhubbak"));
        QSemaphore writing;
        std::atomic<bool> backupReturned{false};
        bool committed = false;
        std::thread writer([&] {
            auto other = store::Database::open(path);
            if (!other.ok()) {
                writing.release();
                return;
            }
            {
                store::Transaction tx(*other.value());
                const bool inserted = store::PersonRepository(*other.value()).insert(late).ok();
                writing.release();
                while (!QFile::exists(file) && !backupReturned)
                    QThread::msleep(5);
                committed = inserted && tx.commit().ok();
            }
        });
        writing.acquire();
        auto written = Backup::write(admin, f->db(), file, m_passphrase, KdfCost::Minimum);
        backupReturned = true;
        writer.join();
        QVERIFY2(written.ok(), qPrintable(written.error().describe()));
        QVERIFY(committed);

        const auto target = out(QStringLiteral("during.db"));
        auto restored = Backup::restore(file, target, m_passphrase, asAdmin());
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        QCOMPARE(exportOfFile(target), before);
        const auto after = exportOf(f->db());
        QVERIFY(after.contains("Arrival"));
        QVERIFY(!before.contains("Arrival"));
    }

    void theFileHoldsNoPlaintext()
    {
        const auto file = backupNow(QStringLiteral("scan.vhubbak"));
        const auto bytes = bytesOf(file);
        QVERIFY(bytes.startsWith("VHUBBAK1"));
        // The database file itself does hold them, so the scan means something.
        QVERIFY(f->db().checkpointTruncate().ok());
        const auto plain = bytesOf(f->tmp.path());
        for (const QByteArray needle : {"Quennell", "Philippa", "Brimblecombe", "cw.quillfeather",
                                        "person.view", "audit_event", "SQLite format 3"}) {
            QVERIFY2(plain.contains(needle), needle.constData());
            QVERIFY2(!bytes.contains(needle), needle.constData());
        }
        QVERIFY(bytes.size() > 64 * 1024); // more than one chunk
        QVERIFY(leftNoTemporaryFiles());
    }

    void damagedFilesAndWrongPassphrasesAreRefused()
    {
        const auto file = backupNow(QStringLiteral("good.vhubbak"));
        const auto good = bytesOf(file);
        const auto target = existingTarget();
        const auto targetBefore = bytesOf(target);
        QVERIFY(!targetBefore.isEmpty());
        const auto missing = out(QStringLiteral("never.db"));

        struct Case
        {
            const char *name;
            QByteArray bytes;
            QByteArray passphrase;
        };
        auto flipped = [&](qsizetype at) {
            auto b = good;
            b[at] = char(b[at] ^ 0x01);
            return b;
        };
        const QList<Case> cases{
            {"wrong passphrase", good, "correct horse battery stapler"},
            {"flipped salt byte", flipped(12), m_passphrase},
            {"flipped byte in the middle", flipped(good.size() / 2), m_passphrase},
            {"flipped last byte", flipped(good.size() - 1), m_passphrase},
            {"truncated", good.left(good.size() - 100), m_passphrase},
            {"cut at a chunk", good.left(good.size() / 2), m_passphrase},
            {"trailing bytes", good + "x", m_passphrase},
        };
        for (const auto &c : cases) {
            const auto bad = out(QStringLiteral("bad.vhubbak"));
            writeBytes(bad, c.bytes);
            for (const auto &to : {target, missing}) {
                backup::RestoreOptions replace;
                replace.replace = true;
                auto restored = Backup::restore(bad, to, c.passphrase, asAdmin(), replace);
                QVERIFY2(!restored.ok(), c.name);
                QVERIFY2(restored.error().message.contains(QLatin1String("wrong passphrase")),
                         qPrintable(restored.error().message));
            }
            QVERIFY2(bytesOf(target) == targetBefore, c.name);
            QVERIFY2(!QFile::exists(missing), c.name);
        }
        QVERIFY(leftNoTemporaryFiles());
    }

    void anExistingDatabaseNeedsReplace()
    {
        const auto file = backupNow(QStringLiteral("replace.vhubbak"));
        const auto target = existingTarget();
        const auto before = bytesOf(target);
        auto refused = Backup::restore(file, target, m_passphrase, asAdmin());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(bytesOf(target), before);

        backup::RestoreOptions replace;
        replace.replace = true;
        auto restored = Backup::restore(file, target, m_passphrase, asAdmin(), replace);
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        QCOMPARE(exportOfFile(target), exportOf(f->db()));
    }

    // A restore over a database that another program still has open (an idle app, or a
    // hubctl run) is refused with one clear message, and the file, its write-ahead log and
    // that program's view of them are left as they were; once it is closed, the restore
    // goes through.
    void aDatabaseOpenElsewhereIsNotReplaced()
    {
        const auto file = backupNow(QStringLiteral("open.vhubbak"));
        const auto target = existingTarget();
        auto other = store::Database::open(target);
        QVERIFY(other.ok());
        // The other program's latest change is still in the write-ahead log only.
        QVERIFY(store::TeamRepository(*other.value())
                    .insert({util::newId(), QStringLiteral("Late shift")})
                    .ok());
        QVERIFY(QFileInfo(target + QStringLiteral("-wal")).size() > 0);
        const auto before = bytesOf(target);
        const auto walBefore = bytesOf(target + QStringLiteral("-wal"));

        backup::RestoreOptions replace;
        replace.replace = true;
        auto refused = Backup::restore(file, target, m_passphrase, asAdmin(), replace);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(refused.error().message,
                 QStringLiteral("%1 is open in another program (Victims' Hub or hubctl): close it "
                                "there first")
                     .arg(target));
        QCOMPARE(bytesOf(target), before);
        QCOMPARE(bytesOf(target + QStringLiteral("-wal")), walBefore);
        QVERIFY(QFile::exists(target + QStringLiteral("-shm")));
        // The other program still reads and writes its own data.
        QCOMPARE(store::TeamRepository(*other.value()).all().size(), 2);
        QVERIFY(leftNoTemporaryFiles());

        other.value().reset();
        auto restored = Backup::restore(file, target, m_passphrase, asAdmin(), replace);
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        QCOMPARE(exportOfFile(target), exportOf(f->db()));
    }

    void aTamperedAuditTrailIsRefused()
    {
        const auto name = QUuid::createUuid().toString();
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(f->tmp.path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const auto *trigger :
                 {"audit_event_no_update", "audit_event_no_delete", "audit_event_append_only"})
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(trigger)));
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_event SET user_id = 'someone-else' "
                                           "WHERE seq = 2")),
                     qPrintable(q.lastError().text()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);

        const auto file = backupNow(QStringLiteral("tampered.vhubbak"));
        const auto target = out(QStringLiteral("tampered.db"));
        auto restored = Backup::restore(file, target, m_passphrase, asAdmin());
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.contains(QLatin1String("audit trail")),
                 qPrintable(restored.error().message));
        QVERIFY(!QFile::exists(target));
        QVERIFY(leftNoTemporaryFiles());
    }

    // Only administrators back up and restore, and both are on the record: the backup in
    // the database it copies, the restore in the restored database.
    void administratorsOnlyAndAudited()
    {
        const auto refusedFile = out(QStringLiteral("worker.vhubbak"));
        auto refused = Backup::write(worker, f->db(), refusedFile, m_passphrase, KdfCost::Minimum);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QCOMPARE(refused.error().message,
                 QStringLiteral("a caseworker cannot back up or restore the database"));
        QVERIFY(!QFile::exists(refusedFile));

        const auto file = backupNow(QStringLiteral("audited.vhubbak"));
        auto last = store::AuditRepository(f->db()).last();
        QVERIFY(last.ok() && last.value());
        QCOMPARE(last.value()->action, QStringLiteral("backup.write"));
        QCOMPARE(last.value()->userId, admin.userId);
        QCOMPARE(last.value()->recordId, QStringLiteral("audited.vhubbak"));

        const auto target = out(QStringLiteral("audited.db"));
        const Backup::SignIn asWorker = [this](store::Database &) {
            return Result<domain::Actor>(worker);
        };
        auto notRestored = Backup::restore(file, target, m_passphrase, asWorker);
        QVERIFY(!notRestored.ok());
        QCOMPARE(notRestored.error().kind, Error::Kind::Permission);
        QVERIFY(!QFile::exists(target));
        const Backup::SignIn wrongPassword = [](store::Database &) {
            return Result<domain::Actor>(
                Error::make(Error::Kind::Permission, QStringLiteral("wrong username or password")));
        };
        QVERIFY(!Backup::restore(file, target, m_passphrase, wrongPassword).ok());
        QVERIFY(!Backup::restore(file, target, m_passphrase, Backup::SignIn()).ok());
        QVERIFY(!QFile::exists(target));
        QVERIFY(leftNoTemporaryFiles());

        auto restored = Backup::restore(file, target, m_passphrase, asAdmin());
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        auto db = store::Database::open(target, store::Database::Migrate::No);
        QVERIFY(db.ok());
        auto restoredLast = store::AuditRepository(*db.value()).last();
        QVERIFY(restoredLast.ok() && restoredLast.value());
        QCOMPARE(restoredLast.value()->action, QStringLiteral("backup.restore"));
        QCOMPARE(restoredLast.value()->userId, admin.userId);
        QCOMPARE(restoredLast.value()->recordId, QStringLiteral("audited.vhubbak"));
        auto verified = services::AuditService(*db.value(), util::Clock::system()).verify();
        QVERIFY(verified.ok() && verified->intact());
    }

    void aShortPassphraseIsRefused()
    {
        auto written = Backup::write(admin, f->db(), out(QStringLiteral("short.vhubbak")), "short",
                                     KdfCost::Minimum);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().field, QStringLiteral("passphrase"));
        QVERIFY(!QFile::exists(out(QStringLiteral("short.vhubbak"))));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
