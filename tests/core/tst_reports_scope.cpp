#include "ServiceFixtures.h"
#include "reports/ReportReader.h"
#include "reports/ReportWriters.h"
#include "services/ReportService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace hub;
using test::utc;

namespace {

const QDate kAugust(2026, 8, 1);
const QDate kSeptember(2026, 9, 1);
const QDate kOctober(2026, 10, 1);

} // namespace

// The Reports page and `hubctl report monthly` for managers: any run of months, one team
// (COUNTING_RULES.md "Months and teams"), the team rule enforced in the service, and the
// CSV's label columns.
class TestReportsScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    QString teamA, teamB;
    domain::Actor cwA, cwB, supA, supHub, admin, auditor;
    QString p1, p2, p3;

    void exec(const QString &sql)
    {
        const auto s = f->db().exec(sql);
        QVERIFY2(s.ok(), qPrintable(s.error().describe() + u'\n' + sql));
    }
    QString episode(const QString &person, const domain::Actor &holder, const char *openedAt)
    {
        const QString id = util::newId();
        exec(QStringLiteral("INSERT INTO episode (id, person_id, caseworker_id, opened_at, status) "
                            "VALUES ('%1', '%2', '%3', '%4', 'open')")
                 .arg(id, person, holder.userId, QLatin1String(openedAt)));
        return id;
    }
    void contact(const QString &person, const domain::Actor &by, const char *at, int minutes)
    {
        exec(QStringLiteral("INSERT INTO contact (id, person_id, at, direction, channel, outcome, "
                            "duration_minutes, summary, recorded_by, recorded_at) VALUES ('%1', "
                            "'%2', '%3', 'outbound', 'phone', 'spoke', %4, 'Call', '%5', '%3')")
                 .arg(util::newId(), person, QLatin1String(at))
                 .arg(minutes)
                 .arg(by.userId));
    }
    void referral(const QString &person, const char *at, const domain::Actor &holder)
    {
        auto r = f->referral(person, utc(at), QStringLiteral("accepted"));
        r.assignedTo = holder.userId;
        f->addReferral(r);
    }
    // A supervisor moves a record from one worker to another at `at`.
    void reassigned(const char *type, const QString &id, const domain::Actor &from,
                    const domain::Actor &to, const char *at)
    {
        exec(QStringLiteral("INSERT INTO assignment_change (id, record_type, record_id, "
                            "from_user, to_user, reason, changed_by, changed_at) VALUES ('%1', "
                            "'%2', '%3', '%4', '%5', 'Leave', '%6', '%7')")
                 .arg(util::newId(), QLatin1String(type), id, from.userId, to.userId, supHub.userId,
                      QLatin1String(at)));
        exec(
            QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE id = '%4'")
                .arg(QLatin1String(type),
                     QLatin1String(QByteArray(type) == "episode" ? "caseworker_id" : "assigned_to"),
                     to.userId, id));
    }

    reports::MonthlyReport count(const domain::Actor &who, const QDate &first, const QDate &last,
                                 const QString &team)
    {
        services::ReportService service(f->ctx);
        auto r = service.report(who, {first, last, team, {}}, utc("2026-11-20T12:00:00Z"));
        if (!r.ok())
            qFatal("report: %s", qPrintable(r.error().describe()));
        return r.value();
    }

private Q_SLOTS:
    // Two teams. p1 is team A's all along; p2 is team B's; p3 was team A's in September
    // and moved to team B in October (referral and episode reassigned on 5 October).
    void init()
    {
        f = std::make_unique<test::ServiceFixture>(utc("2026-11-20T12:00:00Z"));
        teamA = f->addTeam(QStringLiteral("Peterborough"));
        teamB = f->addTeam(QStringLiteral("Cambridge"));
        cwA = f->addUser(QStringLiteral("cw.a"), QStringLiteral("caseworker"), teamA);
        cwB = f->addUser(QStringLiteral("cw.b"), QStringLiteral("caseworker"), teamB);
        supA = f->addUser(QStringLiteral("sup.a"), QStringLiteral("supervisor"), teamA);
        supHub = f->addUser(QStringLiteral("sup.hub"), QStringLiteral("supervisor"));
        admin = f->addUser(QStringLiteral("admin"), QStringLiteral("admin"));
        auditor = f->addUser(QStringLiteral("auditor"), QStringLiteral("auditor"));
        p1 = f->addPerson(QStringLiteral("Ada"), QStringLiteral("Stone"));
        p2 = f->addPerson(QStringLiteral("Ben"), QStringLiteral("Hale"));
        p3 = f->addPerson(QStringLiteral("Cy"), QStringLiteral("Marsh"));

        referral(p1, "2026-08-10T09:00:00Z", cwA);
        episode(p1, cwA, "2026-08-12T09:00:00Z");
        contact(p1, cwA, "2026-08-12T10:00:00Z", 30);
        contact(p1, cwA, "2026-10-02T10:00:00Z", 15);

        referral(p2, "2026-09-03T09:00:00Z", cwB);
        episode(p2, cwB, "2026-09-04T09:00:00Z");
        contact(p2, cwB, "2026-09-04T10:00:00Z", 20);

        referral(p3, "2026-09-21T09:00:00Z", cwA);
        const QString e3 = episode(p3, cwA, "2026-09-22T09:00:00Z");
        contact(p3, cwA, "2026-09-22T10:00:00Z", 10);
        contact(p3, cwB, "2026-10-07T10:00:00Z", 25);
        reassigned("episode", e3, cwA, cwB, "2026-10-05T09:00:00Z");
        // Its referral was moved too (found by the person).
        QSqlQuery q(f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM referral WHERE person_id = '%1'").arg(p3)));
        QVERIFY(q.next());
        const QString r3 = q.value(0).toString();
        q.finish();
        reassigned("referral", r3, cwA, cwB, "2026-10-05T09:00:00Z");
    }

    // A record counts for the team that held it at the end of the month, read through the
    // reassignment history: in September p3 is team A's, in October team B's, although
    // today both records are held in team B. A contact counts for its recorder's team.
    void aTeamCountsWhatItHeldThatMonth()
    {
        const auto septA = count(admin, kSeptember, kSeptember, teamA);
        const auto septB = count(admin, kSeptember, kSeptember, teamB);
        const auto sept = count(admin, kSeptember, kSeptember, {});
        QCOMPARE(septA.teamName, QStringLiteral("Peterborough"));
        QCOMPARE(septA.referralsReceived, 1); // p3's, held by A on 30 September
        QCOMPARE(septB.referralsReceived, 1); // p2's
        QCOMPARE(sept.referralsReceived, 2);
        QCOMPARE(septA.episodesOpened, 1);
        QCOMPARE(septA.episodesOpenAtMonthEnd, 2); // p1's and p3's
        QCOMPARE(septB.episodesOpenAtMonthEnd, 1);
        QCOMPARE(septA.peopleSupported, 1); // p3, spoken to in September
        QCOMPARE(septB.peopleSupported, 1);
        QCOMPARE(septA.contactsLogged, 1);
        QCOMPARE(septA.contactMinutes, 10);
        QCOMPARE(septB.contactMinutes, 20);

        const auto octA = count(admin, kOctober, kOctober, teamA);
        const auto octB = count(admin, kOctober, kOctober, teamB);
        const auto oct = count(admin, kOctober, kOctober, {});
        QCOMPARE(octA.episodesOpenAtMonthEnd, 1); // p1's only: p3's moved on 5 October
        QCOMPARE(octB.episodesOpenAtMonthEnd, 2);
        QCOMPARE(octA.peopleSupported, 1); // p1
        QCOMPARE(octB.peopleSupported, 1); // p3, whose episode team B held
        QCOMPARE(octA.contactMinutes, 15);
        QCOMPARE(octB.contactMinutes, 25);
        // Every record counts for one team: the teams add up to the hub.
        QCOMPARE(octA.contactsLogged + octB.contactsLogged, oct.contactsLogged);
        QCOMPARE(octA.episodesOpenAtMonthEnd + octB.episodesOpenAtMonthEnd,
                 oct.episodesOpenAtMonthEnd);
        QCOMPARE(septA.referralsReceived + septB.referralsReceived, sept.referralsReceived);
    }

    // A run of months is one window: referrals of each month added, people counted once.
    void aRunOfMonthsCountsEveryMonthOnce()
    {
        const auto run = count(admin, kAugust, kOctober, {});
        QVERIFY(run.isRange());
        QCOMPARE(run.referralsReceived, 3);
        QCOMPARE(run.peopleReferred, 3);
        QCOMPARE(run.contactsLogged, 5);
        QCOMPARE(run.contactMinutes, 100);
        QCOMPARE(run.peopleSupported, 3);
        QCOMPARE(run.episodesOpened, 3);
        QCOMPARE(run.supportedByAgeBand.total(), 3);
        const auto teamRun = count(admin, kAugust, kOctober, teamA);
        QCOMPARE(teamRun.referralsReceived, 1); // p1's; p3's was team B's on 31 October
        QCOMPARE(teamRun.contactMinutes, 55);   // cw.a's three contacts

        const auto json = QJsonDocument::fromJson(reports::toJson(teamRun)).object();
        QCOMPARE(json.value(u"month").toString(), QStringLiteral("2026-08"));
        QCOMPARE(json.value(u"last_month").toString(), QStringLiteral("2026-10"));
        QCOMPARE(json.value(u"team").toString(), QStringLiteral("Peterborough"));
        QCOMPARE(json.value(u"team_id").toString(), teamA);
        auto back = reports::fromJson(reports::toJson(teamRun));
        QVERIFY(back.ok());
        QCOMPARE(reports::toJson(back.value()), reports::toJson(teamRun));

        // The whole hub's single month reads as it always did: no new keys.
        const auto one =
            QJsonDocument::fromJson(reports::toJson(count(admin, kOctober, kOctober, {}))).object();
        QVERIFY(!one.contains(u"last_month"));
        QVERIFY(!one.contains(u"team"));
        QCOMPARE(one.keys().size(), 24);

        services::ReportService service(f->ctx);
        auto backwards = service.report(admin, {kOctober, kAugust, {}, {}});
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().kind, Error::Kind::Invalid);
    }

    // A supervisor of a team sees their team's figures only, whatever they ask; hub-wide
    // roles any team or all. The service decides, so hubctl and the screen cannot differ.
    void aTeamSupervisorSeesTheirOwnTeam()
    {
        services::ReportService service(f->ctx);
        QCOMPARE(services::ReportService::boundTeam(supA), teamA);
        QVERIFY(services::ReportService::boundTeam(supHub).isEmpty());
        for (const QString &other : {teamB, QString()}) {
            auto refused = service.report(supA, {kOctober, kOctober, other, {}});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Permission);
            QVERIFY(!service.trend(supA, kOctober, {}, other).ok());
            QVERIFY(!service.snapshots(supA, kOctober, other).ok());
            QVERIFY(!service.saveSnapshot(supA, kOctober, other).ok());
        }
        QVERIFY(!service.findTeam(supA, QStringLiteral("cambridge")).ok());
        auto own = service.findTeam(supA, QStringLiteral("peterborough"));
        QVERIFY2(own.ok(), qPrintable(own.error().describe()));
        // Without a team a supervisor of a team gets their team's figures.
        auto mine = service.monthly(supA, kOctober);
        QVERIFY2(mine.ok(), qPrintable(mine.error().describe()));
        QCOMPARE(mine->teamId, teamA);
        QCOMPARE(service.teams(supA)->size(), 1);

        for (const auto &hubWide : {supHub, admin, auditor}) {
            QCOMPARE(service.teams(hubWide)->size(), 2);
            QCOMPARE(service.teams(hubWide)->first().name, QStringLiteral("Cambridge"));
            for (const QString &team : {teamA, teamB, QString()})
                QVERIFY(service.report(hubWide, {kOctober, kOctober, team, {}}).ok());
        }
        auto unknown = service.findTeam(admin, QStringLiteral("Nowhere"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("Cambridge, Peterborough")));
        QCOMPARE(f->count("report_snapshot"), 0);
    }

    // A snapshot is of the whole hub or of one team; each list shows its own, and the whole
    // hub's snapshot keeps its figures byte for byte.
    void snapshotsKeepTheirFiguresAndTheirTeam()
    {
        services::ReportService service(f->ctx);
        auto hub = service.saveSnapshot(supHub, kOctober);
        QVERIFY2(hub.ok(), qPrintable(hub.error().describe()));
        auto team = service.saveSnapshot(supA, kOctober);
        QVERIFY2(team.ok(), qPrintable(team.error().describe()));
        QCOMPARE(hub->figuresJson, reports::toJson(count(admin, kOctober, kOctober, {})));
        QVERIFY(!hub->figuresJson.contains("\"team\""));
        QVERIFY(team->figuresJson.contains("\"team\": \"Peterborough\""));

        auto hubList = service.snapshots(admin, kOctober, {});
        QVERIFY(hubList.ok());
        QCOMPARE(hubList->size(), 1);
        QCOMPARE(hubList->first().id, hub->id);
        auto teamList = service.snapshots(supA, kOctober);
        QVERIFY(teamList.ok());
        QCOMPARE(teamList->size(), 1);
        QCOMPARE(teamList->first().id, team->id);
        QVERIFY(!service.compareWithToday(supA, hub.value()).ok());
        auto same = service.compareWithToday(supA, team.value());
        QVERIFY2(same.ok(), qPrintable(same.error().describe()));
        QVERIFY(!same->differs);

        // A contact logged late by team A moves team A's October, and the hub's.
        contact(p1, cwA, "2026-10-20T10:00:00Z", 5);
        auto moved = service.compareWithToday(admin, team.value());
        QVERIFY(moved.ok());
        QVERIFY(moved->differs);
        auto hubMoved = service.compareWithToday(admin, hub.value());
        QVERIFY(hubMoved.ok());
        QVERIFY(hubMoved->differs);
    }

    // CSV: the three columns scripts read are unchanged; two label columns follow them.
    void csvHasLabelsBesideTheCodes()
    {
        const auto report = count(admin, kOctober, kOctober, teamA);
        const auto csv = QString::fromUtf8(
            reports::toCsv(report, [](const QString &figure, const QString &part) {
                return part.isEmpty() ? QStringLiteral("[%1]").arg(figure)
                                      : QStringLiteral("<%1>").arg(part);
            }));
        const auto lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0),
                 QStringLiteral("figure,breakdown,value,figure_label,breakdown_label"));
        QCOMPARE(lines.at(1), QStringLiteral("month,,2026-10,[month],"));
        QVERIFY(lines.contains(QStringLiteral("team,,Peterborough,[team],")));
        QVERIFY(lines.contains(QStringLiteral("contact_minutes,,15,[contact_minutes],")));
        QVERIFY(lines.contains(QStringLiteral("first_contact,due,0,[first_contact],<due>")));
        // Without words the label columns are there, empty.
        const auto plain = QString::fromUtf8(reports::toCsv(report));
        QVERIFY(plain.contains(QStringLiteral("\r\ncontact_minutes,,15,,\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestReportsScope)
#include "tst_reports_scope.moc"
