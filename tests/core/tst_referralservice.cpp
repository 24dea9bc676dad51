#include "ServiceFixtures.h"
#include "services/ReferralService.h"

#include <QtTest>

#include <memory>

using hub::calendar::ClockState;
using hub::domain::Person;
using hub::domain::PersonMatcher;
using hub::domain::Referral;
using hub::services::Intake;
using hub::services::ReferralService;
using hub::services::TriageDecision;
using hub::test::date;
using hub::test::utc;
using Action = hub::services::TriageDecision::Action;
using ClockStatus = hub::calendar::ClockState::Status;

Q_DECLARE_METATYPE(hub::services::TriageDecision::Action)

// Intake, triage and the inbox. Expected due dates were worked out by hand from the 2026
// calendar (June 2026: Mon 1, 8, 15; no bank holidays; BST, so a due date ends at 23:00Z).
class TestReferralService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hub::test::ServiceFixture> f;
    hub::domain::Actor worker;     // caseworker, Peterborough
    hub::domain::Actor supervisor; // supervisor, Peterborough
    QString peterborough;

    // Mon 8 June 2026, 10:00 BST.
    static QDateTime now() { return utc("2026-06-08T09:00:00Z"); }

    Referral draftReferral()
    {
        Referral r;
        r.receivedAt = utc("2026-06-08T08:30:00Z");
        r.source = QStringLiteral("police");
        r.crimeReference = QStringLiteral("  cf0123456/26 ");
        r.offenceGroup = QStringLiteral("violence_with_injury");
        r.flags = QStringList{QStringLiteral("hate_crime"), QStringLiteral("domestic_abuse")};
        return r;
    }

    Person draftPerson()
    {
        Person p;
        p.givenName = QStringLiteral("  Maya ");
        p.familyName = QStringLiteral("Lindqvist ");
        p.dateOfBirth = date("1991-02-17");
        p.phone = QStringLiteral("07700 900321");
        return p;
    }

    Referral stored(const QString &id)
    {
        auto r = hub::store::ReferralRepository(f->db()).get(id);
        if (!r.ok())
            qFatal("referral %s missing", qPrintable(id));
        return r.value();
    }

    static TriageDecision accept()
    {
        TriageDecision d;
        d.reason = QStringLiteral("Wants support with the court case");
        return d;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<hub::test::ServiceFixture>(now());
        QVERIFY2(f->tmp.ok(), qPrintable(f->tmp.errorText()));
        peterborough = f->addTeam(QStringLiteral("Peterborough"));
        worker = f->addUser(QStringLiteral("cw.pboro"), QStringLiteral("caseworker"), peterborough);
        supervisor =
            f->addUser(QStringLiteral("sup.pboro"), QStringLiteral("supervisor"), peterborough);
    }

    void cleanup() { f.reset(); }

    // ---- intake -------------------------------------------------------------------------

    void intakeWithNewPerson()
    {
        ReferralService service(f->ctx);
        Intake in;
        in.newPerson = draftPerson();
        in.referral = draftReferral();
        auto r = service.intake(worker, in);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(f->count("person"), 1);
        QCOMPARE(f->count("referral"), 1);
        QCOMPARE(r->status, QStringLiteral("new"));
        QCOMPARE(r->crimeReference, QStringLiteral("CF0123456/26"));
        QCOMPARE(r->flags,
                 (QStringList{QStringLiteral("domestic_abuse"), QStringLiteral("hate_crime")}));
        QCOMPARE(stored(r->id), r.value());

        auto p = hub::store::PersonRepository(f->db()).get(r->personId);
        QVERIFY(p.ok());
        QCOMPARE(p->givenName, QStringLiteral("Maya"));
        QCOMPARE(p->familyName, QStringLiteral("Lindqvist"));
        QCOMPARE(p->dateOfBirth, date("1991-02-17"));
        QCOMPARE(p->createdAt, now());
    }

    void intakeWithExistingPersonReusesThem()
    {
        ReferralService service(f->ctx);
        Intake first;
        first.newPerson = draftPerson();
        first.referral = draftReferral();
        auto r1 = service.intake(worker, first);
        QVERIFY(r1.ok());

        Intake second;
        second.personId = r1->personId;
        second.referral = draftReferral();
        second.referral.receivedAt = utc("2026-06-08T08:50:00Z");
        second.referral.crimeReference = QStringLiteral("CF0999999/26");
        auto r2 = service.intake(worker, second);
        QVERIFY2(r2.ok(), qPrintable(r2.error().describe()));
        QCOMPARE(r2->personId, r1->personId);
        QVERIFY(r2->id != r1->id);
        QCOMPARE(f->count("person"), 1);
        QCOMPARE(f->count("referral"), 2);
        QCOMPARE(hub::store::ReferralRepository(f->db()).forPerson(r1->personId).size(), 2);
    }

    void intakeValidation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");

        QTest::newRow("date of birth tomorrow")
            << QStringLiteral("dob_tomorrow") << QStringLiteral("date_of_birth");
        QTest::newRow("enhanced without reason")
            << QStringLiteral("enhanced_no_reason") << QStringLiteral("enhanced_reason");
        QTest::newRow("enhanced with unknown reason")
            << QStringLiteral("enhanced_bad_reason") << QStringLiteral("enhanced_reason");
        QTest::newRow("no family name")
            << QStringLiteral("no_family_name") << QStringLiteral("family_name");
        QTest::newRow("unknown offence group")
            << QStringLiteral("bad_offence") << QStringLiteral("offence_group");
        QTest::newRow("unknown source") << QStringLiteral("bad_source") << QStringLiteral("source");
        QTest::newRow("received an hour from now")
            << QStringLiteral("future_receipt") << QStringLiteral("received_at");
        QTest::newRow("existing person who is not on file")
            << QStringLiteral("missing_person") << QStringLiteral("person_id");
    }

    void intakeValidation()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);

        Intake in;
        in.newPerson = draftPerson();
        in.referral = draftReferral();
        if (change == QLatin1String("dob_tomorrow")) {
            in.newPerson->dateOfBirth = date("2026-06-09");
        } else if (change == QLatin1String("enhanced_no_reason")) {
            in.referral.enhanced = true;
        } else if (change == QLatin1String("enhanced_bad_reason")) {
            in.referral.enhanced = true;
            in.referral.enhancedReason = QStringLiteral("seemed_upset");
        } else if (change == QLatin1String("no_family_name")) {
            in.newPerson->familyName = QStringLiteral("   ");
        } else if (change == QLatin1String("bad_offence")) {
            in.referral.offenceGroup = QStringLiteral("shoplifting_of_dreams");
        } else if (change == QLatin1String("bad_source")) {
            in.referral.source = QStringLiteral("carrier_pigeon");
        } else if (change == QLatin1String("future_receipt")) {
            in.referral.receivedAt = utc("2026-06-08T10:00:00Z");
        } else if (change == QLatin1String("missing_person")) {
            in.newPerson.reset();
            in.personId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        }

        ReferralService service(f->ctx);
        QSignalSpy changed(&f->notifier, &hub::services::ChangeNotifier::changed);
        auto r = service.intake(worker, in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(f->count("person"), 0);
        QCOMPARE(f->count("referral"), 0);
        QCOMPARE(changed.count(), 0);
    }

    void intakeDateOfBirthTodayIsAccepted()
    {
        // A baby born today (local date) is not "in the future".
        ReferralService service(f->ctx);
        Intake in;
        in.newPerson = draftPerson();
        in.newPerson->dateOfBirth = date("2026-06-08");
        in.referral = draftReferral();
        auto r = service.intake(worker, in);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    }

    // PRODUCT.md: every under-18 is vulnerable, so entitled to enhanced support (2 days).
    void intakeMakesUnder18sEnhanced_data()
    {
        QTest::addColumn<QString>("dob");
        QTest::addColumn<bool>("enhanced");
        QTest::newRow("17 on the day of receipt") << QStringLiteral("2008-06-09") << true;
        QTest::newRow("18 on the day of receipt") << QStringLiteral("2008-06-08") << false;
        QTest::newRow("date of birth unknown") << QString() << false;
    }

    void intakeMakesUnder18sEnhanced()
    {
        QFETCH(QString, dob);
        QFETCH(bool, enhanced);
        ReferralService service(f->ctx);
        Intake in;
        in.newPerson = draftPerson();
        in.newPerson->dateOfBirth = dob.isEmpty() ? QDate() : QDate::fromString(dob, Qt::ISODate);
        in.referral = draftReferral();
        in.referral.enhanced = false;
        in.referral.enhancedReason.clear();
        in.referral.receivedAt = utc("2026-06-08T08:00:00Z");
        auto r = service.intake(worker, in);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r->enhanced, enhanced);
        QCOMPARE(r->enhancedReason,
                 enhanced ? QStringLiteral("vulnerable_or_intimidated") : QString());
    }

    void intakeNeedsAUser()
    {
        ReferralService service(f->ctx);
        Intake in;
        in.newPerson = draftPerson();
        in.referral = draftReferral();
        auto r = service.intake(hub::domain::Actor::system(), in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, hub::Error::Kind::Permission);
        QCOMPARE(f->count("person"), 0);
        QCOMPARE(f->count("referral"), 0);
    }

    // ---- triage -------------------------------------------------------------------------

    void triageTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("to"); // empty: refused

        const QStringList untriaged{QStringLiteral("new"), QStringLiteral("contact_attempted")};
        const QStringList decided{QStringLiteral("accepted"), QStringLiteral("declined"),
                                  QStringLiteral("no_contact"), QStringLiteral("closed")};
        const QList<QPair<Action, QString>> actions{
            {Action::Accept, QStringLiteral("accepted")},
            {Action::Decline, QStringLiteral("declined")},
            {Action::NoContact, QStringLiteral("no_contact")}};
        for (const auto &from : untriaged) {
            for (const auto &a : actions)
                QTest::addRow("%s -> %s", qPrintable(from), qPrintable(a.second))
                    << from << a.first << a.second;
        }
        for (const auto &from : decided) {
            for (const auto &a : actions)
                QTest::addRow("%s -> %s refused", qPrintable(from), qPrintable(a.second))
                    << from << a.first << QString();
        }
    }

    void triageTransitions()
    {
        QFETCH(QString, from);
        QFETCH(Action, action);
        QFETCH(QString, to);

        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral r = f->referral(personId, utc("2026-06-03T09:00:00Z"), from);
        r.assignedTo = worker.userId;
        f->addReferral(r);
        const QVariantList before = f->rawRow("referral", r.id);

        ReferralService service(f->ctx);
        TriageDecision d;
        d.action = action;
        d.reason = QStringLiteral("  Discussed at triage meeting  ");
        auto result = service.triage(supervisor, r.id, d);

        if (to.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().field, QStringLiteral("status"));
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(f->rawRow("referral", r.id), before);
            QCOMPARE(f->count("episode"), 0);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        const Referral after = stored(r.id);
        QCOMPARE(after.status, to);
        QCOMPARE(after.decisionReason, QStringLiteral("Discussed at triage meeting"));
        QCOMPARE(after.decidedBy, supervisor.userId);
        QCOMPARE(after.decidedAt, now());
        QCOMPARE(after.assignedTo, worker.userId);
        if (action == Action::Accept) {
            QVERIFY(!result->isEmpty());
            QCOMPARE(f->count("episode"), 1);
        } else {
            QVERIFY(result->isEmpty());
            QCOMPARE(f->count("episode"), 0);
        }
    }

    void acceptOpensEpisodeOwnedByAssignee()
    {
        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral r = f->referral(personId, utc("2026-06-03T09:00:00Z"));
        r.assignedTo = worker.userId;
        f->addReferral(r);

        ReferralService service(f->ctx);
        auto episodeId = service.triage(supervisor, r.id, accept());
        QVERIFY2(episodeId.ok(), qPrintable(episodeId.error().describe()));
        auto e = hub::store::EpisodeRepository(f->db()).get(episodeId.value());
        QVERIFY(e.ok());
        QCOMPARE(e->caseworkerId, worker.userId); // the assignee, not the supervisor
        QCOMPARE(e->personId, personId);
        QCOMPARE(e->referralIds, QStringList{r.id});
        QCOMPARE(e->status, QStringLiteral("open"));
        QCOMPARE(e->openedAt, now());
        QVERIFY(!e->closedAt.isValid());
        // Accepting needs no reason.
        QCOMPARE(stored(r.id).status, QStringLiteral("accepted"));
    }

    void acceptUnassignedGivesItToTheActor()
    {
        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral r = f->referral(personId, utc("2026-06-03T09:00:00Z"));
        f->addReferral(r);

        ReferralService service(f->ctx);
        auto episodeId = service.triage(worker, r.id, accept());
        QVERIFY2(episodeId.ok(), qPrintable(episodeId.error().describe()));
        QCOMPARE(stored(r.id).assignedTo, worker.userId);
        QCOMPARE(hub::store::EpisodeRepository(f->db()).get(episodeId.value())->caseworkerId,
                 worker.userId);
    }

    void acceptJoinsAnOpenEpisode()
    {
        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral earlier =
            f->referral(personId, utc("2026-05-11T09:00:00Z"), QStringLiteral("accepted"));
        earlier.assignedTo = worker.userId;
        f->addReferral(earlier);
        const auto episode = f->addEpisode(personId, worker.userId, {earlier.id});
        Referral later = f->referral(personId, utc("2026-06-05T09:00:00Z"));
        f->addReferral(later);

        ReferralService service(f->ctx);
        TriageDecision d = accept();
        d.joinEpisodeId = episode.id;
        auto joined = service.triage(worker, later.id, d);
        QVERIFY2(joined.ok(), qPrintable(joined.error().describe()));
        QCOMPARE(joined.value(), episode.id);
        QCOMPARE(f->count("episode"), 1);
        auto e = hub::store::EpisodeRepository(f->db()).get(episode.id);
        QVERIFY(e.ok());
        QStringList both{earlier.id, later.id};
        both.sort();
        QCOMPARE(e->referralIds, both);
        QCOMPARE(e->openedAt, episode.openedAt); // joining does not reopen it
        QCOMPARE(stored(later.id).status, QStringLiteral("accepted"));
    }

    void aSecondOpenEpisodeIsOnlyOpenedWhenChosen()
    {
        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral earlier =
            f->referral(personId, utc("2026-05-11T09:00:00Z"), QStringLiteral("accepted"));
        earlier.assignedTo = worker.userId;
        f->addReferral(earlier);
        f->addEpisode(personId, worker.userId, {earlier.id});
        Referral later = f->referral(personId, utc("2026-06-05T09:00:00Z"));
        f->addReferral(later);
        const QVariantList before = f->rawRow("referral", later.id);

        // Accepting without saying which episode does not open a second one.
        ReferralService service(f->ctx);
        auto refused = service.triage(worker, later.id, accept());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("episode_id"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("already has an open")),
                 qPrintable(refused.error().message));
        QCOMPARE(f->rawRow("referral", later.id), before);
        QCOMPARE(f->count("episode"), 1);

        // Chosen, with its reason, it is opened.
        TriageDecision d = accept();
        d.openAnother = true;
        d.reason = QStringLiteral("A separate crime with its own court case");
        auto opened = service.triage(worker, later.id, d);
        QVERIFY2(opened.ok(), qPrintable(opened.error().describe()));
        QCOMPARE(f->count("episode"), 2);
    }

    void acceptCannotJoinAnotherPersonsOrAClosedEpisode_data()
    {
        QTest::addColumn<bool>("otherPerson");
        QTest::addColumn<bool>("closed");
        QTest::newRow("another person's episode") << true << false;
        QTest::newRow("a closed episode") << false << true;
    }

    void acceptCannotJoinAnotherPersonsOrAClosedEpisode()
    {
        QFETCH(bool, otherPerson);
        QFETCH(bool, closed);

        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        const QString otherId = f->addPerson(QStringLiteral("Kit"), QStringLiteral("Marlowe"));
        hub::domain::Episode e;
        e.id = hub::util::newId();
        e.personId = otherPerson ? otherId : personId;
        e.caseworkerId = worker.userId;
        e.openedAt = utc("2026-03-02T10:00:00Z");
        if (closed) {
            e.status = QStringLiteral("closed");
            e.closedAt = utc("2026-05-01T10:00:00Z");
            e.closureReason = QStringLiteral("support_completed");
        }
        QVERIFY(hub::store::EpisodeRepository(f->db()).insert(e).ok());
        Referral r = f->referral(personId, utc("2026-06-05T09:00:00Z"));
        f->addReferral(r);
        const QVariantList before = f->rawRow("referral", r.id);
        const QVariantList episodeBefore = f->rawRow("episode", e.id);

        ReferralService service(f->ctx);
        TriageDecision d = accept();
        d.joinEpisodeId = e.id;
        auto refused = service.triage(worker, r.id, d);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("episode_id"));
        QCOMPARE(f->rawRow("referral", r.id), before);
        QCOMPARE(f->rawRow("episode", e.id), episodeBefore);
        QCOMPARE(f->count("episode_referral"), 0);
    }

    void everyDecisionNeedsAReason_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("reason");
        QTest::newRow("decline, no reason") << Action::Decline << QString();
        QTest::newRow("decline, blank reason") << Action::Decline << QStringLiteral("  \t ");
        QTest::newRow("no contact, no reason") << Action::NoContact << QString();
        QTest::newRow("accept, no reason") << Action::Accept << QString();
    }

    void everyDecisionNeedsAReason()
    {
        QFETCH(Action, action);
        QFETCH(QString, reason);

        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral r = f->referral(personId, utc("2026-06-03T09:00:00Z"));
        f->addReferral(r);
        const QVariantList before = f->rawRow("referral", r.id);

        ReferralService service(f->ctx);
        TriageDecision d;
        d.action = action;
        d.reason = reason;
        auto refused = service.triage(worker, r.id, d);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("decision_reason"));
        QCOMPARE(f->rawRow("referral", r.id), before);
    }

    void triageRefusals()
    {
        ReferralService service(f->ctx);
        auto missing =
            service.triage(worker, QStringLiteral("00000000-0000-4000-8000-000000000000"), {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, hub::Error::Kind::NotFound);

        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral r = f->referral(personId, utc("2026-06-03T09:00:00Z"));
        f->addReferral(r);
        auto nobody = service.triage(hub::domain::Actor::system(), r.id, {});
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().kind, hub::Error::Kind::Permission);
        QCOMPARE(stored(r.id).status, QStringLiteral("new"));
    }

    void assign()
    {
        const QString personId = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        Referral r = f->referral(personId, utc("2026-06-03T09:00:00Z"));
        f->addReferral(r);
        ReferralService service(f->ctx);

        QVERIFY(service.assign(supervisor, r.id, worker.userId).ok());
        QCOMPARE(stored(r.id).assignedTo, worker.userId);

        auto unknown = service.assign(supervisor, r.id,
                                      QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("assigned_to"));
        QCOMPARE(stored(r.id).assignedTo, worker.userId);

        QVERIFY(service.assign(supervisor, r.id, QString()).ok());
        QVERIFY(stored(r.id).assignedTo.isEmpty());
    }

    // ---- inbox --------------------------------------------------------------------------

    void inbox_data()
    {
        QTest::addColumn<QString>("team"); // "", "pboro" or "cambs"
        QTest::addColumn<QStringList>("expected");

        // Unassigned first, oldest first; then assigned, oldest first.
        QTest::newRow("all teams")
            << QString()
            << QStringList{QStringLiteral("R1"), QStringLiteral("R3"), QStringLiteral("R4"),
                           QStringLiteral("R2"), QStringLiteral("R6")};
        QTest::newRow("Peterborough") << QStringLiteral("pboro")
                                      << QStringList{QStringLiteral("R1"), QStringLiteral("R3"),
                                                     QStringLiteral("R2"), QStringLiteral("R6")};
        QTest::newRow("Cambridge")
            << QStringLiteral("cambs")
            << QStringList{QStringLiteral("R1"), QStringLiteral("R3"), QStringLiteral("R4")};
    }

    void inbox()
    {
        QFETCH(QString, team);
        QFETCH(QStringList, expected);

        const QString cambridge = f->addTeam(QStringLiteral("Cambridge"));
        const auto cambsWorker =
            f->addUser(QStringLiteral("cw.cambs"), QStringLiteral("caseworker"), cambridge);

        QHash<QString, QString> names; // referral id -> R1..R6
        const auto add = [&](const char *name, const char *received, const QString &assignee,
                             const QString &status, bool enhanced, bool consent) {
            const QString pid = f->addPerson(QStringLiteral("Person"), QString::fromLatin1(name));
            Referral r = f->referral(pid, utc(received), status);
            r.assignedTo = assignee;
            r.enhanced = enhanced;
            if (enhanced)
                r.enhancedReason = QStringLiteral("vulnerable_or_intimidated");
            r.consentToContact = consent;
            f->addReferral(r);
            names.insert(r.id, QString::fromLatin1(name));
            return r;
        };
        // Mon 1 Jun, standard: due Mon 8 Jun (ends 23:00Z) -> running, 14 hours left.
        add("R1", "2026-06-01T09:00:00Z", {}, QStringLiteral("new"), false, true);
        // Fri 29 May, standard: due Fri 5 Jun; called (no answer) Mon 1 Jun -> met.
        const Referral r2 = add("R2", "2026-05-29T09:00:00Z", worker.userId,
                                QStringLiteral("contact_attempted"), false, true);
        // Wed 3 Jun, enhanced: due Fri 5 Jun (ends 23:00Z) -> overdue by 58 hours.
        add("R3", "2026-06-03T09:00:00Z", {}, QStringLiteral("new"), true, true);
        // Wed 20 May, no consent to contact -> no clock.
        add("R4", "2026-05-20T09:00:00Z", cambsWorker.userId, QStringLiteral("new"), false, false);
        // Accepted: not in the inbox at all.
        add("R5", "2026-05-01T09:00:00Z", worker.userId, QStringLiteral("accepted"), false, true);
        // Fri 5 Jun, standard: due Fri 12 Jun (ends 23:00Z) -> running.
        add("R6", "2026-06-05T09:00:00Z", worker.userId, QStringLiteral("new"), false, true);

        hub::domain::Contact call;
        call.id = hub::util::newId();
        call.personId = r2.personId;
        call.at = utc("2026-06-01T10:00:00Z");
        call.direction = QStringLiteral("outbound");
        call.channel = QStringLiteral("phone");
        call.outcome = QStringLiteral("no_answer");
        call.recordedBy = worker.userId;
        call.recordedAt = call.at;
        call.summary = QStringLiteral("No answer; no voicemail left.");
        auto inserted = hub::store::ContactRepository(f->db()).insert(call);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error().describe()));

        const QString teamId = team == QLatin1String("pboro")   ? peterborough
                               : team == QLatin1String("cambs") ? cambridge
                                                                : QString();
        ReferralService service(f->ctx);
        // Any team's queue, or all of them, is the view of a supervisor with no team (the
        // hub's); a caseworker and a supervisor of a team see their own.
        const auto hubSupervisor =
            f->addUser(QStringLiteral("sup.hub"), QStringLiteral("supervisor"));
        auto items = service.inbox(hubSupervisor, teamId);
        QVERIFY2(items.ok(), qPrintable(items.error().describe()));
        QStringList got;
        for (const auto &item : items.value())
            got << names.value(item.row.referral.id);
        QCOMPARE(got, expected);
        for (const auto &reader : {worker, supervisor}) {
            auto own = service.inbox(reader, teamId);
            QCOMPARE(own.ok(), teamId == reader.teamId);
            if (!own.ok())
                QCOMPARE(own.error().kind, hub::Error::Kind::Permission);
        }

        for (const auto &item : items.value()) {
            const QString name = names.value(item.row.referral.id);
            const ClockState &c = item.clock;
            if (name == QLatin1String("R1")) {
                QCOMPARE(c.status, ClockStatus::Running);
                QCOMPARE(c.dueDate, date("2026-06-08"));
                QCOMPARE(c.secondsLeft, qint64(14 * 3600));
                QVERIFY(item.row.assigneeName.isEmpty());
            } else if (name == QLatin1String("R2")) {
                QCOMPARE(c.status, ClockStatus::Met);
                QCOMPARE(c.dueDate, date("2026-06-05"));
                QCOMPARE(item.row.firstContactAt, utc("2026-06-01T10:00:00Z"));
                QCOMPARE(item.row.assigneeName, QStringLiteral("cw.pboro (display)"));
            } else if (name == QLatin1String("R3")) {
                QCOMPARE(c.status, ClockStatus::Overdue);
                QCOMPARE(c.dueDate, date("2026-06-05"));
                QCOMPARE(c.secondsLeft, qint64(-58 * 3600));
                QVERIFY(c.isBreach());
            } else if (name == QLatin1String("R4")) {
                QCOMPARE(c.status, ClockStatus::NotApplicable);
            } else if (name == QLatin1String("R6")) {
                QCOMPARE(c.status, ClockStatus::Running);
                QCOMPARE(c.dueDate, date("2026-06-12"));
                QCOMPARE(c.dueAt, utc("2026-06-12T23:00:00Z"));
            }
        }
    }

    void clockForUsesTheFirstContact()
    {
        const QString pid = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        // Wed 3 Jun, enhanced: due Fri 5 Jun.
        Referral r = f->referral(pid, utc("2026-06-03T09:00:00Z"));
        r.enhanced = true;
        r.enhancedReason = QStringLiteral("most_serious_crime");
        f->addReferral(r);
        ReferralService service(f->ctx);
        QCOMPARE(service.clockFor(r).status, ClockStatus::Overdue);

        // An inbound message that did not reach anyone is not a first contact...
        hub::domain::Contact c;
        c.id = hub::util::newId();
        c.personId = pid;
        c.at = utc("2026-06-04T09:00:00Z");
        c.direction = QStringLiteral("inbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("voicemail_left");
        c.recordedBy = worker.userId;
        c.recordedAt = c.at;
        c.summary = QStringLiteral("Message: please call back.");
        QVERIFY(hub::store::ContactRepository(f->db()).insert(c).ok());
        QCOMPARE(service.clockFor(r).status, ClockStatus::Overdue);

        // ...but an inbound conversation is.
        c.id = hub::util::newId();
        c.at = utc("2026-06-05T15:00:00Z");
        c.outcome = QStringLiteral("spoke");
        c.recordedAt = c.at;
        QVERIFY(hub::store::ContactRepository(f->db()).insert(c).ok());
        QCOMPARE(service.clockFor(r).status, ClockStatus::Met);
    }

    // COUNTING_RULES.md: an amendment replaces the original's fields (the latest one
    // stands), so correcting a call's date or direction moves the clock.
    void clockFollowsAmendedContacts()
    {
        const QString pid = f->addPerson(QStringLiteral("Ola"), QStringLiteral("Nowak"));
        // Wed 3 Jun, enhanced: due Fri 5 Jun.
        Referral r = f->referral(pid, utc("2026-06-03T09:00:00Z"));
        r.enhanced = true;
        r.enhancedReason = QStringLiteral("most_serious_crime");
        f->addReferral(r);
        ReferralService service(f->ctx);
        hub::store::ContactRepository contacts(f->db());

        hub::domain::Contact original;
        original.id = hub::util::newId();
        original.personId = pid;
        original.at = utc("2026-06-08T08:00:00Z"); // typed as today by mistake
        original.direction = QStringLiteral("outbound");
        original.channel = QStringLiteral("phone");
        original.outcome = QStringLiteral("no_answer");
        original.summary = QStringLiteral("No answer.");
        original.recordedBy = worker.userId;
        original.recordedAt = utc("2026-06-08T08:01:00Z");
        QVERIFY(contacts.insert(original).ok());
        QCOMPARE(service.clockFor(r).status, ClockStatus::Missed);

        // Corrected: the call was made on Thursday 4 June.
        hub::domain::Contact dateFixed = original;
        dateFixed.id = hub::util::newId();
        dateFixed.amends = original.id;
        dateFixed.at = utc("2026-06-04T09:00:00Z");
        dateFixed.recordedAt = utc("2026-06-08T08:30:00Z");
        QVERIFY(contacts.insert(dateFixed).ok());
        QCOMPARE(service.clockFor(r).status, ClockStatus::Met);

        // Corrected again: it was the victim's voicemail to us, not our call.
        hub::domain::Contact directionFixed = dateFixed;
        directionFixed.id = hub::util::newId();
        directionFixed.direction = QStringLiteral("inbound");
        directionFixed.outcome = QStringLiteral("voicemail_left");
        directionFixed.recordedAt = utc("2026-06-08T08:45:00Z");
        QVERIFY(contacts.insert(directionFixed).ok());
        QCOMPARE(service.clockFor(r).status, ClockStatus::Overdue);

        // The inbox (the worker's own team's queue) reads the same rule.
        auto items = service.inbox(worker, worker.teamId);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QVERIFY(!items->first().row.firstContactAt.isValid());
        QCOMPARE(items->first().clock.status, ClockStatus::Overdue);
    }

    // ---- duplicate suggestions ----------------------------------------------------------

    void suggestPeople_data()
    {
        QTest::addColumn<QString>("target"); // "john", "agnieszka" or "lukasz"
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("postcode");

        const QString none;
        QTest::newRow("typos in both names")
            << QStringLiteral("john") << QStringLiteral("Jonh") << QStringLiteral("Smiht")
            << date("1985-03-07") << none << none;
        QTest::newRow("given and family swapped")
            << QStringLiteral("john") << QStringLiteral("Smith") << QStringLiteral("John")
            << date("1985-03-07") << none << none;
        QTest::newRow("no date of birth, same phone written differently")
            << QStringLiteral("john") << QStringLiteral("John") << QStringLiteral("Smith")
            << QDate() << QStringLiteral("+44 7700-900123") << none;
        QTest::newRow("day and month of birth swapped")
            << QStringLiteral("john") << QStringLiteral("John") << QStringLiteral("Smith")
            << date("1985-07-03") << none << none;
        QTest::newRow("postcode without its space")
            << QStringLiteral("john") << QStringLiteral("John") << QStringLiteral("Smith")
            << QDate() << none << QStringLiteral("pe12ab");
        QTest::newRow("postcode with extra spaces, given name misspelt")
            << QStringLiteral("john") << QStringLiteral("Jon") << QStringLiteral("Smith") << QDate()
            << none << QStringLiteral(" PE1  2AB ");
        QTest::newRow("accents dropped")
            << QStringLiteral("agnieszka") << QStringLiteral("Agnieszka")
            << QStringLiteral("Wisniewska") << date("1988-09-21") << none << none;
        QTest::newRow("accents dropped, no date of birth")
            << QStringLiteral("agnieszka") << QStringLiteral("Agnieszka")
            << QStringLiteral("Wisniewska") << QDate() << none << none;
        QTest::newRow("accented first letters dropped, with date of birth")
            << QStringLiteral("lukasz") << QStringLiteral("Lukasz") << QStringLiteral("Zelazny")
            << date("1975-12-01") << none << none;
        QTest::newRow("accented first letters dropped, no date of birth")
            << QStringLiteral("lukasz") << QStringLiteral("Lukasz") << QStringLiteral("Zelazny")
            << QDate() << none << none;
    }

    void suggestPeople()
    {
        QFETCH(QString, target);
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QDate, dob);
        QFETCH(QString, phone);
        QFETCH(QString, postcode);

        const auto targets = seedPeople();
        PersonMatcher::Probe probe{given, family, dob, phone, postcode, {}, false};
        ReferralService service(f->ctx);
        auto ranked = service.suggestPeople(worker, probe);
        QVERIFY2(ranked.ok(), qPrintable(ranked.error().describe()));
        QVERIFY2(!ranked->isEmpty(), "nobody suggested");
        QString top;
        for (const auto &s : ranked.value())
            top += QStringLiteral("%1 %2 %3; ")
                       .arg(s.person.givenName, s.person.familyName)
                       .arg(s.score);
        QVERIFY2(ranked->first().person.id == targets.value(target), qPrintable(top));
        if (ranked->size() > 1)
            QVERIFY2(ranked->at(0).score > ranked->at(1).score, qPrintable(top));
        QVERIFY(ranked->first().reasons.contains(QStringLiteral("name")));
    }

    // More namesakes than the candidate limit (500): the one who also shares the phone
    // number must not be cut off by the limit however the rows happen to be stored.
    void suggestionsSurviveManyNamesakes()
    {
        {
            hub::store::Transaction tx(f->db());
            hub::store::PersonRepository people(f->db());
            for (int i = 0; i < 520; ++i) {
                Person p = f->person(QStringLiteral("Jo%1").arg(QChar(u'a' + i % 26)) +
                                         QString(QChar(u'a' + (i / 26) % 26)),
                                     QStringLiteral("Smith"));
                p.dateOfBirth = QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28);
                QVERIFY(people.insert(p).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        Person target = f->person(QStringLiteral("John"), QStringLiteral("Smith"));
        target.phone = QStringLiteral("07700 900123");
        const QString targetId = f->addPerson(target);

        ReferralService service(f->ctx);
        auto ranked =
            service.suggestPeople(worker, PersonMatcher::Probe{QStringLiteral("John"),
                                                               QStringLiteral("Smith"),
                                                               QDate(),
                                                               QStringLiteral("07700900123"),
                                                               QString(),
                                                               {},
                                                               false});
        QVERIFY2(ranked.ok(), qPrintable(ranked.error().describe()));
        QVERIFY(!ranked->isEmpty());
        QCOMPARE(ranked->first().person.id, targetId);
        QVERIFY(ranked->first().reasons.contains(QStringLiteral("phone")));
    }

    // Suggestions are for those who enter referrals, and a restricted person is suggested
    // only to those who may open their file (the workers who hold it, supervisors).
    void suggestionsRespectRolesAndRestriction()
    {
        auto restricted = f->person(QStringLiteral("Cleo"), QStringLiteral("Marsh"));
        restricted.restricted = true;
        restricted.dateOfBirth = date("1980-03-04");
        const auto id = f->addPerson(restricted);
        f->addEpisode(id, worker.userId);
        const auto colleague =
            f->addUser(QStringLiteral("cw.pboro.2"), QStringLiteral("caseworker"), peterborough);
        const auto admin = f->addUser(QStringLiteral("admin.pboro"), QStringLiteral("admin"));
        const PersonMatcher::Probe probe{QStringLiteral("Cleo"),
                                         QStringLiteral("Marsh"),
                                         date("1980-03-04"),
                                         QString(),
                                         QString(),
                                         {},
                                         false};
        ReferralService service(f->ctx);
        auto suggested = [&](const hub::domain::Actor &a) {
            auto ranked = service.suggestPeople(a, probe);
            if (!ranked.ok())
                return QStringLiteral("refused: ") + ranked.error().message;
            QStringList ids;
            for (const auto &s : ranked.value())
                ids << s.person.id;
            return ids.join(QLatin1Char(','));
        };
        QCOMPARE(suggested(worker), id);
        QCOMPARE(suggested(supervisor), id);
        QCOMPARE(suggested(colleague), QString());
        QCOMPARE(suggested(admin), QStringLiteral("refused: an administrator cannot enter a "
                                                  "referral"));
    }

    void unrelatedProbeFindsNoStrongMatch()
    {
        const auto targets = seedPeople();
        PersonMatcher::Probe probe{QStringLiteral("Priya"),
                                   QStringLiteral("Raman"),
                                   date("1993-02-14"),
                                   QStringLiteral("07700 911999"),
                                   QStringLiteral("CB23 5ZZ"),
                                   {},
                                   false};
        ReferralService service(f->ctx);
        auto ranked = service.suggestPeople(worker, probe);
        QVERIFY2(ranked.ok(), qPrintable(ranked.error().describe()));
        for (const auto &s : ranked.value()) {
            QVERIFY2(s.score < 50,
                     qPrintable(s.person.givenName + QLatin1Char(' ') + s.person.familyName));
            QVERIFY(!targets.values().contains(s.person.id));
        }
    }

private:
    // ~200 synthetic people, some deliberately close to the targets, plus the three
    // targets. Returns the targets' ids by key.
    QHash<QString, QString> seedPeople()
    {
        static const char *const givenNames[] = {
            "Oliver",  "Amelia", "Harry",  "Isla",   "George",   "Ava",   "Noah",
            "Mia",     "Jack",   "Grace",  "Leo",    "Lily",     "Oscar", "Freya",
            "Charlie", "Evie",   "Arthur", "Sophie", "Muhammad", "Zara"};
        static const char *const familyNames[] = {
            "Taylor", "Brown",    "Wilson",   "Evans", "Thomas", "Roberts", "Walker",
            "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green",
            "Hall",   "Wood",     "Harris",   "Lewis", "Martin", "Patel"};
        static const char *const outward[] = {"CB1", "CB4", "PE2", "PE7", "PE29", "PE15", "CB6"};

        hub::store::Transaction tx(f->db());
        hub::store::PersonRepository people(f->db());
        for (int i = 0; i < 200; ++i) {
            Person p = f->person(QString::fromLatin1(givenNames[i % 20]),
                                 QString::fromLatin1(familyNames[(i / 20 + i) % 20]));
            p.dateOfBirth = QDate(1940 + (i * 7) % 65, 1 + i % 12, 1 + (i * 5) % 28);
            p.phone = QStringLiteral("07700 9%1").arg(10000 + i);
            p.postcode = QStringLiteral("%1 %2%3%4")
                             .arg(QString::fromLatin1(outward[i % 7]))
                             .arg(1 + i % 9)
                             .arg(QChar(u'A' + i % 26))
                             .arg(QChar(u'Z' - i % 26));
            if (!people.insert(p).ok())
                qFatal("cannot seed person %d", i);
        }
        const auto add = [&](const char *given, const QString &family, const char *dob,
                             const char *phone, const char *postcode) {
            Person p = f->person(QString::fromUtf8(given), family);
            p.dateOfBirth = *dob ? date(dob) : QDate();
            p.phone = QString::fromLatin1(phone);
            p.postcode = QString::fromLatin1(postcode);
            if (!people.insert(p).ok())
                qFatal("cannot seed %s", given);
            return p.id;
        };
        // Near misses: a twin sister, a namesake, similar names, a neighbour.
        add("Joan", QStringLiteral("Smith"), "1985-03-07", "07700 900999", "CB4 1XX");
        add("John", QStringLiteral("Smith"), "1962-11-30", "07700 900555", "PE7 3QQ");
        add("John", QStringLiteral("Smyth"), "1990-05-05", "07700 900556", "PE2 8LL");
        add("Johnny", QStringLiteral("Smithson"), "1985-03-08", "07700 900557", "CB1 2DD");
        add("Mary", QStringLiteral("Jones"), "1970-01-01", "07700 900558", "PE1 2AB");
        add("Agata", QStringLiteral("Wi\u015Bniewska"), "1990-02-02", "07700 900559", "PE1 5EE");
        add("Lucas", QStringLiteral("Zielinski"), "1975-12-01", "07700 900560", "PE1 5EF");

        QHash<QString, QString> targets;
        targets.insert(QStringLiteral("john"), add("John", QStringLiteral("Smith"), "1985-03-07",
                                                   "07700 900123", "PE1 2AB"));
        targets.insert(QStringLiteral("agnieszka"),
                       add("Agnieszka", QStringLiteral("Wi\u015Bniewska"), "1988-09-21",
                           "07700 900124", "PE1 3CD"));
        targets.insert(QStringLiteral("lukasz"), add("\u0141ukasz", QStringLiteral("\u017Belazny"),
                                                     "1975-12-01", "07700 900125", "PE1 4EF"));
        if (!tx.commit().ok())
            qFatal("cannot commit seed");
        return targets;
    }
};

QTEST_GUILESS_MAIN(TestReferralService)
#include "tst_referralservice.moc"
