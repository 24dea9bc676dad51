// Sync scenarios against the SQLite-file hub (SYNC.md "What the tests must prove"); the
// same scenarios against PostgreSQL are in tst_sync_pg.cpp.
#include "tst_sync_fixture.h"

#include "store/ErasureRepository.h"
#include "store/Transaction.h"
#include "sync/LocalSync.h"
#include "sync/Merge.h"

#include <QJsonArray>

using namespace hub;
using namespace hub::test;

namespace {

void synced(Desk &d)
{
    auto out = d.sync();
    if (!out.ok())
        QFAIL(qPrintable(out.error().describe()));
}

// A person entered at `a` whom both teams' supervisors hold (an unassigned referral),
// synced to `a` and `b`.
QString sharedPerson(Desk &a, Desk &b, const QString &given)
{
    const auto p = addPerson(a, given, QStringLiteral("Synthetic"));
    addReferral(a, p, QString());
    synced(a);
    synced(b);
    return p;
}

// Every file SQLite keeps a desk's data in: the database, its write-ahead log and index.
QByteArray deskBytes(Desk &d)
{
    QByteArray all;
    for (const auto *suffix : {"", "-wal", "-shm"}) {
        QFile file(d.db->path() + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// `desk` erases `personId` as an administrator at that desk would (the store's erasure).
void eraseAt(Desk &desk, const QString &personId, const domain::Actor &by)
{
    store::Transaction tx(*desk.db);
    QVERIFY(store::ErasureRepository(*desk.db)
                .erasePerson({personId, QDate(2026, 3, 1), QStringLiteral("request"), by.userId,
                              desk.clock.now()})
                .ok());
    QVERIFY(tx.commit().ok());
}

} // namespace

// The scenarios, run against the SQLite-file hub and against PostgreSQL.
class TestSync : public QObject
{
    Q_OBJECT

public:
    explicit TestSync(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private slots:
    void firstSyncCarriesEverything()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        const auto p = addPerson(*a, QStringLiteral("Ada"), QStringLiteral("Synthetic"));
        synced(*a);
        QCOMPARE(a->outbox(), 0);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        synced(*b);
        QCOMPARE(b->row(QStringLiteral("person"), p), a->row(QStringLiteral("person"), p));
        QCOMPARE(a->dump(), w.hubDump(w.sup1));
        QCOMPARE(b->dump(), w.hubDump(w.sup2));
    }

    void differentFieldsBothSurvive()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Bea"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900001' WHERE id = ?"), {p});
        b->exec(QStringLiteral("UPDATE person SET email = 'bea@example.invalid' WHERE id = ?"),
                {p});
        synced(*a);
        synced(*b);
        synced(*a);
        for (auto *d : {a.get(), b.get()}) {
            const auto row = d->row(QStringLiteral("person"), p);
            QCOMPARE(row.value(QLatin1String("phone")).toString(), QStringLiteral("07700 900001"));
            QCOMPARE(row.value(QLatin1String("email")).toString(),
                     QStringLiteral("bea@example.invalid"));
            QCOMPARE(d->service().status().openConflicts, 0);
        }
        QCOMPARE(a->dump(), b->dump());
    }

    void sameFieldOneConflictNothingLost()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Cal"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900111' WHERE id = ?"), {p});
        b->exec(QStringLiteral("UPDATE person SET phone = '07700 900222' WHERE id = ?"), {p});
        synced(*a);
        auto out = b->sync();
        QVERIFY(out.ok());
        QCOMPARE(out->conflicts, 1);
        synced(*a);
        for (auto *d : {a.get(), b.get()}) {
            // The later arrival at the hub wins; the other value is kept in the conflict.
            QCOMPARE(d->row(QStringLiteral("person"), p).value(QLatin1String("phone")).toString(),
                     QStringLiteral("07700 900222"));
            auto list = d->service().conflicts();
            QVERIFY(list.ok());
            QCOMPARE(list->size(), 1);
            const auto &c = list->first();
            QCOMPARE(c.reason, QStringLiteral("same_field"));
            QCOMPARE(c.field, QStringLiteral("phone"));
            QCOMPARE(c.recordId, p);
            QCOMPARE(c.personId, p);
            QCOMPARE(c.hub.toString(), QStringLiteral("07700 900111"));
            QCOMPARE(c.client.toString(), QStringLiteral("07700 900222"));
            QCOMPARE(c.base, QJsonValue(QJsonValue::Null));
        }

        // A supervisor keeps the hub's value: a normal edit that the next sync carries.
        const auto id = a->service().conflicts()->first().id;
        QVERIFY(a->service().resolve(id, sync::Keep::Hub).ok());
        QCOMPARE(a->row(QStringLiteral("person"), p).value(QLatin1String("phone")).toString(),
                 QStringLiteral("07700 900111"));
        synced(*a);
        synced(*b);
        QCOMPARE(b->row(QStringLiteral("person"), p).value(QLatin1String("phone")).toString(),
                 QStringLiteral("07700 900111"));
        QCOMPARE(b->service().status().openConflicts, 0);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT resolution FROM hub_conflict")).toString(),
                 QStringLiteral("hub"));
        QCOMPARE(a->dump(), b->dump());
    }

    void safetyFieldsTakeTheMoreRestrictive()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Dee"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        a->exec(
            QStringLiteral("UPDATE person SET contact_notes = 'no calls after 6pm' WHERE id = ?"),
            {p});
        b->exec(
            QStringLiteral("UPDATE person SET contact_notes = 'partner reads texts' WHERE id = ?"),
            {p});
        synced(*a);
        synced(*b);
        synced(*a);
        for (auto *d : {a.get(), b.get()}) {
            const auto notes = d->row(QStringLiteral("person"), p)
                                   .value(QLatin1String("contact_notes"))
                                   .toString();
            QVERIFY(notes.contains(QLatin1String("no calls after 6pm")));
            QVERIFY(notes.contains(QLatin1String("partner reads texts")));
            auto list = d->service().conflicts();
            QCOMPARE(list->size(), 1);
            QCOMPARE(list->first().reason, QStringLiteral("safety_field")); // for review
        }
        // The flags: "not safe" (then "not yet asked") and "restricted" win whatever the
        // clocks say; an earlier version's 1/0 reads as "not asked"/"not safe".
        QCOMPARE(sync::moreRestrictive(QStringLiteral("safe_text"), QStringLiteral("safe"),
                                       QStringLiteral("not_safe")),
                 QJsonValue(QStringLiteral("not_safe")));
        QCOMPARE(sync::moreRestrictive(QStringLiteral("safe_voicemail"),
                                       QStringLiteral("not_asked"), QStringLiteral("safe")),
                 QJsonValue(QStringLiteral("not_asked")));
        QCOMPARE(sync::moreRestrictive(QStringLiteral("safe_letters"), QStringLiteral("not_asked"),
                                       QStringLiteral("not_safe")),
                 QJsonValue(QStringLiteral("not_safe")));
        QCOMPARE(sync::moreRestrictive(QStringLiteral("safe_voicemail"), 0, 1),
                 QJsonValue(QStringLiteral("not_safe")));
        QCOMPARE(sync::moreRestrictive(QStringLiteral("restricted"), 0, 1), QJsonValue(1));
        const auto m =
            sync::mergeRow(QStringLiteral("person"), {}, false, {{QStringLiteral("restricted"), 0}},
                           {{QStringLiteral("restricted"), 1}});
        QCOMPARE(m.merged.value(QLatin1String("restricted")), QJsonValue(1));
        QCOMPARE(m.conflicts.size(), 1);
    }

    void contactsAreAppendOnly()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Eve"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        const QString insert =
            QStringLiteral("INSERT INTO contact (id, person_id, at, direction, channel, outcome, "
                           "duration_minutes, summary, recorded_by, recorded_at) VALUES (?, ?, "
                           "'2026-03-01T10:00:00Z', 'outbound', 'phone', 'spoke', 5, ?, ?, "
                           "'2026-03-01T10:05:00Z')");
        const auto c1 = util::newId();
        const auto c2 = util::newId();
        a->exec(insert, {c1, p, QStringLiteral("called, synthetic summary A"), w.sup1.userId});
        b->exec(insert, {c2, p, QStringLiteral("called, synthetic summary B"), w.sup2.userId});
        synced(*a);
        synced(*b);
        synced(*a);
        QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM contact")).toInt(), 2);
        QCOMPARE(a->dump(), b->dump());
        QCOMPARE(a->service().status().openConflicts, 0);
    }

    void replayedBatchChangesNothing()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        synced(*a);
        const auto p = addPerson(*a, QStringLiteral("Fay"), QStringLiteral("Synthetic"));
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900333' WHERE id = ?"), {p});
        sync::LocalSync local(*a->db, a->clock);
        auto batch = local.reserve();
        QVERIFY(batch.ok() && !batch->isEmpty());
        auto changes = local.changes(*batch);
        QVERIFY(changes.ok());
        QCOMPARE(changes->size(), 1); // coalesced per row
        const auto clientId = local.state()->clientId;
        auto hub = w.hub();
        const sync::HubUser user{w.sup1.userId, w.sup1.role, w.sup1.teamId};
        auto first = hub->push({clientId, *batch, w.sup1.userId, sync::kProtocol, *changes}, user);
        QVERIFY(first.ok());
        QVERIFY(!first->replayed);
        const auto before = w.hubDump(w.sup1);
        const auto txn =
            w.hubScalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'txn'"));
        auto again = hub->push({clientId, *batch, w.sup1.userId, sync::kProtocol, *changes}, user);
        QVERIFY(again.ok());
        QVERIFY(again->replayed);
        QCOMPARE(again->accepted, first->accepted);
        QCOMPARE(w.hubDump(w.sup1), before);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'txn'")), txn);
        // The desk resends its pending batch and gets the stored answer (this test's own hub
        // connection closed first: a SQLite-file hub takes one writer at a time, and the
        // sync ends by writing the desk's audit events).
        hub.reset();
        synced(*a);
        QCOMPARE(a->outbox(), 0);
        QCOMPARE(a->dump(), w.hubDump(w.sup1));
    }

    void replayedPullChangesNothing()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        synced(*b);
        const auto cursor = b->scalar(QStringLiteral("SELECT pull_cursor FROM sync_state"));
        for (int i = 0; i < 5; ++i)
            addPerson(*a, QStringLiteral("Gus%1").arg(i), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        const auto once = b->dump();
        b->exec(QStringLiteral("UPDATE sync_state SET pull_cursor = ?"), {cursor});
        auto again = b->sync();
        QVERIFY(again.ok());
        QVERIFY(again->pulled > 0);
        QCOMPARE(b->dump(), once);
        QCOMPARE(b->outbox(), 0);
    }

    void editVersusErasure()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = sharedPerson(*a, *b, QStringLiteral("Hal"));
        // Offline: one desk erases the person, the other edits them.
        eraseAt(*a, p, w.sup1);
        b->exec(QStringLiteral("UPDATE person SET phone = '07700 900444' WHERE id = ?"), {p});
        synced(*a);
        auto out = b->sync();
        QVERIFY(out.ok());
        QCOMPARE(out->erased, 1);
        QCOMPARE(b->outbox(), 0);
        QCOMPARE(
            b->scalar(QStringLiteral("SELECT given_name FROM person WHERE id = ?"), {p}).toString(),
            QString());
        QVERIFY(b->scalar(QStringLiteral("SELECT phone FROM person WHERE id = ?"), {p}).isNull());
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM erasure WHERE person_id = ?"), {p})
                     .toInt(),
                 1);
        auto list = b->service().conflicts();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().reason, QStringLiteral("edit_vs_erasure"));
        QVERIFY(list->first().client.isNull()); // no personal value kept anywhere
        // The hub holds no personal value of theirs, and a late push never brings them back.
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                            "'%Hal%' OR data LIKE '%900444%'"))
                     .toInt(),
                 0);
        auto c = w.desk(QStringLiteral("c"), w.sup1);
        c->exec(QStringLiteral("INSERT INTO person (id, given_name, family_name, gender, "
                               "ethnic_group, disability, first_language, interpreter_needed, "
                               "safe_voicemail, safe_letters, safe_text, restricted, created_at) "
                               "VALUES (?, 'Hal', 'Synthetic', 'not_stated', 'not_stated', "
                               "'not_stated', 'en', 0, 1, 1, 1, 0, '2026-01-05T09:00:00Z')"),
                {p});
        synced(*c);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                            "'%Hal%'"))
                     .toInt(),
                 0);
        QCOMPARE(
            c->scalar(QStringLiteral("SELECT given_name FROM person WHERE id = ?"), {p}).toString(),
            QString());
    }

    void scopeRevocationRemovesRows()
    {
        SyncWorld w(m_pg);
        // A supervisor with no team supervises (and holds) both teams' work.
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto sup = w.desk(QStringLiteral("sup"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        const auto p = addPerson(*sup, QStringLiteral("Ida"), QStringLiteral("Synthetic"));
        const auto r = addReferral(*sup, p, w.cw2.userId);
        const auto q = addPerson(*sup, QStringLiteral("Jon"), QStringLiteral("Synthetic"));
        addReferral(*sup, q, w.cw1.userId);
        synced(*sup);
        synced(*two);
        QCOMPARE(
            two->scalar(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {p}).toInt(),
            1);
        QCOMPARE(
            two->scalar(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {q}).toInt(),
            0); // team one's person never reaches team two
        QCOMPARE(two->dump(), w.hubDump(w.cw2));
        sup->exec(QStringLiteral("UPDATE referral SET assigned_to = ? WHERE id = ?"),
                  {w.cw1.userId, r});
        synced(*sup);
        auto out = two->sync();
        QVERIFY(out.ok());
        QCOMPARE(out->revoked, 1);
        QCOMPARE(two->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
        QCOMPARE(two->scalar(QStringLiteral("SELECT count(*) FROM referral")).toInt(), 0);
        QCOMPARE(two->dump(), w.hubDump(w.cw2));
    }

    void oldClientIsToldToUpdateAndKeepsItsOutbox()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        synced(*a);
        addPerson(*a, QStringLiteral("Lee"), QStringLiteral("Synthetic"));
        const int pending = a->outbox();
        QVERIFY(pending > 0);
        w.hubExec(QStringLiteral("UPDATE hub_meta SET value = '99' WHERE key = "
                                 "'min_client_version'"));
        auto out = a->sync();
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, Error::Kind::Version);
        QVERIFY(out.error().message.contains(QLatin1String("update this program")));
        QCOMPARE(a->outbox(), pending);
        QVERIFY(!a->service().status().lastError.isEmpty());
        w.hubExec(QStringLiteral("UPDATE hub_meta SET value = '1' WHERE key = "
                                 "'min_client_version'"));
        synced(*a);
        QCOMPARE(a->outbox(), 0);
        QVERIFY(a->service().status().lastError.isEmpty());
    }

    void clockSkewOfDaysDecidesNothing()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Oli"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        a->clock.set(QDateTime::currentDateTimeUtc().addDays(3)); // days ahead
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900555' WHERE id = ?"), {p});
        b->exec(QStringLiteral("UPDATE person SET phone = '07700 900666' WHERE id = ?"), {p});
        synced(*a);
        synced(*b); // arrives later: wins, although its clock says earlier
        synced(*a);
        QCOMPARE(a->row(QStringLiteral("person"), p).value(QLatin1String("phone")).toString(),
                 QStringLiteral("07700 900666"));
        QCOMPARE(a->dump(), b->dump());
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_skew")).toInt(), 1);
        const qint64 newest =
            w.hubScalar(QStringLiteral("SELECT max(hlc) FROM hub_record")).toString().toLongLong();
        QVERIFY(newest <= QDateTime::currentDateTimeUtc().addSecs(300).toMSecsSinceEpoch());
        // The desk takes the hub's clock on every pull and stays monotonic.
        QVERIFY(
            b->scalar(QStringLiteral("SELECT hlc FROM sync_state")).toString() >=
            w.hubScalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'hlc'")).toString());
    }

    void massDeletionGuardStops()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto sup = w.desk(QStringLiteral("sup"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        QStringList referrals;
        for (int i = 0; i < 12; ++i) {
            const auto p =
                addPerson(*sup, QStringLiteral("Pat%1").arg(i), QStringLiteral("Synthetic"));
            referrals << addReferral(*sup, p, w.cw2.userId);
        }
        synced(*sup);
        synced(*two);
        QCOMPARE(two->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 12);
        for (const auto &r : referrals)
            sup->exec(QStringLiteral("UPDATE referral SET assigned_to = ? WHERE id = ?"),
                      {w.cw1.userId, r});
        synced(*sup);
        auto out = two->sync();
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QLatin1String("administrator")));
        QCOMPARE(two->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 12);
    }
};

// What only the SQLite-file hub (or no hub at all) shows.
class TestSyncFileHub : public QObject
{
    Q_OBJECT

private slots:
    void hubUrls()
    {
        auto pg = sync::HubUrl::parse(
            QStringLiteral("postgresql://desk1@hub.example:6543/victims?sslmode=verify-full"));
        QVERIFY(pg.ok());
        QCOMPARE(pg->kind, sync::HubUrl::Kind::Postgres);
        QCOMPARE(pg->user, QStringLiteral("desk1"));
        QCOMPARE(pg->host, QStringLiteral("hub.example"));
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->database, QStringLiteral("victims"));
        QCOMPARE(pg->sslmode, QStringLiteral("verify-full"));
        QCOMPARE(pg->display(),
                 QStringLiteral("postgresql://desk1@hub.example:6543/victims?sslmode=verify-full"));
        auto file = sync::HubUrl::parse(QStringLiteral("sqlite:///srv/office/hub.db"));
        QVERIFY(file.ok());
        QCOMPARE(file->path, QStringLiteral("/srv/office/hub.db"));
        for (const char *bad : {"postgresql://desk1:secret@hub/victims", "postgresql://hub/victims",
                                "postgresql://desk1@hub/", "sqlite://host/hub.db", "mysql://a@b/c",
                                "postgresql://desk1@hub/victims?sslmode=sometimes", ""}) {
            auto r = sync::HubUrl::parse(QString::fromLatin1(bad));
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().field, QStringLiteral("hub"));
        }
        auto secret = sync::HubUrl::parse(QStringLiteral("postgresql://a:pw@h/db"));
        QVERIFY(secret.error().message.contains(QLatin1String("password")));
        QVERIFY(!secret.error().message.contains(QLatin1String("pw")));
    }

    void resolveRefusals()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.cw1);
        auto r = a->service().resolve(QStringLiteral("nope"), sync::Keep::Hub);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Permission); // caseworkers do not decide
        a->actor = w.sup1;
        r = a->service().resolve(QStringLiteral("nope"), sync::Keep::Hub);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
    }

    void statusTransitionsAndStickyDone()
    {
        // Referral status: a transition the hub refuses becomes a conflict; a task once
        // done stays done.
        const QJsonObject base{{QStringLiteral("status"), QStringLiteral("new")}};
        auto m = sync::mergeRow(QStringLiteral("referral"), base, true,
                                {{QStringLiteral("status"), QStringLiteral("accepted")}},
                                {{QStringLiteral("status"), QStringLiteral("declined")}});
        QCOMPARE(m.merged.value(QLatin1String("status")).toString(), QStringLiteral("declined"));
        QCOMPARE(m.conflicts.size(), 1);
        QCOMPARE(m.conflicts.first().reason, QStringLiteral("invalid_transition"));
        m = sync::mergeRow(QStringLiteral("referral"), base, true,
                           {{QStringLiteral("status"), QStringLiteral("closed")}},
                           {{QStringLiteral("status"), QStringLiteral("accepted")}});
        QCOMPARE(m.merged.value(QLatin1String("status")).toString(), QStringLiteral("closed"));
        const QJsonObject task{{QStringLiteral("done_at"), QJsonValue(QJsonValue::Null)}};
        m = sync::mergeRow(QStringLiteral("task"), task, true,
                           {{QStringLiteral("done_at"), QStringLiteral("2026-03-02T10:00:00Z")}},
                           {{QStringLiteral("done_at"), QStringLiteral("2026-03-01T09:00:00Z")}});
        QCOMPARE(m.merged.value(QLatin1String("done_at")).toString(),
                 QStringLiteral("2026-03-01T09:00:00Z"));
        QVERIFY(m.conflicts.isEmpty());
    }

    void syncNeedsPermission()
    {
        SyncWorld w;
        domain::Actor admin{util::newId(), QStringLiteral("admin"), QString(), QString()};
        auto a = w.desk(QStringLiteral("a"), admin);
        auto out = a->sync();
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, Error::Kind::Permission);
    }
    // A pull that erases someone commits, then clears the write-ahead log of their text.
    // While another program reads the desk's database that cannot be done: the sync stops
    // with an error saying so (before the fix it reported success and the text stayed in
    // the desk's files), and the next sync clears it.
    void aPullThatCannotClearTheLogStopsAndTheNextOneClearsIt()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = sharedPerson(*a, *b, QStringLiteral("Quillonvex"));
        QVERIFY(b->db->checkpointTruncate().ok());
        QVERIFY(deskBytes(*b).contains("Quillonvex"));
        eraseAt(*a, p, w.sup1);
        synced(*a);
        {
            b->exec(QStringLiteral("PRAGMA busy_timeout = 300"));
            auto reader = store::Database::open(b->db->path(), store::Database::Migrate::No);
            QVERIFY(reader.ok());
            QVERIFY(reader.value()->exec(QStringLiteral("BEGIN")).ok());
            {
                QSqlQuery hold(reader.value()->connection());
                QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM person")) && hold.next());
            }
            auto out = b->sync();
            QVERIFY(!out.ok());
            QVERIFY2(out.error().message.contains(QLatin1String("write-ahead log")) &&
                         out.error().message.contains(QLatin1String("sync again")),
                     qPrintable(out.error().describe()));
            QVERIFY(reader.value()->exec(QStringLiteral("COMMIT")).ok());
            b->exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        }
        // The pull itself is saved ...
        QCOMPARE(
            b->scalar(QStringLiteral("SELECT given_name FROM person WHERE id = ?"), {p}).toString(),
            QString());
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM erasure WHERE person_id = ?"), {p})
                     .toInt(),
                 1);
        // ... the old text is still in its files, and the next sync clears it.
        QVERIFY(deskBytes(*b).contains("Quillonvex"));
        synced(*b);
        QVERIFY(!deskBytes(*b).contains("Quillonvex"));
        QVERIFY(!deskBytes(*b).contains("quillonvex"));
    }

    void restoredHubIsDetectedAndNothingIsDeleted()
    {
        SyncWorld w;
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto max = addPerson(*a, QStringLiteral("Max"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        const auto backup = w.dir.filePath(QStringLiteral("hub-backup.db"));
        QVERIFY(QFile::copy(w.url.path, backup));
        const auto later = addPerson(*a, QStringLiteral("Ned"), QStringLiteral("Synthetic"));
        // An erasure after the backup: the restored hub learns it again from the desk.
        eraseAt(*a, max, w.sup1);
        synced(*a);
        synced(*b);
        const auto epoch =
            w.hubScalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'epoch'"));
        // The hub is restored from the older backup.
        QVERIFY(QFile::remove(w.url.path));
        QVERIFY(QFile::copy(backup, w.url.path));
        const auto aBefore = a->dump();
        const auto bBefore = b->dump();
        synced(*a);
        QVERIFY(w.hubScalar(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'epoch'")) !=
                epoch);
        synced(*b);
        synced(*a);
        QCOMPARE(a->dump(), aBefore); // nothing deleted, nothing changed
        QCOMPARE(b->dump(), bBefore);
        QVERIFY(w.hubDump(w.sup1).contains(QStringLiteral("person/") + later));
        QCOMPARE(a->dump(), w.hubDump(w.sup1));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_erasure")).toInt(), 1);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                            "'%Max%'"))
                     .toInt(),
                 0);
    }
};

// What only PostgreSQL shows: the snapshot cursor and row-level security.
class TestSyncPostgres : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncPostgres(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

    // A connection to the hub database as `role` (a desk's own login), opened.
    QSqlDatabase loginAs(const SyncWorld &w, const QString &role, const QString &name)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_pg->host());
        db.setPort(m_pg->port());
        db.setDatabaseName(w.url.database);
        db.setUserName(role);
        db.setPassword(role == m_pg->superuser() ? m_pg->superuserPassword()
                                                 : SyncWorld::rolePassword());
        if (!db.open())
            qFatal("cannot log in as %s", qPrintable(role));
        return db;
    }

private slots:
    // What PostgreSQL keeps of an erased person: hub_erase blanks the values, but the row
    // versions it replaced stay in the table's files until a VACUUM FULL by the hub's owner
    // (hubctl hub vacuum) rewrites them; a desk's login may not run it. Read from the
    // server's own files, which this test owns.
    void erasedValuesLeaveTheHubFilesAfterVacuum()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = sharedPerson(*a, *b, QStringLiteral("Quarrendale"));
        // A conflict keeps both phone numbers in hub_conflict.
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900611' WHERE id = ?"), {p});
        b->exec(QStringLiteral("UPDATE person SET phone = '07700 900622' WHERE id = ?"), {p});
        synced(*a);
        synced(*b);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_conflict")).toInt(), 1);
        eraseAt(*a, p, w.sup1);
        synced(*a);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                            "'%Quarrendale%' OR data LIKE '%9006%'"))
                     .toInt(),
                 0);

        const QList<QByteArray> secrets{"Quarrendale", "07700 900611", "07700 900622"};
        auto tableFiles = [&] {
            if (!m_pg->exec(QStringLiteral("CHECKPOINT")).ok())
                qFatal("CHECKPOINT failed");
            QByteArray all;
            for (const char *table : {"hub_record", "hub_conflict"}) {
                auto path = m_pg->scalar(
                    QStringLiteral("SELECT pg_relation_filepath('%1')").arg(QLatin1String(table)),
                    w.url.database);
                if (!path.ok())
                    qFatal("pg_relation_filepath: %s", qPrintable(path.error().describe()));
                QFile file(m_pg->dataDir() + QLatin1Char('/') + path->toString());
                if (!file.open(QIODevice::ReadOnly))
                    qFatal("cannot read %s", qPrintable(file.fileName()));
                all += file.readAll();
            }
            return all;
        };
        const auto before = tableFiles();
        for (const auto &s : secrets)
            QVERIFY2(before.contains(s), s.constData()); // old row versions, still on disk

        const auto byDesk = sync::SyncService::vacuumHub(a->url, a->password);
        QVERIFY(!byDesk.ok());
        QCOMPARE(byDesk.error().kind, Error::Kind::Permission);
        const auto vacuumed = sync::SyncService::vacuumHub(w.url, w.password);
        QVERIFY2(vacuumed.ok(), qPrintable(vacuumed.error().describe()));
        const auto after = tableFiles();
        for (const auto &s : secrets)
            QVERIFY2(!after.contains(s), s.constData());
        // The hub works on as before.
        const auto later = addPerson(*a, QStringLiteral("Ottoline"), QStringLiteral("Synthetic"));
        synced(*a);
        QVERIFY(w.hubDump(w.sup1).contains(QStringLiteral("person/") + later));
    }

    void lateCommitIsNotSkipped()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        synced(*a);
        synced(*b);
        const auto late = util::newId();
        {
            // A hub transaction that starts first and commits last.
            auto held = loginAs(w, m_pg->superuser(), QStringLiteral("held"));
            QSqlQuery q(held);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO hub_record (kind, id, data, teams, ver, hlc) VALUES "
                               "('team', '%1', '{\"id\":\"%1\",\"name\":\"Late Team\"}', NULL, "
                               "pg_current_xact_id(), '000000000000001')")
                    .arg(late)));
            // Meanwhile others commit and pull.
            const auto p = addPerson(*a, QStringLiteral("Una"), QStringLiteral("Synthetic"));
            synced(*a);
            synced(*b);
            QCOMPARE(
                b->scalar(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {p}).toInt(),
                1);
            QCOMPARE(
                b->scalar(QStringLiteral("SELECT count(*) FROM team WHERE id = ?"), {late}).toInt(),
                0);
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            q.finish();
            held.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("held"));
        synced(*b); // the next pull gets the late transaction's row
        QCOMPARE(b->scalar(QStringLiteral("SELECT name FROM team WHERE id = ?"), {late}).toString(),
                 QStringLiteral("Late Team"));
    }

    void rowLevelSecurityKeepsTeamsApart()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto sup = w.desk(QStringLiteral("sup"), all);
        const auto one = addPerson(*sup, QStringLiteral("Val"), QStringLiteral("Synthetic"));
        addReferral(*sup, one, w.cw1.userId);
        const auto two = addPerson(*sup, QStringLiteral("Wyn"), QStringLiteral("Synthetic"));
        addReferral(*sup, two, w.cw2.userId);
        synced(*sup);
        {
            // Team two's login, with a hand-written SELECT: none of team one's rows.
            auto db = loginAs(w, SyncWorld::roleOf(w.cw2), QStringLiteral("rls"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT person_id FROM hub_record WHERE "
                                          "person_id IS NOT NULL")));
            QStringList seen;
            while (q.next())
                seen << q.value(0).toString();
            QCOMPARE(seen, QStringList{two});
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM hub_record WHERE data LIKE "
                                          "'%Val%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // Nor may it map itself to another user.
            QVERIFY(!q.exec(QStringLiteral("UPDATE hub_user SET app_role = 'supervisor'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rls"));
        auto cw = w.desk(QStringLiteral("cw2"), w.cw2);
        synced(*cw);
        QCOMPARE(cw->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 1);
        QCOMPARE(cw->dump(), w.hubDump(w.cw2));
    }

    void restoredDumpIsDetectedAndNothingIsDeleted()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        addPerson(*a, QStringLiteral("Xan"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        const auto dump = m_pg->scratchDir() + QStringLiteral("/hub.dump");
        const QStringList login{QStringLiteral("-h"), m_pg->host(),
                                QStringLiteral("-p"), QString::number(m_pg->port()),
                                QStringLiteral("-U"), m_pg->superuser()};
        auto saved = m_pg->runTool(
            QStringLiteral("pg_dump"),
            login + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), dump, w.url.database});
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        const auto later = addPerson(*a, QStringLiteral("Yul"), QStringLiteral("Synthetic"));
        synced(*a);
        synced(*b);
        QVERIFY(
            m_pg->exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(w.url.database)).ok());
        QVERIFY(m_pg->exec(QStringLiteral("CREATE DATABASE %1").arg(w.url.database)).ok());
        auto restored =
            m_pg->runTool(QStringLiteral("pg_restore"),
                          login + QStringList{QStringLiteral("-d"), w.url.database, dump});
        QVERIFY2(restored.ok(), qPrintable(restored.error().describe()));
        const auto aBefore = a->dump();
        const auto bBefore = b->dump();
        synced(*a);
        synced(*b);
        synced(*a);
        QCOMPARE(a->dump(), aBefore);
        QCOMPARE(b->dump(), bBefore);
        QVERIFY(w.hubDump(w.sup1).contains(QStringLiteral("person/") + later));
        QCOMPARE(a->dump(), w.hubDump(w.sup1));
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSync>(argc, argv, [&](PgServer *pg) {
        if (!pg) {
            TestSyncFileHub fileOnly;
            return QTest::qExec(&fileOnly, argc, argv);
        }
        TestSyncPostgres pgOnly(pg);
        return QTest::qExec(&pgOnly, argc, argv);
    });
}

#include "tst_sync.moc"
