#include "ServiceFixtures.h"
#include "security/AuditChain.h"
#include "services/ArchiveService.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/ContactService.h"
#include "services/EpisodeService.h"
#include "services/PersonService.h"
#include "services/ReferralService.h"
#include "services/SettingsService.h"
#include "store/AuditRepository.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace hub;
using services::AuditProblem;
using services::AuditService;

// The audit trail: each service write appends its event in the same transaction, the
// database refuses to change events, and verify() finds an attacker's edit, deletion,
// insertion or reordering made with raw SQL on the file.
class TestAudit : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-06-08T09:00:00Z");

    std::unique_ptr<test::ServiceFixture> f;
    domain::Actor worker;
    QString personId;
    QString referralId;

    domain::Contact call()
    {
        domain::Contact c;
        c.personId = personId;
        c.referralId = referralId;
        c.at = m_now.addSecs(-600);
        c.direction = QStringLiteral("outbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("spoke");
        c.durationMinutes = 5;
        c.summary = QStringLiteral("Agreed a visit on Friday.");
        return c;
    }

    QStringList actions()
    {
        QSqlQuery q(f->db().connection());
        QStringList out;
        if (q.exec(QStringLiteral("SELECT action FROM audit_event ORDER BY seq"))) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

    AuditService audit() { return AuditService(f->ctx); }

    // What an attacker with the file can do: a second connection, triggers dropped first.
    void tamper(const QStringList &statements)
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
            for (const auto &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ServiceFixture>(m_now);
        worker = f->addUser(QStringLiteral("cw.audit"));
        personId = f->addPerson(QStringLiteral("Ada"), QStringLiteral("Lovell"));
        auto r = f->referral(personId, m_now.addDays(-1));
        referralId = f->addReferral(r);
    }
    void cleanup() { f.reset(); }

    void everyServiceWriteAndViewIsAnEvent()
    {
        QVERIFY(services::ContactService(f->ctx).log(worker, call()).ok());
        auto person = store::PersonRepository(f->db()).get(personId).value();
        person.phone = QStringLiteral("07700 900123");
        QVERIFY(services::PersonService(f->ctx).update(worker, person).ok());
        QVERIFY(services::ReferralService(f->ctx).assign(worker, referralId, worker.userId).ok());
        domain::Task t;
        t.title = QStringLiteral("Call back");
        t.dueOn = QDate(2026, 6, 10);
        t.personId = personId;
        auto task = services::TaskService(f->ctx).create(worker, t);
        QVERIFY(task.ok());
        QVERIFY(services::TaskService(f->ctx).complete(worker, task->id).ok());
        QVERIFY(services::CaseService(f->db(), f->clock).openPerson(worker, personId).ok());
        const auto admin = f->addUser(QStringLiteral("admin.audit"), QStringLiteral("admin"));
        QVERIFY(services::SettingsService(f->ctx).setVictimsCodeDays(admin, {2, 4}).ok());

        QCOMPARE(actions(),
                 (QStringList{QStringLiteral("contact.log"), QStringLiteral("person.update"),
                              QStringLiteral("referral.assign"), QStringLiteral("task.create"),
                              QStringLiteral("task.complete"), QStringLiteral("person.view"),
                              QStringLiteral("settings.change")}));
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT at, user_id, username, workstation, record_type, "
                                      "person_id, detail FROM audit_event WHERE seq = 2")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-06-08T09:00:00Z"));
        QCOMPARE(q.value(1).toString(), worker.userId);
        QCOMPARE(q.value(2).toString(), QStringLiteral("cw.audit"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("test-pc"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("person"));
        QCOMPARE(q.value(5).toString(), personId);
        // Which fields changed, not what they now say.
        QCOMPARE(q.value(6).toString(), QStringLiteral("phone"));

        const auto checked = audit().verify();
        QVERIFY(checked.ok());
        QVERIFY(checked->intact());
        QCOMPARE(checked->events, 7);
    }

    void aFailedWriteLeavesNoEvent()
    {
        // Refused before writing: nothing.
        auto bad = call();
        bad.channel = QStringLiteral("carrier_pigeon");
        QVERIFY(!services::ContactService(f->ctx).log(worker, bad).ok());
        // Rolled back with the caller's transaction: the contact and its event go together.
        {
            store::Transaction outer(f->db());
            QVERIFY(services::ContactService(f->ctx).log(worker, call()).ok());
            QCOMPARE(f->count("audit_event"), 1);
            outer.rollback();
        }
        QCOMPARE(f->count("contact"), 0);
        QCOMPARE(f->count("audit_event"), 0);
        // An event that cannot be written takes the change with it.
        QVERIFY(f->db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER audit_full BEFORE INSERT ON "
                                         "audit_event BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                    .ok());
        QVERIFY(!services::ContactService(f->ctx).log(worker, call()).ok());
        QVERIFY(!services::CaseService(f->db(), f->clock).openPerson(worker, personId).ok());
        QCOMPARE(f->count("contact"), 0);
        QCOMPARE(referralStatusIsNew(), true);
    }

    // An archive export is an event (who, which file, how many records); an import is an
    // event in the import's own transaction, so the records and the event go together.
    void archiveExportAndImportAreEvents()
    {
        const auto sup = f->addUser(QStringLiteral("sup.audit"), QStringLiteral("supervisor"));
        services::ArchiveService archives(f->ctx);
        QBuffer archive;
        QVERIFY(archive.open(QIODevice::WriteOnly));
        QVERIFY(!archives.exportAll(worker, archive, QStringLiteral("no.hub")).ok());
        QCOMPARE(f->count("audit_event"), 0);
        auto exported = archives.exportAll(sup, archive, QStringLiteral("/srv/out/all.hub"));
        QVERIFY2(exported.ok(), qPrintable(exported.error().describe()));
        QCOMPARE(actions(), QStringList{QStringLiteral("archive.export")});
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_id, record_type, record_id, detail FROM "
                                      "audit_event WHERE seq = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), sup.userId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("archive"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("all.hub"));
        QCOMPARE(q.value(3).toString(), exported->summary());
        QVERIFY(exported->summary().contains(QLatin1String("1 person")));
        archive.close();

        test::ServiceFixture other(m_now);
        const auto admin = other.addUser(QStringLiteral("admin.other"), QStringLiteral("admin"));
        services::ArchiveService into(other.ctx);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QVERIFY(other.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER audit_full BEFORE INSERT ON "
                                         "audit_event BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                    .ok());
        QVERIFY(!into.importAll(admin, archive, QStringLiteral("all.hub")).ok());
        QCOMPARE(other.count("person"), 0);
        QVERIFY(other.db().exec(QStringLiteral("DROP TRIGGER temp.audit_full")).ok());
        archive.seek(0);
        QVERIFY(!into.importAll(worker, archive, QStringLiteral("all.hub")).ok());
        QCOMPARE(other.count("person"), 0);
        archive.seek(0);
        auto imported = into.importAll(admin, archive, QStringLiteral("all.hub"));
        QVERIFY2(imported.ok(), qPrintable(imported.error().describe()));
        QCOMPARE(other.count("person"), 1);
        QCOMPARE(other.count("audit_event"), 1);
        QSqlQuery r(other.db().connection());
        QVERIFY(r.exec(QStringLiteral("SELECT action, user_id, detail FROM audit_event")));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toString(), QStringLiteral("archive.import"));
        QCOMPARE(r.value(1).toString(), admin.userId);
        QVERIFY2(r.value(2).toString().startsWith(QStringLiteral("inserted ")),
                 qPrintable(r.value(2).toString()));
    }

    void theDatabaseRefusesToChangeEvents()
    {
        QVERIFY(audit().record(worker, QStringLiteral("test.one"), {}, {}, {}).ok());
        QVERIFY(audit().record(worker, QStringLiteral("test.two"), {}, {}, {}).ok());
        for (const auto &sql :
             {QStringLiteral("UPDATE audit_event SET detail = 'x' WHERE seq = 1"),
              QStringLiteral("DELETE FROM audit_event WHERE seq = 1"),
              QStringLiteral("INSERT INTO audit_event (seq, at, action, "
                             "prev_hash, hash) VALUES (1, 'x', 'x', 'x', 'x')")}) {
            const auto s = f->db().exec(sql);
            QVERIFY2(!s.ok(), qPrintable(sql));
        }
        QVERIFY(audit().verify()->intact());
    }

    void verifyNamesTheFirstBadEvent_data()
    {
        QTest::addColumn<QStringList>("attack");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        const auto kind = [](AuditProblem::Kind k) {
            return int(k);
        };
        QTest::newRow("edit a detail")
            << QStringList{QStringLiteral("UPDATE audit_event SET detail = 'nothing happened' "
                                          "WHERE seq = 3")}
            << qint64(3) << kind(AuditProblem::Kind::Edited)
            << QStringLiteral("event 3 was edited");
        QTest::newRow("edit who did it")
            << QStringList{QStringLiteral("UPDATE audit_event SET username = 'someone.else' "
                                          "WHERE seq = 4")}
            << qint64(4) << kind(AuditProblem::Kind::Edited) << QStringLiteral("event 4");
        QTest::newRow("delete one")
            << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 3")} << qint64(3)
            << kind(AuditProblem::Kind::Missing) << QStringLiteral("event 3 is missing");
        QTest::newRow("delete two")
            << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq IN (2, 3)")}
            << qint64(2) << kind(AuditProblem::Kind::Missing)
            << QStringLiteral("events 2 to 3 are missing");
        QTest::newRow("insert a forged one")
            << QStringList{QStringLiteral("UPDATE audit_event SET seq = seq + 100 WHERE seq >= 3"),
                           QStringLiteral("UPDATE audit_event SET seq = seq - 99 WHERE seq > 100"),
                           QStringLiteral(
                               "INSERT INTO audit_event (seq, at, user_id, username, action, "
                               "prev_hash, hash) VALUES (3, '2026-06-08T08:00:00Z', 'x', "
                               "'cw.audit', 'person.view', printf('%064d', 7), printf('%064d', "
                               "8))")}
            << qint64(3) << kind(AuditProblem::Kind::Inserted)
            << QStringLiteral("event 3 does not follow event 2");
        QTest::newRow("swap two")
            << QStringList{QStringLiteral("UPDATE audit_event SET seq = 100 WHERE seq = 2"),
                           QStringLiteral("UPDATE audit_event SET seq = 2 WHERE seq = 3"),
                           QStringLiteral("UPDATE audit_event SET seq = 3 WHERE seq = 100")}
            << qint64(2) << kind(AuditProblem::Kind::Inserted) << QStringLiteral("event 2");
    }
    void verifyNamesTheFirstBadEvent()
    {
        QFETCH(QStringList, attack);
        QFETCH(qint64, seq);
        QFETCH(int, kind);
        QFETCH(QString, words);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(audit()
                        .record(worker, QStringLiteral("person.view"), QStringLiteral("person"),
                                personId, personId, QStringLiteral("view %1").arg(i))
                        .ok());
        QVERIFY(audit().verify()->intact());

        tamper(attack);
        const auto checked = audit().verify();
        QVERIFY(checked.ok());
        QVERIFY(!checked->intact());
        QCOMPARE(checked->problem->seq, seq);
        QCOMPARE(int(checked->problem->kind), kind);
        QVERIFY2(checked->problem->message.contains(words), qPrintable(checked->problem->message));
        QCOMPARE(checked->events, seq - 1);
    }

    void aResealedEditIsFoundAtTheNextEvent()
    {
        // An attacker who knows the scheme re-computes the edited event's hash: the next
        // event's link no longer matches.
        for (int i = 1; i <= 3; ++i)
            QVERIFY(audit().record(worker, QStringLiteral("person.view"), {}, {}, {}).ok());
        domain::AuditEvent forged;
        QVERIFY(store::AuditRepository(f->db())
                    .forEach([&](const domain::AuditEvent &e) {
                        if (e.seq == 2)
                            forged = e;
                        return Status();
                    })
                    .ok());
        forged.action = QStringLiteral("login.ok");
        tamper({QStringLiteral("UPDATE audit_event SET action = 'login.ok', hash = '%1' WHERE "
                               "seq = 2")
                    .arg(security::AuditChain::hashOf(forged))});
        const auto checked = audit().verify();
        QVERIFY(!checked->intact());
        QCOMPARE(checked->problem->seq, qint64(3));
    }

private:
    bool referralStatusIsNew()
    {
        return store::ReferralRepository(f->db()).get(referralId)->status == QLatin1String("new");
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
