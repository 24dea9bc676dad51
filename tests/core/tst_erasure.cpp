#include "ServiceFixtures.h"
#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "demo/DemoGenerator.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportWriters.h"
#include "services/AuditService.h"
#include "services/ErasureService.h"
#include "services/PersonMergeService.h"
#include "services/ReferralService.h"
#include "services/SettingsService.h"
#include "services/SupervisorService.h"
#include "store/ErasureRepository.h"
#include "store/PersonQueries.h"

#include <QBuffer>
#include <QFile>

using namespace hub;
using services::ErasureRequest;
using services::ErasureService;

// Erasure (UK GDPR) and retention: the erased text is gone from every file on disk, the
// monthly report of every month is unchanged, erased ids never come back, refusals change
// nothing, and the audit trail records each erasure and still verifies.
class TestErasure : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-11-30T10:00:00Z");
    std::unique_ptr<test::ServiceFixture> f;
    domain::Actor admin, supervisor, worker, auditor;

    ErasureService service() { return ErasureService(f->ctx); }

    // Every file SQLite may keep the data in: the database, its WAL and its journal.
    QByteArray diskBytes()
    {
        QByteArray all;
        for (const auto &suffix : {"", "-wal", "-journal", "-shm"}) {
            QFile file(f->tmp.path() + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(f->db().connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0);
    }

    void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(f->db().connection());
        q.prepare(sql);
        for (const auto &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("cannot run %s", qPrintable(sql));
    }

    // A person whose support ended: a closed referral, a closed episode, a contact.
    QString addClosedCase(const domain::Person &p, const QDateTime &at)
    {
        f->addPerson(p);
        auto r = f->referral(p.id, at, QStringLiteral("closed"));
        f->addReferral(r);
        domain::Episode e;
        e.id = util::newId();
        e.personId = p.id;
        e.caseworkerId = worker.userId;
        e.referralIds = {r.id};
        e.openedAt = at.addDays(1);
        e.status = QStringLiteral("closed");
        e.closedAt = at.addDays(30);
        e.closureReason = QStringLiteral("support_completed");
        if (auto s = store::EpisodeRepository(f->db()).insert(e); !s.ok())
            qFatal("cannot insert episode");
        auto c = call(p.id, at.addDays(2), QStringLiteral("Agreed next steps"));
        c.referralId = r.id;
        if (auto s = store::ContactRepository(f->db()).insert(c); !s.ok())
            qFatal("cannot insert contact");
        return p.id;
    }

    // An outbound call in which the person was spoken to, logged at once by the worker.
    domain::Contact call(const QString &personId, const QDateTime &at, const QString &summary)
    {
        domain::Contact c;
        c.id = util::newId();
        c.personId = personId;
        c.at = at;
        c.direction = QStringLiteral("outbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("spoke");
        c.durationMinutes = 10;
        c.summary = summary;
        c.recordedBy = worker.userId;
        c.recordedAt = at;
        return c;
    }

    int count(const char *table) { return f->count(table); }

    // What a refusal must leave as it was.
    QString fingerprint()
    {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(count("erasure"))
            .arg(count("audit_event"))
            .arg(scalar(QStringLiteral("SELECT group_concat(given_name || family_name || "
                                       "coalesce(phone, '')) FROM person"))
                     .toString())
            .arg(count("task"));
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ServiceFixture>(m_now);
        QVERIFY(f->tmp.ok());
        const auto team = f->addTeam(QStringLiteral("North"));
        admin = f->addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
        supervisor = f->addUser(QStringLiteral("super1"), QStringLiteral("supervisor"), team);
        worker = f->addUser(QStringLiteral("worker1"), QStringLiteral("caseworker"), team);
        auditor = f->addUser(QStringLiteral("audit1"), QStringLiteral("auditor"));
    }

    void cleanup() { f.reset(); }

    void erasedTextIsGoneFromEveryFile()
    {
        // Other people around, so that the search index has several segments and rows.
        for (int i = 0; i < 30; ++i)
            f->addPerson(QStringLiteral("Other%1").arg(i), QStringLiteral("Synthetic"));
        auto p = f->person(QStringLiteral("Zanzibarqx"), QStringLiteral("Quokkaberry"));
        p.dateOfBirth = test::date("1990-07-23");
        p.phone = QStringLiteral("07700 900481");
        p.email = QStringLiteral("quokka.zq@example.org");
        p.address = QStringLiteral("17 Xylophonequay Lane");
        p.postcode = QStringLiteral("ZX9 4QJ");
        p.contactNotes = QStringLiteral("Gate code Wombatnotes");
        p.safeTimes = QStringLiteral("Tuesdays Zebrastripetime");
        const auto id = addClosedCase(p, test::utc("2025-03-10T09:00:00Z"));
        const auto referralId =
            scalar(QStringLiteral("SELECT id FROM referral WHERE person_id = '%1'").arg(id))
                .toString();
        const auto episodeId =
            scalar(QStringLiteral("SELECT id FROM episode WHERE person_id = '%1'").arg(id))
                .toString();
        exec(QStringLiteral("UPDATE referral SET crime_reference = ?, decision_reason = ? "
                            "WHERE id = ?"),
             {QStringLiteral("CRIMEREF-88231X"), QStringLiteral("Decisionwords kumquat"),
              referralId});
        // An amendment with a safety override, a task, a closure review, a reassignment.
        auto amend = call(id, test::utc("2025-03-12T09:00:00Z"),
                          QStringLiteral("Corrected Marmaladesummary"));
        amend.safetyOverride = QStringLiteral("Pineappleoverride reason");
        amend.recordedAt = test::utc("2025-03-13T09:00:00Z");
        amend.amends =
            scalar(QStringLiteral("SELECT id FROM contact WHERE person_id = '%1'").arg(id))
                .toString();
        QVERIFY(store::ContactRepository(f->db()).insert(amend).ok());
        domain::Task t;
        t.id = util::newId();
        t.personId = id;
        t.episodeId = episodeId;
        t.title = QStringLiteral("Ring about Tasktitlefig");
        t.dueOn = test::date("2025-03-20");
        t.ownerId = worker.userId;
        QVERIFY(store::TaskRepository(f->db()).insert(t).ok());
        exec(QStringLiteral("INSERT INTO closure_review (id, episode_id, decision, comment, "
                            "reviewed_by, reviewed_at) VALUES (?, ?, 'approved', ?, ?, ?)"),
             {util::newId(), episodeId, QStringLiteral("Walruscomment ok"), supervisor.userId,
              QStringLiteral("2025-04-09T09:00:00Z")});
        exec(QStringLiteral("INSERT INTO assignment_change (id, record_type, record_id, "
                            "to_user, reason, changed_by, changed_at) VALUES (?, 'episode', ?, "
                            "?, ?, ?, ?)"),
             {util::newId(), episodeId, worker.userId, QStringLiteral("Pelicanreason leave"),
              supervisor.userId, QStringLiteral("2025-03-15T09:00:00Z")});
        // Sync bookkeeping copies values: a merge base and both sides of a conflict.
        exec(QStringLiteral("INSERT INTO sync_row (kind, row_id, version, base) VALUES "
                            "('person', ?, '1', ?), ('task', ?, '1', ?)"),
             {id, QStringLiteral(R"({"given_name":"Zanzibarqx","phone":"07700 900481"})"), t.id,
              QStringLiteral(R"({"title":"Ring about Tasktitlefig"})")});
        exec(QStringLiteral("INSERT INTO sync_conflict (id, kind, row_id, person_id, field, "
                            "reason, base, hub, client, raised_at) VALUES (?, 'person', ?, ?, "
                            "'contact_notes', 'same_field', ?, ?, ?, ?)"),
             {util::newId(), id, id, QStringLiteral(R"("Gate code Wombatnotes")"),
              QStringLiteral(R"("Wombatnotes hub side")"),
              QStringLiteral(R"("Wombatnotes desk side")"),
              QStringLiteral("2025-04-01T09:00:00Z")});
        // A 29 February birthday keeps its day; any other keeps its year and month.
        auto leap = f->person(QStringLiteral("Leapling"), QStringLiteral("Februaryson"));
        leap.dateOfBirth = test::date("2000-02-29");
        const auto leapId = addClosedCase(leap, test::utc("2025-05-10T09:00:00Z"));

        const QList<QByteArray> secrets{
            "Zanzibarqx",      "zanzibarqx",    "Quokkaberry",      "quokkaberry",
            "07700 900481",    "07700900481",   "quokka.zq",        "Xylophonequay",
            "ZX9 4QJ",         "ZX94QJ",        "Wombatnotes",      "Zebrastripetime",
            "CRIMEREF-88231X", "Decisionwords", "Marmaladesummary", "Pineappleoverride",
            "Tasktitlefig",    "Walruscomment", "Pelicanreason",    "Agreed next steps",
            "1990-07-23",      "Februaryson"};
        QVERIFY(f->db().checkpointTruncate().ok());
        const auto before = diskBytes();
        for (const auto &s : secrets)
            QVERIFY2(before.contains(s), s.constData()); // the test can see them at all
        // Search tokens, stored prefix-compressed in the index (so not always whole before).
        const QList<QByteArray> tokens{"zx94qj", "88231x", "07700900481", "xylophonequay"};

        QVERIFY(service()
                    .erase(admin, {id, test::date("2026-11-20"), QStringLiteral("Asked by letter")})
                    .ok());
        QVERIFY(service().erase(admin, {leapId, QDate(), QStringLiteral("Asked in person")}).ok());
        auto check = [&](const char *when) {
            const auto bytes = diskBytes();
            for (const auto &s : secrets + tokens)
                QVERIFY2(!bytes.contains(s),
                         qPrintable(QStringLiteral("%1 still on disk %2")
                                        .arg(QString::fromLatin1(s), QLatin1String(when))));
        };
        check("after the erasure");
        QCOMPARE(scalar(QStringLiteral("SELECT date_of_birth FROM person WHERE id = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("1990-07-01"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT date_of_birth FROM person WHERE id = '%1'").arg(leapId))
                .toString(),
            QStringLiteral("2000-02-29"));
        QCOMPARE(count("task"), 0);
        QCOMPARE(count("sync_row"), 0);
        // The hub is told once, by an 'erase'; no blanked row is queued as an upsert.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'erase' "
                                       "AND row_id = '%1'")
                            .arg(id))
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'upsert' "
                                       "AND row_id IN (SELECT id FROM contact WHERE person_id "
                                       "= '%1' UNION ALL SELECT '%1')")
                            .arg(id))
                     .toInt(),
                 0);
        QCOMPARE(count("contact"), 3); // contacts stay (anonymous), none removed
        // The other people are still found.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM person_search WHERE person_search "
                                       "MATCH 'synthetic'"))
                     .toInt(),
                 30);
        f->tmp.close();
        QVERIFY(f->tmp.reopen());
        check("after closing");
    }

    // Erasing a person who was in a merge: the merge's reason and the kept record's prior
    // values (what an unmerge would put back), and both records' names and numbers, are gone
    // from the database file and its WAL, not only from the rows.
    void mergedPersonLeavesNoTraceOnDisk()
    {
        auto keptDraft = f->person(QStringLiteral("Oriel"), QStringLiteral("Kestrelmoorqv"));
        keptDraft.phone = QStringLiteral("07700 900733");
        const auto kept = f->addPerson(keptDraft);
        auto otherDraft = f->person(QStringLiteral("Oriel"), QStringLiteral("Kestrelmoorqw"));
        otherDraft.phone = QStringLiteral("07700 900734");
        const auto other = f->addPerson(otherDraft);
        auto merged = services::PersonMergeService(f->ctx).merge(
            supervisor, {kept,
                         other,
                         QStringLiteral("Tamarindreason: same date of birth"),
                         {QStringLiteral("phone")}});
        QVERIFY2(merged.ok(), qPrintable(merged.error().describe()));
        QVERIFY(merged->prior.contains(QStringLiteral("07700 900733"))); // what unmerge restores
        const QList<QByteArray> secrets{"Tamarindreason", "Kestrelmoorqv", "Kestrelmoorqw",
                                        "kestrelmoorqv",  "kestrelmoorqw", "07700 900733",
                                        "07700 900734"};
        QVERIFY(f->db().checkpointTruncate().ok());
        const auto before = diskBytes();
        for (const auto &s : secrets)
            QVERIFY2(before.contains(s), s.constData()); // the test can see them at all

        QVERIFY(service().erase(admin, {kept, QDate(), QStringLiteral("Asked in writing")}).ok());
        auto check = [&](const char *when) {
            const auto bytes = diskBytes();
            for (const auto &s : secrets)
                QVERIFY2(!bytes.contains(s),
                         qPrintable(QStringLiteral("%1 still on disk %2")
                                        .arg(QString::fromLatin1(s), QLatin1String(when))));
        };
        check("after the erasure");
        QVERIFY(f->db().checkpointTruncate().ok());
        check("after a checkpoint");
        // The merge record stays (ids only) so links to the tombstone still land.
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM person_merge WHERE id = '%1'").arg(merged->id))
                .toInt(),
            1);
    }

    void reportsOfEveryMonthAreUnchanged()
    {
        demo::DemoOptions options;
        options.people = 150;
        options.months = 14;
        options.seed = 11;
        // The fixture's users exist already; the demo needs a database without people.
        auto made = demo::generate(f->db(), options);
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        const auto codes = reports::codesOf(f->db());
        const auto clock = services::SettingsService::victimsCodeClock(f->db());
        const QDate first = options.until.addMonths(-options.months - 1);
        QStringList months;
        for (QDate m(first.year(), first.month(), 1); m <= options.until.addMonths(2);
             m = m.addMonths(1))
            months << reports::monthKey(m);
        auto all = [&]() {
            QHash<QString, QByteArray> out;
            for (const auto &key : months) {
                auto r = reports::monthly(f->db(), reports::parseMonth(key), m_now, codes, clock);
                if (!r.ok())
                    qFatal("report failed: %s", qPrintable(r.error().describe()));
                out.insert(key, reports::toJson(r.value()));
            }
            return out;
        };
        const auto before = all();
        // Several people with support and contacts (and so in the age, gender... counts).
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.id FROM person p WHERE p.date_of_birth IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM contact c WHERE c.person_id = p.id AND c.outcome = 'spoke') "
            "AND EXISTS (SELECT 1 FROM episode e WHERE e.person_id = p.id) "
            "AND NOT EXISTS (SELECT 1 FROM episode e WHERE e.person_id = p.id "
            "AND e.status <> 'closed') AND NOT EXISTS (SELECT 1 FROM referral r WHERE "
            "r.person_id = p.id AND r.status NOT IN ('closed', 'declined', 'no_contact')) "
            "ORDER BY p.id LIMIT 12")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        QVERIFY2(ids.size() >= 8, qPrintable(QString::number(ids.size())));
        for (const auto &id : ids) {
            const auto s = service().erase(admin, {id, QDate(), QStringLiteral("Asked by phone")});
            QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        }
        const auto after = all();
        for (const auto &key : months)
            QVERIFY2(before.value(key) == after.value(key), qPrintable(key));
        // Something was counted in those months at all.
        QVERIFY(before.value(reports::monthKey(options.until)).contains("\"people_supported\""));
        auto verified = services::AuditService(f->ctx).verify();
        QVERIFY(verified.ok());
        QVERIFY(verified->intact());
    }

    void importRefusesAnErasedPerson()
    {
        auto p = f->person(QStringLiteral("Returning"), QStringLiteral("Ghostname"));
        const auto id = addClosedCase(p, test::utc("2024-01-10T09:00:00Z"));
        QBuffer archive;
        QVERIFY(archive.open(QIODevice::ReadWrite));
        QVERIFY(archive::exportArchive(f->db(), archive).ok());
        QVERIFY(service().erase(admin, {id, QDate(), QStringLiteral("Asked by letter")}).ok());
        const auto people = count("person");
        const auto referrals = count("referral");
        archive.seek(0);
        archive::ImportOptions options;
        options.replace = true;
        auto imported = archive::importArchive(f->db(), archive, options);
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().line > 1);
        QVERIFY2(imported.error().message.contains(QLatin1String("erased")),
                 qPrintable(imported.error().describe()));
        QVERIFY(imported.error().message.contains(id));
        QCOMPARE(count("person"), people);
        QCOMPARE(count("referral"), referrals);
        QCOMPARE(scalar(QStringLiteral("SELECT given_name FROM person WHERE id = '%1'").arg(id))
                     .toString(),
                 QString());

        // An export after the erasure leaves the person and their records out, and imports
        // cleanly into another database.
        QBuffer after;
        QVERIFY(after.open(QIODevice::ReadWrite));
        auto exported = archive::exportArchive(f->db(), after);
        QVERIFY(exported.ok());
        QVERIFY(!after.data().contains(id.toUtf8()));
        QCOMPARE(exported.value()[archive::RecordType::Person], people - 1);
        test::TempDatabase other;
        after.seek(0);
        auto again = archive::importArchive(other.db(), after);
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
    }

    // An erasure saved while another program was reading the database could not clear the
    // write-ahead log, and said to erase again: erasing again finishes it (before the fix it
    // was refused as already erased, and the old text stayed on disk). Once finished, a
    // further erasure is refused as usual.
    void anErasureCutShortIsFinishedByErasingAgain()
    {
        auto p = f->person(QStringLiteral("Vexillary"), QStringLiteral("Thornquist"));
        p.phone = QStringLiteral("07700 900583");
        const auto id = addClosedCase(p, test::utc("2024-02-10T09:00:00Z"));
        QVERIFY(f->db().checkpointTruncate().ok());
        QVERIFY(diskBytes().contains("Vexillary"));
        const ErasureRequest request{id, QDate(), QStringLiteral("Asked by email")};
        {
            // Another program holds a read transaction open: the log cannot be cleared.
            QVERIFY(f->db().exec(QStringLiteral("PRAGMA busy_timeout = 300")).ok());
            auto reader = store::Database::open(f->tmp.path(), store::Database::Migrate::No);
            QVERIFY(reader.ok());
            QVERIFY(reader.value()->exec(QStringLiteral("BEGIN")).ok());
            {
                QSqlQuery hold(reader.value()->connection());
                QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM person")) && hold.next());
            }
            const auto first = service().erase(admin, request);
            QVERIFY(!first.ok());
            QVERIFY2(first.error().message.contains(QLatin1String("erase again")),
                     qPrintable(first.error().message));
            QVERIFY(reader.value()->exec(QStringLiteral("COMMIT")).ok());
        }
        QVERIFY(f->db().exec(QStringLiteral("PRAGMA busy_timeout = 5000")).ok());
        // Saved (the person reads as erased), but the old text is still on disk.
        QCOMPARE(count("erasure"), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT given_name FROM person WHERE id = '%1'").arg(id))
                     .toString(),
                 QString());
        QVERIFY(diskBytes().contains("Vexillary"));
        const auto events = count("audit_event");

        const auto again = service().erase(admin, request);
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        const auto bytes = diskBytes();
        for (const char *secret : {"Vexillary", "Thornquist", "07700 900583"})
            QVERIFY2(!bytes.contains(secret), secret);
        QCOMPARE(count("erasure"), 1);
        QCOMPARE(count("audit_event"), events); // one erasure, one event

        const auto third = service().erase(admin, request);
        QVERIFY(!third.ok());
        QCOMPARE(third.error().kind, Error::Kind::Conflict);
        QVERIFY(third.error().message.contains(QLatin1String("already erased")));
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("requestedOn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("caseworker") << "worker"
                                    << "$closed"
                                    << "Asked"
                                    << ""
                                    << "cannot erase";
        QTest::newRow("supervisor") << "super"
                                    << "$closed"
                                    << "Asked"
                                    << ""
                                    << "cannot erase";
        QTest::newRow("auditor") << "auditor"
                                 << "$closed"
                                 << "Asked"
                                 << ""
                                 << "cannot erase";
        QTest::newRow("malformed id") << "admin"
                                      << "not-an-id"
                                      << "Asked"
                                      << ""
                                      << "not a person id";
        QTest::newRow("unknown id") << "admin"
                                    << "$unknown"
                                    << "Asked"
                                    << ""
                                    << "there is no person";
        QTest::newRow("no reason") << "admin"
                                   << "$closed"
                                   << "  "
                                   << ""
                                   << "give the reason";
        QTest::newRow("reason names") << "admin"
                                      << "$closed"
                                      << "Asked by ghostly Kestrelname"
                                      << ""
                                      << "must not contain the person's name";
        QTest::newRow("future date") << "admin"
                                     << "$closed"
                                     << "Asked"
                                     << "2026-12-01"
                                     << "after today";
        QTest::newRow("open work") << "admin"
                                   << "$open"
                                   << "Asked"
                                   << ""
                                   << "open referral";
        QTest::newRow("already erased") << "admin"
                                        << "$erased"
                                        << "Asked"
                                        << ""
                                        << "already erased";
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, id);
        QFETCH(QString, reason);
        QFETCH(QString, requestedOn);
        QFETCH(QString, expected);
        auto closed = f->person(QStringLiteral("Ghostly"), QStringLiteral("Kestrelname"));
        const auto closedId = addClosedCase(closed, test::utc("2024-01-10T09:00:00Z"));
        const auto openId = f->addPerson(QStringLiteral("Still"), QStringLiteral("Supported"));
        f->addReferral(f->referral(openId, test::utc("2026-11-01T09:00:00Z")));
        auto gone = f->person(QStringLiteral("Already"), QStringLiteral("Gone"));
        const auto goneId = addClosedCase(gone, test::utc("2024-01-10T09:00:00Z"));
        QVERIFY(service().erase(admin, {goneId, QDate(), QStringLiteral("Asked")}).ok());
        const QHash<QString, QString> ids{{QStringLiteral("$closed"), closedId},
                                          {QStringLiteral("$open"), openId},
                                          {QStringLiteral("$erased"), goneId},
                                          {QStringLiteral("$unknown"), util::newId()}};
        const QHash<QString, domain::Actor> actors{{QStringLiteral("worker"), worker},
                                                   {QStringLiteral("super"), supervisor},
                                                   {QStringLiteral("auditor"), auditor},
                                                   {QStringLiteral("admin"), admin}};
        const auto before = fingerprint();
        const auto s = service().erase(
            actors.value(who),
            {ids.value(id, id), requestedOn.isEmpty() ? QDate() : util::parseDate(requestedOn),
             reason});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().describe()));
        QCOMPARE(fingerprint(), before);
    }

    void retentionListsTheInactiveAndErasesThemInBulk()
    {
        QCOMPARE(services::SettingsService::retentionYears(f->db()), 6);
        const auto old1 = addClosedCase(f->person(QStringLiteral("Old"), QStringLiteral("One")),
                                        test::utc("2020-02-01T09:00:00Z"));
        const auto old2 = addClosedCase(f->person(QStringLiteral("Old"), QStringLiteral("Two")),
                                        test::utc("2018-06-01T09:00:00Z"));
        const auto recent =
            addClosedCase(f->person(QStringLiteral("Recent"), QStringLiteral("Three")),
                          test::utc("2023-06-01T09:00:00Z"));
        // Old but a contact last year: active.
        const auto revisited =
            addClosedCase(f->person(QStringLiteral("Revisited"), QStringLiteral("Four")),
                          test::utc("2018-01-01T09:00:00Z"));
        QVERIFY(store::ContactRepository(f->db())
                    .insert(call(revisited, test::utc("2025-09-01T09:00:00Z"),
                                 QStringLiteral("Rang back")))
                    .ok());
        // Old with a referral still open: not listed.
        const auto open = f->addPerson(QStringLiteral("Open"), QStringLiteral("Five"));
        f->addReferral(f->referral(open, test::utc("2017-01-01T09:00:00Z")));
        exec(QStringLiteral("UPDATE person SET created_at = '2017-01-01T00:00:00Z'"), {});

        auto list = service().retentionList(supervisor, 6);
        QVERIFY2(list.ok(), qPrintable(list.error().describe()));
        QStringList listed;
        for (const auto &e : list.value())
            listed << e.personId;
        QCOMPARE(listed, (QStringList{old2, old1})); // oldest activity first
        QCOMPARE(list->first().name, QStringLiteral("Old Two"));
        QCOMPARE(list->first().lastActivity, test::date("2018-07-01")); // closed 30 days on
        auto longer = service().retentionList(admin, 7);
        QVERIFY(longer.ok());
        QCOMPARE(longer->size(), 1);
        QVERIFY(service().retentionList(supervisor, 3)->size() == 3); // recent one too
        QVERIFY(!service().retentionList(worker, 6).ok());
        QVERIFY(!service().retentionList(auditor, 6).ok());
        QVERIFY(
            service().retentionList(admin, 0).error().message.contains(QLatin1String("between")));

        // Refused whole: someone not on the list, an empty choice, a caseworker.
        const auto before = fingerprint();
        QVERIFY(!service().eraseForRetention(supervisor, 6, {old1, recent}).ok());
        QVERIFY(!service().eraseForRetention(supervisor, 6, {}).ok());
        QVERIFY(!service().eraseForRetention(worker, 6, {old1}).ok());
        QCOMPARE(fingerprint(), before);

        QVector<QPair<int, int>> steps;
        auto erased =
            service().eraseForRetention(supervisor, 6, {old1, old2}, [&](int done, int total) {
                steps.push_back({done, total});
            });
        QVERIFY2(erased.ok(), qPrintable(erased.error().describe()));
        QCOMPARE(erased.value(), 2);
        QCOMPARE(steps, (QVector<QPair<int, int>>{{1, 2}, {2, 2}}));
        QVERIFY(service().retentionList(supervisor, 6)->isEmpty());
        // Without a progress callback too (hubctl).
        auto third = service().eraseForRetention(admin, 3, {recent});
        QVERIFY(third.ok());
        QCOMPARE(third.value(), 1);
        QCOMPARE(count("erasure"), 3);
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_id, person_id, detail FROM audit_event "
                                      "WHERE action = 'person.erase' AND user_id = '%1' "
                                      "ORDER BY seq")
                           .arg(supervisor.userId)));
        int events = 0;
        while (q.next()) {
            ++events;
            QCOMPARE(q.value(0).toString(), supervisor.userId);
            QVERIFY(q.value(2).toString().contains(QLatin1String("retention_years=6")));
            QVERIFY(!q.value(2).toString().contains(QLatin1String("Old")));
        }
        QCOMPARE(events, 2);
        QVERIFY(services::AuditService(f->ctx).verify()->intact());
    }

    void singleErasureIsAudited()
    {
        const auto id =
            addClosedCase(f->person(QStringLiteral("Audited"), QStringLiteral("Person")),
                          test::utc("2024-01-10T09:00:00Z"));
        QVERIFY(service()
                    .erase(admin, {id, test::date("2026-11-02"), QStringLiteral("Written request")})
                    .ok());
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_id, at, person_id, detail FROM audit_event "
                                      "WHERE action = 'person.erase'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), admin.userId);
        QCOMPARE(q.value(1).toString(), util::toIsoUtc(m_now));
        QCOMPARE(q.value(2).toString(), id);
        QCOMPARE(q.value(3).toString(),
                 QStringLiteral("requested_on=2026-11-02 reason=Written request"));
        auto record = store::ErasureRepository(f->db()).get(id);
        QVERIFY(record.ok());
        QCOMPARE(record->erasedBy, admin.userId);
        QCOMPARE(record->requestedOn, test::date("2026-11-02"));
        QVERIFY(services::AuditService(f->ctx).verify()->intact());
        // The All people list leaves the erased person out, count and page alike.
        f->addPerson(QStringLiteral("Still"), QStringLiteral("Listed"));
        store::PersonQueries people(f->db());
        QCOMPARE(people.caseloadCount(), count("person") - 1);
        auto page = people.caseloadPage(domain::CaseloadSort::Name, Qt::AscendingOrder, 0, 50,
                                        store::PersonFilter::everyone());
        QVERIFY(page.ok());
        QCOMPARE(page->size(), count("person") - 1);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().familyName, QStringLiteral("Listed"));
        // Found as erased, with no name.
        auto found = service().find(admin, id);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QVERIFY(found->first().erased);
        QVERIFY(found->first().name.isEmpty());
    }

    // The desk and review lists leave erased people out, as All people does: a supervisor
    // drilling into this week's contacts sees no nameless row, and a referral still open
    // here when the hub erased its person (a sync from another desk erases whatever is
    // open) leaves the inbox and the unallocated list.
    void deskAndReviewListsLeaveErasedPeopleOut()
    {
        // Monday 30 November: a contact this week with someone whose support has ended.
        const auto closed =
            addClosedCase(f->person(QStringLiteral("Weekly"), QStringLiteral("Call")),
                          test::utc("2026-09-01T09:00:00Z"));
        QVERIFY(store::ContactRepository(f->db())
                    .insert(call(closed, m_now.addSecs(-3600), QStringLiteral("Follow-up")))
                    .ok());
        const auto open = f->addPerson(QStringLiteral("Open"), QStringLiteral("Referral"));
        f->addReferral(f->referral(open, m_now.addDays(-1)));

        services::SupervisorService review(f->ctx);
        services::ReferralService referrals(f->ctx);
        const auto listed = [&](services::ReviewMeasure measure) {
            QStringList people;
            auto records = review.records(supervisor, {}, {}, measure);
            if (!records.ok())
                qFatal("%s", qPrintable(records.error().describe()));
            for (const auto &r : records.value())
                people << r.personId;
            return people;
        };
        const auto inbox = [&] {
            QStringList people;
            auto items = referrals.inbox(worker, worker.teamId);
            if (!items.ok())
                qFatal("%s", qPrintable(items.error().describe()));
            for (const auto &item : items.value())
                people << item.row.referral.personId;
            return people;
        };
        const auto weekFigure = [&] {
            auto numbers = review.review(supervisor);
            return numbers.ok()
                       ? numbers->rows.last().value(services::ReviewMeasure::ContactsThisWeek)
                       : -1;
        };
        QCOMPARE(listed(services::ReviewMeasure::ContactsThisWeek), QStringList{closed});
        QCOMPARE(weekFigure(), 1);
        QCOMPARE(listed(services::ReviewMeasure::Unallocated), QStringList{open});
        QCOMPARE(inbox(), QStringList{open});

        QVERIFY(service().erase(admin, {closed, {}, QStringLiteral("Written request")}).ok());
        QCOMPARE(listed(services::ReviewMeasure::ContactsThisWeek), QStringList{});
        QCOMPARE(weekFigure(), 0);

        // As a sync applies the hub's erasure: no open-work check on this desk.
        store::Transaction tx(f->db());
        QVERIFY(store::ErasureRepository(f->db())
                    .erasePerson(
                        {open, m_now.date(), QStringLiteral("erased on the hub"), QString(), m_now})
                    .ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(listed(services::ReviewMeasure::Unallocated), QStringList{});
        QCOMPARE(inbox(), QStringList{});
    }

    void retentionYearsSetting()
    {
        services::SettingsService settings(f->ctx);
        QVERIFY(!settings.setRetentionYears(supervisor, 7).ok());
        QVERIFY(!settings.setRetentionYears(admin, 0).ok());
        QVERIFY(!settings.setRetentionYears(admin, 51).ok());
        QCOMPARE(services::SettingsService::retentionYears(f->db()), 6);
        QVERIFY(settings.setRetentionYears(admin, 8).ok());
        QCOMPARE(services::SettingsService::retentionYears(f->db()), 8);
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
