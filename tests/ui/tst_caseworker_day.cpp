#include "KeyboardSteps.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonHeader.h"
#include "PersonView.h"
#include "SafeContact.h"
#include "TempDatabase.h"
#include "caseload/MyCaseloadPage.h"
#include "contacts/LogContactDialog.h"
#include "episodes/ClosureRequestDialog.h"
#include "episodes/EpisodePane.h"
#include "models/MyCaseloadModel.h"
#include "referrals/InboxModel.h"
#include "referrals/InboxPage.h"
#include "referrals/IntakeDialog.h"
#include "referrals/PersonSuggestions.h"
#include "referrals/TriageDialog.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "store/Repositories.h"
#include "tasks/MyTasksPanel.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskListModel.h"
#include "util/Ids.h"
#include "util/Time.h"

#include "widgets/DateField.h"
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace hub;
using test::focused;
using test::key;
using test::tabUntil;
using test::type;

namespace {
QDateTime utc(const char *text)
{
    return util::parseRfc3339(QString::fromLatin1(text));
}

// The first line of a task in My tasks (its title).
QString titleOf(const QModelIndex &index)
{
    return index.data().toString().section(QLatin1Char('\n'), 0, 0);
}
} // namespace

// Issue 3's acceptance test: one caseworker's working day, from the keyboard only, in the
// main window on a real database. A repeat victim is referred again: intake finds her on
// file, triage accepts, an episode opens, a call is logged, a task is set and ticked off,
// and closure is requested. Every step checks what the worker sees, and that nothing was
// entered twice. The clock is fixed at Wednesday 10 June 2026, 11:00 in London.
class TestCaseworkerDay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    std::unique_ptr<ui::MainWindow> m_window;
    domain::Actor m_worker;
    domain::Person m_kasia; // on file from last year; no voicemail
    int m_peopleOnFile = 0;

    template <typename T> T *find(const char *name)
    {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    domain::User addUser(const QString &username, const QString &name, const QString &role,
                         const QString &teamId)
    {
        domain::User u{util::newId(), username, name, role, teamId, true};
        if (!store::UserRepository(m_db->db()).insert(u).ok())
            qFatal("cannot add a user");
        return u;
    }

    domain::Person addPerson(const QString &given, const QString &family, const QDate &born,
                             bool safeVoicemail = true)
    {
        domain::Person p;
        p.id = util::newId();
        p.givenName = given;
        p.familyName = family;
        p.dateOfBirth = born;
        p.phone = QStringLiteral("07700 900%1").arg(m_peopleOnFile + 100);
        p.postcode = QStringLiteral("PE1 %1AB").arg(m_peopleOnFile + 1);
        test::answerAllSafe(p);
        p.safeVoicemail = test::safeIf(safeVoicemail);
        p.createdAt = utc("2025-03-02T09:00:00Z");
        if (!store::PersonRepository(m_db->db()).insert(p).ok())
            qFatal("cannot add a person");
        ++m_peopleOnFile;
        return p;
    }

    // Offscreen there is no window manager to give the main window back the focus after a
    // dialog closes; a user's desktop does.
    void backToWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Nothing was entered twice: still the same people on file (as the status bar says),
    // one Katarzyna, and her records in the numbers expected so far.
    void checkNothingDuplicated(int referrals, int episodes, int contacts, int tasks)
    {
        QCOMPARE(store::PersonRepository(m_db->db()).count(), m_peopleOnFile);
        QCOMPARE(find<QLabel>("countLabel")->text(),
                 QStringLiteral("%1 people on file").arg(m_peopleOnFile));
        auto search = m_cases->search(m_worker, QStringLiteral("Wiśniewska"));
        QVERIFY(search.ok());
        int kasias = 0;
        for (const auto &hit : search.value())
            kasias += hit.givenName == QLatin1String("Katarzyna") ? 1 : 0;
        QCOMPARE(kasias, 1);
        QCOMPARE(store::ReferralRepository(m_db->db()).forPerson(m_kasia.id).size(), referrals);
        QCOMPARE(store::EpisodeRepository(m_db->db()).forPerson(m_kasia.id).size(), episodes);
        QCOMPARE(store::ContactRepository(m_db->db()).forPerson(m_kasia.id).size(), contacts);
        QCOMPARE(store::TaskRepository(m_db->db()).forPerson(m_kasia.id).size(), tasks);
    }

    // Ctrl+Tab through the sections of the open record until `index` shows, after tabbing
    // into the record if the focus is elsewhere.
    void showRecordSection(int index)
    {
        auto *tabs = find<QTabWidget>("personTabs");
        QVERIFY(tabUntil([tabs](QWidget *w) { return w && tabs->isAncestorOf(w); }));
        for (int i = 0; i < tabs->count() && tabs->currentIndex() != index; ++i)
            key(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), index);
    }

    // Ctrl+1, then Enter on the one row of My caseload: her record.
    void openFromMyCaseload()
    {
        key(Qt::Key_1, Qt::ControlModifier);
        auto *list = find<QTableView>("myCaseloadView");
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(
            list->currentIndex().siblingAtColumn(ui::MyCaseloadModel::Person).data().toString(),
            QStringLiteral("Katarzyna Wiśniewska"));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_window->personView()->personId(), m_kasia.id);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::PageCount));
    }

    // The task titles under a heading of My tasks, in order.
    static QStringList titlesIn(ui::TaskListModel *model, ui::TaskListModel::Section section)
    {
        const auto heading = model->sectionIndex(section);
        QStringList out;
        for (int row = 0; heading.isValid() && row < model->rowCount(heading); ++row)
            out << titleOf(model->index(row, 0, heading));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        const domain::Team team{util::newId(), QStringLiteral("Northfield")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(team).ok());
        const auto worker = addUser(QStringLiteral("cw.northfield.1"), QStringLiteral("Wren Hale"),
                                    QStringLiteral("caseworker"), team.id);
        addUser(QStringLiteral("cw.northfield.2"), QStringLiteral("Cai Moss"),
                QStringLiteral("caseworker"), team.id);
        addUser(QStringLiteral("sup.northfield"), QStringLiteral("Ola Reyes"),
                QStringLiteral("supervisor"), team.id);
        m_worker = domain::Actor{worker.id, worker.role, team.id, QStringLiteral("test-pc")};

        // A small caseload: Katarzyna, referred last year, whom it is not safe to leave
        // voicemail for; someone with a near name; and a few others.
        m_kasia = addPerson(QStringLiteral("Katarzyna"), QStringLiteral("Wiśniewska"),
                            QDate(1988, 2, 14), false);
        addPerson(QStringLiteral("Karolina"), QStringLiteral("Wiśniewska"), QDate(1991, 9, 3));
        addPerson(QStringLiteral("Ada"), QStringLiteral("Archer"), QDate(1975, 5, 1));
        addPerson(QStringLiteral("Ben"), QStringLiteral("Baker"), QDate(1969, 11, 20));
        addPerson(QStringLiteral("Cleo"), QStringLiteral("Cole"), QDate(2001, 7, 7));
        domain::Referral old;
        old.id = util::newId();
        old.personId = m_kasia.id;
        old.receivedAt = utc("2025-03-02T09:00:00Z");
        old.source = QStringLiteral("police");
        old.offenceGroup = QStringLiteral("stalking_harassment");
        old.status = QStringLiteral("declined");
        old.decisionReason = QStringLiteral("Supported by another service");
        QVERIFY(store::ReferralRepository(m_db->db()).insert(old).ok());

        m_clock = std::make_unique<util::FixedClock>(utc("2026-06-10T10:00:00Z"));
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_cases = std::make_unique<services::CaseService>(m_db->db());
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_cases, m_worker);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_cases.reset();
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }

    void referralToClosureRequestFromTheKeyboard()
    {
        checkNothingDuplicated(1, 0, 0, 0);

        // 1. Intake. Ctrl+2 to Referrals (empty), Ctrl+N, her name misspelt and her date of
        // birth: she is suggested first; Down and Enter use her record.
        key(Qt::Key_2, Qt::ControlModifier);
        auto *inbox = m_window->inboxPage();
        QTRY_VERIFY(inbox->isVisible());
        QCOMPARE(find<QStackedWidget>("inboxStack")->currentWidget()->objectName(),
                 QStringLiteral("inboxEmpty"));
        QStringList suggested;
        QString why;
        bool chosenIsHers = false;
        test::whenModal<ui::IntakeDialog>([&](ui::IntakeDialog *dialog) {
            QTRY_COMPARE(focused()->objectName(), QStringLiteral("given_nameEdit"));
            type(QStringLiteral("Katarzyna"));
            key(Qt::Key_Tab);
            type(QStringLiteral("Wisniewksa"));
            key(Qt::Key_Tab);
            type(QStringLiteral("14/02/1988"));
            auto *suggestions = dialog->suggestions();
            QTRY_VERIFY(suggestions->count() > 0);
            for (int i = 0; i < suggestions->count(); ++i)
                suggested << suggestions->nameAt(i);
            why = suggestions->list()->topLevelItem(0)->text(4);
            key(Qt::Key_Down);
            QCOMPARE(focused(), suggestions->list());
            key(Qt::Key_Return); // uses the selected (first) person; does not save
            QVERIFY(dialog->isVisible());
            QCOMPARE(suggestions->choice(), ui::PersonSuggestions::Choice::Existing);
            chosenIsHers = suggestions->chosen().id == m_kasia.id;
            // The referral: crime type, reference, a flag, assigned to me.
            key(Qt::Key_T, Qt::AltModifier);
            QTRY_COMPARE(focused()->objectName(), QStringLiteral("offence_groupCombo"));
            type(QStringLiteral("Stalk"));
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(),
                     QStringLiteral("Stalking and harassment"));
            key(Qt::Key_I, Qt::AltModifier);
            QTRY_VERIFY(
                dialog->findChild<QCheckBox *>(QStringLiteral("assignToMeCheck"))->isChecked());
            key(Qt::Key_R, Qt::AltModifier);
            QTRY_COMPARE(focused()->objectName(), QStringLiteral("crime_referenceEdit"));
            type(QStringLiteral("cf/20461/26"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(suggested.value(0) == QStringLiteral("Katarzyna Wiśniewska"),
                 qPrintable(suggested.join(QStringLiteral("; "))));
        QVERIFY2(why.startsWith(QStringLiteral("Same name and date of birth")), qPrintable(why));
        QVERIFY(chosenIsHers);
        // In the inbox, with her Victims' Code clock (standard: 5 working days, to the end
        // of Wednesday 17 June), and nobody new on file.
        QTRY_COMPARE(inbox->model()->rowCount(), 1);
        auto cell = [inbox](int column) {
            return inbox->model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(ui::InboxModel::Person), QStringLiteral("Katarzyna Wiśniewska"));
        QCOMPARE(cell(ui::InboxModel::Received), QStringLiteral("10/06/2026 11:00"));
        QCOMPARE(cell(ui::InboxModel::Crime), QStringLiteral("Stalking and harassment"));
        QCOMPARE(cell(ui::InboxModel::AssignedTo), QStringLiteral("Wren Hale"));
        QCOMPARE(cell(ui::InboxModel::Clock), QStringLiteral("7 days 13 h left"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Referral for Katarzyna Wiśniewska added to the inbox"));
        QCOMPARE(find<QLabel>("inboxSummary")->text(),
                 QStringLiteral("1 referral awaiting triage"));
        checkNothingDuplicated(2, 0, 0, 0);

        // 2. Triage: Enter on the row, Alt+A accept, Alt+R the reason, Enter.
        backToWindow();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(focused(), inbox->view());
        QString safetyNote;
        test::whenModal<ui::TriageDialog>([&](ui::TriageDialog *dialog) {
            if (auto *safety = dialog->findChild<QLabel *>(QStringLiteral("triageSafety")))
                safetyNote = safety->text();
            key(Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(
                dialog->findChild<QRadioButton *>(QStringLiteral("acceptRadio"))->isChecked());
            key(Qt::Key_R, Qt::AltModifier);
            QTRY_COMPARE(focused()->objectName(), QStringLiteral("reasonEdit"));
            type(QStringLiteral("Wants support through the court case"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        key(Qt::Key_Return);
        QVERIFY2(safetyNote.startsWith(QStringLiteral("Safety-of-contact limits")),
                 qPrintable(safetyNote));
        QTRY_COMPARE(inbox->model()->rowCount(), 0);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Referral of Katarzyna Wiśniewska accepted: support episode "
                                "opened"));
        QCOMPARE(find<QStackedWidget>("inboxStack")->currentWidget()->objectName(),
                 QStringLiteral("inboxEmpty"));
        checkNothingDuplicated(2, 1, 0, 0);

        // 3. The episode is open: she is on My caseload, and her record shows it.
        backToWindow();
        if (QTest::currentTestFailed())
            return;
        openFromMyCaseload();
        if (QTest::currentTestFailed())
            return;
        auto *header = m_window->personView()->header();
        QCOMPARE(find<QLabel>("personName")->text(), QStringLiteral("Katarzyna Wiśniewska"));
        QVERIFY(header->isVisible());
        QVERIFY2(header->visibleBadges().contains(QStringLiteral("Do not leave voicemail")),
                 qPrintable(header->visibleBadges().join(QStringLiteral("; "))));
        auto *tabs = find<QTabWidget>("personTabs");
        QCOMPARE(tabs->tabText(1), QStringLiteral("Referrals (2)"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Support episodes (1)"));
        showRecordSection(2);
        if (QTest::currentTestFailed())
            return;
        auto *episodes = find<QTreeWidget>("episodesTree");
        QCOMPARE(episodes->topLevelItemCount(), 1);
        QCOMPARE(episodes->topLevelItem(0)->text(0), QStringLiteral("Opened 10/06/2026"));
        QCOMPARE(episodes->topLevelItem(0)->text(1), QStringLiteral("Open"));
        auto *pane = m_window->personView()->episodePane();
        QVERIFY(pane->isVisible());
        QCOMPARE(find<QLabel>("episodeTitle")->text(),
                 QStringLiteral("Episode opened 10/06/2026 \u00b7 caseworker Wren Hale"));
        QCOMPARE(find<QLabel>("episodeStatus")->text(), QStringLiteral("Open"));

        // 4. Ctrl+L: a phone call, spoke, 12 minutes; it heads the contact timeline.
        bool warned = true;
        QString contactTitle;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            contactTitle = dialog->windowTitle();
            QCOMPARE(focused()->objectName(), QStringLiteral("directionCombo"));
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(),
                     QStringLiteral("Outbound"));
            key(Qt::Key_Tab);
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(), QStringLiteral("Phone"));
            key(Qt::Key_Tab);
            type(QStringLiteral("s")); // Spoke
            key(Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), QStringLiteral("durationSpin"));
            type(QStringLiteral("12"));
            warned = !dialog->safetyWarningText().isEmpty(); // a call she answered is fine
            key(Qt::Key_U, Qt::AltModifier);                 // Summary
            QTRY_COMPARE(focused()->objectName(), QStringLiteral("summaryEdit"));
            type(QStringLiteral("First call since the referral. Court date is 3 July."));
            key(Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        key(Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(contactTitle, QStringLiteral("Log a contact with Katarzyna Wiśniewska"));
        QVERIFY(!warned);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Logged a contact with Katarzyna Wiśniewska"));
        QTRY_COMPARE(tabs->tabText(3), QStringLiteral("Contacts (1)"));
        backToWindow();
        if (QTest::currentTestFailed())
            return;
        showRecordSection(3);
        if (QTest::currentTestFailed())
            return;
        auto *contacts = find<QTreeWidget>("contactsTree");
        QCOMPARE(contacts->topLevelItemCount(), 1);
        const auto *top = contacts->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("10/06/2026 11:00"));
        QCOMPARE(top->text(1), QStringLiteral("Phone, outbound"));
        QCOMPARE(top->text(2), QStringLiteral("Spoke"));
        QCOMPARE(top->text(3), QStringLiteral("12 min"));
        QCOMPARE(top->text(4), QStringLiteral("Wren Hale"));
        QVERIFY(top->text(5).startsWith(QStringLiteral("First call since the referral")));
        checkNothingDuplicated(2, 1, 1, 0);

        // 5. Ctrl+T: a task due today about her and the episode; it is under Today in My
        // tasks, and Space there marks it done.
        const QString title = QStringLiteral("Send the court visit leaflet");
        QString about;
        QDate due;
        test::whenModal<ui::TaskDialog>([&](ui::TaskDialog *dialog) {
            QCOMPARE(focused()->objectName(), QStringLiteral("taskTitleEdit"));
            about = dialog->findChild<QComboBox *>(QStringLiteral("taskAboutCombo"))->currentText();
            type(title);
            key(Qt::Key_Tab);
            due = qobject_cast<ui::DateField *>(focused())->date(); // today, as offered
            key(Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        key(Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(about, QStringLiteral("Katarzyna Wiśniewska, support episode opened 10/06/2026"));
        QCOMPARE(due, QDate(2026, 6, 10));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Task saved: %1, due 10/06/2026").arg(title));
        QTRY_COMPARE(tabs->tabText(4), QStringLiteral("Tasks (1 open)"));
        checkNothingDuplicated(2, 1, 1, 1);

        backToWindow();
        if (QTest::currentTestFailed())
            return;
        key(Qt::Key_1, Qt::ControlModifier);
        auto *panel = qobject_cast<ui::MyTasksPanel *>(m_window->myCaseloadPage()->sidePanel());
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto *tasks = panel->model();
        QCOMPARE(titlesIn(tasks, ui::TaskListModel::Today), QStringList{title});
        QVERIFY(tasks->sectionIndex(ui::TaskListModel::Today)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Today")));
        QCOMPARE(find<QLabel>("myTasksSummary")->text(), QStringLiteral("1 due today"));
        QVERIFY(tabUntil([panel](QWidget *w) { return w == panel->view(); }));
        QCOMPARE(titleOf(panel->view()->currentIndex()), title);
        key(Qt::Key_Space);
        QTRY_VERIFY(titlesIn(tasks, ui::TaskListModel::Today).isEmpty());
        QCOMPARE(titlesIn(tasks, ui::TaskListModel::DoneToday), QStringList{title});
        QCOMPARE(find<QLabel>("myTasksSummary")->text(), QStringLiteral("All done for now"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Done: %1").arg(title));
        checkNothingDuplicated(2, 1, 1, 1);

        // 6. Closure requested from the episode, with the reason and every outcome measure.
        openFromMyCaseload();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(tabs->tabText(4), QStringLiteral("Tasks (0 open)"));
        showRecordSection(2);
        if (QTest::currentTestFailed())
            return;
        QStringList measuresAnswered;
        test::whenModal<ui::ClosureRequestDialog>([&](ui::ClosureRequestDialog *dialog) {
            key(Qt::Key_R, Qt::AltModifier);
            QTRY_COMPARE(focused(), dialog->reasonCombo());
            type(QStringLiteral("s")); // Support completed
            for (const auto &measure :
                 m_services->context.codes.codes(QStringLiteral("outcome_measure"))) {
                key(Qt::Key_Tab);
                QCOMPARE(focused(), dialog->outcomeCombo(measure));
                type(QStringLiteral("i")); // Improved
                measuresAnswered << qobject_cast<QComboBox *>(focused())->currentText();
            }
            key(Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        // Alt+C: Request closure… (a mnemonic clicks after a short flash).
        key(Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(measuresAnswered.size(), 5);
        QCOMPARE(measuresAnswered.count(QStringLiteral("Improved")), 5);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Closure requested: a supervisor will review it"));
        QTRY_COMPARE(find<QLabel>("episodeStatus")->text(),
                     QStringLiteral("Closure requested \u2014 awaiting supervisor"));
        QCOMPARE(pane->statusText(),
                 QStringLiteral("Closure requested \u2014 awaiting supervisor"));
        auto *banner = find<QLabel>("closureBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral(
                     "Closure requested on 10/06/2026 by Wren Hale (Support completed).")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("Feeling safer: improved")));
        QVERIFY(!find<QPushButton>("requestClosureButton")->isEnabled());
        QCOMPARE(find<QTreeWidget>("episodesTree")->topLevelItem(0)->text(1),
                 QStringLiteral("Closure requested"));
        checkNothingDuplicated(2, 1, 1, 1);
    }
};

QTEST_MAIN(TestCaseworkerDay)
#include "tst_caseworker_day.moc"
