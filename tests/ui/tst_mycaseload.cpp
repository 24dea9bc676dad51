#include "DeskFixture.h"
#include "EmptyState.h"
#include "TempDatabase.h"
#include "caseload/MyCaseloadFilter.h"
#include "caseload/MyCaseloadPage.h"
#include "models/MyCaseloadModel.h"
#include "services/ContactService.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"
#include "services/ReferralService.h"
#include "store/Repositories.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace hub;

// My caseload: the worker's open episodes and referrals assigned for triage, with the
// Victims' Code clock, kept up to date as records change elsewhere in the app.
// The clock is fixed at Wednesday 10 June 2026, 11:00 in London.
class TestMyCaseload : public QObject, protected test::DeskFixture
{
    Q_OBJECT

private:
    domain::Actor m_colleague;
    domain::Person m_ada; // open episode, first contact overdue
    domain::Person m_ben; // referral assigned for triage, enhanced, clock running
    QString m_adaEpisode;
    QString m_benReferral;

    QString addReferral(const domain::Person &p, const char *receivedAt, const QString &status,
                        const QString &assignedTo, bool enhanced = false)
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = p.id;
        r.receivedAt = utc(receivedAt);
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.status = status;
        r.assignedTo = assignedTo;
        r.enhanced = enhanced;
        r.enhancedReason = enhanced ? QStringLiteral("vulnerable") : QString();
        if (auto s = store::ReferralRepository(m_db->db()).insert(r); !s.ok())
            qFatal("cannot add a referral: %s", qPrintable(s.error().describe()));
        return r.id;
    }

    QString addEpisode(const domain::Person &p, const QString &referralId, const QString &owner)
    {
        domain::Episode e;
        e.id = util::newId();
        e.personId = p.id;
        e.referralIds = {referralId};
        e.caseworkerId = owner;
        e.openedAt = utc("2026-06-02T09:00:00Z");
        if (!store::EpisodeRepository(m_db->db()).insert(e).ok())
            qFatal("cannot add an episode");
        return e.id;
    }

    static int rowOf(const QAbstractItemModel *model, const QString &personId)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ui::MyCaseloadModel::PersonIdRole) == personId)
                return row;
        return -1;
    }

    static QString cell(const QAbstractItemModel *model, const QString &personId, int column)
    {
        const int row = rowOf(model, personId);
        return row < 0 ? QStringLiteral("<no row>") : model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        startServices();
        m_worker = actorOf(addUser(QStringLiteral("cw1"), QStringLiteral("Aleksandra Nowak")));
        m_colleague = actorOf(addUser(QStringLiteral("cw2"), QStringLiteral("Sam Jones")));

        // Received Monday 1 June, standard: due by the end of Monday 8 June; not contacted.
        m_ada = addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"), false);
        const auto adaReferral =
            addReferral(m_ada, "2026-06-01T08:00:00Z", QStringLiteral("accepted"), m_worker.userId);
        m_adaEpisode = addEpisode(m_ada, adaReferral, m_worker.userId);
        // Received Tuesday 9 June, enhanced: due by the end of Thursday 11 June.
        m_ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"));
        m_benReferral = addReferral(m_ben, "2026-06-09T13:00:00Z", QStringLiteral("new"),
                                    m_worker.userId, true);
        // Someone else's work, and the unassigned queue: not mine.
        const auto cara = addPerson(QStringLiteral("Cara"), QStringLiteral("Doyle"));
        addEpisode(cara,
                   addReferral(cara, "2026-06-03T09:00:00Z", QStringLiteral("accepted"),
                               m_colleague.userId),
                   m_colleague.userId);
        addReferral(addPerson(QStringLiteral("Dev"), QStringLiteral("Mistry")),
                    "2026-06-08T09:00:00Z", QStringLiteral("new"), QString());
    }

    void cleanup() { closeAll(); }

    void listsMyEpisodesAndReferralsWithTheirClocks()
    {
        ui::MyCaseloadModel model(*m_services, m_worker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        using M = ui::MyCaseloadModel;
        QCOMPARE(cell(&model, m_ada.id, M::Person), QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(&model, m_ada.id, M::Status), QStringLiteral("Open"));
        // Due by the end of Monday 8 June (23:00 UTC): 35 hours overdue.
        const auto &adaClock = model.item(rowOf(&model, m_ada.id)).clock;
        QVERIFY(adaClock.status == calendar::ClockState::Status::Overdue);
        QCOMPARE(adaClock.dueDate, QDate(2026, 6, 8));
        QCOMPARE(adaClock.secondsLeft, qint64(-35 * 3600));
        QCOMPARE(cell(&model, m_ada.id, M::Clock), M::clockText(adaClock));
        QVERIFY(cell(&model, m_ada.id, M::Clock)
                    .contains(QStringLiteral("overdue"), Qt::CaseInsensitive));
        QCOMPARE(cell(&model, m_ada.id, M::Received), QStringLiteral("01/06/2026 09:00"));
        QCOMPARE(cell(&model, m_ada.id, M::NextDue), QStringLiteral("None"));
        QCOMPARE(cell(&model, m_ada.id, M::LastContact), QStringLiteral("None yet"));
        const auto ada = model.index(rowOf(&model, m_ada.id), 0);
        QVERIFY(ada.data(M::BreachedRole).toBool());
        QVERIFY(ada.data(M::SafetyLimitsRole).toBool());
        QVERIFY(!ada.data(Qt::DecorationRole).isNull()); // the red dot
        QVERIFY(ada.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("safety")));
        QCOMPARE(ada.siblingAtColumn(M::Clock).data(Qt::ForegroundRole).value<QColor>(),
                 M::clockColour(adaClock));
        QVERIFY(M::clockColour(adaClock) !=
                M::clockColour(model.item(rowOf(&model, m_ben.id)).clock));

        QCOMPARE(cell(&model, m_ben.id, M::Status), QStringLiteral("Awaiting triage"));
        // Enhanced, received Tuesday 9 June: due by the end of Thursday 11 June, 37 h away.
        const auto &benClock = model.item(rowOf(&model, m_ben.id)).clock;
        QVERIFY(benClock.status == calendar::ClockState::Status::Running);
        QCOMPARE(benClock.dueDate, QDate(2026, 6, 11));
        QCOMPARE(benClock.secondsLeft, qint64(37 * 3600));
        QCOMPARE(cell(&model, m_ben.id, M::Clock), M::clockText(benClock));
        QVERIFY(!cell(&model, m_ben.id, M::Clock)
                     .contains(QStringLiteral("overdue"), Qt::CaseInsensitive));
        const auto ben = model.index(rowOf(&model, m_ben.id), 0);
        QVERIFY(!ben.data(M::BreachedRole).toBool());
        QVERIFY(!ben.data(M::SafetyLimitsRole).toBool());
        QCOMPARE(model.breachedCount(), 1);
        QCOMPARE(model.awaitingTriageCount(), 1);
    }

    void updatesLiveAsWorkIsDone()
    {
        ui::MyCaseloadModel model(*m_services, m_worker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using M = ui::MyCaseloadModel;

        // A support plan action gives Ada a next due date; completing it takes it away.
        domain::Task task;
        task.episodeId = m_adaEpisode;
        task.title = QStringLiteral("Ring about the lock fitting");
        task.dueOn = QDate(2026, 6, 12);
        auto made = services::TaskService(m_services->context).create(m_worker, task);
        QVERIFY(made.ok());
        QTRY_COMPARE(cell(&model, m_ada.id, M::NextDue), QStringLiteral("12/06/2026"));
        QVERIFY(services::TaskService(m_services->context).complete(m_worker, made->id).ok());
        QTRY_COMPARE(cell(&model, m_ada.id, M::NextDue), QStringLiteral("None"));

        // A first call to Ben stops his clock in time.
        domain::Contact call;
        call.personId = m_ben.id;
        call.referralId = m_benReferral;
        call.at = m_clock->now();
        call.direction = QStringLiteral("outbound");
        call.channel = QStringLiteral("phone");
        call.outcome = QStringLiteral("spoke");
        call.durationMinutes = 12;
        call.summary = QStringLiteral("Introduced the hub.");
        auto logged = services::ContactService(m_services->context).log(m_worker, call);
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));
        QTRY_VERIFY(model.item(rowOf(&model, m_ben.id)).clock.status ==
                    calendar::ClockState::Status::Met);
        QCOMPARE(cell(&model, m_ben.id, M::Clock),
                 M::clockText(model.item(rowOf(&model, m_ben.id)).clock));
        QCOMPARE(cell(&model, m_ben.id, M::LastContact), QStringLiteral("10/06/2026"));

        // Closing Ada's support: the request shows at once.
        QMap<QString, QString> outcomes;
        for (const auto &m : m_services->context.codes.codes(QStringLiteral("outcome_measure")))
            outcomes.insert(m, QStringLiteral("improved"));
        QVERIFY(services::EpisodeService(m_services->context)
                    .requestClosure(m_worker, m_adaEpisode, QStringLiteral("support_completed"),
                                    outcomes)
                    .ok());
        QTRY_COMPARE(cell(&model, m_ada.id, M::Status), QStringLiteral("Closure requested"));

        // Accepting Ben's referral turns his row into an open episode.
        auto accepted =
            services::ReferralService(m_services->context)
                .triage(m_worker, m_benReferral,
                        services::TriageDecision{services::TriageDecision::Action::Accept,
                                                 QStringLiteral("Wants support"),
                                                 {}});
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().describe()));
        QTRY_COMPARE(cell(&model, m_ben.id, M::Status), QStringLiteral("Open"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.awaitingTriageCount(), 0);
    }

    void pageSortsFiltersAndOpensByKeyboard()
    {
        ui::MyCaseloadPage page(*m_services, m_worker);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QAbstractItemModelTester tester(page.filter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = page.findChild<QTableView *>(QStringLiteral("myCaseloadView"));
        auto *filter = page.findChild<QLineEdit *>(QStringLiteral("myCaseloadFilter"));
        auto *breached = page.findChild<QCheckBox *>(QStringLiteral("breachedOnlyCheck"));
        QVERIFY(view && filter && breached);
        QVERIFY(view->isVisible());
        // Most urgent clock first: Ada's is overdue.
        QCOMPARE(view->model()->index(0, 0).data(ui::MyCaseloadModel::PersonIdRole).toString(),
                 m_ada.id);
        // Sort by received, newest first: Ben.
        view->sortByColumn(ui::MyCaseloadModel::Received, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, 0).data(ui::MyCaseloadModel::PersonIdRole).toString(),
                 m_ben.id);

        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("okaf"));
        QCOMPARE(view->model()->rowCount(), 1);
        // Down to the list, Enter opens the person.
        QSignalSpy open(&page, &ui::MyCaseloadPage::openRequested);
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), m_ben.id);

        // Ben's clock is not breached: with "Breached only" nothing matches.
        breached->setFocus();
        QTest::keyClick(breached, Qt::Key_Space);
        QVERIFY(breached->isChecked());
        QCOMPARE(view->model()->rowCount(), 0);
        auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("myCaseloadStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("myCaseloadEmpty"));
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(ui::MyCaseloadModel::PersonIdRole).toString(),
                 m_ada.id);
        QVERIFY(view->isVisible());
    }

    void saysSoWhenNothingIsAssigned()
    {
        const auto idle = actorOf(addUser(QStringLiteral("cw3"), QStringLiteral("Idle Worker")));
        ui::MyCaseloadPage page(*m_services, idle);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("myCaseloadStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("myCaseloadEmpty"));
        auto *empty = qobject_cast<ui::EmptyState *>(stack->currentWidget());
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("Nothing is assigned to you"));
        QCOMPARE(page.model()->rowCount(), 0);
        // A referral assigned elsewhere in the app appears without a refresh.
        QVERIFY(services::ReferralService(m_services->context)
                    .assign(m_worker, m_benReferral, idle.userId)
                    .ok());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("myCaseloadView"));
    }
};

QTEST_MAIN(TestMyCaseload)
#include "tst_mycaseload.moc"
