// Every path that writes records on a desk that has synced reaches the hub, or leaves the
// desk in step with it (docs/SYNC.md "Every write reaches the hub"): an archive import, a
// restore from a backup, a retention erasure. Against the SQLite-file hub and PostgreSQL.
#include "tst_sync_fixture.h"

#include "archive/ArchiveWriter.h"
#include "backup/Backup.h"
#include "services/ArchiveService.h"
#include "services/ErasureService.h"

#include <QBuffer>

using namespace hub;
using namespace hub::test;

namespace {

// Syncs the desk: false, with the hub's message, when the sync failed.
bool synced(Desk &d)
{
    const auto out = d.sync();
    if (!out.ok())
        qWarning("sync failed: %s", qPrintable(out.error().describe()));
    return out.ok();
}

QByteArray exportOf(Desk &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto s = archive::exportArchive(*d.db, buffer); !s.ok())
        qFatal("export: %s", qPrintable(s.error().describe()));
    return buffer.data();
}

// The archive's line holding `id`, with the header before it: a one-record archive.
QByteArray oneRecord(const QByteArray &archive, const QString &id)
{
    const auto lines = archive.split('\n');
    for (const auto &line : lines) {
        if (line.contains(id.toUtf8()))
            return lines.first() + '\n' + line + '\n';
    }
    qFatal("no line holds %s", qPrintable(id));
}

QString given(Desk &d, const QString &personId)
{
    return d.scalar(QStringLiteral("SELECT given_name FROM person WHERE id = ?"), {personId})
        .toString();
}

// Desks a (team one's supervisor) and b (team two's), both synced, holding one person,
// Ivy, whom nobody holds yet; an administrator in the seed, for backups.
struct TwoSyncedDesks
{
    explicit TwoSyncedDesks(PgServer *pg)
        : w(pg), admin(w.addActor(QStringLiteral("admin.one"), QStringLiteral("admin"), {})),
          a(w.desk(QStringLiteral("a"), w.sup1)), b(w.desk(QStringLiteral("b"), w.sup2)),
          p(addPerson(*a, QStringLiteral("Ivy"), QStringLiteral("Synthetic")))
    {
        if (!synced(*a) || !synced(*b) || given(*b, p) != QLatin1String("Ivy"))
            qFatal("desk b did not get the person");
    }

    SyncWorld w;
    domain::Actor admin;
    std::unique_ptr<Desk> a;
    std::unique_ptr<Desk> b;
    QString p;
};

} // namespace

class TestSyncWrites : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncWrites(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;
    std::unique_ptr<TwoSyncedDesks> m_d;

    Desk &a() { return *m_d->a; }
    Desk &b() { return *m_d->b; }
    const QString &p() const { return m_d->p; }

    // Both desks and the hub hold the same.
    void inStep()
    {
        QCOMPARE(a().dump(), b().dump());
        QCOMPARE(a().dump(), m_d->w.hubDump(m_d->w.sup1));
    }

private slots:
    void init() { m_d = std::make_unique<TwoSyncedDesks>(m_pg); }
    void cleanup() { m_d.reset(); }

    // An import --replace on a desk that has synced is sent like an edit made in the app.
    void importOnSyncedDeskReachesOtherDesk()
    {
        // The person renamed, and a new person in the same archive.
        const auto q = util::newId();
        QByteArray archive = oneRecord(exportOf(a()), p());
        archive.replace("\"given_name\":\"Ivy\"", "\"given_name\":\"Ivy-May\"");
        QByteArray second = archive.split('\n').at(1);
        second.replace(p().toUtf8(), q.toUtf8()).replace("Ivy-May", "Jo");
        archive += second + '\n';
        services::ChangeNotifier notifier;
        services::ServiceContext ctx{*a().db, notifier, a().clock};
        QBuffer in(&archive);
        QVERIFY(in.open(QIODevice::ReadOnly));
        archive::ImportOptions options;
        options.replace = true;
        const auto imported = services::ArchiveService(ctx).importAll(
            a().actor, in, QStringLiteral("fix.hub"), options);
        QVERIFY2(imported.ok(), qPrintable(imported.error().describe()));
        QCOMPARE(imported->updated[archive::RecordType::Person], 1);
        QCOMPARE(imported->inserted[archive::RecordType::Person], 1);
        QCOMPARE(a().service().status().pendingChanges, 2);

        QVERIFY(synced(a()));
        QCOMPARE(a().outbox(), 0);
        QVERIFY(synced(b()));
        QCOMPARE(given(b(), p()), QStringLiteral("Ivy-May"));
        QCOMPARE(given(b(), q), QStringLiteral("Jo"));
        inStep();
    }

    // A restored desk rejoins the hub where its backup left off: what it had not sent then
    // is sent now, and what it (and others) sent since comes back; nothing diverges.
    void restoredDeskSendsWhatItHadNotSentAndCatchesUp()
    {
        const auto person = QStringLiteral("person");
        // Unsent when the backup is taken.
        a().exec(QStringLiteral("UPDATE person SET phone = '07700 900555' WHERE id = ?"), {p()});
        const auto file = m_d->w.dir.filePath(QStringLiteral("a.vhubbak"));
        const QByteArray passphrase("a long synthetic passphrase");
        const auto &admin = m_d->admin;
        auto written =
            backup::Backup::write(admin, *a().db, file, passphrase, backup::KdfCost::Minimum);
        QVERIFY2(written.ok(), qPrintable(written.error().describe()));
        // After the backup: the desk sends a later edit, another desk edits too.
        a().exec(QStringLiteral("UPDATE person SET postcode = 'ZZ1 1ZZ' WHERE id = ?"), {p()});
        QVERIFY(synced(a()));
        b().exec(QStringLiteral("UPDATE person SET email = 'ivy@example.invalid' WHERE id = ?"),
                 {p()});
        QVERIFY(synced(b()));

        const auto path = a().db->path();
        a().db.reset();
        auto restored = backup::Backup::restore(
            file, path, passphrase, [&](store::Database &) { return Result<domain::Actor>(admin); },
            backup::RestoreOptions{true});
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        auto reopened = store::Database::open(path);
        QVERIFY(reopened.ok());
        a().db = std::move(reopened).value();
        QVERIFY(a().row(person, p()).value(QLatin1String("postcode")).isNull());

        // The records go both ways; the audit trail restored with the file is behind the
        // copy the hub holds, and the sync says so (docs/SYNC.md "Audit trail on the hub").
        const auto afterRestore = a().sync();
        QVERIFY(!afterRestore.ok());
        QVERIFY2(afterRestore.error().describe().contains(QStringLiteral("no longer reaches")),
                 qPrintable(afterRestore.error().describe()));
        QVERIFY(synced(b()));
        for (auto *desk : {&a(), &b()}) {
            const auto row = desk->row(person, p());
            QCOMPARE(row.value(QLatin1String("phone")).toString(), QStringLiteral("07700 900555"));
            QCOMPARE(row.value(QLatin1String("postcode")).toString(), QStringLiteral("ZZ1 1ZZ"));
            QCOMPARE(row.value(QLatin1String("email")).toString(),
                     QStringLiteral("ivy@example.invalid"));
        }
        inStep();
    }

    // A retention erasure queues the one 'erase' the hub needs; the other desk erases too.
    void retentionErasureOnSyncedDeskReachesOtherDesk()
    {
        services::ChangeNotifier notifier;
        const util::FixedClock later(QDateTime(QDate(2029, 6, 1), QTime(12, 0), Qt::UTC));
        services::ServiceContext ctx{*a().db, notifier, later};
        services::ErasureService erasure(ctx);
        const auto due = erasure.retentionList(a().actor, 1);
        QVERIFY2(due.ok(), qPrintable(due.error().describe()));
        QCOMPARE(due->size(), 1);
        const auto erased = erasure.eraseForRetention(a().actor, 1, {p()});
        QVERIFY2(erased.ok(), qPrintable(erased.error().describe()));
        QCOMPARE(a().scalar(QStringLiteral("SELECT op FROM sync_outbox")).toString(),
                 QStringLiteral("erase"));

        QVERIFY(synced(a()));
        auto out = b().sync();
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        QCOMPARE(out->erased, 1);
        QCOMPARE(given(b(), p()), QString());
        QCOMPARE(
            b().scalar(QStringLiteral("SELECT count(*) FROM erasure WHERE person_id = ?"), {p()})
                .toInt(),
            1);
        QCOMPARE(m_d->w
                     .hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE data "
                                               "LIKE '%Ivy%'"))
                     .toInt(),
                 0);
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSyncWrites>(argc, argv);
}

#include "tst_sync_writes.moc"
