// Sync through the real hubctl binary: the process dies at each fault point
// (HUB_SYNC_FAULT) and the next run converges; then a randomised run of four desks with
// hundreds of edits, random fault points and restarts, checked through `hubctl export`.
// Every test runs against the SQLite-file hub and against a PostgreSQL server it starts.
#include "tst_sync_fixture.h"
#include "tst_sync_hubctl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

using namespace hub;
using namespace hub::test;

class TestSyncFaults : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncFaults(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

    using Run = HubctlRun;

    // hubctl sync --hub URL: on PostgreSQL the URL names the desk user's own login role.
    static Run hubctl(const Desk &desk, const QString &username, const QString &fault = {})
    {
        return run(desk, username,
                   {QStringLiteral("sync"), QStringLiteral("--hub"), desk.url.display(),
                    QStringLiteral("--user"), username},
                   fault);
    }

    // The desk user's password, and the hub password (PostgreSQL) only ever in the
    // environment, as an office would give it to hubctl.
    static Run run(const Desk &desk, const QString &username, const QStringList &args,
                   const QString &fault = {})
    {
        QMap<QString, QString> env{
            {QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-") + username}};
        if (desk.url.kind == sync::HubUrl::Kind::Postgres)
            env.insert(QStringLiteral("HUB_HUB_PASSWORD"), desk.password);
        if (!fault.isEmpty())
            env.insert(QStringLiteral("HUB_SYNC_FAULT"), fault);
        return runHubctl(desk.db->path(), args, env);
    }

    static QString insertContact()
    {
        return QStringLiteral(
            "INSERT INTO contact (id, person_id, at, direction, channel, outcome, "
            "duration_minutes, summary, recorded_by, recorded_at) VALUES (?, ?, "
            "'2026-03-01T10:00:00Z', 'outbound', 'phone', 'spoke', 5, ?, ?, "
            "'2026-03-01T10:05:00Z')");
    }

private slots:
    void conflictsListedAndResolvedByHubctl()
    {
        SyncWorld w(m_pg);
        w.setPasswords();
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        const auto p = addPerson(*a, QStringLiteral("Zed"), QStringLiteral("Synthetic"));
        QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
        QCOMPARE(hubctl(*b, QStringLiteral("sup.two")).code, 0);
        a->exec(QStringLiteral("UPDATE person SET postcode = 'ZZ1 1AA' WHERE id = ?"), {p});
        b->exec(QStringLiteral("UPDATE person SET postcode = 'ZZ2 2BB' WHERE id = ?"), {p});
        QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
        const auto second = hubctl(*b, QStringLiteral("sup.two"));
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QLatin1String("new conflicts 1")), qPrintable(second.out));
        QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);

        const QStringList list{QStringLiteral("conflicts"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--user"),
                               QStringLiteral("sup.one")};
        auto listed = run(*a, QStringLiteral("sup.one"), list);
        QCOMPARE(listed.code, 0);
        const auto rows = QJsonDocument::fromJson(listed.out.toUtf8())
                              .object()
                              .value(QLatin1String("conflicts"))
                              .toArray();
        QCOMPARE(rows.size(), 1);
        const auto c = rows.first().toObject();
        QCOMPARE(c.value(QLatin1String("field")).toString(), QStringLiteral("postcode"));
        QCOMPARE(c.value(QLatin1String("hub")).toString(), QStringLiteral("ZZ1 1AA"));
        QCOMPARE(c.value(QLatin1String("client")).toString(), QStringLiteral("ZZ2 2BB"));
        const auto id = c.value(QLatin1String("id")).toString();

        // Bad input: one line naming the problem, nothing changed.
        auto bad = run(*a, QStringLiteral("sup.one"),
                       {QStringLiteral("conflicts"), QStringLiteral("resolve"), id,
                        QStringLiteral("--user"), QStringLiteral("sup.one")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QLatin1String("--keep")));
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        auto text =
            run(*a, QStringLiteral("sup.one"),
                {QStringLiteral("conflicts"), QStringLiteral("--user"), QStringLiteral("sup.one")});
        QVERIFY(text.out.contains(QLatin1String("1 open conflict")));

        auto decided = run(*a, QStringLiteral("sup.one"),
                           {QStringLiteral("conflicts"), QStringLiteral("resolve"), id,
                            QStringLiteral("--keep"), QStringLiteral("ZZ3 3CC"),
                            QStringLiteral("--user"), QStringLiteral("sup.one")});
        QVERIFY2(decided.code == 0, qPrintable(decided.err));
        QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
        QCOMPARE(hubctl(*b, QStringLiteral("sup.two")).code, 0);
        QCOMPARE(b->row(QStringLiteral("person"), p).value(QLatin1String("postcode")).toString(),
                 QStringLiteral("ZZ3 3CC"));
        listed = run(*b, QStringLiteral("sup.two"),
                     {QStringLiteral("conflicts"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--user"), QStringLiteral("sup.two")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8())
                     .object()
                     .value(QLatin1String("conflicts"))
                     .toArray()
                     .size(),
                 0);
    }

    void faultPointConverges_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("onPull"); // the fault hits the desk that pulls
        QTest::newRow("after_reserve") << QStringLiteral("after_reserve") << false;
        QTest::newRow("after_hub_commit") << QStringLiteral("after_hub_commit") << false;
        QTest::newRow("mid_pull_apply") << QStringLiteral("mid_pull_apply") << true;
    }

    void faultPointConverges()
    {
        QFETCH(QString, fault);
        QFETCH(bool, onPull);
        SyncWorld w(m_pg);
        w.setPasswords();
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
        QCOMPARE(hubctl(*b, QStringLiteral("sup.two")).code, 0);
        QStringList people;
        for (int i = 0; i < 3; ++i) {
            people << addPerson(*a, QStringLiteral("Ria%1").arg(i), QStringLiteral("Synthetic"));
            a->exec(insertContact(), {util::newId(), people.last(),
                                      QStringLiteral("synthetic call"), w.sup1.userId});
        }
        QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
        QCOMPARE(hubctl(*b, QStringLiteral("sup.two")).code, 0);
        a->exec(QStringLiteral("UPDATE person SET phone = '07700 900777' WHERE id = ?"),
                {people.at(0)});
        a->exec(insertContact(),
                {util::newId(), people.at(1), QStringLiteral("second call"), w.sup1.userId});
        b->exec(QStringLiteral("UPDATE person SET email = 'r@example.invalid' WHERE id = ?"),
                {people.at(0)});

        Desk &victim = onPull ? *b : *a;
        const QString user = onPull ? QStringLiteral("sup.two") : QStringLiteral("sup.one");
        if (onPull)
            QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
        const auto before = victim.dump();
        const auto cursor = victim.scalar(QStringLiteral("SELECT pull_cursor FROM sync_state"));
        auto died = hubctl(victim, user, fault);
        QCOMPARE(died.code, 70);
        QVERIFY(died.out.isEmpty()); // it never got to say what moved
        if (onPull) {
            // Nothing of the half-applied pull stayed, and the cursor did not move.
            QCOMPARE(victim.dump(), before);
            QCOMPARE(victim.scalar(QStringLiteral("SELECT pull_cursor FROM sync_state")), cursor);
        } else {
            QVERIFY(victim.outbox() > 0); // the edits wait in the outbox
        }
        auto again = hubctl(victim, user);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(hubctl(*a, QStringLiteral("sup.one")).code, 0);
            QCOMPARE(hubctl(*b, QStringLiteral("sup.two")).code, 0);
        }
        QCOMPARE(a->outbox(), 0);
        QCOMPARE(b->outbox(), 0);
        QCOMPARE(a->dump(), w.hubDump(w.sup1));
        QCOMPARE(b->dump(), w.hubDump(w.sup2));
        // Nothing lost, nothing twice: both edits, four contacts, no conflicts.
        const auto row = a->row(QStringLiteral("person"), people.at(0));
        QCOMPARE(row.value(QLatin1String("phone")).toString(), QStringLiteral("07700 900777"));
        QCOMPARE(row.value(QLatin1String("email")).toString(), QStringLiteral("r@example.invalid"));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE kind = "
                                            "'contact'"))
                     .toInt(),
                 4);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_conflict")).toInt(), 0);
    }

    // A run that died after reserving leaves a pending batch; edits made afterwards are
    // sent in the same run as it, before a pull can take their person off the desk.
    void editsAfterAPendingBatchSurviveARevocation()
    {
        SyncWorld w(m_pg);
        // A supervisor with no team supervises (and holds) both teams' work.
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        w.setPasswords();
        auto sup = w.desk(QStringLiteral("sup"), all);
        auto two = w.desk(QStringLiteral("two"), w.cw2);
        const auto p = addPerson(*sup, QStringLiteral("Abe"), QStringLiteral("Synthetic"));
        const auto r = addReferral(*sup, p, w.cw2.userId);
        QCOMPARE(hubctl(*sup, QStringLiteral("sup.all")).code, 0);
        QCOMPARE(hubctl(*two, QStringLiteral("cw.two")).code, 0);
        const auto first = util::newId();
        two->exec(insertContact(), {first, p, QStringLiteral("first call"), w.cw2.userId});
        QCOMPARE(hubctl(*two, QStringLiteral("cw.two"), QStringLiteral("after_reserve")).code, 70);
        const auto second = util::newId();
        two->exec(insertContact(), {second, p, QStringLiteral("second call"), w.cw2.userId});
        sup->exec(QStringLiteral("UPDATE referral SET assigned_to = ? WHERE id = ?"),
                  {w.cw1.userId, r});
        QCOMPARE(hubctl(*sup, QStringLiteral("sup.all")).code, 0);
        const auto revoked = hubctl(*two, QStringLiteral("cw.two"));
        // Both contacts reached the hub, in their person's scope (now team one's only).
        const auto onHub = w.hubDump(all);
        QVERIFY2(onHub.contains(QStringLiteral("contact/") + first), qPrintable(revoked.err));
        QVERIFY2(onHub.contains(QStringLiteral("contact/") + second), qPrintable(revoked.err));
        const auto forTwo = w.hubDump(w.cw2);
        QVERIFY2(!forTwo.contains(QStringLiteral("contact/") + first) &&
                     !forTwo.contains(QStringLiteral("contact/") + second),
                 "a contact of a person team two no longer holds is in team two's hub scope");
        QVERIFY2(revoked.code == 0, qPrintable(revoked.err));
        QCOMPARE(two->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    }

    // Four desks (two supervisors, a caseworker in each team), hundreds of random edits,
    // random fault points and restarts; at the end every desk holds exactly what the hub
    // holds for its user's scope, and its `hubctl export` is that of a new desk filled from
    // the hub by one sync as the same user.
    void randomisedRunConverges()
    {
        SyncWorld w(m_pg);
        w.setPasswords();
        // The office's set-up database, which every desk is a copy of, has an administrator.
        const auto admin = Office::makeAdmin(w.seedPath());
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
        struct Who
        {
            std::unique_ptr<Desk> desk;
            QString username;
        };
        std::vector<Who> desks;
        desks.push_back({w.desk(QStringLiteral("a"), w.sup1), QStringLiteral("sup.one")});
        desks.push_back({w.desk(QStringLiteral("b"), w.sup2), QStringLiteral("sup.two")});
        desks.push_back({w.desk(QStringLiteral("c"), w.cw1), QStringLiteral("cw.one")});
        desks.push_back({w.desk(QStringLiteral("d"), w.cw2), QStringLiteral("cw.two")});
        // The office's administrator adds a hub-wide supervisor; the office's sync (through
        // an administrator's hub login) takes the user to the hub, and from there to desks.
        const auto added = Office::addSupervisor(w.officePath());
        QVERIFY2(added.code == 0, qPrintable(added.err));
        w.syncOffice();
        const QStringList workers{w.cw1.userId, w.cw2.userId};
        const quint32 seed = 20261201;
        QRandomGenerator rng(seed);
        qInfo("randomised run, seed %u", seed);
        for (auto &d : desks) {
            for (int i = 0; i < 4; ++i) {
                const auto p =
                    addPerson(*d.desk, QStringLiteral("Sam%1").arg(i), QStringLiteral("Synthetic"));
                const auto holder = d.desk->actor.role == QLatin1String("caseworker")
                                        ? d.desk->actor.userId
                                        : workers.at(rng.bounded(2));
                addReferral(*d.desk, p, holder);
            }
            QCOMPARE(hubctl(*d.desk, d.username).code, 0);
        }
        static const char *const kFields[] = {
            "phone", "email", "address", "postcode", "contact_notes", "safe_text", "safe_letters"};
        static const char *const kFaults[] = {"after_reserve", "after_hub_commit",
                                              "mid_pull_apply"};
        int edits = 0;
        int contacts = 0;
        int faults = 0;
        QMap<QString, QString> made; // contact id -> whose desk logged it
        for (int round = 0; round < 80; ++round) {
            auto &who = desks.at(rng.bounded(int(desks.size())));
            Desk &d = *who.desk;
            const int n = 1 + rng.bounded(6);
            for (int e = 0; e < n; ++e) {
                QSqlQuery q(d.db->connection());
                q.exec(QStringLiteral("SELECT id FROM person WHERE given_name <> '' "
                                      "ORDER BY random() LIMIT 1"));
                const QString person = q.next() ? q.value(0).toString() : QString();
                q.finish();
                const int what = rng.bounded(10);
                if (person.isEmpty() || what == 0) {
                    const auto p = addPerson(d, QStringLiteral("New%1").arg(round),
                                             QStringLiteral("Synthetic"));
                    addReferral(d, p,
                                d.actor.role == QLatin1String("caseworker")
                                    ? d.actor.userId
                                    : workers.at(rng.bounded(2)));
                } else if (what <= 6) {
                    const QString field = QString::fromLatin1(kFields[rng.bounded(7)]);
                    // Values the app would store (the hub refuses others: an e-mail
                    // address has an @).
                    const auto text = QStringLiteral("v%1-%2").arg(round).arg(rng.bounded(1000));
                    const QVariant value =
                        field.startsWith(QLatin1String("safe_"))
                            ? QVariant(QStringList{QStringLiteral("not_asked"),
                                                   QStringLiteral("safe"),
                                                   QStringLiteral("not_safe")}
                                           .at(rng.bounded(3)))
                            : QVariant(field == QLatin1String("email")
                                           ? text + QStringLiteral("@example.org")
                                           : text);
                    d.exec(QStringLiteral("UPDATE person SET %1 = ? WHERE id = ?").arg(field),
                           {value, person});
                } else if (what <= 8) {
                    const auto contactId = util::newId();
                    made.insert(contactId, who.username);
                    d.exec(insertContact(),
                           {contactId, person, QStringLiteral("synthetic call %1").arg(round),
                            d.actor.userId});
                    ++contacts;
                } else if (d.actor.role == QLatin1String("supervisor")) {
                    // Move the person's work to the other team's caseworker.
                    d.exec(
                        QStringLiteral("UPDATE referral SET assigned_to = ? WHERE person_id = ?"),
                        {workers.at(rng.bounded(2)), person});
                }
                ++edits;
            }
            if (rng.bounded(3) == 0) {
                const auto fault = QString::fromLatin1(kFaults[rng.bounded(3)]);
                const auto r = hubctl(d, who.username, fault);
                // A fault point that is not reached (nothing to send or pull) ends normally.
                QVERIFY2(r.code == 70 || r.code == 0, qPrintable(r.err));
                faults += r.code == 70 ? 1 : 0;
            } else {
                const auto r = hubctl(d, who.username);
                QVERIFY2(r.code == 0, qPrintable(r.err));
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (auto &d : desks) {
                const auto r = hubctl(*d.desk, d.username);
                QVERIFY2(r.code == 0, qPrintable(r.err));
            }
        }
        qInfo("%d edits, %d contacts, %d processes killed at a fault point", edits, contacts,
              faults);
        QVERIFY(edits >= 250);
        QVERIFY(faults >= 5);
        for (auto &d : desks) {
            QCOMPARE(d.desk->outbox(), 0);
            QCOMPARE(d.desk->dump(), w.hubDump(d.desk->actor));
        }
        // Contacts are append-only: every one logged is on the hub once (read whole, not
        // through any user's scope).
        QSet<QString> onHub;
        {
            auto h = w.hub();
            QSqlQuery q(h->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM hub_record WHERE kind = 'contact' "
                                          "AND deleted = 0")));
            while (q.next())
                onHub.insert(q.value(0).toString());
        }
        for (auto it = made.begin(); it != made.end(); ++it)
            QVERIFY2(onHub.contains(it.key()),
                     qPrintable(QStringLiteral("contact %1 logged at %2's desk is not on the hub")
                                    .arg(it.key(), it.value())));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE kind = "
                                            "'contact'"))
                     .toInt(),
                 contacts);

        // The hub-wide supervisor's user row reached every desk by sync, its password did
        // not: at a desk where no one set it, that supervisor cannot sign in to export.
        Desk &c = *desks.at(2).desk;
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE username = ?"),
                          {Office::supervisor()})
                     .toInt(),
                 1);
        const auto refused = w.dir.filePath(QStringLiteral("refused.jsonl"));
        QVERIFY(Office::signedIn(c.db->path(), {QStringLiteral("export"), refused}).code != 0);
        QVERIFY(!QFile::exists(refused));
        for (auto &d : desks) {
            exportMatchesAFreshDesk(w, *d.desk, d.username);
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    // `hubctl export` of `desk`, run by the hub-wide supervisor (a supervisor with no team
    // may see every team's records, so everything any desk holds), is byte for byte the
    // export of a new desk -- a copy of the office's set-up database, no records -- after
    // one `hubctl sync` as the desk's user: what the hub holds for that user's scope. Each
    // record type has as many lines as the hub gives that user rows of that kind.
    void exportMatchesAFreshDesk(SyncWorld &w, Desk &desk, const QString &username)
    {
        const auto name = QFileInfo(desk.db->path()).completeBaseName();
        auto fresh = w.desk(QStringLiteral("fresh-") + name, desk.actor);
        const auto pulled = hubctl(*fresh, username);
        QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
        const auto mine = w.dir.filePath(name + QStringLiteral(".jsonl"));
        const auto theirs =
            w.dir.filePath(QStringLiteral("fresh-") + name + QStringLiteral(".jsonl"));
        for (const auto &[db, file] :
             {std::pair{desk.db->path(), mine}, std::pair{fresh->db->path(), theirs}}) {
            const auto r = Office::exportDesk(db, file);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const auto bytes = fileBytes(mine);
        const auto reference = fileBytes(theirs);
        const auto lines = bytes.split('\n');
        const auto expected = reference.split('\n');
        for (qsizetype i = 0; i < std::max(lines.size(), expected.size()); ++i) {
            if (lines.value(i) != expected.value(i))
                QFAIL(qPrintable(QStringLiteral("line %1 differs\n desk:  %2\n fresh: %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(lines.value(i)),
                                          QString::fromUtf8(expected.value(i)))));
        }
        QCOMPARE(bytes, reference); // byte for byte, nothing removed

        static const QMap<QString, QString> kTypes{
            {QStringLiteral("team"), QStringLiteral("team")},
            {QStringLiteral("app_user"), QStringLiteral("user")},
            {QStringLiteral("person"), QStringLiteral("person")},
            {QStringLiteral("referral"), QStringLiteral("referral")},
            {QStringLiteral("episode"), QStringLiteral("episode")},
            {QStringLiteral("onward_referral"), QStringLiteral("onward_referral")},
            {QStringLiteral("contact"), QStringLiteral("contact")},
            {QStringLiteral("task"), QStringLiteral("task")}};
        QMap<QString, int> onHub;
        for (const auto &key : w.hubDump(desk.actor).keys()) {
            const auto kind = key.section(QLatin1Char('/'), 0, 0);
            if (kTypes.contains(kind))
                ++onHub[kTypes.value(kind)];
        }
        QMap<QString, int> exported;
        for (const auto &line : lines) {
            const auto type =
                QJsonDocument::fromJson(line).object().value(QLatin1String("type")).toString();
            if (!line.isEmpty() && type != QLatin1String("archive"))
                ++exported[type];
        }
        QCOMPARE(exported, onHub);
        QVERIFY(onHub.value(QStringLiteral("person")) > 0);
        qInfo("desk %s: its export (%lld bytes, %d people, %d contacts) is the fresh desk's",
              qPrintable(name), qint64(bytes.size()), exported.value(QStringLiteral("person")),
              exported.value(QStringLiteral("contact")));
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSyncFaults>(argc, argv);
}

#include "tst_sync_faults.moc"
