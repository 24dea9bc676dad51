#include "ServiceFixtures.h"
#include "services/SupervisorService.h"
#include "store/AuditRepository.h"
#include "store/SupervisorQueries.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using hub::domain::Actor;
using hub::services::RecordRef;
using hub::services::ReviewMeasure;
using hub::services::SupervisorService;
using hub::test::date;
using hub::test::utc;
using Kind = hub::Error::Kind;

// The supervisor desk over a small hand-made team: every number of the review, that each
// number is the list behind it, who may use it, and that every fix is one transaction that
// either changes everything asked or nothing.
class TestSupervisorService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hub::test::ServiceFixture> f;
    Actor sup, cw1, cw2, idle, other;
    QString e1, e2, e3, e4;         // episodes: cw1, cw1 (closure requested), cw2, other team
    QString r1, r2, r3, r4, r5, r6; // referrals
    QString p1, p3, p4;             // people
    QString t1;                     // cw1's overdue task on e1
    QString c1, c3;                 // cw1's contacts this week

    // Wed 17 June 2026, 11:00 BST. The week counted runs Mon 15 to Sun 21 June.
    static QDateTime now() { return utc("2026-06-17T10:00:00Z"); }

    QString contact(const QString &personId, const Actor &by, const char *at,
                    const QString &amends = {})
    {
        hub::domain::Contact c;
        c.id = hub::util::newId();
        c.personId = personId;
        c.at = utc(at);
        c.direction = QStringLiteral("outbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("spoke");
        c.summary = QStringLiteral("Call");
        c.recordedBy = by.userId;
        c.recordedAt = utc(at);
        c.amends = amends;
        if (auto s = hub::store::ContactRepository(f->db()).insert(c); !s.ok())
            qFatal("cannot insert contact: %s", qPrintable(s.error().describe()));
        return c.id;
    }

    QString task(const Actor &owner, const char *due, const QString &episodeId = {},
                 bool done = false)
    {
        hub::domain::Task t;
        t.id = hub::util::newId();
        t.title = QStringLiteral("Call back");
        t.dueOn = date(due);
        t.ownerId = owner.userId;
        t.episodeId = episodeId;
        if (done)
            t.doneAt = utc("2026-06-10T12:00:00Z");
        if (auto s = hub::store::TaskRepository(f->db()).insert(t); !s.ok())
            qFatal("cannot insert task");
        return t.id;
    }

    QString referral(const QString &personId, const char *received, const QString &status,
                     const Actor *assignee, bool enhanced = false)
    {
        auto r = f->referral(personId, utc(received), status);
        r.assignedTo = assignee ? assignee->userId : QString();
        r.enhanced = enhanced;
        if (enhanced)
            r.enhancedReason = QStringLiteral("vulnerable_or_intimidated");
        return f->addReferral(r);
    }

    hub::domain::Episode episode(const QString &id)
    {
        return hub::store::EpisodeRepository(f->db()).get(id).value();
    }

    void requestClosure(const QString &episodeId, const Actor &by)
    {
        auto e = episode(episodeId);
        e.status = QStringLiteral("closure_requested");
        e.closureReason = QStringLiteral("support_completed");
        e.closureRequestedAt = utc("2026-06-16T09:00:00Z");
        e.closureRequestedBy = by.userId;
        if (!hub::store::EpisodeRepository(f->db()).update(e).ok())
            qFatal("cannot request closure");
    }

    QStringList ids(const QString &userId, ReviewMeasure m)
    {
        auto recs = SupervisorService(f->ctx).records(sup, {}, userId, m);
        if (!recs.ok())
            qFatal("records failed: %s", qPrintable(recs.error().describe()));
        QStringList out;
        for (const auto &r : recs.value())
            out << r.id;
        return out;
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<hub::test::ServiceFixture>(now());
        QVERIFY2(f->tmp.ok(), qPrintable(f->tmp.errorText()));
        const auto teamA = f->addTeam(QStringLiteral("Peterborough"));
        const auto teamB = f->addTeam(QStringLiteral("Fenland"));
        sup = f->addUser(QStringLiteral("sup"), QStringLiteral("supervisor"), teamA);
        cw1 = f->addUser(QStringLiteral("cw1"), QStringLiteral("caseworker"), teamA);
        cw2 = f->addUser(QStringLiteral("cw2"), QStringLiteral("caseworker"), teamA);
        idle = f->addUser(QStringLiteral("cwIdle"), QStringLiteral("caseworker"), teamA);
        other = f->addUser(QStringLiteral("cwOther"), QStringLiteral("caseworker"), teamB);

        p1 = f->addPerson(QStringLiteral("Ada"), QStringLiteral("Ash"));
        const auto p2 = f->addPerson(QStringLiteral("Bo"), QStringLiteral("Birch"));
        p3 = f->addPerson(QStringLiteral("Cy"), QStringLiteral("Cedar"));
        p4 = f->addPerson(QStringLiteral("Di"), QStringLiteral("Dogwood"));
        const auto p5 = f->addPerson(QStringLiteral("Ed"), QStringLiteral("Elm"));
        const auto p6 = f->addPerson(QStringLiteral("Fi"), QStringLiteral("Fir"));

        // cw1: e1 contacted in time and again this week; e2 never contacted (breach) and
        // awaiting closure; r3 enhanced, received Tuesday, due tomorrow.
        r1 = referral(p1, "2026-06-01T09:00:00Z", QStringLiteral("accepted"), &cw1);
        e1 = f->addEpisode(p1, cw1.userId, {r1}).id;
        contact(p1, cw1, "2026-06-02T10:00:00Z");
        c1 = contact(p1, cw1, "2026-06-15T09:00:00Z");
        // A correction moves c1 to Tuesday: still one contact this week, now a day ago.
        contact(p1, cw1, "2026-06-16T09:00:00Z", c1);
        r2 = referral(p2, "2026-06-01T09:00:00Z", QStringLiteral("accepted"), &cw1);
        e2 = f->addEpisode(p2, cw1.userId, {r2}).id;
        requestClosure(e2, cw1);
        r3 = referral(p3, "2026-06-16T08:00:00Z", QStringLiteral("new"), &cw1, true);
        contact(p3, cw1, "2026-06-14T22:30:00Z");      // Sunday 23:30 BST: last week
        c3 = contact(p3, cw1, "2026-06-14T23:30:00Z"); // Monday 00:30 BST: this week
        t1 = task(cw1, "2026-06-16", e1);
        task(cw1, "2026-06-17");           // due today: not overdue
        task(cw1, "2026-06-10", {}, true); // done

        // cw2: e3 contacted in time yesterday; r5 enhanced, due Tuesday, never contacted.
        r4 = referral(p4, "2026-06-10T09:00:00Z", QStringLiteral("accepted"), &cw2);
        e3 = f->addEpisode(p4, cw2.userId, {r4}).id;
        contact(p4, cw2, "2026-06-16T09:00:00Z");
        r5 = referral(p5, "2026-06-12T09:00:00Z", QStringLiteral("contact_attempted"), &cw2, true);
        task(cw2, "2026-06-01");

        // Nobody holds r6; a declined referral is nobody's work.
        r6 = referral(p6, "2026-06-16T12:00:00Z", QStringLiteral("new"), nullptr);
        referral(p6, "2026-06-02T12:00:00Z", QStringLiteral("declined"), nullptr);

        // Another team's work stays out of this team's review.
        const auto p7 = f->addPerson(QStringLiteral("Gil"), QStringLiteral("Gorse"));
        const auto r7 = referral(p7, "2026-06-01T09:00:00Z", QStringLiteral("accepted"), &other);
        e4 = f->addEpisode(p7, other.userId, {r7}).id;
    }

    void cleanup() { f.reset(); }

    void supervisorReviewsOnlyTheirOwnTeam()
    {
        SupervisorService service(f->ctx);
        const auto otherTeam = other.teamId;
        const auto refused = service.review(sup, otherTeam);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, hub::Error::Kind::Permission);
        QVERIFY(service.review(sup, sup.teamId).ok());
        QVERIFY(service.review(sup).ok());
    }

    void reviewCountsEachMeasure()
    {
        auto review = SupervisorService(f->ctx).review(sup);
        QVERIFY2(review.ok(), qPrintable(review.error().describe()));
        QCOMPARE(review->teamName, QStringLiteral("Peterborough"));
        QCOMPARE(review->weekStart, date("2026-06-15"));
        const auto &rows = review->rows;
        // The team's caseworkers by name (the supervisor holds no work), then the total.
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).userId, cw1.userId);
        QCOMPARE(rows.at(1).userId, cw2.userId);
        QCOMPARE(rows.at(2).userId, idle.userId);
        QVERIFY(rows.at(3).isTeam);
        using M = ReviewMeasure;
        const QVector<QVector<int>> expected{
            // open, contacts, overdue, breaches, due soon, unallocated, days, closures
            {2, 2, 1, 1, 1, 0, 16, 1},
            {1, 1, 1, 1, 0, 0, 1, 0},
            {0, 0, 0, 0, 0, 0, 0, 0},
            {3, 3, 2, 2, 1, 1, 16, 1},
        };
        for (int row = 0; row < rows.size(); ++row)
            for (int m = 0; m < int(M::MeasureCount); ++m)
                QVERIFY2(rows.at(row).value(M(m)) == expected.at(row).at(m),
                         qPrintable(QStringLiteral("row %1 measure %2: %3, expected %4")
                                        .arg(row)
                                        .arg(m)
                                        .arg(rows.at(row).value(M(m)))
                                        .arg(expected.at(row).at(m))));
    }

    void everyNumberIsTheListBehindIt()
    {
        using M = ReviewMeasure;
        QCOMPARE(sorted(ids(cw1.userId, M::OpenEpisodes)), sorted({e1, e2}));
        QCOMPARE(sorted(ids(cw1.userId, M::ContactsThisWeek)), sorted({c1, c3}));
        QCOMPARE(ids(cw1.userId, M::OverdueTasks), QStringList{t1});
        QCOMPARE(ids(cw1.userId, M::Breaches), QStringList{r2});
        QCOMPARE(ids(cw1.userId, M::DueSoon), QStringList{r3});
        QCOMPARE(ids(cw1.userId, M::ClosuresAwaiting), QStringList{e2});
        QCOMPARE(ids(cw2.userId, M::Breaches), QStringList{r5});
        QCOMPARE(ids(QString(), M::Unallocated), QStringList{r6});
        QVERIFY(ids(cw1.userId, M::Unallocated).isEmpty());
        // Days since contact: the most neglected episode first, with its days.
        auto days = SupervisorService(f->ctx).records(sup, {}, cw1.userId, M::DaysSinceContact);
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).id, e2);
        QCOMPARE(days->at(0).days, 16);
        QCOMPARE(days->at(1).days, 1);
        QCOMPARE(days->at(0).personName, QStringLiteral("Bo Birch"));

        auto review = SupervisorService(f->ctx).review(sup);
        QVERIFY(review.ok());
        for (const auto &row : review->rows)
            for (int m = 0; m < int(M::MeasureCount); ++m) {
                if (M(m) == M::DaysSinceContact)
                    continue;
                QCOMPARE(ids(row.userId, M(m)).size(), qsizetype(row.value(M(m))));
            }
        QVERIFY(!ids(QString(), M::OpenEpisodes).contains(e4));
    }

    void onlySupervisorsMayReview()
    {
        SupervisorService service(f->ctx);
        for (const auto &actor :
             {cw1, f->addUser(QStringLiteral("aud"), QStringLiteral("auditor"))}) {
            auto review = service.review(actor, sup.teamId);
            QVERIFY(!review.ok());
            QCOMPARE(review.error().kind, Kind::Permission);
            QCOMPARE(
                service.records(actor, sup.teamId, {}, ReviewMeasure::OpenEpisodes).error().kind,
                Kind::Permission);
            QCOMPARE(service
                         .reassign(actor, {{QStringLiteral("episode"), e1}}, cw2.userId,
                                   QStringLiteral("leave"))
                         .error()
                         .kind,
                     Kind::Permission);
            QCOMPARE(service.approveClosure(actor, e2).error().kind, Kind::Permission);
            QCOMPARE(service.returnClosure(actor, e2, QStringLiteral("no")).error().kind,
                     Kind::Permission);
            QCOMPARE(
                service
                    .setPriority(actor, {{QStringLiteral("episode"), e1}}, QStringLiteral("high"))
                    .error()
                    .kind,
                Kind::Permission);
        }
        QCOMPARE(episode(e2).status, QStringLiteral("closure_requested"));
        QCOMPARE(f->count("assignment_change"), 0);
        // An administrator manages users and settings, not caseloads (the desk names people).
        const auto admin = f->addUser(QStringLiteral("adm"), QStringLiteral("admin"));
        QCOMPARE(service.review(admin, sup.teamId).error().kind, Kind::Permission);
        // A supervisor without a team has nothing to review.
        const auto roaming =
            f->addUser(QStringLiteral("sup.roaming"), QStringLiteral("supervisor"));
        QCOMPARE(service.review(roaming).error().field, QStringLiteral("team_id"));
    }

    void reassignManyInOneTransactionKeepsTheReason()
    {
        QSignalSpy spy(&f->notifier, &hub::services::ChangeNotifier::changed);
        auto moved = SupervisorService(f->ctx).reassign(
            sup, {{QStringLiteral("episode"), e1}, {QStringLiteral("referral"), r3}}, cw2.userId,
            QStringLiteral("  cw1 on leave  "));
        QVERIFY2(moved.ok(), qPrintable(moved.error().describe()));
        QCOMPARE(moved.value(), 2);
        QCOMPARE(episode(e1).caseworkerId, cw2.userId);
        QCOMPARE(hub::store::ReferralRepository(f->db()).get(r3)->assignedTo, cw2.userId);
        QCOMPARE(hub::store::TaskRepository(f->db()).get(t1)->ownerId, cw2.userId);
        QVERIFY(spy.size() >= 3); // the episode, the referral and the task that followed
        const auto changes = hub::store::SupervisorQueries(f->db()).assignmentChanges(e1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).reason, QStringLiteral("cw1 on leave"));
        QCOMPARE(changes.at(0).fromUser, cw1.userId);
        QCOMPARE(changes.at(0).toUser, cw2.userId);
        QCOMPARE(changes.at(0).changedBy, sup.userId);
        QCOMPARE(changes.at(0).changedAt, now());
        QCOMPARE(f->count("assignment_change"), 2);
        auto review = SupervisorService(f->ctx).review(sup);
        QCOMPARE(review->rows.at(1).value(ReviewMeasure::OpenEpisodes), 2);
    }

    void oneBadRecordLeavesEverythingUnchanged()
    {
        SupervisorService service(f->ctx);
        const auto e1Before = f->rawRow("episode", e1);
        const auto r3Before = f->rawRow("referral", r3);
        QSignalSpy spy(&f->notifier, &hub::services::ChangeNotifier::changed);
        auto moved = service.reassign(sup,
                                      {{QStringLiteral("episode"), e1},
                                       {QStringLiteral("referral"), r3},
                                       {QStringLiteral("episode"), QStringLiteral("no-such-id")}},
                                      cw2.userId, QStringLiteral("leave"));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, Kind::NotFound);
        QCOMPARE(moved.error().field, QStringLiteral("record_id"));
        QVERIFY(moved.error().message.contains(QLatin1String("no-such-id")));
        // A triaged referral, a closed episode, no reason, nobody to give it to: refused too.
        QCOMPARE(
            service
                .reassign(sup, {{QStringLiteral("referral"), r1}}, cw2.userId, QStringLiteral("x"))
                .error()
                .field,
            QStringLiteral("status"));
        QCOMPARE(
            service
                .reassign(sup, {{QStringLiteral("episode"), e1}}, cw2.userId, QStringLiteral(" "))
                .error()
                .field,
            QStringLiteral("reason"));
        QCOMPARE(
            service.reassign(sup, {{QStringLiteral("episode"), e1}}, QString(), QStringLiteral("x"))
                .error()
                .field,
            QStringLiteral("to_user"));
        QCOMPARE(service.reassign(sup, {}, cw2.userId, QStringLiteral("x")).error().field,
                 QStringLiteral("records"));
        QCOMPARE(f->rawRow("episode", e1), e1Before);
        QCOMPARE(f->rawRow("referral", r3), r3Before);
        QCOMPARE(hub::store::TaskRepository(f->db()).get(t1)->ownerId, cw1.userId);
        QCOMPARE(f->count("assignment_change"), 0);
        QCOMPARE(spy.size(), 0);
    }

    void approveClosureClosesTheEpisode()
    {
        SupervisorService service(f->ctx);
        QVERIFY(service.approveClosure(sup, e2, QStringLiteral("Good work")).ok());
        const auto e = episode(e2);
        QCOMPARE(e.status, QStringLiteral("closed"));
        QCOMPARE(e.closedAt, now());
        QCOMPARE(e.closureApprovedBy, sup.userId);
        QCOMPARE(e.closureReason, QStringLiteral("support_completed"));
        QCOMPARE(hub::store::ReferralRepository(f->db()).get(r2)->status, QStringLiteral("closed"));
        const auto reviews = hub::store::SupervisorQueries(f->db()).closureReviews(e2);
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).decision, QStringLiteral("approved"));
        QCOMPARE(reviews.at(0).comment, QStringLiteral("Good work"));
        QCOMPARE(reviews.at(0).requestedBy, cw1.userId);
        // Nothing left to approve, and an open episode was never asked about.
        QCOMPARE(service.approveClosure(sup, e2).error().field, QStringLiteral("status"));
        QCOMPARE(service.approveClosure(sup, e1).error().field, QStringLiteral("status"));
        auto review = service.review(sup);
        QCOMPARE(review->rows.at(0).value(ReviewMeasure::ClosuresAwaiting), 0);
        QCOMPARE(review->rows.at(0).value(ReviewMeasure::OpenEpisodes), 1);
    }

    void returnClosureNeedsAComment()
    {
        SupervisorService service(f->ctx);
        const auto before = f->rawRow("episode", e2);
        QCOMPARE(service.returnClosure(sup, e2, QStringLiteral("  ")).error().field,
                 QStringLiteral("comment"));
        QCOMPARE(f->rawRow("episode", e2), before);
        QVERIFY(service.returnClosure(sup, e2, QStringLiteral("Check the housing referral")).ok());
        const auto e = episode(e2);
        QCOMPARE(e.status, QStringLiteral("open"));
        QVERIFY(!e.closedAt.isValid());
        QVERIFY(!e.closureRequestedAt.isValid());
        QVERIFY(e.closureRequestedBy.isEmpty());
        const auto reviews = hub::store::SupervisorQueries(f->db()).closureReviews(e2);
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).decision, QStringLiteral("returned"));
        QCOMPARE(reviews.at(0).comment, QStringLiteral("Check the housing referral"));
        QCOMPARE(reviews.at(0).closureReason, QStringLiteral("support_completed"));
        QCOMPARE(service.review(sup)->rows.at(0).value(ReviewMeasure::ClosuresAwaiting), 0);
    }

    void priorityIsValidated()
    {
        SupervisorService service(f->ctx);
        hub::store::SupervisorQueries queries(f->db());
        QCOMPARE(queries.priority(QStringLiteral("episode"), e1).value(), QStringLiteral("normal"));
        const QVector<RecordRef> both{{QStringLiteral("episode"), e1},
                                      {QStringLiteral("referral"), r3}};
        auto bad = service.setPriority(sup, both, QStringLiteral("critical"));
        QCOMPARE(bad.error().field, QStringLiteral("priority"));
        QVERIFY(bad.error().message.contains(QLatin1String("critical")));
        auto unknown = service.setPriority(
            sup, {both.at(0), {QStringLiteral("referral"), QStringLiteral("nope")}},
            QStringLiteral("urgent"));
        QCOMPARE(unknown.error().field, QStringLiteral("record_id"));
        QCOMPARE(service.setPriority(sup, {{QStringLiteral("task"), t1}}, QStringLiteral("high"))
                     .error()
                     .field,
                 QStringLiteral("record_type"));
        QCOMPARE(queries.priority(QStringLiteral("episode"), e1).value(), QStringLiteral("normal"));

        QVERIFY(service.setPriority(sup, both, QStringLiteral("urgent")).ok());
        QCOMPARE(queries.priority(QStringLiteral("episode"), e1).value(), QStringLiteral("urgent"));
        QCOMPARE(queries.priority(QStringLiteral("referral"), r3).value(),
                 QStringLiteral("urgent"));
        auto due = service.records(sup, {}, cw1.userId, ReviewMeasure::DueSoon);
        QCOMPARE(due->at(0).priority, QStringLiteral("urgent"));
        // The schema refuses anything else, whoever writes.
        QVERIFY(!queries.setPriority(QStringLiteral("episode"), e1, QStringLiteral("x")).ok());
    }

    // The list behind a number names people: each one opened is an audit event (who, which
    // team, which measure, whose records, how many); reloading an open list is not. The
    // numbers alone name nobody and are not; a refused list leaves no event either.
    void recordsBehindANumberAreAudited()
    {
        using M = ReviewMeasure;
        SupervisorService service(f->ctx);
        const auto lastSeq = [&] {
            auto last = hub::store::AuditRepository(f->db()).last();
            return last.ok() && last.value() ? last.value()->seq : qint64(0);
        };
        const qint64 before = lastSeq();
        QVERIFY(service.review(sup).ok());
        QVERIFY(!service.records(cw1, sup.teamId, {}, M::OpenEpisodes).ok());
        QCOMPARE(lastSeq(), before);

        auto shown = service.records(sup, {}, cw1.userId, M::OpenEpisodes);
        QVERIFY(shown.ok());
        QVERIFY(!shown->isEmpty());
        QCOMPARE(lastSeq(), before + 1);
        const auto e = hub::store::AuditRepository(f->db()).last().value().value();
        QCOMPARE(e.action, QStringLiteral("review.records"));
        QCOMPARE(e.userId, sup.userId);
        QCOMPARE(e.recordType, QStringLiteral("team"));
        QCOMPARE(e.recordId, sup.teamId);
        QCOMPARE(e.detail, QStringLiteral("measure=open_episodes user=%1 records=%2")
                               .arg(cw1.userId)
                               .arg(shown->size()));

        QVERIFY(service.records(sup, {}, {}, M::Breaches).ok());
        const auto team = hub::store::AuditRepository(f->db()).last().value().value();
        QCOMPARE(team.seq, before + 2);
        QVERIFY2(team.detail.startsWith(QStringLiteral("measure=breaches user=team records=")),
                 qPrintable(team.detail));

        // The open list read again after a saved change adds no event (the change has its
        // own); a refused read again is still refused; opening the list again adds one.
        const auto &first = shown->first();
        QVERIFY(
            service.setPriority(sup, {{first.recordType, first.id}}, QStringLiteral("high")).ok());
        const qint64 saved = lastSeq();
        QCOMPARE_GT(saved, before + 2);
        using Read = SupervisorService::RecordsRead;
        auto again = service.records(sup, {}, cw1.userId, M::OpenEpisodes, Read::Refreshed);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), shown->size());
        QCOMPARE(lastSeq(), saved);
        QVERIFY(!service.records(cw1, sup.teamId, {}, M::OpenEpisodes, Read::Refreshed).ok());
        QVERIFY(service.records(sup, {}, cw1.userId, M::OpenEpisodes, Read::Opened).ok());
        QCOMPARE(lastSeq(), saved + 1);
    }

    // Every fix is an audit event per record, in its transaction: who, which record, whose
    // records, what changed (never the reason's or comment's text). Refusals leave none.
    void everyFixIsAudited()
    {
        SupervisorService service(f->ctx);
        auto events = [&](qint64 after) {
            QVector<hub::domain::AuditEvent> out;
            const auto walked =
                hub::store::AuditRepository(f->db()).forEach([&](const hub::domain::AuditEvent &e) {
                    if (e.seq > after)
                        out.push_back(e);
                    return hub::Status();
                });
            if (!walked.ok())
                qFatal("cannot read the audit trail");
            return out;
        };
        auto lastSeq = [&] {
            auto last = hub::store::AuditRepository(f->db()).last();
            return last.ok() && last.value() ? last.value()->seq : qint64(0);
        };
        const auto person1 = episode(e1).personId;

        qint64 before = lastSeq();
        QVERIFY(!service
                     .reassign(sup,
                               {{QStringLiteral("episode"), e1},
                                {QStringLiteral("episode"), QStringLiteral("no-such-id")}},
                               cw2.userId, QStringLiteral("leave"))
                     .ok());
        QVERIFY(!service
                     .reassign(cw1, {{QStringLiteral("episode"), e1}}, cw2.userId,
                               QStringLiteral("leave"))
                     .ok());
        QVERIFY(!service.approveClosure(cw1, e2).ok());
        QVERIFY(
            !service.setPriority(sup, {{QStringLiteral("episode"), e1}}, QStringLiteral("critical"))
                 .ok());
        QCOMPARE(lastSeq(), before);

        QVERIFY(service
                    .reassign(sup,
                              {{QStringLiteral("episode"), e1}, {QStringLiteral("referral"), r3}},
                              cw2.userId, QStringLiteral("cw1 on leave"))
                    .ok());
        auto moved = events(before);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.at(0).action, QStringLiteral("supervisor.reassign"));
        QCOMPARE(moved.at(0).userId, sup.userId);
        QCOMPARE(moved.at(1).action, QStringLiteral("supervisor.reassign"));
        QCOMPARE(moved.at(0).recordType, QStringLiteral("referral"));
        QCOMPARE(moved.at(0).recordId, r3);
        QCOMPARE(moved.at(1).recordType, QStringLiteral("episode"));
        QCOMPARE(moved.at(1).recordId, e1);
        QCOMPARE(moved.at(1).personId, person1);
        QCOMPARE(moved.at(1).detail, QStringLiteral("from=%1 to=%2").arg(cw1.userId, cw2.userId));

        before = lastSeq();
        QVERIFY(service.setPriority(sup, {{QStringLiteral("episode"), e1}}, QStringLiteral("high"))
                    .ok());
        auto priority = events(before);
        QCOMPARE(priority.size(), 1);
        QCOMPARE(priority.at(0).action, QStringLiteral("supervisor.priority"));
        QCOMPARE(priority.at(0).recordId, e1);
        QCOMPARE(priority.at(0).personId, person1);
        QCOMPARE(priority.at(0).detail, QStringLiteral("from=normal to=high"));

        before = lastSeq();
        QVERIFY(service.approveClosure(sup, e2, QStringLiteral("Good work")).ok());
        requestClosure(e1, cw2);
        QVERIFY(service.returnClosure(sup, e1, QStringLiteral("Check the housing referral")).ok());
        auto closures = events(before);
        QStringList actions;
        for (const auto &e : closures) {
            actions << e.action;
            QVERIFY(!e.detail.contains(QLatin1String("Good work")));
            QVERIFY(!e.detail.contains(QLatin1String("housing")));
        }
        QVERIFY2(actions.contains(QStringLiteral("closure.approve")),
                 qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY2(actions.contains(QStringLiteral("closure.return")),
                 qPrintable(actions.join(QLatin1Char(','))));
        for (const auto &e : closures) {
            if (e.action == QLatin1String("closure.approve")) {
                QCOMPARE(e.recordId, e2);
                QCOMPARE(e.userId, sup.userId);
                QCOMPARE(
                    e.detail,
                    QStringLiteral("reason=support_completed requested_by=%1").arg(cw1.userId));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSupervisorService)
#include "tst_supervisorservice.moc"
