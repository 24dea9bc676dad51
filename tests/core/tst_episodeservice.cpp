#include "ServiceFixtures.h"
#include "services/EpisodeService.h"

#include <QtTest>

#include <memory>

using hub::domain::Episode;
using hub::domain::Task;
using hub::services::EpisodeService;
using hub::services::TaskService;
using hub::test::date;
using hub::test::utc;
using CodeMap = QMap<QString, QString>;

// A support episode's working life and the task list: what is saved, who did it and when,
// and that a refusal names the field and changes nothing.
class TestEpisodeService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hub::test::ServiceFixture> f;
    hub::domain::Actor worker;
    hub::domain::Actor colleague;
    QString personId;
    Episode episode;

    // Tue 9 June 2026, 15:30 BST.
    static QDateTime now() { return utc("2026-06-09T14:30:00Z"); }

    Episode stored(const QString &id)
    {
        auto e = hub::store::EpisodeRepository(f->db()).get(id);
        if (!e.ok())
            qFatal("episode %s missing", qPrintable(id));
        return e.value();
    }

    static CodeMap allOutcomes()
    {
        return CodeMap{{QStringLiteral("health_wellbeing"), QStringLiteral("improved")},
                       {QStringLiteral("cope_everyday_life"), QStringLiteral("improved")},
                       {QStringLiteral("feel_safer"), QStringLiteral("not_improved")},
                       {QStringLiteral("informed_empowered"), QStringLiteral("improved")},
                       {QStringLiteral("cjs_participation"), QStringLiteral("not_applicable")}};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<hub::test::ServiceFixture>(now());
        QVERIFY2(f->tmp.ok(), qPrintable(f->tmp.errorText()));
        worker = f->addUser(QStringLiteral("cw.one"));
        colleague = f->addUser(QStringLiteral("cw.two"));
        personId = f->addPerson(QStringLiteral("Tomasz"), QStringLiteral("Brennan"));
        const QString referralId = f->addReferral(
            f->referral(personId, utc("2026-05-28T10:00:00Z"), QStringLiteral("accepted")));
        episode = f->addEpisode(personId, worker.userId, {referralId});
    }

    void cleanup() { f.reset(); }

    // ---- a busy database ----------------------------------------------------------------

    // Each write of an episode or a task, made while another program holds the database's
    // write lock long enough for the write's transaction not to start: one clear error and
    // nothing saved, not even once the other program has let go (before the fix the change
    // went through on its own, without the transaction its audit event belongs to).
    void aBusyDatabaseSavesNothing_data()
    {
        QTest::addColumn<QString>("write");
        for (const char *w :
             {"assess needs", "refer on", "onward outcome", "create task", "complete task"})
            QTest::newRow(w) << QString::fromLatin1(w);
    }

    void aBusyDatabaseSavesNothing()
    {
        QFETCH(QString, write);
        EpisodeService episodes(f->ctx);
        TaskService tasks(f->ctx);
        auto onward = episodes.referOn(worker, episode.id, QStringLiteral("idva"));
        QVERIFY(onward.ok());
        Task t;
        t.episodeId = episode.id;
        t.title = QStringLiteral("Chase IDVA referral");
        t.dueOn = date("2026-06-12");
        auto task = tasks.create(worker, t);
        QVERIFY(task.ok());
        const auto snapshot = [&] {
            return QVariantList{
                f->rawRow("episode", episode.id), f->rawRow("onward_referral", onward->id),
                f->rawRow("task", task->id),      f->count("task"),
                f->count("onward_referral"),      f->count("audit_event")};
        };
        const auto before = snapshot();

        const auto error = f->whileLockedElsewhere([&]() -> hub::Status {
            if (write == QLatin1String("assess needs"))
                return episodes.assessNeeds(worker, episode.id,
                                            {{QStringLiteral("housing"), QStringLiteral("high")}});
            if (write == QLatin1String("refer on")) {
                auto r = episodes.referOn(worker, episode.id, QStringLiteral("housing"));
                return r.ok() ? hub::Status() : hub::Status(r.error());
            }
            if (write == QLatin1String("onward outcome"))
                return episodes.recordOnwardOutcome(worker, onward->id, true);
            if (write == QLatin1String("create task")) {
                auto r = tasks.create(worker, t);
                return r.ok() ? hub::Status() : hub::Status(r.error());
            }
            auto r = tasks.complete(worker, task->id);
            return r.ok() ? hub::Status() : hub::Status(r.error());
        });
        QVERIFY(!error.ok());
        QVERIFY2(error.error().message.startsWith(QLatin1String("nothing was saved")),
                 qPrintable(error.error().describe()));
        QCOMPARE(snapshot(), before);
    }

    // ---- needs assessment ---------------------------------------------------------------

    void assessNeedsIsSaved()
    {
        EpisodeService service(f->ctx);
        const CodeMap needs{{QStringLiteral("safety_security"), QStringLiteral("high")},
                            {QStringLiteral("housing"), QStringLiteral("medium")},
                            {QStringLiteral("finance"), QStringLiteral("none")}};
        auto s = service.assessNeeds(worker, episode.id, needs);
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        QCOMPARE(stored(episode.id).needs, needs);

        // A reassessment replaces the previous one.
        const CodeMap later{{QStringLiteral("safety_security"), QStringLiteral("low")}};
        QVERIFY(service.assessNeeds(worker, episode.id, later).ok());
        QCOMPARE(stored(episode.id).needs, later);
    }

    void assessNeedsRefusals_data()
    {
        QTest::addColumn<CodeMap>("needs");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown area")
            << CodeMap{{QStringLiteral("astrology"), QStringLiteral("high")}}
            << QStringLiteral("needs");
        QTest::newRow("unknown level")
            << CodeMap{{QStringLiteral("housing"), QStringLiteral("urgent")}}
            << QStringLiteral("needs");
    }

    void assessNeedsRefusals()
    {
        QFETCH(CodeMap, needs);
        QFETCH(QString, field);
        const QVariantList before = f->rawRow("episode", episode.id);
        EpisodeService service(f->ctx);
        auto s = service.assessNeeds(worker, episode.id, needs);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QCOMPARE(f->rawRow("episode", episode.id), before);
    }

    void closedEpisodeCannotBeWorkedOn()
    {
        Episode closed = stored(episode.id);
        closed.status = QStringLiteral("closed");
        closed.closedAt = utc("2026-06-05T10:00:00Z");
        closed.closureReason = QStringLiteral("support_completed");
        closed.closureApprovedBy = colleague.userId;
        QVERIFY(hub::store::EpisodeRepository(f->db()).update(closed).ok());
        const QVariantList before = f->rawRow("episode", episode.id);

        EpisodeService service(f->ctx);
        auto needs = service.assessNeeds(
            worker, episode.id, CodeMap{{QStringLiteral("housing"), QStringLiteral("high")}});
        QVERIFY(!needs.ok());
        QCOMPARE(needs.error().field, QStringLiteral("status"));
        auto onward = service.referOn(worker, episode.id, QStringLiteral("idva"));
        QVERIFY(!onward.ok());
        QCOMPARE(onward.error().field, QStringLiteral("status"));
        auto closure = service.requestClosure(worker, episode.id,
                                              QStringLiteral("support_completed"), allOutcomes());
        QVERIFY(!closure.ok());
        QCOMPARE(f->rawRow("episode", episode.id), before);
        QCOMPARE(f->count("onward_referral"), 0);
    }

    void actionsNeedAUser()
    {
        EpisodeService service(f->ctx);
        const auto nobody = hub::domain::Actor::system();
        QCOMPARE(service.assessNeeds(nobody, episode.id, {}).error().kind,
                 hub::Error::Kind::Permission);
        QCOMPARE(service.referOn(nobody, episode.id, QStringLiteral("idva")).error().kind,
                 hub::Error::Kind::Permission);
        QCOMPARE(service
                     .requestClosure(nobody, episode.id, QStringLiteral("support_completed"),
                                     allOutcomes())
                     .error()
                     .kind,
                 hub::Error::Kind::Permission);
        QCOMPARE(stored(episode.id), episode);
        QCOMPARE(f->count("onward_referral"), 0);
    }

    // ---- onward referrals ---------------------------------------------------------------

    void onwardReferralAndOutcome()
    {
        EpisodeService service(f->ctx);
        auto onward = service.referOn(worker, episode.id, QStringLiteral("idva"));
        QVERIFY2(onward.ok(), qPrintable(onward.error().describe()));
        QCOMPARE(onward->episodeId, episode.id);
        QCOMPARE(onward->agency, QStringLiteral("idva"));
        QCOMPARE(onward->referredAt, now());
        QVERIFY(!onward->accepted.has_value());

        hub::store::EpisodeRepository episodes(f->db());
        const auto list = episodes.onwardForEpisode(episode.id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first(), onward.value());

        // The agency replies two days later.
        f->clock.set(utc("2026-06-11T09:00:00Z"));
        auto s = service.recordOnwardOutcome(worker, onward->id, true);
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        auto after = episodes.getOnward(onward->id);
        QVERIFY(after.ok());
        QCOMPARE(after->accepted, std::optional<bool>(true));
        QCOMPARE(after->referredAt, now()); // the referral date is not moved

        QVERIFY(service.recordOnwardOutcome(worker, onward->id, false).ok());
        QCOMPARE(episodes.getOnward(onward->id)->accepted, std::optional<bool>(false));
    }

    void onwardReferralWithGivenDate()
    {
        EpisodeService service(f->ctx);
        auto onward = service.referOn(worker, episode.id, QStringLiteral("housing"),
                                      utc("2026-06-02T13:00:00Z"));
        QVERIFY(onward.ok());
        QCOMPARE(hub::store::EpisodeRepository(f->db()).getOnward(onward->id)->referredAt,
                 utc("2026-06-02T13:00:00Z"));
    }

    void onwardReferralRefusals()
    {
        EpisodeService service(f->ctx);
        auto bad = service.referOn(worker, episode.id, QStringLiteral("ghostbusters"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("agency"));
        QCOMPARE(f->count("onward_referral"), 0);

        auto missing = service.referOn(
            worker, QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("idva"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, hub::Error::Kind::NotFound);
        QCOMPARE(f->count("onward_referral"), 0);

        auto outcome = service.recordOnwardOutcome(
            worker, QStringLiteral("00000000-0000-4000-8000-000000000000"), true);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, hub::Error::Kind::NotFound);
    }

    // ---- closure request ----------------------------------------------------------------

    void requestClosureRefusals_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<CodeMap>("outcomes");
        QTest::addColumn<QString>("field");

        const QString done = QStringLiteral("support_completed");
        QTest::newRow("no reason")
            << QString() << allOutcomes() << QStringLiteral("closure_reason");
        QTest::newRow("blank reason")
            << QStringLiteral("   ") << allOutcomes() << QStringLiteral("closure_reason");
        QTest::newRow("unknown reason")
            << QStringLiteral("got_bored") << allOutcomes() << QStringLiteral("closure_reason");
        QTest::newRow("no outcomes at all") << done << CodeMap{} << QStringLiteral("outcomes");
        for (const auto &measure : allOutcomes().keys()) {
            CodeMap missingOne = allOutcomes();
            missingOne.remove(measure);
            QTest::addRow("outcome %s missing", qPrintable(measure))
                << done << missingOne << QStringLiteral("outcomes");
        }
        CodeMap badValue = allOutcomes();
        badValue.insert(QStringLiteral("feel_safer"), QStringLiteral("much_better"));
        QTest::newRow("unknown outcome value") << done << badValue << QStringLiteral("outcomes");
        CodeMap extra = allOutcomes();
        extra.insert(QStringLiteral("happiness"), QStringLiteral("improved"));
        QTest::newRow("unknown outcome measure") << done << extra << QStringLiteral("outcomes");
    }

    void requestClosureRefusals()
    {
        QFETCH(QString, reason);
        QFETCH(CodeMap, outcomes);
        QFETCH(QString, field);

        const QVariantList before = f->rawRow("episode", episode.id);
        EpisodeService service(f->ctx);
        auto s = service.requestClosure(worker, episode.id, reason, outcomes);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(f->rawRow("episode", episode.id), before);
    }

    void requestClosure()
    {
        EpisodeService service(f->ctx);
        auto s = service.requestClosure(worker, episode.id, QStringLiteral("support_completed"),
                                        allOutcomes());
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        const Episode after = stored(episode.id);
        QCOMPARE(after.status, QStringLiteral("closure_requested"));
        QCOMPARE(after.closureReason, QStringLiteral("support_completed"));
        QCOMPARE(after.outcomes, allOutcomes());
        QCOMPARE(after.closureRequestedBy, worker.userId);
        QCOMPARE(after.closureRequestedAt, now());
        // Only a supervisor's approval closes it.
        QVERIFY(!after.closedAt.isValid());
        QVERIFY(after.closureApprovedBy.isEmpty());

        // Asking twice is refused and changes nothing (not even who asked).
        const QVariantList before = f->rawRow("episode", episode.id);
        f->clock.set(utc("2026-06-10T09:00:00Z"));
        auto again = service.requestClosure(colleague, episode.id, QStringLiteral("moved_away"),
                                            allOutcomes());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("status"));
        QCOMPARE(f->rawRow("episode", episode.id), before);
    }

    // ---- tasks --------------------------------------------------------------------------

    void createTaskDefaults()
    {
        TaskService service(f->ctx);
        Task t;
        t.episodeId = episode.id;
        t.title = QStringLiteral("  Chase IDVA referral  ");
        t.dueOn = date("2026-06-12");
        auto created = service.create(worker, t);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created->ownerId, worker.userId);
        QCOMPARE(created->personId, personId); // from the episode
        QCOMPARE(created->title, QStringLiteral("Chase IDVA referral"));
        QCOMPARE(created->kind, QStringLiteral("action"));
        QVERIFY(!created->doneAt.isValid());

        auto stored = hub::store::TaskRepository(f->db()).get(created->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), created.value());
        QCOMPARE(stored->kind, QStringLiteral("action"));
    }

    void createTaskForAnotherOwner()
    {
        TaskService service(f->ctx);
        Task t;
        t.personId = personId;
        t.title = QStringLiteral("Call back after court date");
        t.dueOn = date("2026-06-19");
        t.ownerId = colleague.userId;
        t.kind = QStringLiteral("next_contact");
        auto created = service.create(worker, t);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QCOMPARE(created->ownerId, colleague.userId);
        QCOMPARE(hub::store::TaskRepository(f->db()).get(created->id)->kind,
                 QStringLiteral("next_contact"));
    }

    void createTaskRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no due date") << QStringLiteral("no_due") << QStringLiteral("due_on");
        QTest::newRow("impossible due date (31 June)")
            << QStringLiteral("bad_due") << QStringLiteral("due_on");
        QTest::newRow("no title") << QStringLiteral("no_title") << QStringLiteral("title");
        QTest::newRow("unknown kind") << QStringLiteral("bad_kind") << QStringLiteral("kind");
        QTest::newRow("owner not a user")
            << QStringLiteral("bad_owner") << QStringLiteral("owner_id");
        QTest::newRow("episode of another person")
            << QStringLiteral("other_episode") << QStringLiteral("episode_id");
        QTest::newRow("person not on file")
            << QStringLiteral("bad_person") << QStringLiteral("person_id");
    }

    void createTaskRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);

        Task t;
        t.personId = personId;
        t.episodeId = episode.id;
        t.title = QStringLiteral("Send the court-date letter");
        t.dueOn = date("2026-06-15");
        if (change == QLatin1String("no_due"))
            t.dueOn = QDate();
        else if (change == QLatin1String("bad_due"))
            t.dueOn = QDate(2026, 6, 31);
        else if (change == QLatin1String("no_title"))
            t.title = QStringLiteral("   ");
        else if (change == QLatin1String("bad_kind"))
            t.kind = QStringLiteral("wish");
        else if (change == QLatin1String("bad_owner"))
            t.ownerId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        else if (change == QLatin1String("other_episode")) {
            const QString other = f->addPerson(QStringLiteral("Ada"), QStringLiteral("Byrne"));
            t.episodeId = f->addEpisode(other, worker.userId).id;
        } else if (change == QLatin1String("bad_person")) {
            t.personId = QStringLiteral("00000000-0000-4000-8000-000000000000");
            t.episodeId.clear();
        }

        TaskService service(f->ctx);
        auto refused = service.create(worker, t);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field);
        QCOMPARE(f->count("task"), 0);
    }

    void completeTaskIsIdempotent()
    {
        TaskService service(f->ctx);
        Task t;
        t.personId = personId;
        t.title = QStringLiteral("Send leaflet");
        t.dueOn = date("2026-06-10");
        auto created = service.create(worker, t);
        QVERIFY(created.ok());

        f->clock.set(utc("2026-06-10T08:15:00Z"));
        auto done = service.complete(worker, created->id);
        QVERIFY2(done.ok(), qPrintable(done.error().describe()));
        QCOMPARE(done->doneAt, utc("2026-06-10T08:15:00Z"));
        QCOMPARE(hub::store::TaskRepository(f->db()).get(created->id)->doneAt,
                 utc("2026-06-10T08:15:00Z"));

        // Ticking it again later keeps the first time.
        const QVariantList before = f->rawRow("task", created->id);
        f->clock.set(utc("2026-06-11T16:00:00Z"));
        auto again = service.complete(colleague, created->id);
        QVERIFY(again.ok());
        QCOMPARE(again->doneAt, utc("2026-06-10T08:15:00Z"));
        QCOMPARE(f->rawRow("task", created->id), before);
    }

    void completeTaskRefusals()
    {
        TaskService service(f->ctx);
        auto missing =
            service.complete(worker, QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, hub::Error::Kind::NotFound);

        Task t;
        t.title = QStringLiteral("Reminder");
        t.dueOn = date("2026-06-10");
        auto created = service.create(worker, t);
        QVERIFY(created.ok());
        auto nobody = service.complete(hub::domain::Actor::system(), created->id);
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().kind, hub::Error::Kind::Permission);
        QVERIFY(!hub::store::TaskRepository(f->db()).get(created->id)->doneAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestEpisodeService)
#include "tst_episodeservice.moc"
