// Teams run from the app (services::TeamService, docs/ADMIN_GUIDE.md "Teams and code
// lists"): administrators add, rename and retire them; names are unique whatever their
// case; a team whose members still hold open work, or that has active users, is not
// retired, and the refusal says how much is left; supervisors may only look.
#include "services/AuthService.h"
#include "services/DirectoryService.h"
#include "services/TeamService.h"
#include "tst_teams_fixture.h"

using namespace hub;
using namespace hub::test;

class TestTeams : public AdminTest
{
    Q_OBJECT

    services::TeamService teams() { return services::TeamService(f->ctx); }
    int outboxRows(const QString &kind, const QString &id) { return w->outboxRows(kind, id); }
    void markSynced() { QVERIFY(w->markSynced()); }

private Q_SLOTS:
    void init() { start(); }

    void anAdministratorAddsAndRenamesATeam()
    {
        markSynced();
        auto made = teams().add(admin, QStringLiteral("  North  "));
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        QCOMPARE(made->name, QStringLiteral("North"));
        QVERIFY(!made->retired());
        auto event = lastEvent();
        QCOMPARE(event.action, QStringLiteral("team.add"));
        QCOMPARE(event.recordId, made->id);
        QCOMPARE(event.detail, QStringLiteral("name=North"));
        QCOMPARE(outboxRows(QStringLiteral("team"), made->id), 1);

        auto renamed = teams().rename(admin, made->id, QStringLiteral("North and East"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error().describe()));
        QCOMPARE(store::TeamRepository(f->db()).get(made->id)->name,
                 QStringLiteral("North and East"));
        QCOMPARE(lastEvent().action, QStringLiteral("team.rename"));
        QCOMPARE(lastEvent().detail, QStringLiteral("from=North to=North and East"));
        // A new user may join it.
        QCOMPARE(services::DirectoryService(f->db()).teams().size(), 1);
        // Found by its name in any case, or by its id.
        QCOMPARE(teams().find(admin, QStringLiteral("north AND east"))->id, made->id);
        QCOMPARE(teams().find(sup, made->id)->name, QStringLiteral("North and East"));
    }

    void aDuplicateNameIsRefusedWhateverItsCase()
    {
        const auto north = teams().add(admin, QStringLiteral("North"));
        const auto south = teams().add(admin, QStringLiteral("South"));
        QVERIFY(north.ok() && south.ok());
        const auto events = lastEvent().seq;
        auto again = teams().add(admin, QStringLiteral(" NORTH "));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("name"));
        QCOMPARE(again.error().message, QStringLiteral("the team 'North' already has this name"));
        auto clash = teams().rename(admin, south->id, QStringLiteral("north"));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().describe(),
                 QStringLiteral("field name: the team 'North' already has this name"));
        QCOMPARE(f->count("team"), 2);
        QCOMPARE(store::TeamRepository(f->db()).get(south->id)->name, QStringLiteral("South"));
        QCOMPARE(lastEvent().seq, events);
        // Its own name in another case is no clash.
        QVERIFY(teams().rename(admin, south->id, QStringLiteral("SOUTH")).ok());
    }

    void aNameIsOneToTwoHundredCharacters()
    {
        auto blank = teams().add(admin, QStringLiteral("   "));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().describe(), QStringLiteral("field name: a team needs a name"));
        auto longName = teams().add(admin, QString(201, QLatin1Char('x')));
        QVERIFY(!longName.ok());
        QCOMPARE(longName.error().describe(),
                 QStringLiteral("field name: is longer than 200 characters"));
        QVERIFY(teams().add(admin, QString(200, QLatin1Char('x'))).ok());
        QCOMPARE(f->count("team"), 1);
    }

    // "North still has 2 open referrals, ...: move them first", and nothing changes.
    void aTeamWithOpenWorkIsNotRetired()
    {
        const auto north = teams().add(admin, QStringLiteral("North")).value();
        const auto worker =
            f->addUser(QStringLiteral("cw.north"), QStringLiteral("caseworker"), north.id);
        const auto p = f->addPerson(QStringLiteral("Ada"), QStringLiteral("Synthetic"));
        for (int i = 0; i < 2; ++i) {
            auto r = f->referral(p, utc("2026-11-02T09:00:00Z"));
            r.assignedTo = worker.userId;
            f->addReferral(r);
        }
        // Closed work does not count.
        auto done = f->referral(p, utc("2026-11-01T09:00:00Z"), QStringLiteral("declined"));
        done.assignedTo = worker.userId;
        f->addReferral(done);
        f->addEpisode(p, worker.userId);
        domain::Task t;
        t.id = util::newId();
        t.personId = p;
        t.title = QStringLiteral("Call back");
        t.dueOn = date("2026-11-30");
        t.ownerId = worker.userId;
        QVERIFY(store::TaskRepository(f->db()).insert(t).ok());
        const auto before = f->rawRow("team", north.id);
        const auto events = lastEvent().seq;

        auto refused = teams().retire(admin, north.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(refused.error().message,
                 QStringLiteral("North still has 2 open referrals, 1 open support episode, 1 "
                                "open task and 1 active user: move them first"));
        QCOMPARE(f->rawRow("team", north.id), before);
        QCOMPARE(lastEvent().seq, events);

        // The list says the same.
        const auto listed = teams().list(admin).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).work.referrals, 2);
        QCOMPARE(listed.at(0).work.episodes, 1);
        QCOMPARE(listed.at(0).work.tasks, 1);
        QCOMPARE(listed.at(0).work.activeUsers, 1);

        // Users alone are enough to keep it.
        const auto east = teams().add(admin, QStringLiteral("East")).value();
        f->addUser(QStringLiteral("sup.east"), QStringLiteral("supervisor"), east.id);
        f->addUser(QStringLiteral("cw.east"), QStringLiteral("caseworker"), east.id);
        QCOMPARE(teams().retire(admin, east.id).error().message,
                 QStringLiteral("East still has 2 active users: move them first"));
    }

    // Retired, a team keeps its rows and name but is offered for no new user.
    void aTeamWithNoOpenWorkIsRetired()
    {
        markSynced();
        const auto west = teams().add(admin, QStringLiteral("West")).value();
        const auto active = teams().add(admin, QStringLiteral("Central")).value();
        // A member who left, with nothing open.
        auto left = f->addUser(QStringLiteral("cw.left"), QStringLiteral("caseworker"), west.id);
        QVERIFY(f->db()
                    .exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE id = '%1'")
                              .arg(left.userId))
                    .ok());
        QVERIFY(f->db().exec(QStringLiteral("DELETE FROM sync_outbox")).ok());
        auto retired = teams().retire(admin, west.id);
        QVERIFY2(retired.ok(), qPrintable(retired.error().describe()));
        QCOMPARE(retired->retiredAt, utc("2026-11-24T10:00:00Z"));
        QCOMPARE(store::TeamRepository(f->db()).get(west.id)->retiredAt, retired->retiredAt);
        QCOMPARE(lastEvent().action, QStringLiteral("team.retire"));
        QCOMPARE(outboxRows(QStringLiteral("team"), west.id), 1);

        // Listed last and marked; offered nowhere; no new member.
        const auto listed = teams().list(sup).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).team.id, active.id);
        QCOMPARE(listed.at(1).team.id, west.id);
        QVERIFY(listed.at(1).team.retired());
        const auto offered = services::DirectoryService(f->db()).teams();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.at(0).id, active.id);
        services::AuthService auth(f->ctx);
        auto joined = auth.addUser(admin, QStringLiteral("cw.new"), QStringLiteral("New"),
                                   QStringLiteral("caseworker"), west.id,
                                   QStringLiteral("a temporary passphrase 4 you"));
        QVERIFY(!joined.ok());
        QCOMPARE(joined.error().describe(),
                 QStringLiteral("field team_id: West is a retired team"));
        // Its name stays taken, and it is not retired twice.
        QCOMPARE(teams().add(admin, QStringLiteral("west")).error().message,
                 QStringLiteral("the retired team 'West' already has this name"));
        QCOMPARE(teams().retire(admin, west.id).error().message,
                 QStringLiteral("West is already retired"));
    }

    void unknownTeamsAreNamed()
    {
        QCOMPARE(teams().retire(admin, QStringLiteral("nope")).error().describe(),
                 QStringLiteral("field team: there is no team 'nope'"));
        QCOMPARE(teams().find(admin, QStringLiteral("Nowhere")).error().kind,
                 Error::Kind::NotFound);
    }

    // Refused in core, whatever the screen shows.
    void onlyAnAdministratorChangesTeams()
    {
        const auto north = teams().add(admin, QStringLiteral("North")).value();
        const auto before = f->rawRow("team", north.id);
        for (const auto &who : {sup, cw}) {
            auto add = teams().add(who, QStringLiteral("Rogue"));
            QCOMPARE(add.error().kind, Error::Kind::Permission);
            QCOMPARE(add.error().message,
                     QStringLiteral("only an administrator can add, rename or retire teams"));
            QCOMPARE(teams().rename(who, north.id, QStringLiteral("Rogue")).error().kind,
                     Error::Kind::Permission);
            QCOMPARE(teams().retire(who, north.id).error().kind, Error::Kind::Permission);
        }
        QCOMPARE(f->count("team"), 1);
        QCOMPARE(f->rawRow("team", north.id), before);
        // A supervisor may look; a caseworker may not.
        QVERIFY(teams().list(sup).ok());
        QCOMPARE(teams().list(cw).error().kind, Error::Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestTeams)
#include "tst_teams.moc"
