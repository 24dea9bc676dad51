#include "KeyboardSteps.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "TempDatabase.h"
#include "UiChecks.h"
#include "admin/AdminPage.h"
#include "admin/UsersPage.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstRunPages.h"
#include "auth/FirstRunWizard.h"
#include "auth/SignInDialog.h"
#include "demo/DemoGenerator.h"
#include "referrals/InboxModel.h"
#include "referrals/InboxPage.h"
#include "referrals/IntakeDialog.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/HubSetupService.h"
#include "services/SettingsService.h"
#include "setup/JoinHubPage.h"
#include "store/Repositories.h"
#include "sync/SyncSettings.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace hub;
using test::alt;
using test::child;
using test::focused;
using test::focusName;
using test::key;
using test::retype;
using test::type;
using ui::FirstRunWizard;

namespace {
// Tab (at most 40 times) until the focus is inside `area`.
bool tabInto(QWidget *area)
{
    return test::tabUntil([area](QWidget *w) { return w && area->isAncestorOf(w); });
}
} // namespace

// The first run on an empty database (issue 15, point 1): the wizard instead of a bare
// sign-in, each bad answer refused beside its field with nothing written, and a hub set up
// from the keyboard alone, as far as its first referral.
class TestFirstRun : public QObject
{
    Q_OBJECT

    const QString m_ws = QStringLiteral("desk-1");
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::AuthService> m_auth;

    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    // Nothing of a hub was written: no user, no team, no name.
    void checkNothingWritten()
    {
        QVERIFY(!m_auth->hasUsers());
        QVERIFY(store::TeamRepository(m_db->db()).all().isEmpty());
        QVERIFY(services::HubSetupService::hubName(m_db->db()).isEmpty());
    }

    // The wizard's step as a 1366x768 screen would show it, checked (nothing squeezed or
    // cut off, no Alt key taken twice, Tab round every control); saved as
    // h15-firstrun-NAME.png with HUB_GUIDE_PICTURES=DIR.
    static void picture(FirstRunWizard *wizard, const char *name)
    {
        settle();
        auto problems = test::layoutProblems(wizard) + test::mnemonicProblems(wizard) +
                        test::tabProblems(wizard);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(wizard->width() <= 1366 && wizard->height() <= 768 - 60);
        QPixmap shot(1366, 768);
        shot.fill(wizard->palette().color(QPalette::Window).darker(115));
        QPainter painter(&shot);
        const QPixmap window = wizard->grab();
        painter.drawPixmap((shot.width() - window.width()) / 2,
                           (shot.height() - window.height()) / 2, window);
        painter.end();
        const auto dir = qEnvironmentVariable("HUB_GUIDE_PICTURES");
        if (!dir.isEmpty())
            QVERIFY(shot.save(
                QDir(dir).filePath(QStringLiteral("h15-firstrun-%1.png").arg(QLatin1String(name))),
                "PNG"));
    }

    // The wizard shown on its own, as askForSignIn() shows it, and active.
    std::unique_ptr<FirstRunWizard> openWizard()
    {
        auto wizard = std::make_unique<FirstRunWizard>(*m_auth, m_ws);
        wizard->show();
        wizard->activateWindow();
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qWarning("the wizard did not become active");
        return wizard;
    }

    // From Welcome to the Teams step, everything typed right, by keyboard.
    static void typeUpToTeams(FirstRunWizard *wizard)
    {
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::HubNamePageId));
        alt(Qt::Key_H);
        type(QStringLiteral("Northfield Victims' Hub"));
        picture(wizard, "hub-name");
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
        alt(Qt::Key_U);
        type(QStringLiteral("hub.admin"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Hub Administrator"));
        key(Qt::Key_Tab);
        type(QStringLiteral("a long first passphrase"));
        key(Qt::Key_Tab);
        type(QStringLiteral("a long first passphrase"));
        picture(wizard, "administrator");
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::TeamsPageId));
    }

    // Types a team's name on the Teams step and presses Enter (which adds it).
    static void addTeam(const QString &name)
    {
        alt(Qt::Key_T);
        QTRY_COMPARE(focusName(), QStringLiteral("teamNameEdit"));
        type(name);
        key(Qt::Key_Return);
    }

    // Which dialog askForSignIn() opens on this database (it is closed again at once).
    QString firstDialog()
    {
        QString shown;
        test::whenModal<QDialog>([&](QDialog *dialog) {
            shown = QString::fromLatin1(dialog->metaObject()->className());
            dialog->reject();
        });
        const auto actor = ui::askForSignIn(*m_auth, m_ws);
        if (actor)
            qWarning("someone was signed in");
        return shown;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        // Wednesday 10 June 2026, 11:00 in London.
        m_clock = std::make_unique<util::FixedClock>(
            util::parseRfc3339(QStringLiteral("2026-06-10T10:00:00Z")));
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_auth = std::make_unique<services::AuthService>(m_services->context,
                                                         security::PasswordHasher::Cost::Minimum);
        ui::SyncSettings().setHubUrl(QString());
    }

    void cleanup()
    {
        m_auth.reset();
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }

    void wizardOnlyOnAnEmptyDatabase()
    {
        QCOMPARE(firstDialog(), QStringLiteral("hub::ui::FirstRunWizard"));
        checkNothingWritten();

        // An administrator made with hubctl init --admin: the sign-in dialog.
        QVERIFY(m_auth
                    ->bootstrapAdmin(QStringLiteral("office.admin"),
                                     QStringLiteral("office-admin-pass"), m_ws)
                    .ok());
        QCOMPARE(firstDialog(), QStringLiteral("hub::ui::SignInDialog"));
    }

    void noWizardOnTheDemoCaseload()
    {
        demo::DemoOptions options;
        options.people = 40;
        options.months = 2;
        QVERIFY(demo::generate(m_db->db(), options).ok());
        QCOMPARE(firstDialog(), QStringLiteral("hub::ui::SignInDialog"));
    }

    // Join: the hub's address, the user's name, the enrolment code and a new password
    // (JoinHubPage, tested on its own in tst_joinhubpage); nothing to finish until all are
    // typed, and the database it makes goes beside the open one, never over it.
    void joiningAsksForTheHubAndTheCode()
    {
        auto wizard = openWizard();
        picture(wizard.get(), "welcome");
        alt(Qt::Key_J);
        QTRY_VERIFY(child<QRadioButton>(wizard.get(), "joinHubRadio")->isChecked());
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::JoinPageId));
        auto *join = qobject_cast<ui::JoinHubPage *>(wizard->currentPage());
        QVERIFY(join);
        QVERIFY(join->hubEdit()->hasFocus() || join->hubEdit()->isVisible());
        QVERIFY(join->codeEdit()->isVisible());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(FirstRunWizard::joinedDatabasePath(m_db->db().path()),
                 m_db->db().path() + QStringLiteral(".joined"));
        picture(wizard.get(), "join");
        alt(Qt::Key_B);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        checkNothingWritten();
        QVERIFY(!QFile::exists(FirstRunWizard::joinedDatabasePath(m_db->db().path())));
    }

    void badAnswersAreRefusedBesideTheirField()
    {
        auto wizard = openWizard();
        // No hub name.
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::HubNamePageId));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::HubNamePageId));
        QCOMPARE(wizard->errorFor(QStringLiteral("hub_name")),
                 QStringLiteral("Hub name is needed: the name the hub is known by"));
        QCOMPARE(focusName(), QStringLiteral("hubNameEdit"));
        type(QStringLiteral("Northfield Victims' Hub"));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));

        // A weak password, then two that differ: each refused beside its field.
        alt(Qt::Key_U);
        type(QStringLiteral("hub.admin"));
        alt(Qt::Key_P);
        type(QStringLiteral("short"));
        alt(Qt::Key_R);
        type(QStringLiteral("short"));
        auto *rules = child<QLabel>(wizard.get(), "passwordRules");
        QVERIFY2(
            rules->text().contains(QStringLiteral("Not yet: at least 10 characters (5 typed)")),
            qPrintable(rules->text()));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
        QCOMPARE(wizard->errorFor(QStringLiteral("password")),
                 QStringLiteral("Password must be at least 10 characters long"));
        QCOMPARE(focusName(), QStringLiteral("adminPasswordEdit"));
        retype(QStringLiteral("a long first passphrase"));
        alt(Qt::Key_R);
        retype(QStringLiteral("a long first passfrase"));
        QVERIFY2(rules->text().contains(QStringLiteral("Not yet: the two passwords differ")),
                 qPrintable(rules->text()));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
        QCOMPARE(wizard->errorFor(QStringLiteral("repeat_password")),
                 QStringLiteral("Repeat password: does not match the password"));
        QVERIFY(wizard->errorFor(QStringLiteral("password")).isEmpty());
        // What was typed is kept.
        QCOMPARE(child<QLineEdit>(wizard.get(), "adminUserEdit")->text(),
                 QStringLiteral("hub.admin"));
        retype(QStringLiteral("a long first passphrase"));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::TeamsPageId));

        // No team, then the same team twice (in other capitals).
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::TeamsPageId));
        QCOMPARE(wizard->errorFor(QStringLiteral("teams")),
                 QStringLiteral("Teams set up: add at least one team"));
        addTeam(QStringLiteral("North"));
        addTeam(QStringLiteral("north "));
        QCOMPARE(wizard->errorFor(QStringLiteral("teams")),
                 QStringLiteral("Teams set up: 'north' is already in the list (names that differ "
                                "only in capitals are the same team)"));
        auto *list = child<QListWidget>(wizard.get(), "teamsList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(child<QLineEdit>(wizard.get(), "teamNameEdit")->text(), QStringLiteral("north "));
        picture(wizard.get(), "teams-duplicate");
        retype(QStringLiteral("South"));
        key(Qt::Key_Return);
        QCOMPARE(list->count(), 2);
        QVERIFY(wizard->errorFor(QStringLiteral("teams")).isEmpty());
        // Back keeps what was typed; Next again.
        alt(Qt::Key_B);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
        QCOMPARE(child<QLineEdit>(wizard.get(), "adminUserEdit")->text(),
                 QStringLiteral("hub.admin"));
        alt(Qt::Key_N);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::TeamsPageId));
        QCOMPARE(list->count(), 2);
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::RulesPageId));

        // Days out of range, then enhanced longer than standard; retention out of range.
        alt(Qt::Key_E);
        retype(QStringLiteral("45"));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::RulesPageId));
        QCOMPARE(wizard->errorFor(QStringLiteral("victims_code.enhanced_days")),
                 QStringLiteral("Enhanced entitlement must be between 1 and 30 working days, "
                                "not 45"));
        retype(QStringLiteral("9"));
        key(Qt::Key_Return);
        QCOMPARE(wizard->errorFor(QStringLiteral("victims_code.enhanced_days")),
                 QStringLiteral("Enhanced entitlement: enhanced entitlement cannot allow longer "
                                "(9 days) than the standard deadline (5 days)"));
        retype(QStringLiteral("2"));
        alt(Qt::Key_K);
        retype(QStringLiteral("0"));
        key(Qt::Key_Return);
        QCOMPARE(wizard->errorFor(QStringLiteral("retention.years")),
                 QStringLiteral("Keep records for must be between 1 and 50 years, not 0"));
        retype(QStringLiteral("6"));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPageId));

        // A hub address that is not one.
        alt(Qt::Key_C);
        QTRY_VERIFY(child<QLineEdit>(wizard.get(), "hubUrlEdit")->isEnabled());
        alt(Qt::Key_A);
        type(QStringLiteral("hub.example.org"));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPageId));
        QVERIFY2(wizard->errorFor(QStringLiteral("hub")).startsWith(QStringLiteral("Hub address")),
                 qPrintable(wizard->errorFor(QStringLiteral("hub"))));
        checkNothingWritten();

        // Escape asks; Keep setting up keeps everything, Quit throws it away.
        bool asked = false;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->objectName() == QLatin1String("quitSetupQuestion");
            alt(Qt::Key_K);
        });
        key(Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPageId));
        QCOMPARE(child<QLineEdit>(wizard.get(), "hubUrlEdit")->text(),
                 QStringLiteral("hub.example.org"));
        test::whenModal<QMessageBox>([&](QMessageBox *) { alt(Qt::Key_Q); });
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
        QCOMPARE(wizard->result(), int(QDialog::Rejected));
        checkNothingWritten();
        QVERIFY(ui::SyncSettings().hubUrl().isEmpty());
    }

    // The hub connection, when chosen, is this workstation's sync setting once the hub is
    // set up (as File > Sync settings saves it).
    void aChosenHubConnectionIsSavedAtFinish()
    {
        auto wizard = openWizard();
        typeUpToTeams(wizard.get());
        addTeam(QStringLiteral("North"));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::RulesPageId));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPageId));
        alt(Qt::Key_C);
        QTRY_VERIFY(child<QLineEdit>(wizard.get(), "hubUrlEdit")->isEnabled());
        const auto url = QStringLiteral("sqlite://") + m_db->file(QStringLiteral("hub.db"));
        alt(Qt::Key_A);
        type(url);
        alt(Qt::Key_E);
        retype(QStringLiteral("15"));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPageId));
        QVERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("setupSummary"));
        QVERIFY(ui::SyncSettings().hubUrl().isEmpty()); // nothing saved before Finish
        key(Qt::Key_Return);
        QTRY_VERIFY(!wizard->isVisible());
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        QCOMPARE(ui::SyncSettings().hubUrl(), url);
        QCOMPARE(ui::SyncSettings().intervalMinutes(), 15);
        QCOMPARE(wizard->actor().role, QStringLiteral("admin"));
    }

    // Refused at Finish (the database changed behind the wizard): the step with the problem
    // shows it, or the summary when it belongs to no step; nothing is written.
    void aRefusalAtFinishGoesBackToItsStep()
    {
        auto wizard = openWizard();
        typeUpToTeams(wizard.get());
        addTeam(QStringLiteral("North"));
        addTeam(QStringLiteral("South"));
        for (int step = FirstRunWizard::TeamsPageId; step < FirstRunWizard::SummaryPageId; ++step) {
            key(Qt::Key_Return);
            QTRY_COMPARE(wizard->currentId(), step + 1);
        }
        // Another program adds a team called "south" meanwhile.
        QVERIFY(store::TeamRepository(m_db->db())
                    .insert({QStringLiteral("t-x"), QStringLiteral("south")})
                    .ok());
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::TeamsPageId));
        QCOMPARE(wizard->errorFor(QStringLiteral("teams")),
                 QStringLiteral("Teams set up: a team called 'south' already exists"));
        QVERIFY(!m_auth->hasUsers());
        QCOMPARE(store::TeamRepository(m_db->db()).all().size(), 1);

        // And once someone has made an administrator, no hub is set up here at all.
        alt(Qt::Key_S);
        key(Qt::Key_End);
        key(Qt::Key_Delete);
        for (int step = FirstRunWizard::TeamsPageId; step < FirstRunWizard::SummaryPageId; ++step) {
            key(Qt::Key_Return);
            QTRY_COMPARE(wizard->currentId(), step + 1);
        }
        QVERIFY(m_auth
                    ->bootstrapAdmin(QStringLiteral("office.admin"),
                                     QStringLiteral("office-admin-pass"), m_ws)
                    .ok());
        key(Qt::Key_Return);
        // (A refusal that names no field: on the summary.)
        QTRY_VERIFY(wizard->errorFor(QString()).startsWith(
            QStringLiteral("The hub was not set up: this database already has users")));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPageId));
        QVERIFY(wizard->isVisible());
        QCOMPARE(store::TeamRepository(m_db->db()).all().size(), 1);
        QVERIFY(services::HubSetupService::hubName(m_db->db()).isEmpty());
    }

    // The acceptance test of point 1: from the keyboard alone, a new hub is set up through
    // the wizard; its administrator adds a caseworker on the Users page and signs out; the
    // caseworker signs in (choosing their own password) and logs the hub's first referral,
    // which they then see in the referral inbox, assigned to them.
    void setsUpAHubFromTheFirstRunWizardToTheFirstReferral()
    {
        // 1. The wizard, as the app shows it on an empty database.
        std::optional<domain::Actor> admin;
        QStringList summary;
        // (As a QDialog: the helper closes a dialog through QDialog::done, protected in QWizard.)
        test::whenModal<QDialog>([&](QDialog *dialog) {
            auto *wizard = qobject_cast<FirstRunWizard *>(dialog);
            QVERIFY2(wizard, dialog->metaObject()->className());
            typeUpToTeams(wizard);
            picture(wizard, "teams-empty");
            addTeam(QStringLiteral("North"));
            addTeam(QStringLiteral("South"));
            addTeam(QStringLiteral("Fenland"));
            // Fenland was a mistake: Alt+S to the list, End, Delete.
            alt(Qt::Key_S);
            key(Qt::Key_End);
            key(Qt::Key_Delete);
            QCOMPARE(child<QListWidget>(wizard, "teamsList")->count(), 2);
            picture(wizard, "teams");
            alt(Qt::Key_N);
            QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::RulesPageId));
            // The defaults, shown: 2 and 5 working days, 6 years.
            QCOMPARE(child<QSpinBox>(wizard, "enhancedDaysBox")->value(), 2);
            QCOMPARE(child<QSpinBox>(wizard, "standardDaysBox")->value(), 5);
            QCOMPARE(child<QSpinBox>(wizard, "retentionYearsBox")->value(), 6);
            alt(Qt::Key_K);
            retype(QStringLiteral("7"));
            picture(wizard, "rules");
            key(Qt::Key_Return);
            QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPageId));
            QVERIFY(child<QRadioButton>(wizard, "skipHubRadio")->isChecked());
            QVERIFY(!child<QLineEdit>(wizard, "hubUrlEdit")->isEnabled());
            picture(wizard, "connection");
            key(Qt::Key_Return);
            QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPageId));
            summary = qobject_cast<ui::SetupSummaryPage *>(wizard->currentPage())
                          ->text()
                          .split(QLatin1Char('\n'));
            picture(wizard, "summary");
            key(Qt::Key_Return); // Finish
            QTRY_VERIFY(!wizard->isVisible());
        });
        admin = ui::askForSignIn(*m_auth, m_ws);
        QVERIFY2(summary.contains(QStringLiteral("Teams (2): North, South")),
                 qPrintable(summary.join(QLatin1Char('\n'))));
        QVERIFY(summary.contains(QStringLiteral("Hub: Northfield Victims' Hub")));
        QVERIFY(admin.has_value());
        QCOMPARE(admin->role, QStringLiteral("admin"));
        QCOMPARE(services::HubSetupService::hubName(m_db->db()),
                 QStringLiteral("Northfield Victims' Hub"));
        QCOMPARE(services::SettingsService::retentionYears(m_db->db()), 7);

        // 2. The administrator's window: Admin (Ctrl+5), the Users tab, a caseworker added.
        services::CaseService cases(m_db->db());
        bool signedOut = false;
        {
            ui::MainWindow window(*m_services, cases, *admin);
            QObject::connect(&window, &ui::MainWindow::signOutRequested, &window,
                             [&] { signedOut = true; });
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            key(Qt::Key_5, Qt::ControlModifier);
            QTRY_COMPARE(window.currentPage(), int(ui::MainWindow::Admin));
            auto *tabs = window.adminPage()->tabs();
            auto *users = window.adminPage()->findChild<ui::UsersPage *>();
            QVERIFY(users);
            QVERIFY(tabInto(tabs));
            for (int i = 0; i < tabs->count() && tabs->currentWidget() != users; ++i)
                key(Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(tabs->currentWidget(), users);
            alt(Qt::Key_U);
            QTRY_COMPARE(focused(), users->usernameEdit());
            type(QStringLiteral("cw.north.1"));
            alt(Qt::Key_N);
            type(QStringLiteral("Robin Ash"));
            alt(Qt::Key_O);
            QCOMPARE(focused(), users->roleBox());
            QCOMPARE(users->roleBox()->currentData().toString(), QStringLiteral("caseworker"));
            alt(Qt::Key_T);
            QCOMPARE(focused(), users->teamBox());
            type(QStringLiteral("North"));
            QCOMPARE(users->teamBox()->currentText(), QStringLiteral("North"));
            alt(Qt::Key_P);
            type(QStringLiteral("temporary-pass-1"));
            key(Qt::Key_Return);
            // Listed, and selected, with its team and a temporary password.
            QTRY_COMPARE(users->selectedUsername(), QStringLiteral("cw.north.1"));
            QVERIFY2(users->errorLabel()->isHidden(), qPrintable(users->errorLabel()->text()));
            const int row = users->view()->currentRow();
            QCOMPARE(users->view()->item(row, ui::UsersPage::Team)->text(),
                     QStringLiteral("North"));
            QCOMPARE(users->view()->item(row, ui::UsersPage::State)->text(),
                     QStringLiteral("Temporary password"));

            // File > Sign out, from the keyboard.
            alt(Qt::Key_F);
            QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_S);
            QTRY_VERIFY(signedOut);
        }

        // 3. The caseworker signs in with the temporary password and chooses their own.
        test::whenModal<ui::SignInDialog>([&](ui::SignInDialog *dialog) {
            test::whenModal<ui::ChangePasswordDialog>([&](ui::ChangePasswordDialog *change) {
                QTRY_COMPARE(focusName(), QStringLiteral("newPassword"));
                type(QStringLiteral("robins-own-passphrase"));
                key(Qt::Key_Tab);
                type(QStringLiteral("robins-own-passphrase"));
                key(Qt::Key_Return);
                QTRY_VERIFY(!change->isVisible());
            });
            QTRY_COMPARE(focusName(), QStringLiteral("signInUser"));
            type(QStringLiteral("cw.north.1"));
            key(Qt::Key_Tab);
            type(QStringLiteral("temporary-pass-1"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        const auto worker = ui::askForSignIn(*m_auth, m_ws);
        QVERIFY(worker.has_value());
        QCOMPARE(worker->role, QStringLiteral("caseworker"));

        // 4. The first referral: Referrals (Ctrl+2), New referral (Ctrl+N), typed and saved.
        ui::MainWindow window(*m_services, cases, *worker);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        key(Qt::Key_2, Qt::ControlModifier);
        auto *inbox = window.inboxPage();
        QTRY_VERIFY(inbox->isVisible());
        QCOMPARE(inbox->model()->rowCount(), 0);
        test::whenModal<ui::IntakeDialog>([&](ui::IntakeDialog *dialog) {
            QTRY_COMPARE(focusName(), QStringLiteral("given_nameEdit"));
            type(QStringLiteral("Morgan"));
            key(Qt::Key_Tab);
            type(QStringLiteral("Vale"));
            alt(Qt::Key_T);
            QTRY_COMPARE(focusName(), QStringLiteral("offence_groupCombo"));
            type(QStringLiteral("Burg"));
            alt(Qt::Key_I);
            QTRY_VERIFY(
                dialog->findChild<QCheckBox *>(QStringLiteral("assignToMeCheck"))->isChecked());
            key(Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(inbox->model()->rowCount(), 1);
        const auto cell = [inbox](int column) {
            return inbox->model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(ui::InboxModel::Person), QStringLiteral("Morgan Vale"));
        QCOMPARE(cell(ui::InboxModel::AssignedTo), QStringLiteral("Robin Ash"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Referral for Morgan Vale added to the inbox"));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
