#include "ServiceFixtures.h"
#include "reports/ReportReader.h"
#include "reports/ReportWriters.h"
#include "services/ContactService.h"
#include "services/ReportService.h"
#include "store/AuditRepository.h"

#include <QSqlError>

using namespace hub;
using test::utc;

namespace {

const QDate kJune(2026, 6, 1);
const QDate kJuly(2026, 7, 1);
const QDate kOctober(2026, 10, 1);

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A month closes at local midnight after its last day: 23:30 UTC on 30 June is
    // already 1 July in London (BST).
    void snapshotOnlyForClosedMonths()
    {
        test::ServiceFixture f(utc("2026-06-30T22:30:00Z"));
        const auto sup = f.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        services::ReportService reports(f.ctx);
        QVERIFY(!reports.isClosed(kJune));
        auto early = reports.saveSnapshot(sup, kJune);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, Error::Kind::Invalid);
        QCOMPARE(early.error().field, QStringLiteral("month"));
        QVERIFY(!reports.saveSnapshot(sup, kJuly).ok());
        QCOMPARE(f.count("report_snapshot"), 0);

        f.clock.set(utc("2026-06-30T23:30:00Z"));
        QVERIFY(reports.isClosed(kJune));
        QCOMPARE(reports.lastClosedMonth(), kJune);
        QVERIFY(!reports.isClosed(kJuly));
        auto saved = reports.saveSnapshot(sup, QDate(2026, 6, 17)); // any day of the month
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        QCOMPARE(saved->month, kJune);
        QVERIFY(reports.saveSnapshot(sup, QDate(2026, 5, 1)).ok());
        QVERIFY(!reports.saveSnapshot(sup, kJuly).ok());
        QCOMPARE(f.count("report_snapshot"), 2);
    }

    void onlySupervisorsAndAdministratorsSave()
    {
        test::ServiceFixture f(utc("2026-11-10T10:00:00Z"));
        services::ReportService reports(f.ctx);
        const auto cw = f.addUser(QStringLiteral("cw"));
        auto refused = reports.saveSnapshot(cw, kOctober);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        // Nobody signed in, even with the local administrator's role.
        auto nobody = reports.saveSnapshot(domain::Actor::system(), kOctober);
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().kind, Error::Kind::Permission);
        QCOMPARE(f.count("report_snapshot"), 0);

        const auto sup = f.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        const auto admin = f.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(reports.saveSnapshot(sup, kOctober).ok());
        QVERIFY(reports.saveSnapshot(admin, kOctober).ok());
        QCOMPARE(f.count("report_snapshot"), 2);
    }

    // Saved figures and their comparison with today are reports: a caseworker (or nobody
    // signed in) is refused them as they are refused the report itself.
    void snapshotsAreReadByReportReadersOnly()
    {
        test::ServiceFixture f(utc("2026-11-10T10:00:00Z"));
        const auto sup = f.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        const auto auditor = f.addUser(QStringLiteral("aud"), QStringLiteral("auditor"));
        const auto cw = f.addUser(QStringLiteral("cw"));
        services::ReportService reports(f.ctx);
        auto saved = reports.saveSnapshot(sup, kOctober);
        QVERIFY(saved.ok());
        for (const auto &reader : {sup, auditor}) {
            auto listed = reports.snapshots(reader, kOctober);
            QVERIFY2(listed.ok(), qPrintable(listed.error().describe()));
            QCOMPARE(listed->size(), 1);
            auto compared = reports.compareWithToday(reader, saved.value());
            QVERIFY2(compared.ok(), qPrintable(compared.error().describe()));
            QVERIFY(!compared->differs);
        }
        for (const auto &refused : {cw, domain::Actor{}}) {
            auto listed = reports.snapshots(refused, kOctober);
            QVERIFY(!listed.ok());
            QCOMPARE(listed.error().kind, Error::Kind::Permission);
            auto compared = reports.compareWithToday(refused, saved.value());
            QVERIFY(!compared.ok());
            QCOMPARE(compared.error().kind, Error::Kind::Permission);
        }
    }

    void snapshotKeepsTheFiguresWhoAndWhen()
    {
        test::ServiceFixture f(utc("2026-11-10T10:00:00Z"));
        const auto sup = f.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        const auto p = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Stone"));
        f.addReferral(f.referral(p, utc("2026-10-05T09:00:00Z")));
        f.addReferral(f.referral(p, utc("2026-10-20T09:00:00Z")));
        services::ReportService reports(f.ctx);

        auto saved = reports.saveSnapshot(sup, kOctober);
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        QCOMPARE(saved->asOf, utc("2026-11-10T10:00:00Z"));
        QCOMPARE(saved->createdAt, utc("2026-11-10T10:00:00Z"));
        QCOMPARE(saved->createdBy, sup.userId);
        QCOMPARE(saved->createdByName, QStringLiteral("sup (display)"));
        auto computed = reports.monthly(sup, kOctober, saved->asOf);
        QVERIFY(computed.ok());
        QCOMPARE(computed->referralsReceived, 2);
        QCOMPARE(saved->figuresJson, reports::toJson(computed.value()));

        f.clock.set(utc("2026-11-11T10:00:00Z"));
        QVERIFY(reports.saveSnapshot(sup, kOctober).ok());
        auto listed = reports.snapshots(sup, QDate(2026, 10, 31));
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).createdAt, utc("2026-11-11T10:00:00Z")); // newest first
        QCOMPARE(listed->at(1).id, saved->id);
        QCOMPARE(listed->at(1).figuresJson, saved->figuresJson);
        QCOMPARE(listed->at(1).createdByName, QStringLiteral("sup (display)"));
        QVERIFY(reports.snapshots(sup, kJune)->isEmpty());

        // What was saved reads back as the same report, byte for byte.
        auto back = reports::fromJson(saved->figuresJson);
        QVERIFY2(back.ok(), qPrintable(back.error().describe()));
        QCOMPARE(reports::toJson(back.value()), saved->figuresJson);
        QCOMPARE(reports::toCsv(back.value()), reports::toCsv(computed.value()));
        QVERIFY(!reports::fromJson("{\"month\": \"2026-10\"}").ok());
        QVERIFY(!reports::fromJson("not json").ok());
    }

    void snapshotsCannotBeChanged()
    {
        test::ServiceFixture f(utc("2026-11-10T10:00:00Z"));
        const auto sup = f.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        services::ReportService reports(f.ctx);
        auto first = reports.saveSnapshot(sup, kOctober);
        QVERIFY(first.ok());
        const auto before = f.rawRow("report_snapshot", first->id);
        QCOMPARE(before.size(), 6);

        // Through the service: saving again adds a snapshot and leaves the first alone.
        f.clock.set(utc("2026-11-12T10:00:00Z"));
        auto second = reports.saveSnapshot(sup, kOctober);
        QVERIFY(second.ok());
        QVERIFY(second->id != first->id);
        QCOMPARE(f.rawRow("report_snapshot", first->id), before);

        // Through raw SQL: the database itself refuses.
        QSqlQuery q(f.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE report_snapshot SET figures_json = '{}' "
                                       "WHERE id = '%1'")
                            .arg(first->id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("cannot be changed")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE report_snapshot SET created_by = NULL")));
        QVERIFY(
            !q.exec(QStringLiteral("DELETE FROM report_snapshot WHERE id = '%1'").arg(first->id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("cannot be removed")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(f.rawRow("report_snapshot", first->id), before);
        QCOMPARE(f.count("report_snapshot"), 2);
    }

    // Reports and their trend are for supervisors, administrators and auditors; each report
    // produced and each export is on the audit trail, refusals are not.
    void reportsAreCheckedAndAudited()
    {
        test::ServiceFixture f(utc("2026-11-10T10:00:00Z"));
        const auto cw = f.addUser(QStringLiteral("cw"));
        const auto auditor = f.addUser(QStringLiteral("aud"), QStringLiteral("auditor"));
        const auto p = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Stone"));
        f.addReferral(f.referral(p, utc("2026-10-05T09:00:00Z")));
        services::ReportService reports(f.ctx);
        auto last = [&] {
            auto e = store::AuditRepository(f.db()).last();
            if (!e.ok() || !e.value())
                qFatal("no audit event");
            return *e.value();
        };
        const auto events = f.count("audit_event");

        auto refused = reports.monthly(cw, kOctober);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QCOMPARE(refused.error().message, QStringLiteral("a caseworker cannot view reports"));
        auto noTrend = reports.trend(cw, kOctober);
        QVERIFY(!noTrend.ok());
        QCOMPARE(noTrend.error().kind, Error::Kind::Permission);
        QVERIFY(!reports.trend(domain::Actor(), kOctober).ok());
        QCOMPARE(f.count("audit_event"), events);

        auto report = reports.monthly(auditor, kOctober, utc("2026-11-09T09:00:00Z"));
        QVERIFY2(report.ok(), qPrintable(report.error().describe()));
        QCOMPARE(report->referralsReceived, 1);
        auto viewed = last();
        QCOMPARE(viewed.action, QStringLiteral("report.view"));
        QCOMPARE(viewed.userId, auditor.userId);
        QCOMPARE(viewed.recordType, QStringLiteral("report"));
        QCOMPARE(viewed.recordId, QStringLiteral("2026-10"));
        QCOMPARE(viewed.detail, QStringLiteral("monthly as_of=2026-11-09T09:00:00Z"));
        auto trend = reports.trend(auditor, kOctober);
        QVERIFY2(trend.ok(), qPrintable(trend.error().describe()));
        QCOMPARE(trend->size(), 12);

        QVERIFY(!reports
                     .recordExport(cw, report.value(), QStringLiteral("csv"),
                                   QStringLiteral("/tmp/october.csv"))
                     .ok());
        QCOMPARE(last().seq, viewed.seq);
        QVERIFY(reports
                    .recordExport(auditor, report.value(), QStringLiteral("csv"),
                                  QStringLiteral("/home/someone/october.csv"))
                    .ok());
        auto exported = last();
        QCOMPARE(exported.action, QStringLiteral("report.export"));
        QCOMPARE(exported.userId, auditor.userId);
        QCOMPARE(exported.recordId, QStringLiteral("2026-10"));
        QCOMPARE(exported.detail,
                 QStringLiteral("monthly csv as_of=2026-11-09T09:00:00Z to october.csv"));
    }

    // A contact logged in November for a call made in October changes October's counts;
    // the snapshot keeps what was reported and the comparison names what moved.
    void compareDetectsALateLoggedContact()
    {
        test::ServiceFixture f(utc("2026-11-03T10:00:00Z"));
        const auto sup = f.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"));
        const auto cw = f.addUser(QStringLiteral("cw"));
        const auto p = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Stone"));
        auto referral = f.referral(p, utc("2026-10-05T09:00:00Z"));
        referral.consentToContact = true;
        f.addReferral(referral);
        f.addEpisode(p, cw.userId);
        services::ReportService reports(f.ctx);
        auto snapshot = reports.saveSnapshot(sup, kOctober);
        QVERIFY(snapshot.ok());

        auto same = reports.compareWithToday(sup, snapshot.value());
        QVERIFY2(same.ok(), qPrintable(same.error().describe()));
        QVERIFY(!same->differs);
        QVERIFY(same->changes.isEmpty());
        QCOMPARE(same->todayJson, snapshot->figuresJson);

        f.clock.set(utc("2026-11-10T10:00:00Z"));
        domain::Contact call;
        call.personId = p;
        call.at = utc("2026-10-06T11:00:00Z");
        call.direction = QStringLiteral("outbound");
        call.channel = QStringLiteral("phone");
        call.outcome = QStringLiteral("spoke");
        call.durationMinutes = 25;
        call.summary = QStringLiteral("First call, logged late.");
        auto logged = services::ContactService(f.ctx).log(cw, call);
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));

        auto moved = reports.compareWithToday(sup, snapshot.value());
        QVERIFY2(moved.ok(), qPrintable(moved.error().describe()));
        QVERIFY(moved->differs);
        QHash<QString, QPair<QString, QString>> byPath;
        for (const auto &c : moved->changes)
            byPath.insert(c.breakdown.isEmpty() ? c.figure : c.figure + u'.' + c.breakdown,
                          {c.saved, c.today});
        QCOMPARE(byPath.value(QStringLiteral("contacts_logged")),
                 qMakePair(QStringLiteral("0"), QStringLiteral("1")));
        QCOMPARE(byPath.value(QStringLiteral("contact_minutes")),
                 qMakePair(QStringLiteral("0"), QStringLiteral("25")));
        QCOMPARE(byPath.value(QStringLiteral("people_supported")),
                 qMakePair(QStringLiteral("0"), QStringLiteral("1")));
        // Due on 12 October, missed at the snapshot; met now that the call is on file.
        QCOMPARE(byPath.value(QStringLiteral("first_contact.met")),
                 qMakePair(QStringLiteral("0"), QStringLiteral("1")));
        QCOMPARE(byPath.value(QStringLiteral("first_contact.missed")),
                 qMakePair(QStringLiteral("1"), QStringLiteral("0")));
        QVERIFY(!byPath.contains(QStringLiteral("referrals_received")));
        QVERIFY(!byPath.contains(QStringLiteral("as_of")));
        // The snapshot itself is untouched.
        QCOMPARE(reports.snapshots(sup, kOctober)->first().figuresJson, snapshot->figuresJson);
    }
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
