// Merging two records of one person and undoing it (services/PersonMergeService), the
// possible-duplicates list (services/DuplicateService) and the monthly counts after a
// merge (docs/COUNTING_RULES.md "Merged people"), on real SQLite files.
#include "ServiceFixtures.h"
#include "archive/ArchiveWriter.h"
#include "demo/DemoGenerator.h"
#include "services/CaseService.h"
#include "services/ContactService.h"
#include "services/DuplicateService.h"
#include "services/EpisodeService.h"
#include "services/ErasureService.h"
#include "services/PersonMergeService.h"
#include "services/PersonService.h"
#include "services/ReferralService.h"
#include "services/ReportService.h"
#include "store/PersonMergeRepository.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using hub::Error;
using hub::domain::Actor;
using hub::domain::ContactSafety;
using hub::domain::Person;
using hub::services::PersonMergeService;
using hub::test::utc;

class TestPersonMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hub::test::ServiceFixture> f;
    QString teamA, teamB;
    Actor cwA, supA, supB, admin;
    QString kept, other;                // one person, entered twice
    QString r1, r2, e2, o2, c2, t2, c1; // kept's referral; other's referral, episode...

    static QDateTime now() { return utc("2026-06-17T10:00:00Z"); }

    hub::domain::Contact contactDraft(const QString &personId, const QString &episodeId = {})
    {
        hub::domain::Contact d;
        d.personId = personId;
        d.episodeId = episodeId;
        d.at = utc("2026-05-20T10:00:00Z");
        d.direction = QStringLiteral("outbound");
        d.channel = QStringLiteral("phone");
        d.outcome = QStringLiteral("spoke");
        d.summary = QStringLiteral("Talked through the next court date");
        return d;
    }

    QByteArray exported()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto counts = hub::archive::exportArchive(f->db(), out);
        if (!counts.ok())
            qFatal("export failed: %s", qPrintable(counts.error().describe()));
        return out.data();
    }

    QString personOf(const char *table, const QString &id)
    {
        QSqlQuery q(f->db().connection());
        q.prepare(QStringLiteral("SELECT person_id FROM %1 WHERE id = ?")
                      .arg(QString::fromLatin1(table)));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            qFatal("no %s %s", table, qPrintable(id));
        return q.value(0).toString();
    }

    QStringList auditDetails(const QString &action)
    {
        QSqlQuery q(f->db().connection());
        q.prepare(QStringLiteral("SELECT detail FROM audit_event WHERE action = ? ORDER BY seq"));
        q.addBindValue(action);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

    Person get(const QString &id) { return hub::store::PersonRepository(f->db()).get(id).value(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<hub::test::ServiceFixture>(now());
        teamA = f->addTeam(QStringLiteral("North"));
        teamB = f->addTeam(QStringLiteral("South"));
        cwA = f->addUser(QStringLiteral("cw.north"), QStringLiteral("caseworker"), teamA);
        supA = f->addUser(QStringLiteral("sup.north"), QStringLiteral("supervisor"), teamA);
        supB = f->addUser(QStringLiteral("sup.south"), QStringLiteral("supervisor"), teamB);
        admin = f->addUser(QStringLiteral("admin.hub"), QStringLiteral("admin"));

        auto a = f->person(QStringLiteral("Ada"), QStringLiteral("Quill"));
        a.dateOfBirth = QDate(1990, 3, 4);
        a.phone = QStringLiteral("07700 900642");
        a.safeLetters = ContactSafety::Safe;
        a.safeText = ContactSafety::Safe;
        kept = f->addPerson(a);
        auto b = f->person(QStringLiteral("Ada"), QStringLiteral("Quil"));
        b.dateOfBirth = QDate(1990, 3, 4);
        b.phone = QStringLiteral("+44 7700 900642");
        b.email = QStringLiteral("ada@example.org");
        b.safeLetters = ContactSafety::NotSafe; // the other record knew letters are unsafe
        b.safeText = ContactSafety::NotAsked;
        b.contactNotes = QStringLiteral("Ring only after 6pm");
        other = f->addPerson(b);

        auto ref1 = f->referral(kept, utc("2026-05-02T09:00:00Z"), QStringLiteral("accepted"));
        ref1.assignedTo = cwA.userId;
        r1 = f->addReferral(ref1);
        auto ref2 = f->referral(other, utc("2026-05-10T09:00:00Z"), QStringLiteral("accepted"));
        ref2.assignedTo = cwA.userId;
        r2 = f->addReferral(ref2);
        auto episode = f->addEpisode(other, cwA.userId, {r2});
        e2 = episode.id;
        hub::domain::OnwardReferral onward{hub::util::newId(), e2, QStringLiteral("idva"),
                                           utc("2026-05-12T09:00:00Z"), std::nullopt};
        QVERIFY(hub::store::EpisodeRepository(f->db()).insertOnward(onward).ok());
        o2 = onward.id;
        hub::services::ContactService contacts(f->ctx);
        auto logged = contacts.log(cwA, contactDraft(other, e2));
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        c2 = logged->id;
        auto logged1 = contacts.log(cwA, contactDraft(kept));
        QVERIFY2(logged1.ok(), qPrintable(logged1.error().describe()));
        c1 = logged1->id;
        hub::domain::Task draft;
        draft.personId = other;
        draft.title = QStringLiteral("Send the leaflet");
        draft.dueOn = QDate(2026, 6, 18);
        auto task = hub::services::TaskService(f->ctx).create(cwA, draft);
        QVERIFY2(task.ok(), qPrintable(task.error().describe()));
        t2 = task->id;
    }

    void cleanup() { f.reset(); }

    // Everything of the other record moves; the safety answers take the most restrictive;
    // unmerge puts every byte of the export back.
    void mergeThenUnmergeRestoresByteIdenticalExport()
    {
        const auto before = exported();
        PersonMergeService merges(f->ctx);
        auto m = merges.merge(supA, {kept,
                                     other,
                                     QStringLiteral("Same date of birth and phone"),
                                     {QStringLiteral("email"), QStringLiteral("family_name")}});
        QVERIFY2(m.ok(), qPrintable(m.error().describe()));

        QCOMPARE(personOf("referral", r2), kept);
        QCOMPARE(personOf("episode", e2), kept);
        QCOMPARE(personOf("contact", c2), kept);
        QCOMPARE(personOf("task", t2), kept);
        const auto k = get(kept);
        QCOMPARE(k.familyName, QStringLiteral("Quil")); // chosen from the other record
        QCOMPARE(k.email, QStringLiteral("ada@example.org"));
        QCOMPARE(k.givenName, QStringLiteral("Ada"));
        QCOMPARE(k.safeLetters, ContactSafety::NotSafe);
        QCOMPARE(k.safeText, ContactSafety::NotAsked);
        QCOMPARE(k.safeVoicemail, ContactSafety::Safe); // both said safe
        QCOMPARE(k.contactNotes, QStringLiteral("Ring only after 6pm"));
        QCOMPARE(get(other).mergedInto, kept);
        QCOMPARE(m->moved, QStringLiteral("{\"contact\":[\"%1\"],\"episode\":[\"%2\"],"
                                          "\"onward_referral\":[\"%3\"],\"referral\":[\"%4\"],"
                                          "\"task\":[\"%5\"]}")
                               .arg(c2, e2, o2, r2, t2));

        // The file opens once: the tombstone's link lands on the kept record.
        hub::services::CaseService cases(f->db(), f->clock);
        auto opened = cases.openPerson(supA, other);
        QVERIFY2(opened.ok(), qPrintable(opened.error().describe()));
        QCOMPARE(opened->person.id, kept);
        QCOMPARE(opened->contacts.size(), 2);
        auto found = cases.search(supA, QStringLiteral("Ada"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(cases.caseloadCount(supA), 1);

        // Audit: ids and counts, never a name.
        const auto merged = auditDetails(QStringLiteral("person.merge"));
        QCOMPARE(merged.size(), 1);
        QVERIFY(merged.first().contains(QStringLiteral("referral=1")));
        QVERIFY(merged.first().contains(QStringLiteral("contact=1")));
        QVERIFY(!merged.first().contains(QStringLiteral("Quil")));

        QVERIFY(exported() != before);
        auto undone = merges.unmerge(supA, m->id);
        QVERIFY2(undone.ok(), qPrintable(undone.error().describe()));
        QCOMPARE(personOf("contact", c2), other);
        QCOMPARE(personOf("referral", r2), other);
        QCOMPARE(exported(), before);
        QCOMPARE(auditDetails(QStringLiteral("person.unmerge")).size(), 1);
        QCOMPARE(cases.caseloadCount(supA), 2);
        QCOMPARE(f->count("person_merge"), 0);
    }

    void caseworkerAndOtherTeamRefused()
    {
        PersonMergeService merges(f->ctx);
        for (const auto &who : {cwA, supB}) {
            auto m = merges.merge(who, {kept, other, QStringLiteral("Same person"), {}});
            QVERIFY(!m.ok());
            QCOMPARE(m.error().kind, Error::Kind::Permission);
        }
        QCOMPARE(personOf("referral", r2), other);
        QCOMPARE(f->count("person_merge"), 0);
    }

    // A restricted person: the administrator (who neither opens restricted records nor
    // merges: a PostgreSQL hub takes merges from supervisors' logins only) is refused, the
    // team's supervisor merges, and the kept record stays restricted.
    void restrictedNeedsRightsToBoth()
    {
        auto b = get(other);
        b.restricted = true;
        QVERIFY(hub::store::PersonRepository(f->db()).update(b).ok());
        PersonMergeService merges(f->ctx);
        auto refused = merges.merge(admin, {kept, other, QStringLiteral("Same person"), {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        auto m = merges.merge(supA, {kept, other, QStringLiteral("Same person"), {}});
        QVERIFY2(m.ok(), qPrintable(m.error().describe()));
        QVERIFY(get(kept).restricted);
    }

    // Once the kept record is erased, its tombstone goes too, the merge record keeps no
    // names, and the merge cannot be undone.
    void erasureTakesTheTombstoneAndEndsUnmerge()
    {
        PersonMergeService merges(f->ctx);
        auto m = merges.merge(
            supA, {kept, other, QStringLiteral("Same person"), {QStringLiteral("family_name")}});
        QVERIFY2(m.ok(), qPrintable(m.error().describe()));
        QVERIFY(QSqlQuery(f->db().connection())
                    .exec(QStringLiteral("UPDATE referral SET status = 'closed'")));
        QVERIFY(QSqlQuery(f->db().connection())
                    .exec(QStringLiteral("UPDATE episode SET status = 'closed', closed_at = "
                                         "'2026-06-01T10:00:00Z'")));
        hub::services::ErasureService erasure(f->ctx);
        auto direct = erasure.erase(admin, {other, QDate(), QStringLiteral("Asked in writing")});
        QVERIFY(!direct.ok()); // the tombstone is erased through its kept record
        auto s = erasure.erase(admin, {kept, QDate(), QStringLiteral("Asked in writing")});
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        QCOMPARE(get(other).familyName, QString());
        const auto record = hub::store::PersonMergeRepository(f->db()).get(m->id);
        QVERIFY(record.ok());
        QCOMPARE(record->prior, QStringLiteral("{}"));
        QCOMPARE(record->reason, QString());
        auto undone = merges.unmerge(supA, m->id);
        QVERIFY(!undone.ok());
        QVERIFY(undone.error().message.contains(QStringLiteral("erased")));
    }

    // After a merge the other record's id is a tombstone. Opening it opens the kept
    // record; every write on it (a contact, a referral at intake, a task, an edit, an
    // erasure, a retention erasure) is refused, changes nothing, and names the kept record
    // - by name to those who may open it, as "Another team's record" to others. The
    // retention list never shows a tombstone.
    void tombstoneIdsRedirectOrRefuse()
    {
        const Actor cwB =
            f->addUser(QStringLiteral("cw.south"), QStringLiteral("caseworker"), teamB);
        PersonMergeService merges(f->ctx);
        auto m = merges.merge(supA, {kept, other, QStringLiteral("Same person"), {}});
        QVERIFY2(m.ok(), qPrintable(m.error().describe()));
        // Long ago, so that the retention list would show the tombstone if it looked.
        QVERIFY(QSqlQuery(f->db().connection())
                    .exec(QStringLiteral("UPDATE person SET created_at = '2012-01-01T09:00:00Z' "
                                         "WHERE id = '%1'")
                              .arg(other)));
        const QString named = QStringLiteral("Ada Quill (%1)").arg(kept);
        auto refusedNaming = [&](const auto &s, const QString &words) {
            if (s.ok())
                return false;
            if (s.error().kind != Error::Kind::Conflict || !s.error().message.contains(words)) {
                qWarning("%s", qPrintable(s.error().describe()));
                return false;
            }
            return true;
        };
        const int contacts = f->count("contact"), referrals = f->count("referral"),
                  tasks = f->count("task"), events = f->count("audit_event");

        // Opening: the kept record's file.
        auto opened = hub::services::CaseService(f->db(), f->clock).openPerson(cwA, other);
        QVERIFY2(opened.ok(), qPrintable(opened.error().describe()));
        QCOMPARE(opened->person.id, kept);

        // Logging a contact: by its own team's worker, and by another team's, who is told
        // only that it is another team's record (a tombstone is held by nobody, so without
        // this check anyone could add to it).
        hub::services::ContactService contactService(f->ctx);
        QVERIFY(refusedNaming(contactService.log(cwA, contactDraft(other)), named));
        const auto fromB = contactService.log(cwB, contactDraft(other));
        QVERIFY(refusedNaming(fromB, kept));
        QVERIFY(!fromB.error().message.contains(QStringLiteral("Quill")));
        QVERIFY(fromB.error().message.contains(QStringLiteral("Another team's record")));

        // A referral at intake on the existing (merged) person.
        hub::services::Intake intake;
        intake.personId = other;
        intake.referral = f->referral(other, utc("2026-06-16T09:00:00Z"), QStringLiteral("new"));
        intake.referral.id.clear();
        QVERIFY(refusedNaming(hub::services::ReferralService(f->ctx).intake(cwA, intake), named));

        // A task about the person.
        hub::domain::Task draft;
        draft.personId = other;
        draft.title = QStringLiteral("Ring back");
        draft.dueOn = QDate(2026, 6, 20);
        QVERIFY(refusedNaming(hub::services::TaskService(f->ctx).create(cwA, draft), named));

        // An edit of the tombstone's details.
        auto edited = get(other);
        edited.phone = QStringLiteral("07700 900111");
        QVERIFY(refusedNaming(hub::services::PersonService(f->ctx).update(supA, edited), named));

        // Erasure, directly and for retention; the retention list leaves it out.
        hub::services::ErasureService erasure(f->ctx);
        QVERIFY(refusedNaming(
            erasure.erase(admin, {other, QDate(), QStringLiteral("Asked in writing")}), named));
        auto due = erasure.retentionList(admin, 6);
        QVERIFY2(due.ok(), qPrintable(due.error().describe()));
        for (const auto &e : due.value())
            QVERIFY(e.personId != other);
        QVERIFY(refusedNaming(erasure.eraseForRetention(admin, 6, {other}), named));

        QCOMPARE(f->count("contact"), contacts);
        QCOMPARE(f->count("referral"), referrals);
        QCOMPARE(f->count("task"), tasks);
        QCOMPARE(get(other).phone, QStringLiteral("+44 7700 900642"));
        QCOMPARE(get(other).mergedInto, kept);
        // Only the view of the kept record was audited.
        QCOMPARE(f->count("audit_event"), events + 1);
    }

    // A merged person is one person in a report computed after the merge; a snapshot taken
    // before keeps its figures.
    void countsCountOnePersonAfterMerge()
    {
        hub::services::ReportService reports(f->ctx);
        auto beforeReport = reports.monthly(supA, QDate(2026, 5, 1));
        QVERIFY2(beforeReport.ok(), qPrintable(beforeReport.error().describe()));
        QCOMPARE(beforeReport->peopleReferred, 2);
        QCOMPARE(beforeReport->peopleContacted, 2);
        auto snapshot = reports.saveSnapshot(supA, QDate(2026, 5, 1));
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().describe()));

        auto m = PersonMergeService(f->ctx).merge(supA, {kept, other, QStringLiteral("Same"), {}});
        QVERIFY2(m.ok(), qPrintable(m.error().describe()));
        auto after = reports.monthly(supA, QDate(2026, 5, 1));
        QVERIFY(after.ok());
        QCOMPARE(after->peopleReferred, 1);
        QCOMPARE(after->peopleReferredFirstTime, 1);
        QCOMPARE(after->peopleContacted, 1);
        QCOMPARE(after->referralsReceived, 2);
        auto saved = reports.snapshots(supA, QDate(2026, 5, 1));
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().figuresJson, snapshot->figuresJson);
    }

    // Duplicates planted in a demo caseload are found, each pair once.
    void possibleDuplicatesFindsPlantedPairs()
    {
        f.reset();
        f = std::make_unique<hub::test::ServiceFixture>(now());
        hub::demo::DemoOptions options;
        options.people = 600;
        options.months = 3;
        options.seed = 7;
        QVERIFY(hub::demo::generate(f->db(), options).ok());
        auto sup = f->addUser(QStringLiteral("sup.hub"), QStringLiteral("supervisor"));
        // Two planted pairs: a typo in the family name with the same birthday, and
        // swapped names with the same phone in another format.
        auto a = f->person(QStringLiteral("Zofia"), QStringLiteral("Brzezinska"));
        a.dateOfBirth = QDate(1987, 11, 23);
        auto a2 = f->person(QStringLiteral("Zofia"), QStringLiteral("Brzezinksa"));
        a2.dateOfBirth = QDate(1987, 11, 23);
        auto b = f->person(QStringLiteral("Tobiah"), QStringLiteral("Ferncastle"));
        b.phone = QStringLiteral("07700 900871");
        auto b2 = f->person(QStringLiteral("Ferncastle"), QStringLiteral("Tobiah"));
        b2.phone = QStringLiteral("+447700900871");
        for (const auto &p : {a, a2, b, b2})
            f->addPerson(p);
        std::atomic_bool cancel{false};
        int lastDone = -1;
        auto found = hub::services::DuplicateService(f->ctx).run(
            sup, [&](int done, int) { lastDone = done; }, &cancel);
        QVERIFY2(found.ok(), qPrintable(found.error().describe()));
        QVERIFY(lastDone > 600);
        auto has = [&](const QString &x, const QString &y) {
            int n = 0;
            for (const auto &p : found->pairs)
                n += (p.a.id == qMin(x, y) && p.b.id == qMax(x, y)) ? 1 : 0;
            return n;
        };
        QCOMPARE(has(a.id, a2.id), 1);
        QCOMPARE(has(b.id, b2.id), 1);

        // A caseworker may not list them.
        auto cw = f->addUser(QStringLiteral("cw.any"), QStringLiteral("caseworker"));
        QVERIFY(!hub::services::DuplicateService(f->ctx).run(cw).ok());
    }
};

QTEST_GUILESS_MAIN(TestPersonMerge)
#include "tst_personmerge.moc"
