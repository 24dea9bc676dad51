// The hub's scope and its own security (docs/SYNC.md "Scope", "Hub schema 2"): supervisors
// bound to their team, an erasure beyond the eraser's scope, a user changing team, hub_meta
// closed to desk logins, and the migration of a schema-1 hub. Against the SQLite-file hub
// and a real PostgreSQL started by the test (tests/support/PgServer).
#include "sync/LocalSync.h"
#include "tst_sync_fixture.h"

#include <QSqlError>

#define SYNCED(desk)                                                                               \
    do {                                                                                           \
        const auto out_ = (desk).sync();                                                           \
        QVERIFY2(out_.ok(), out_.ok() ? "" : qPrintable(out_.error().describe()));                 \
    } while (0)

using namespace hub;
using namespace hub::test;

namespace {

// One person of each kind of scope, entered at a desk that sees them all.
struct People
{
    QString teamOne;
    QString teamTwo;
    QString unassigned;
    QString restrictedOne;
    QString restrictedTwo;
};

People enter(Desk &d, const SyncWorld &w)
{
    People p;
    p.teamOne = addPerson(d, QStringLiteral("Olwen"), QStringLiteral("Synthetic"));
    addReferral(d, p.teamOne, w.cw1.userId);
    p.teamTwo = addPerson(d, QStringLiteral("Twyla"), QStringLiteral("Synthetic"));
    addReferral(d, p.teamTwo, w.cw2.userId);
    p.unassigned = addPerson(d, QStringLiteral("Uma"), QStringLiteral("Synthetic"));
    addReferral(d, p.unassigned, QString());
    p.restrictedOne = addPerson(d, QStringLiteral("Rhona"), QStringLiteral("Synthetic"));
    addReferral(d, p.restrictedOne, w.cw1.userId);
    p.restrictedTwo = addPerson(d, QStringLiteral("Tamsin"), QStringLiteral("Synthetic"));
    addReferral(d, p.restrictedTwo, w.cw2.userId);
    for (const auto &id : {p.restrictedOne, p.restrictedTwo})
        d.exec(QStringLiteral("UPDATE person SET restricted = 1 WHERE id = ?"), {id});
    return p;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList peopleAt(Desk &d)
{
    QSqlQuery q(d.db->connection());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT id FROM person ORDER BY id"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

// A statement run on the hub with a desk's own login, as anyone holding its password could.
struct LoginResult
{
    bool ok = false;
    QVariant value;
    QString error;
};

LoginResult asLogin(Desk &d, const QString &sql)
{
    auto hub = sync::Hub::open(d.url, d.password);
    if (!hub.ok())
        return {false, {}, hub.error().describe()};
    QSqlQuery q(hub.value()->connection());
    LoginResult out;
    out.ok = q.exec(sql);
    out.error = q.lastError().databaseText();
    if (out.ok && q.next())
        out.value = q.value(0);
    return out;
}

// A batch with one erasure, pushed with the desk's hub login as `who`.
Result<sync::PushResult> pushErasure(Desk &d, const domain::Actor &who, const QString &personId)
{
    auto hub = sync::Hub::open(d.url, d.password);
    if (!hub.ok())
        return hub.error();
    sync::PushChange erase;
    erase.kind = QStringLiteral("erasure");
    erase.id = personId;
    erase.op = QStringLiteral("erase");
    return hub.value()->push({util::newId(), util::newId(), who.userId, sync::kProtocol, {erase}},
                             {who.userId, who.role, who.teamId});
}

QString metaValue(SyncWorld &w, const char *key)
{
    return w
        .hubScalar(
            QStringLiteral("SELECT value FROM hub_meta WHERE key = '%1'").arg(QLatin1String(key)))
        .toString();
}

} // namespace

// Run against the SQLite-file hub and against PostgreSQL.
class TestSyncScope : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncScope(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private slots:
    void supervisorsAreBoundToTheirTeam()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto head = w.desk(QStringLiteral("head"), all);
        auto one = w.desk(QStringLiteral("one"), w.sup1);
        const auto p = enter(*head, w);
        SYNCED(*head);
        SYNCED(*one);
        // Team one's supervisor: their team's people (restricted too) and unassigned ones.
        const auto mine = sorted({p.teamOne, p.unassigned, p.restrictedOne});
        QCOMPARE(peopleAt(*one), mine);
        QCOMPARE(one->scalar(QStringLiteral("SELECT count(*) FROM referral WHERE person_id IN "
                                            "(?, ?)"),
                             {p.teamTwo, p.restrictedTwo})
                     .toInt(),
                 0);
        QCOMPARE(one->dump(), w.hubDump(w.sup1));
        // A supervisor with no team supervises the whole hub.
        QCOMPARE(peopleAt(*head).size(), 5);
        QCOMPARE(head->dump(), w.hubDump(all));
        if (!m_pg)
            return;
        // Supervisor one's own login, with a hand-written SELECT: none of team two's rows.
        auto hub = sync::Hub::open(one->url, one->password);
        QVERIFY(hub.ok());
        QSqlQuery q(hub.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT person_id FROM hub_record WHERE "
                                      "person_id IS NOT NULL ORDER BY person_id")));
        QStringList seen;
        while (q.next())
            seen << q.value(0).toString();
        QCOMPARE(seen, mine);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE '%Twyla%' "
                                      "OR data LIKE '%Tamsin%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        const auto everyone = asLogin(*head, QStringLiteral("SELECT count(DISTINCT person_id) "
                                                            "FROM hub_record"));
        QVERIFY2(everyone.ok, qPrintable(everyone.error));
        QCOMPARE(everyone.value.toInt(), 5);
    }

    void restrictedPeopleOnlyForHolders()
    {
        SyncWorld w(m_pg);
        auto sup = w.desk(QStringLiteral("sup"), w.sup1);
        const auto p = addPerson(*sup, QStringLiteral("Kay"), QStringLiteral("Synthetic"));
        sup->exec(QStringLiteral("UPDATE person SET restricted = 1 WHERE id = ?"), {p});
        addReferral(*sup, p, w.cw1.userId);
        SYNCED(*sup);
        domain::Actor other = w.cw1;
        other.userId = util::newId(); // a colleague in the same team who does not hold it
        QVERIFY(!w.hubDump(other).contains(QStringLiteral("person/") + p));
        QVERIFY(w.hubDump(w.cw1).contains(QStringLiteral("person/") + p));
        // Supervisors: their own team's restricted people, not another team's.
        QVERIFY(w.hubDump(w.sup1).contains(QStringLiteral("person/") + p));
        QVERIFY(!w.hubDump(w.sup2).contains(QStringLiteral("person/") + p));
    }

    void schemaOneHubIsMigratedByInit()
    {
        SyncWorld w(m_pg, 1);
        QCOMPARE(metaValue(w, "schema_version"), QStringLiteral("1"));
        const auto epoch = metaValue(w, "epoch");
        auto one = w.desk(QStringLiteral("one"), w.sup1);
        addPerson(*one, QStringLiteral("Ula"), QStringLiteral("Synthetic"));
        const int pending = one->outbox();
        // This program does not write to a schema-1 hub: it says what to do, keeps its edits.
        auto refused = one->sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Version);
        QVERIFY2(refused.error().message.contains(QLatin1String("hub init")),
                 qPrintable(refused.error().message));
        QCOMPARE(one->outbox(), pending);
        const auto other = util::newId();
        const QString seeOther =
            QStringLiteral("SELECT count(*) FROM hub_record WHERE id = '%1'").arg(other);
        const QString writeMeta =
            QStringLiteral("UPDATE hub_meta SET value = value WHERE key = 'min_client_version'");
        if (m_pg) {
            // Schema 1 shows team two's rows to every supervisor and lets desks write hub_meta.
            w.hubExec(QStringLiteral("INSERT INTO hub_record (kind, id, data, person_id, teams, "
                                     "holders, ver, hlc) VALUES ('person', '%1', '{}', '%1', "
                                     "',%2,', ',', pg_current_xact_id(), '000000000000001')")
                          .arg(other, w.team2));
            QCOMPARE(asLogin(*one, seeOther).value.toInt(), 1);
            QVERIFY(asLogin(*one, writeMeta).ok);
        }
        // hubctl hub init migrates it, in one transaction; a second run changes nothing.
        for (int run = 0; run < 2; ++run) {
            const auto s = sync::SyncService::initHub(w.url, w.password);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
            QCOMPARE(metaValue(w, "schema_version"), QString::number(sync::kHubSchema));
            QCOMPARE(metaValue(w, "epoch"), epoch); // the same hub: desks re-send nothing
        }
        w.syncOffice(); // users and teams reach a hub from the office's administrator
        if (m_pg) {
            QCOMPARE(asLogin(*one, seeOther).value.toInt(), 0);
            QVERIFY(!asLogin(*one, writeMeta).ok);
            // The hand-made row is no desk's record: team two's desk would pull it.
            w.hubExec(QStringLiteral("DELETE FROM hub_record WHERE id = '%1'").arg(other));
        }
        SYNCED(*one);
        QCOMPARE(one->outbox(), 0);
        QCOMPARE(one->dump(), w.hubDump(w.sup1));
        auto two = w.desk(QStringLiteral("two"), w.sup2);
        SYNCED(*two);
        QCOMPARE(two->dump(), w.hubDump(w.sup2));
        // A program one schema behind (as one knowing only schema 1 is against this hub) is
        // told to update before it writes anything; min_client_version is not needed for it.
        w.hubExec(QStringLiteral("UPDATE hub_meta SET value = '%1' WHERE key = 'schema_version'")
                      .arg(sync::kHubSchema + 1));
        addPerson(*one, QStringLiteral("Ulla"), QStringLiteral("Synthetic"));
        const auto txn = metaValue(w, "txn");
        auto old = one->sync();
        QVERIFY(!old.ok());
        QVERIFY2(old.error().message.contains(QLatin1String("update this program")),
                 qPrintable(old.error().message));
        QVERIFY(one->outbox() > 0);
        QCOMPARE(metaValue(w, "txn"), txn);
        QCOMPARE(metaValue(w, "min_client_version"), QString::number(sync::kProtocol));
    }

    void erasureReachesRowsOutsideTheErasersScope()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto head = w.desk(QStringLiteral("head"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        auto one = w.desk(QStringLiteral("one"), w.sup1);
        const auto p = addPerson(*head, QStringLiteral("Wren"), QStringLiteral("Synthetic"));
        addReferral(*head, p, w.cw2.userId);
        head->exec(QStringLiteral("UPDATE person SET phone = '07700 900888' WHERE id = ?"), {p});
        for (auto *d : {head.get(), two.get(), one.get()})
            SYNCED(*d);
        QVERIFY(!peopleAt(*one).contains(p)); // team two's person: not supervisor one's scope
        QVERIFY(peopleAt(*two).contains(p));
        const QString personal = QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                                "'%Wren%' OR data LIKE '%900888%'");

        // A caseworker's desk may not erase on the hub: refused, nothing changed.
        auto byCaseworker = pushErasure(*two, w.cw2, p);
        QVERIFY(!byCaseworker.ok());
        QCOMPARE(byCaseworker.error().kind, Error::Kind::Permission);
        QVERIFY2(byCaseworker.error().message.contains(QLatin1String("supervisor")),
                 qPrintable(byCaseworker.error().message));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_erasure")).toInt(), 0);
        QVERIFY(w.hubScalar(personal).toInt() > 0);

        // Supervisor one's desk erases them although its scope does not hold them.
        auto bySupervisor = pushErasure(*one, w.sup1, p);
        QVERIFY2(bySupervisor.ok(),
                 bySupervisor.ok() ? "" : qPrintable(bySupervisor.error().describe()));
        QCOMPARE(bySupervisor->accepted, 1);
        QCOMPARE(w.hubScalar(personal).toInt(), 0); // no personal value on the hub for anyone
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_erasure WHERE person_id = "
                                            "'%1'")
                                 .arg(p))
                     .toInt(),
                 1);
        // Every desk that held them purges them at its next pull.
        for (auto *d : {two.get(), head.get()}) {
            const auto out = d->sync();
            QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().describe()));
            QCOMPARE(out->erased, 1);
            QCOMPARE(d->scalar(QStringLiteral("SELECT given_name FROM person WHERE id = ?"), {p})
                         .toString(),
                     QString());
            QVERIFY(
                d->scalar(QStringLiteral("SELECT phone FROM person WHERE id = ?"), {p}).isNull());
        }
        QCOMPARE(two->dump(), w.hubDump(w.cw2));
        if (!m_pg)
            return;
        // A caseworker's own login calling the hub's erasure, or writing the erasure log,
        // is refused by the server.
        const auto q = addPerson(*head, QStringLiteral("Quill"), QStringLiteral("Synthetic"));
        addReferral(*head, q, w.cw2.userId);
        SYNCED(*head);
        const auto call = asLogin(*two, QStringLiteral("SELECT hub_erase('%1')").arg(q));
        QVERIFY(!call.ok);
        QVERIFY2(call.error.contains(QLatin1String("may not erase")), qPrintable(call.error));
        const auto log = asLogin(*two, QStringLiteral("INSERT INTO hub_erasure (person_id, "
                                                      "erased_at, ver) VALUES ('%1', 'x', "
                                                      "pg_current_xact_id())")
                                           .arg(q));
        QVERIFY(!log.ok);
        QVERIFY2(log.error.contains(QLatin1String("permission denied")), qPrintable(log.error));
        QVERIFY(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                           "'%Quill%'"))
                    .toInt() > 0);
    }

    void userChangingTeamTakesTheirPeople()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        const auto cw3 =
            w.addActor(QStringLiteral("cw.three"), QStringLiteral("caseworker"), w.team1);
        auto head = w.desk(QStringLiteral("head"), all);
        auto three = w.desk(QStringLiteral("three"), cw3);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        const auto p = addPerson(*head, QStringLiteral("Yara"), QStringLiteral("Synthetic"));
        addReferral(*head, p, w.cw1.userId);
        QStringList stay; // team one's own work, so one person leaving is no mass deletion
        for (int i = 0; i < 5; ++i) {
            stay << addPerson(*head, QStringLiteral("Stay%1").arg(i), QStringLiteral("Synthetic"));
            addReferral(*head, stay.last(), cw3.userId);
        }
        for (auto *d : {head.get(), three.get(), two.get()})
            SYNCED(*d);
        QVERIFY(peopleAt(*three).contains(p));
        QVERIFY(!peopleAt(*two).contains(p));

        // An administrator moves caseworker one to team two at the office (whose sync
        // reaches the hub through an administrator's login: no other desk's login may
        // change a user there), and the hub moves the people caseworker one holds.
        {
            auto office = store::Database::open(w.officePath());
            QVERIFY(office.ok());
            QSqlQuery q(office.value()->connection());
            q.prepare(QStringLiteral("UPDATE app_user SET team_id = ? WHERE id = ?"));
            q.addBindValue(w.team2);
            q.addBindValue(w.cw1.userId);
            QVERIFY(q.exec());
        }
        w.syncOffice();
        SYNCED(*head);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT teams FROM hub_record WHERE kind = 'person' "
                                            "AND id = '%1'")
                                 .arg(p))
                     .toString(),
                 QStringLiteral(",%1,").arg(w.team2));
        const auto lost = three->sync();
        QVERIFY2(lost.ok(), lost.ok() ? "" : qPrintable(lost.error().describe()));
        QVERIFY(lost->revoked > 0);
        QCOMPARE(peopleAt(*three), sorted(stay));
        SYNCED(*two);
        QVERIFY(peopleAt(*two).contains(p));
        QCOMPARE(two->scalar(QStringLiteral("SELECT given_name FROM person WHERE id = ?"), {p})
                     .toString(),
                 QStringLiteral("Yara"));
        QCOMPARE(three->dump(), w.hubDump(cw3));
        QCOMPARE(two->dump(), w.hubDump(w.cw2));
    }

    // A person caseworker two holds, on both desks, handed to caseworker one at the head
    // office (synced there): caseworker two's next pull takes them off that desk.
    static QString handedOver(SyncWorld &w, Desk &head, Desk &two, const QString &given,
                              const QString &phone)
    {
        const auto p = addPerson(head, given, QStringLiteral("Synthetic"));
        if (!phone.isEmpty())
            head.exec(QStringLiteral("UPDATE person SET phone = ? WHERE id = ?"), {phone, p});
        const auto r = addReferral(head, p, w.cw2.userId);
        for (auto *d : {&head, &two}) {
            if (!d->sync().ok())
                qFatal("a sync failed while handing a person over");
        }
        if (!peopleAt(two).contains(p))
            qFatal("caseworker two's desk did not get the person");
        head.exec(QStringLiteral("UPDATE referral SET assigned_to = ? WHERE id = ?"),
                  {w.cw1.userId, r});
        if (!head.sync().ok())
            qFatal("the head office's sync failed");
        return p;
    }

    // An edit made after a sync's push to someone its pull takes off the desk: the pull
    // applies nothing, the edit is pushed, and only then does the person go.
    void editMadeDuringAPullIsSentBeforeThePersonLeaves()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto head = w.desk(QStringLiteral("head"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        const auto p = handedOver(w, *head, *two, QStringLiteral("Wren"), {});

        // Caseworker two's edit lands after their desk's push, before its pull.
        const auto phone = QStringLiteral("07700 900555");
        two->exec(QStringLiteral("UPDATE person SET phone = ? WHERE id = ?"), {phone, p});
        sync::LocalSync local(*two->db, two->clock);
        auto hub = sync::Hub::open(two->url, two->password);
        QVERIFY(hub.ok());
        const auto state = local.state();
        QVERIFY(state.ok());
        auto start = hub.value()->beginPull(state->cursor, {w.cw2.userId, w.cw2.role, w.team2});
        QVERIFY(start.ok());
        QCOMPARE(start->revoked, QStringList{p});
        auto applied = local.applyPull(*hub.value(), *start, 100, {});
        hub.value()->endPull();
        QVERIFY(applied.ok());
        QVERIFY(applied->unsentEdits);
        QVERIFY(peopleAt(*two).contains(p)); // nothing applied
        QVERIFY(two->outbox() > 0);
        QCOMPARE(two->scalar(QStringLiteral("SELECT pull_cursor FROM sync_state")).toString(),
                 state->cursor);

        // The sync pushes the edit first; the person leaves the desk after. Caseworker two
        // no longer holds them, so the hub does not apply the edit but keeps it, as a
        // conflict for a supervisor who can see the person.
        const auto out = two->sync();
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().describe()));
        QCOMPARE(out->pushed, 0);
        QCOMPARE(out->conflicts, 1);
        QCOMPARE(out->revoked, 1);
        QVERIFY(!peopleAt(*two).contains(p));
        QCOMPARE(two->outbox(), 0);
        QCOMPARE(w.hubDump(all).value(QStringLiteral("person/") + p).value(QStringLiteral("phone")),
                 QJsonValue(QJsonValue::Null));
        SYNCED(*head);
        auto open = head->service().conflicts();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        const auto conflict = open->first();
        QCOMPARE(conflict.reason, QStringLiteral("out_of_scope"));
        QCOMPARE(conflict.personId, p);
        QCOMPARE(conflict.field, QStringLiteral("phone"));
        QCOMPARE(conflict.client.toString(), phone);
        QVERIFY(head->service().resolve(conflict.id, sync::Keep::Client).ok());
        SYNCED(*head);
        QCOMPARE(w.hubDump(all)
                     .value(QStringLiteral("person/") + p)
                     .value(QStringLiteral("phone"))
                     .toString(),
                 phone);
    }

    // Keeping the hub's side of an out-of-scope edit leaves the person as they were.
    void outOfScopeEditKeptOnTheHubSideChangesNothing()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto head = w.desk(QStringLiteral("head"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        const auto p =
            handedOver(w, *head, *two, QStringLiteral("Xena"), QStringLiteral("07700 900111"));
        // Offline, caseworker two changes the phone; their next sync finds the person gone.
        two->exec(QStringLiteral("UPDATE person SET phone = '07700 900222' WHERE id = ?"), {p});
        const auto out = two->sync();
        QVERIFY(out.ok());
        QCOMPARE(out->conflicts, 1);
        SYNCED(*head);
        auto open = head->service().conflicts();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().client.toString(), QStringLiteral("07700 900222"));
        QVERIFY(head->service().resolve(open->first().id, sync::Keep::Hub).ok());
        SYNCED(*head);
        QCOMPARE(head->scalar(QStringLiteral("SELECT phone FROM person WHERE id = ?"), {p}),
                 QVariant(QStringLiteral("07700 900111")));
        QCOMPARE(w.hubDump(all)
                     .value(QStringLiteral("person/") + p)
                     .value(QStringLiteral("phone"))
                     .toString(),
                 QStringLiteral("07700 900111"));
        QVERIFY(head->service().conflicts()->isEmpty());
    }
};

// What only PostgreSQL shows: desk logins cannot change hub_meta.
class TestSyncScopePostgres : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncScopePostgres(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private slots:
    void deskLoginsCannotChangeHubMeta()
    {
        SyncWorld w(m_pg);
        auto one = w.desk(QStringLiteral("one"), w.cw1);
        SYNCED(*one);
        const auto txn = metaValue(w, "txn").toLongLong();
        for (const char *sql : {"UPDATE hub_meta SET value = '0' WHERE key = 'min_client_version'",
                                "UPDATE hub_meta SET value = '9' WHERE key = 'schema_version'",
                                "INSERT INTO hub_meta (key, value) VALUES ('epoch2', 'x')",
                                "DELETE FROM hub_meta WHERE key = 'epoch'"}) {
            const auto r = asLogin(*one, QString::fromLatin1(sql));
            QVERIFY2(!r.ok, sql);
            QVERIFY2(r.error.contains(QLatin1String("permission denied")), qPrintable(r.error));
        }
        // Nor can it move the hub's clock far ahead through the hub's own function.
        const auto hlc = metaValue(w, "hlc");
        QVERIFY(asLogin(*one, QStringLiteral("SELECT hub_set_hlc('999999999999999')")).ok);
        QCOMPARE(metaValue(w, "hlc"), hlc);
        QCOMPARE(metaValue(w, "min_client_version"), QString::number(sync::kProtocol));
        // A normal sync still writes what it must (write counter, clock) through the hub.
        addPerson(*one, QStringLiteral("Vic"), QStringLiteral("Synthetic"));
        SYNCED(*one);
        QCOMPARE(one->outbox(), 0);
        QVERIFY(metaValue(w, "txn").toLongLong() > txn);
        QVERIFY(metaValue(w, "hlc") > hlc);
        QCOMPARE(one->dump(), w.hubDump(w.cw1));
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSyncScope>(argc, argv, [&](PgServer *pg) {
        if (!pg)
            return 0;
        TestSyncScopePostgres pgOnly(pg);
        return QTest::qExec(&pgOnly, argc, argv);
    });
}

#include "tst_sync_scope.moc"
