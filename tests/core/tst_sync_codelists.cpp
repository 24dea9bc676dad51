// Teams and code lists changed at the administrator's desk reach every other desk by sync
// (docs/SYNC.md "Teams and code lists (hub schema 10)"): a new team, a renamed one, a
// retired one; a new code, a renamed label, a retired code, a new order. A PostgreSQL hub
// takes them from an administrator's desk login only, and a team or a code is never
// deleted there. Against the SQLite-file hub and PostgreSQL.
#include "tst_sync_fixture.h"

#include "services/CodeListService.h"
#include "services/TeamService.h"

using namespace hub;
using namespace hub::test;

namespace {

const QString kAgency = QStringLiteral("agency");

// One sync of `d`, which must go through (a failure says why).
#define SYNCED(d)                                                                                  \
    do {                                                                                           \
        const auto run_ = (d).sync();                                                              \
        QVERIFY2(run_.ok(), run_.ok() ? "" : qPrintable(run_.error().describe()));                 \
    } while (false)

} // namespace

class TestSyncCodeLists : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncCodeLists(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;
    std::unique_ptr<SyncWorld> w;
    std::unique_ptr<Desk> office, b;
    domain::Actor admin;
    QString north, old, charity;

private Q_SLOTS:
    void initTestCase()
    {
        w = std::make_unique<SyncWorld>(m_pg);
        admin = w->addActor(QStringLiteral("admin.one"), QStringLiteral("admin"), {});
        const auto syncer =
            w->addActor(QStringLiteral("sup.office"), QStringLiteral("supervisor"), {});
        // The office desk: its hub login is the administrator's; a supervisor signed in
        // there runs its syncs (Sync is not an administrator's action, docs/SYNC.md).
        office = w->desk(QStringLiteral("admindesk"), admin);
        office->actor = syncer;
        b = w->desk(QStringLiteral("b"), w->cw1);
        SYNCED(*office);
        SYNCED(*b);
    }

    void changesAtTheOfficeReachAnotherDesk()
    {
        services::ChangeNotifier notifier;
        services::ServiceContext ctx{*office->db, notifier, office->clock};
        services::TeamService teams(ctx);
        services::CodeListService lists(ctx);
        auto made = teams.add(admin, QStringLiteral("North"));
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        north = made->id;
        QVERIFY(teams.rename(admin, w->team1, QStringLiteral("Team One East")).ok());
        old = teams.add(admin, QStringLiteral("Old team")).value().id;
        auto retired = teams.retire(admin, old);
        QVERIFY2(retired.ok(), qPrintable(retired.error().describe()));
        auto added = lists.add(admin, kAgency, QStringLiteral("Local charity"));
        QVERIFY2(added.ok(), qPrintable(added.error().describe()));
        charity = added->code;
        QVERIFY(lists.retire(admin, kAgency, QStringLiteral("isva")).ok());
        QVERIFY(lists
                    .rename(admin, kAgency, QStringLiteral("housing"),
                            QStringLiteral("Housing options"))
                    .ok());
        QVERIFY(lists.move(admin, kAgency, charity, -3).ok());

        auto pushed = office->sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().describe()));
        QCOMPARE(pushed->refused, 0);
        QCOMPARE(office->outbox(), 0);
        SYNCED(*b);

        const auto there = services::CodeListService::load(*b->db);
        QCOMPARE(there.label(kAgency, charity), QStringLiteral("Local charity"));
        QVERIFY(there.isRetired(kAgency, QStringLiteral("isva")));
        QVERIFY(there.has(kAgency, QStringLiteral("isva"))); // still valid on old records
        QCOMPARE(there.label(kAgency, QStringLiteral("housing")),
                 QStringLiteral("Housing options"));
        QCOMPARE(there.codes(kAgency), ctx.codes.codes(kAgency));
        QCOMPARE(
            b->scalar(QStringLiteral("SELECT name FROM team WHERE id = ?"), {north}).toString(),
            QStringLiteral("North"));
        QCOMPARE(
            b->scalar(QStringLiteral("SELECT name FROM team WHERE id = ?"), {w->team1}).toString(),
            QStringLiteral("Team One East"));
        QCOMPARE(
            b->scalar(QStringLiteral("SELECT retired_at FROM team WHERE id = ?"), {old}).toString(),
            util::toIsoUtc(retired->retiredAt));
    }

    // A caseworker's desk that changes a code or a team by hand: PostgreSQL refuses both
    // and the desk takes the hub's word back; a SQLite-file hub (one office, no role
    // checks) takes them.
    void aCaseworkersDeskCannotChangeThem()
    {
        auto c = w->desk(QStringLiteral("c"), w->cw1);
        SYNCED(*c);
        c->exec(QStringLiteral("UPDATE ref_code SET label = 'Forged', retired = 1 WHERE list = "
                               "'agency' AND code = ?"),
                {charity});
        c->exec(QStringLiteral("UPDATE team SET retired_at = '2026-06-01T10:00:00Z' WHERE id = ?"),
                {w->team2});
        auto out = c->sync();
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        SYNCED(*b);
        const auto label = [&](Desk &d) {
            return d
                .scalar(QStringLiteral("SELECT label || ' ' || retired FROM ref_code WHERE list = "
                                       "'agency' AND code = ?"),
                        {charity})
                .toString();
        };
        const auto retiredAt = [&](Desk &d) {
            return d.scalar(QStringLiteral("SELECT retired_at FROM team WHERE id = ?"), {w->team2})
                .toString();
        };
        if (m_pg) {
            QCOMPARE(out->refused, 2);
            QCOMPARE(label(*b), QStringLiteral("Local charity 0"));
            QCOMPARE(retiredAt(*b), QString());
            SYNCED(*c);
            QCOMPARE(label(*c), QStringLiteral("Local charity 0"));
            QCOMPARE(retiredAt(*c), QString());
        } else {
            QCOMPARE(out->refused, 0);
            QCOMPARE(label(*b), QStringLiteral("Forged 1"));
        }
    }

    // Not even the administrator's desk deletes a code on PostgreSQL (hub schema 10): the
    // desk gets it back.
    void aCodeIsNeverDeletedOnPostgres()
    {
        if (!m_pg)
            return; // a SQLite-file hub checks no role nor deletion
        office->exec(QStringLiteral("DELETE FROM ref_code WHERE list = 'agency' AND code = ?"),
                     {charity});
        office->exec(QStringLiteral("DELETE FROM team WHERE id = ?"), {old});
        auto out = office->sync();
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        QCOMPARE(out->refused, 2);
        SYNCED(*b);
        QCOMPARE(
            b->scalar(QStringLiteral("SELECT count(*) FROM ref_code WHERE code = ?"), {charity})
                .toInt(),
            1);
        SYNCED(*office);
        QCOMPARE(
            office
                ->scalar(QStringLiteral("SELECT count(*) FROM ref_code WHERE code = ?"), {charity})
                .toInt(),
            1);
        QCOMPARE(
            office->scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = ?"), {old}).toInt(),
            1);
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSyncCodeLists>(argc, argv);
}

#include "tst_sync_codelists.moc"
