#include "DeskFixture.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "referrals/ColleagueDialog.h"
#include "referrals/InboxModel.h"
#include "referrals/InboxPage.h"
#include "referrals/TriageDialog.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/ReferralService.h"
#include "store/Repositories.h"
#include "util/Ids.h"
#include "util/Time.h"
#include "widgets/ClockBadge.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace hub;

// The referral inbox (Referrals, Ctrl+2): the team's referrals awaiting triage with their
// Victims' Code clocks, triaged and assigned from the keyboard, updating live.
// The clock is fixed at Wednesday 10 June 2026, 11:00 in London (10:00 UTC).
class TestInbox : public QObject, protected test::DeskFixture
{
    Q_OBJECT

private:
    domain::User m_colleague;
    domain::Person m_ada, m_ben, m_cleo, m_dev, m_eve;
    QString m_adaRef, m_benRef, m_cleoRef, m_devRef;

    domain::Person addPerson(const QString &given, const QString &family)
    {
        return DeskFixture::addPerson(given, family, true, QDate(1980, 3, 4));
    }

    QString addReferral(const domain::Person &p, const char *receivedAt,
                        const QString &assignedTo = {}, bool enhanced = false,
                        const QString &status = QStringLiteral("new"))
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = p.id;
        r.receivedAt = utc(receivedAt);
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.flags = {QStringLiteral("hate_crime")};
        r.status = status;
        r.assignedTo = assignedTo;
        r.enhanced = enhanced;
        r.enhancedReason = enhanced ? QStringLiteral("most_serious_crime") : QString();
        if (auto s = store::ReferralRepository(m_db->db()).insert(r); !s.ok())
            qFatal("cannot add a referral: %s", qPrintable(s.error().describe()));
        return r.id;
    }

    ui::InboxPage *page() const { return m_window->inboxPage(); }
    ui::InboxModel *model() const { return page()->model(); }
    QTableView *view() const { return page()->view(); }

    QString cell(const QString &referralId, int column) const
    {
        const int row = model()->rowOf(referralId);
        return row < 0 ? QStringLiteral("<no row>") : model()->index(row, column).data().toString();
    }

    QStringList people() const
    {
        QStringList names;
        for (int row = 0; row < model()->rowCount(); ++row)
            names << model()->index(row, ui::InboxModel::Person).data().toString();
        return names;
    }

    // Ctrl+2, then Down to the referral's row, as a user would.
    void goToRow(const QString &referralId)
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(view()->hasFocus());
        const int target = model()->rowOf(referralId);
        QVERIFY(target >= 0);
        while (view()->currentIndex().row() < target)
            QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(page()->currentReferralId(), referralId);
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        const domain::Team north{util::newId(), QStringLiteral("North")};
        const domain::Team south{util::newId(), QStringLiteral("South")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(north).ok());
        QVERIFY(store::TeamRepository(m_db->db()).insert(south).ok());
        const auto worker = addUser(QStringLiteral("cw1"), QStringLiteral("Wren Hale"), north.id);
        m_worker = actorOf(worker);
        m_colleague = addUser(QStringLiteral("cw2"), QStringLiteral("Cai Moss"), north.id);
        const auto other = addUser(QStringLiteral("cw3"), QStringLiteral("Ola South"), south.id);

        m_ada = addPerson(QStringLiteral("Ada"), QStringLiteral("Archer"));
        m_ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Baker"));
        m_cleo = addPerson(QStringLiteral("Cleo"), QStringLiteral("Cole"));
        m_dev = addPerson(QStringLiteral("Dev"), QStringLiteral("Dunn"));
        m_eve = addPerson(QStringLiteral("Eve"), QStringLiteral("Ellis"));
        // Oldest of all, but assigned: after every unassigned one.
        m_adaRef = addReferral(m_ada, "2026-05-28T09:00:00Z", m_colleague.id);
        // Unassigned, received Monday 8 June 14:00: standard, due end of Monday 15 June.
        m_benRef = addReferral(m_ben, "2026-06-08T13:00:00Z");
        // Unassigned, received Monday 1 June: due end of Monday 8 June, so overdue.
        m_cleoRef = addReferral(m_cleo, "2026-06-01T11:00:00Z");
        // Unassigned and enhanced, received Monday 8 June 10:00: due end of today.
        m_devRef = addReferral(m_dev, "2026-06-08T09:00:00Z", QString(), true);
        // Neither shown: another team's, and one already accepted.
        addReferral(m_eve, "2026-06-02T09:00:00Z", other.id);
        addReferral(m_eve, "2026-06-03T09:00:00Z", QString(), false, QStringLiteral("accepted"));

        startServices();
        showWindow();
    }

    void cleanup() { closeAll(); }

    void modelPassesTheModelTester()
    {
        ui::InboxModel model(*m_services, m_worker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        // A reload with the same rows, one with a new row, and one with a row gone.
        model.refresh();
        services::Intake in;
        domain::Person gus; // Eve is South's: a North worker cannot add to her records
        gus.givenName = QStringLiteral("Gus");
        gus.familyName = QStringLiteral("Green");
        in.newPerson = gus;
        in.referral.source = QStringLiteral("self");
        in.referral.offenceGroup = QStringLiteral("theft");
        QVERIFY(services::ReferralService(m_services->context).intake(m_worker, in).ok());
        QTRY_COMPARE(model.rowCount(), 5);
        services::TriageDecision decline{services::TriageDecision::Action::Decline,
                                         QStringLiteral("supported elsewhere"), QString()};
        QVERIFY(services::ReferralService(m_services->context)
                    .triage(m_worker, m_benRef, decline)
                    .ok());
        QTRY_COMPARE(model.rowCount(), 4);
    }

    void unassignedFirstThenOldestFirst()
    {
        QCOMPARE(people(),
                 (QStringList{QStringLiteral("Cleo Cole"), QStringLiteral("Dev Dunn"),
                              QStringLiteral("Ben Baker"), QStringLiteral("Ada Archer")}));
        QCOMPARE(cell(m_cleoRef, ui::InboxModel::AssignedTo), QStringLiteral("Unassigned"));
        QCOMPARE(cell(m_adaRef, ui::InboxModel::AssignedTo), QStringLiteral("Cai Moss"));
        QCOMPARE(cell(m_benRef, ui::InboxModel::Received), QStringLiteral("08/06/2026 14:00"));
        QCOMPARE(cell(m_benRef, ui::InboxModel::Source), QStringLiteral("Police"));
        QCOMPARE(cell(m_benRef, ui::InboxModel::Crime),
                 QStringLiteral("Residential burglary \u00b7 Hate crime"));
        QCOMPARE(cell(m_benRef, ui::InboxModel::Status), QStringLiteral("New"));
        auto *summary = m_window->findChild<QLabel *>(QStringLiteral("inboxSummary"));
        QCOMPARE(summary->text(), QStringLiteral("4 referrals awaiting triage \u00b7 3 unassigned "
                                                 "\u00b7 2 breached"));
    }

    void clockReadsAndColoursByState()
    {
        // Running with days to spare: green.
        QCOMPARE(cell(m_benRef, ui::InboxModel::Clock), QStringLiteral("5 days 13 h left"));
        const auto green = model()
                               ->index(model()->rowOf(m_benRef), ui::InboxModel::Clock)
                               .data(Qt::ForegroundRole)
                               .value<QColor>();
        QVERIFY2(green.green() > green.red(), qPrintable(green.name()));
        // Enhanced, due at the end of today: amber.
        QCOMPARE(cell(m_devRef, ui::InboxModel::Clock), QStringLiteral("13 h left"));
        const auto amber = model()
                               ->index(model()->rowOf(m_devRef), ui::InboxModel::Clock)
                               .data(Qt::ForegroundRole)
                               .value<QColor>();
        QVERIFY2(amber.red() > amber.green() && amber.green() > amber.blue(),
                 qPrintable(amber.name()));
        // Overdue since the end of Monday: red and bold.
        const auto overdue = model()->index(model()->rowOf(m_cleoRef), ui::InboxModel::Clock);
        QCOMPARE(overdue.data().toString(), QStringLiteral("Overdue by 1 day 11 h"));
        const auto red = overdue.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY2(red.red() > 150 && red.green() < 80, qPrintable(red.name()));
        QVERIFY(overdue.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(overdue.data(ui::InboxModel::BreachedRole).toBool());
        QVERIFY(overdue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("08/06/2026")));

        // The badge widget says and colours the same.
        ui::ClockBadge badge;
        badge.setClock(model()->item(model()->rowOf(m_cleoRef)).clock);
        QCOMPARE(badge.text(), QStringLiteral("Overdue by 1 day 11 h"));
        QVERIFY(badge.styleSheet().contains(red.name()));
    }

    void acceptByKeyboardOpensAnEpisode()
    {
        goToRow(m_benRef);
        bool sawDialog = false;
        test::whenModal<ui::TriageDialog>([&](ui::TriageDialog *dialog) {
            sawDialog = true;
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
            auto *accept = dialog->findChild<QRadioButton *>(QStringLiteral("acceptRadio"));
            QTRY_VERIFY(accept->isChecked()); // a mnemonic clicks after a short flash
            QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
            QTRY_VERIFY(reason->hasFocus());
            QTest::keyClicks(reason, QStringLiteral("Wants help with the court case"));
            QTest::keyClick(reason, Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(view(), Qt::Key_Return);
        QVERIFY(sawDialog);

        // The row leaves the inbox as accepted; the person has a support episode.
        QTRY_COMPARE(model()->rowOf(m_benRef), -1);
        QCOMPARE(model()->rowCount(), 3);
        auto file = m_cases->openPerson(m_worker, m_ben.id);
        QVERIFY(file.ok());
        QCOMPARE(file->referrals.size(), 1);
        QCOMPARE(file->referrals.first().status, QStringLiteral("accepted"));
        QCOMPARE(file->referrals.first().decisionReason,
                 QStringLiteral("Wants help with the court case"));
        QCOMPARE(file->episodes.size(), 1);
        QCOMPARE(file->episodes.first().referralIds, QStringList{m_benRef});
        QCOMPARE(file->episodes.first().caseworkerId, m_worker.userId);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("accepted")));
        // The focus is back on the list, on a row, ready for the next one. (The offscreen
        // platform does not make the window active again after a dialog, so ask the window.)
        QCOMPARE(m_window->focusWidget(), view());
        QVERIFY(view()->currentIndex().isValid());
    }

    // Ben already has an open support episode: Accept joins it unless a second one is chosen.
    QString addOpenEpisodeForBen()
    {
        domain::Episode e;
        e.id = util::newId();
        e.personId = m_ben.id;
        e.caseworkerId = m_worker.userId;
        e.status = QStringLiteral("open");
        e.openedAt = utc("2026-04-01T09:00:00Z");
        if (!store::EpisodeRepository(m_db->db()).insert(e).ok())
            qFatal("cannot add an episode");
        return e.id;
    }

    void acceptJoinsTheOpenEpisodeByDefault()
    {
        const auto open = addOpenEpisodeForBen();
        goToRow(m_benRef);
        test::whenModal<ui::TriageDialog>([&](ui::TriageDialog *dialog) {
            auto *episode = dialog->findChild<QComboBox *>(QStringLiteral("episodeCombo"));
            QCOMPARE(episode->currentData().toString(), open);
            QVERIFY(episode->currentText().startsWith(QStringLiteral("Join the episode")));
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(
                dialog->findChild<QRadioButton *>(QStringLiteral("acceptRadio"))->isChecked());
            QVERIFY(episode->isVisible() && episode->isEnabled());
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("A second crime, same support"));
            QTest::keyClick(reason, Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(view(), Qt::Key_Return);
        QTRY_COMPARE(model()->rowOf(m_benRef), -1);
        auto file = m_cases->openPerson(m_worker, m_ben.id);
        QVERIFY(file.ok());
        QCOMPARE(file->episodes.size(), 1); // joined, not a second open episode
        QVERIFY(file->episodes.first().referralIds.contains(m_benRef));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("joined")));
    }

    void aSecondEpisodeIsAnExplicitChoiceWithAReason()
    {
        addOpenEpisodeForBen();
        goToRow(m_benRef);
        test::whenModal<ui::TriageDialog>([&](ui::TriageDialog *dialog) {
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(
                dialog->findChild<QRadioButton *>(QStringLiteral("acceptRadio"))->isChecked());
            QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
            auto *episode = dialog->findChild<QComboBox *>(QStringLiteral("episodeCombo"));
            QTRY_VERIFY(episode->hasFocus());
            QTest::keyClick(episode, Qt::Key_End);
            QCOMPARE(episode->currentText(), QStringLiteral("Open a second support episode"));
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
            QVERIFY(reason->placeholderText().contains(QStringLiteral("second")));
            // Without a reason nothing is saved.
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            QTRY_COMPARE(dialog->errorFor(QStringLiteral("decision_reason")),
                         QStringLiteral("Reason: give a reason"));
            QTest::keyClicks(reason, QStringLiteral("A separate crime with its own court case"));
            QTest::keyClick(reason, Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(view(), Qt::Key_Return);
        QTRY_COMPARE(model()->rowOf(m_benRef), -1);
        auto file = m_cases->openPerson(m_worker, m_ben.id);
        QVERIFY(file.ok());
        QCOMPARE(file->episodes.size(), 2);
    }

    void declineNeedsAReasonAndRefusalsAreShown()
    {
        goToRow(m_cleoRef);
        test::whenModal<ui::TriageDialog>([&](ui::TriageDialog *dialog) {
            QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
            QTRY_VERIFY(
                dialog->findChild<QRadioButton *>(QStringLiteral("declineRadio"))->isChecked());
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            // No reason: the service refuses and the reason field says so.
            QTRY_COMPARE(dialog->errorFor(QStringLiteral("decision_reason")),
                         QStringLiteral("Reason: give a reason"));
            QVERIFY(dialog->isVisible());
            // Meanwhile someone else accepts it: this decline is refused, in words.
            QVERIFY(services::ReferralService(m_services->context)
                        .triage(m_worker, m_cleoRef,
                                services::TriageDecision{services::TriageDecision::Action::Accept,
                                                         QStringLiteral("Wants support"),
                                                         {}})
                        .ok());
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
            QTest::keyClicks(reason, QStringLiteral("Moved out of the county"));
            QTest::keyClick(reason, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorSummary().contains(
                         QStringLiteral("a referral that is 'Accepted' cannot become 'Declined'")),
                     qPrintable(dialog->errorSummary()));
            QCOMPARE(reason->text(), QStringLiteral("Moved out of the county"));
            // Esc asks before dropping the decision; Discard closes.
            test::whenModal<QMessageBox>(
                [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
            QTest::keyClick(dialog, Qt::Key_Escape);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(view(), Qt::Key_Return);
        QTRY_COMPARE(model()->rowOf(m_cleoRef), -1);
        QCOMPARE(store::ReferralRepository(m_db->db()).get(m_cleoRef)->status,
                 QStringLiteral("accepted"));
    }

    void assignToMeAndToAColleague()
    {
        goToRow(m_devRef);
        QTest::keyClick(view(), Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(cell(m_devRef, ui::InboxModel::AssignedTo), QStringLiteral("Wren Hale"));
        QCOMPARE(store::ReferralRepository(m_db->db()).get(m_devRef)->assignedTo, m_worker.userId);
        // Assigned rows come after the unassigned; the same referral stays current.
        QCOMPARE(people().indexOf(QStringLiteral("Dev Dunn")), 3);
        QCOMPARE(page()->currentReferralId(), m_devRef);

        test::whenModal<ui::ColleagueDialog>([](ui::ColleagueDialog *dialog) {
            auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("colleagueFilter"));
            filter->setFocus();
            QTest::keyClicks(filter, QStringLiteral("cai"));
            QTest::keyClick(filter, Qt::Key_Down);
            QVERIFY(dialog->list()->hasFocus());
            QTest::keyClick(dialog->list(), Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(view(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(cell(m_devRef, ui::InboxModel::AssignedTo), QStringLiteral("Cai Moss"));
        QCOMPARE(store::ReferralRepository(m_db->db()).get(m_devRef)->assignedTo, m_colleague.id);
    }

    void listUpdatesLiveAndOpensThePerson()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(view()->hasFocus());
        // A referral entered elsewhere in the app (another window, the import).
        services::Intake in;
        domain::Person fay;
        fay.givenName = QStringLiteral("Fay");
        fay.familyName = QStringLiteral("Frost");
        in.newPerson = fay;
        in.referral.receivedAt = utc("2026-05-20T08:00:00Z");
        in.referral.source = QStringLiteral("partner_agency");
        in.referral.offenceGroup = QStringLiteral("robbery");
        auto saved = services::ReferralService(m_services->context).intake(m_worker, in);
        QVERIFY(saved.ok());
        // The oldest unassigned referral now heads the list, without a refresh.
        QTRY_COMPARE(people().value(0), QStringLiteral("Fay Frost"));
        QCOMPARE(cell(saved->id, ui::InboxModel::Source), QStringLiteral("Partner agency"));
        QCOMPARE(model()->rowCount(), 5);

        // Open person on the current row (the first) shows their record.
        view()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(view(), Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(m_window->personView()->personId(), saved->personId);
    }

    // The team's queue shows every referral awaiting triage, but not who a person is when
    // the worker may not open their record: a restricted person they do not hold, another
    // team's person. The referral, its crime type and its clock stay, so the counts add up.
    void inboxHidesPeopleTheWorkerMayNotOpen()
    {
        auto hidden = addPerson(QStringLiteral("Rhea"), QStringLiteral("Ravensworth"));
        hidden.restricted = true;
        hidden.phone = QStringLiteral("07700 900461");
        QVERIFY(store::PersonRepository(m_db->db()).update(hidden).ok());
        const auto restrictedRef = addReferral(hidden, "2026-06-09T09:00:00Z");
        domain::Referral withReference =
            store::ReferralRepository(m_db->db()).get(restrictedRef).value();
        withReference.crimeReference = QStringLiteral("CF0555510626");
        QVERIFY(store::ReferralRepository(m_db->db()).update(withReference).ok());
        // Eve is South's (an open referral assigned there); a new one waits unassigned.
        const auto southRef = addReferral(m_eve, "2026-06-09T10:00:00Z");

        // Entered elsewhere (an import, a sync): the change notice reloads the open inbox.
        m_services->notifier.notify(services::ChangeNotifier::Kind::Referral, southRef, m_eve.id);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), 6);
        QCOMPARE(cell(restrictedRef, ui::InboxModel::Person), QStringLiteral("Restricted record"));
        QCOMPARE(cell(southRef, ui::InboxModel::Person), QStringLiteral("Another team's record"));
        QCOMPARE(cell(restrictedRef, ui::InboxModel::Crime),
                 QStringLiteral("Residential burglary \u00b7 Hate crime"));
        auto *summary = m_window->findChild<QLabel *>(QStringLiteral("inboxSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("6 referrals awaiting triage")),
                 qPrintable(summary->text()));

        // Nothing the table can show of those rows (text, tooltips, what a screen reader
        // reads) names them, dates their birth or gives the crime reference.
        const QStringList secrets{QStringLiteral("Rhea"),         QStringLiteral("Ravensworth"),
                                  QStringLiteral("Eve"),          QStringLiteral("Ellis"),
                                  QStringLiteral("04/03/1980"),   QStringLiteral("1980"),
                                  QStringLiteral("CF0555510626"), QStringLiteral("07700")};
        for (const auto &id : {restrictedRef, southRef}) {
            const int row = model()->rowOf(id);
            QVERIFY(row >= 0);
            for (int column = 0; column < model()->columnCount(); ++column) {
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                    const auto text = model()->index(row, column).data(role).toString();
                    for (const auto &secret : secrets)
                        QVERIFY2(!text.contains(secret), qPrintable(text));
                }
            }
        }
        QVERIFY(!model()->item(model()->rowOf(restrictedRef)).row.personDateOfBirth.isValid());
        // The worker's own team's people are named as before.
        QCOMPARE(cell(m_benRef, ui::InboxModel::Person), QStringLiteral("Ben Baker"));
    }

    void emptyInboxSaysSo()
    {
        for (const auto &id : {m_adaRef, m_benRef, m_cleoRef, m_devRef})
            QVERIFY(services::ReferralService(m_services->context)
                        .triage(m_worker, id,
                                services::TriageDecision{services::TriageDecision::Action::Accept,
                                                         QStringLiteral("Wants support"),
                                                         {}})
                        .ok());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("inboxStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("inboxEmpty"));
        auto *empty = qobject_cast<ui::EmptyState *>(stack->currentWidget());
        QCOMPARE(empty->title(), QStringLiteral("No referrals are waiting"));
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("triageButton"))->isEnabled());
    }
};

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
