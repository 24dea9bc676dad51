#include "DeskFixture.h"
#include "DeskScreen.h"
#include "ModalHelper.h"
#include "PersonView.h"
#include "UiChecks.h"
#include "admin/AdminPage.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/LockPage.h"
#include "auth/SessionLock.h"
#include "auth/SignInDialog.h"
#include "caseload/CaseloadSection.h"
#include "contacts/LogContactDialog.h"
#include "episodes/EpisodePane.h"
#include "help/ContextHelp.h"
#include "help/GuideBrowser.h"
#include "help/HelpWindow.h"
#include "help/ShortcutCatalog.h"
#include "help/ShortcutsDialog.h"
#include "person/PersonEditDialog.h"
#include "referrals/InboxPage.h"
#include "referrals/IntakeDialog.h"
#include "referrals/TriageDialog.h"
#include "services/AuthService.h"
#include "services/EpisodeService.h"
#include "services/ReferralService.h"
#include "supervisor/ClosureReviewDialog.h"
#include "sync/SyncSettingsDialog.h"
#include "tasks/TaskDialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

#include <functional>

using namespace hub;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Closes the help window and lets it go.
// Closes the help window and lets it go; the keyboard goes back to the window behind it.
void closeHelp()
{
    auto *help = ui::HelpWindow::instance();
    if (!help)
        return;
    QWidget *owner = help->parentWidget();
    help->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (owner && owner->isVisible() &&
        !QTest::qWaitFor([owner] { return QApplication::activeWindow() == owner->window(); }))
        qWarning("the window behind the guide did not take the keyboard back");
}

QStringList keyList(const char *keys)
{
    return QString::fromLatin1(keys).split(QLatin1Char(' '));
}

QString keyText(const QKeySequence &keys)
{
    return ui::ShortcutCatalog::keyText(keys);
}

} // namespace

// Help: F1 on every screen opens the user guide (compiled in from docs/USER_GUIDE.md) at
// that screen's section; the help window works from the keyboard alone; Help > Keyboard
// shortcuts lists every key the window has, and no key does two things.
class TestHelp : public QObject, protected test::DeskFixture
{
    Q_OBJECT

    const QString m_ws = QStringLiteral("test-pc");
    const QString m_password = QStringLiteral("help-test-pass-1");
    std::unique_ptr<services::AuthService> m_auth;
    domain::Actor m_supervisor, m_admin;
    domain::Person m_ada, m_ben;
    domain::Episode m_episode;
    QString m_benReferral;
    ui::SessionLock *m_lock = nullptr;

    // The window of `actor` as the app shows it: with the lock (File > Lock now) and shown.
    void showWindowOf(const domain::Actor &actor, const QString &username)
    {
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_cases, actor);
        m_lock = new ui::SessionLock(m_window.get(), *m_auth, username, username, m_ws);
        m_window->resize(1366, 768);
        m_window->show();
        m_window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    }

    domain::Actor addSignedInUser(const QString &username, const QString &role,
                                  const QString &teamId)
    {
        auto admin = m_auth->login(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws);
        if (!admin.ok() || !m_auth
                                ->addUser(admin.value(), username, username, role, teamId,
                                          QStringLiteral("temporary-pass-1"))
                                .ok())
            qFatal("cannot add %s", qPrintable(username));
        auto actor =
            m_auth->changePassword(username, QStringLiteral("temporary-pass-1"), m_password, m_ws);
        if (!actor.ok())
            qFatal("cannot sign in as %s", qPrintable(username));
        return actor.value();
    }

    // Presses F1 where the keyboard is and checks that the guide opens at `anchor`, with
    // that section's heading in view.
    void expectF1Opens(const QString &anchor)
    {
        QWidget *at = focused();
        QVERIFY2(at, "nothing has the focus");
        QTest::keyClick(at, Qt::Key_F1);
        ui::HelpWindow *help = nullptr;
        QTRY_VERIFY((help = ui::HelpWindow::instance()) && help->isVisible());
        QCOMPARE(help->anchor(), anchor);
        QTRY_VERIFY2(help->browser()->showsHeading(anchor),
                     qPrintable(QStringLiteral("%1 is not in view; the top shows %2")
                                    .arg(anchor, help->browser()->anchorAtTop())));
        // The guide takes the keyboard.
        QTRY_VERIFY2(QApplication::activeWindow() == help,
                     qPrintable(QStringLiteral("the active window is %1")
                                    .arg(test::describe(QApplication::activeWindow()))));
    }

    // Shows `dialog` over the window, puts the keyboard in it and checks F1.
    void expectF1InDialog(QDialog *dialog, const QString &anchor)
    {
        std::unique_ptr<QDialog> owner(dialog);
        dialog->setModal(true);
        dialog->show();
        dialog->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == dialog);
        expectF1Opens(anchor);
        // The guide is over the dialog, and takes the keyboard although the dialog is modal.
        QCOMPARE(ui::HelpWindow::instance()->parentWidget(), dialog);
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(ui::HelpWindow::instance()->findEdit()->hasFocus());
        closeHelp();
    }

    void openPersonRecord()
    {
        m_window->openPerson(m_ada.id);
        QTRY_COMPARE(m_window->personView()->personId(), m_ada.id);
    }

    services::InboxItem benReferral()
    {
        auto items =
            services::ReferralService(m_services->context).inbox(m_worker, m_worker.teamId);
        for (const auto &item : items.value())
            if (item.row.referral.id == m_benReferral)
                return item;
        qFatal("no referral for Ben");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("victimshub-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
        QSettings().remove(QStringLiteral("help"));
        openDatabase();
        startServices();
        m_auth = std::make_unique<services::AuthService>(m_services->context,
                                                         security::PasswordHasher::Cost::Minimum);
        QVERIFY(
            m_auth->bootstrapAdmin(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws)
                .ok());
        auto admin = m_auth->login(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws);
        QVERIFY(admin.ok());
        m_admin = admin.value();
        const domain::Team team{util::newId(), QStringLiteral("North")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(team).ok());
        m_worker =
            addSignedInUser(QStringLiteral("cw.north"), QStringLiteral("caseworker"), team.id);
        m_supervisor =
            addSignedInUser(QStringLiteral("sup.north"), QStringLiteral("supervisor"), team.id);

        m_ada =
            addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"), false, QDate(1980, 3, 4));
        m_ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"), true);
        std::tie(m_episode, m_benReferral) =
            addClosureAndNewReferral(m_ada, m_ben, m_worker.userId);
        domain::Task call;
        call.title = QStringLiteral("Call back about the lock fitting");
        call.dueOn = QDate::currentDate();
        call.personId = m_ada.id;
        QVERIFY(services::TaskService(m_services->context).create(m_worker, call).ok());
    }

    void cleanup()
    {
        closeHelp();
        m_window.reset();
        m_lock = nullptr;
    }

    void cleanupTestCase()
    {
        m_auth.reset();
        closeAll();
    }

    // Every screen's section is a heading of the guide the app carries, every link inside
    // the guide goes to a heading, and every picture is there.
    void everySectionOfTheMapIsInTheGuide()
    {
        ui::GuideBrowser guide;
        guide.setSource(ui::GuideBrowser::guideUrl(), QTextDocument::MarkdownResource);
        QVERIFY2(guide.headings().size() > 20, "the guide is not compiled in");
        QStringList missing;
        for (const auto &topic : ui::ContextHelp::topics())
            if (!guide.hasAnchor(QString::fromLatin1(topic.anchor)))
                missing << QStringLiteral("%1 -> #%2")
                               .arg(QString::fromLatin1(topic.screen),
                                    QString::fromLatin1(topic.anchor));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

        QFile file(QStringLiteral(":/help/USER_GUIDE.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = QString::fromUtf8(file.readAll());
        QStringList broken;
        static const QRegularExpression link(QStringLiteral("\\]\\(#([^)\\s]+)\\)"));
        for (auto it = link.globalMatch(text); it.hasNext();)
            if (const auto anchor = it.next().captured(1); !guide.hasAnchor(anchor))
                broken << anchor;
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("links to no heading: ") +
                                              broken.join(QStringLiteral(", "))));
        const auto images = guide.images();
        QVERIFY(images.size() >= 10);
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            QVERIFY2(it.value(), qPrintable(it.key() + QStringLiteral(" does not load")));
    }

    // F1 on each page of the caseworker's window.
    void f1OnEachPageOpensItsSection_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("my caseload") << QStringLiteral("caseload") << QStringLiteral("my-caseload");
        QTest::newRow("all people") << QStringLiteral("allPeople") << QStringLiteral("my-caseload");
        QTest::newRow("my tasks") << QStringLiteral("tasks") << QStringLiteral("tasks");
        QTest::newRow("referral inbox")
            << QStringLiteral("inbox")
            << QStringLiteral("the-referral-inbox-and-the-victims-code-clock");
        QTest::newRow("sections list, inbox shown")
            << QStringLiteral("nav")
            << QStringLiteral("the-referral-inbox-and-the-victims-code-clock");
        QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("search");
        QTest::newRow("person record")
            << QStringLiteral("person") << QStringLiteral("the-person-record");
        QTest::newRow("person record, support episodes")
            << QStringLiteral("episodes") << QStringLiteral("support-episodes");
    }

    void f1OnEachPageOpensItsSection()
    {
        QFETCH(QString, screen);
        QFETCH(QString, anchor);
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        if (screen == QLatin1String("caseload") || screen == QLatin1String("allPeople") ||
            screen == QLatin1String("tasks")) {
            QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
            if (screen == QLatin1String("allPeople"))
                m_window->caseloadSection()->findChild<QTabWidget *>()->setCurrentIndex(1);
            if (screen == QLatin1String("tasks"))
                m_window->findChild<QWidget *>(QStringLiteral("myTasksView"))
                    ->setFocus(Qt::TabFocusReason);
        } else if (screen == QLatin1String("inbox") || screen == QLatin1String("nav")) {
            QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
            if (screen == QLatin1String("nav"))
                m_window->findChild<QListWidget *>(QStringLiteral("navList"))
                    ->setFocus(Qt::TabFocusReason);
        } else if (screen == QLatin1String("search")) {
            QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
            QTest::keyClicks(focused(), QStringLiteral("Lovelace"));
            QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::Search));
            QTest::keyClick(focused(), Qt::Key_Down);
        } else {
            openPersonRecord();
            if (screen == QLatin1String("episodes")) {
                auto *tabs = m_window->personView()->findChild<QTabWidget *>();
                tabs->setCurrentIndex(2);
                auto *pane = m_window->personView()->findChild<ui::EpisodePane *>();
                QTRY_VERIFY(pane && pane->isVisible());
                QWidget *control = nullptr;
                for (auto *w : pane->findChildren<QWidget *>())
                    if (!control && w->isVisible() && w->isEnabled() &&
                        (w->focusPolicy() & Qt::TabFocus))
                        control = w;
                QVERIFY(control);
                control->setFocus(Qt::TabFocusReason);
            }
        }
        QTRY_VERIFY(focused() && focused()->window() == m_window.get());
        expectF1Opens(anchor);
        // The guide opens beside the window, which stays as it was.
        QCOMPARE(ui::HelpWindow::instance()->parentWidget(), m_window.get());
    }

    // F1 in each dialog of the caseworker's desk, each one modal as the app opens it.
    void f1InEachDialogOpensItsSection()
    {
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        auto ada = m_cases->openPerson(m_worker, m_ada.id);
        QVERIFY(ada.ok());
        expectF1InDialog(
            new ui::LogContactDialog(*m_services, m_worker, ada.value(), QString(), m_window.get()),
            QStringLiteral("logging-a-contact"));
        expectF1InDialog(new ui::IntakeDialog(*m_services, m_worker, m_window.get()),
                         QStringLiteral("entering-a-referral-intake"));
        expectF1InDialog(new ui::TriageDialog(*m_services, m_worker, benReferral(), m_window.get()),
                         QStringLiteral("triage"));
        expectF1InDialog(new ui::TaskDialog(*m_services, m_worker, &ada.value(), m_window.get()),
                         QStringLiteral("tasks"));
        expectF1InDialog(new ui::PersonEditDialog(*m_services, m_worker, m_ada, m_window.get()),
                         QStringLiteral("the-person-record"));
        expectF1InDialog(new ui::SyncSettingsDialog(m_window.get()),
                         QStringLiteral("syncing-with-the-hub"));
    }

    // Ctrl+L from the record: the contact dialog as the app opens it (exec), F1 inside it.
    void f1InTheContactDialogOpenedWithCtrlL()
    {
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        openPersonRecord();
        bool checked = false;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            expectF1Opens(QStringLiteral("logging-a-contact"));
            checked = true;
            // Esc leaves the guide, then the dialog: the dialog was never covered.
            QTest::keyClick(focused(), Qt::Key_Escape);
            QTRY_VERIFY(!ui::HelpWindow::instance());
            QTRY_VERIFY(QApplication::activeWindow() == dialog);
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(checked);
    }

    void f1OnTheSupervisorsScreens()
    {
        showWindowOf(m_supervisor, QStringLiteral("sup.north"));
        QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::Team));
        QTRY_VERIFY(focused());
        expectF1Opens(QStringLiteral("for-supervisors"));
        closeHelp();
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::Reports));
        m_window->activateWindow();
        QTRY_VERIFY(focused());
        expectF1Opens(QStringLiteral("reports"));
        closeHelp();
        expectF1InDialog(
            new ui::ClosureReviewDialog(*m_services, m_supervisor, m_episode.id, m_window.get()),
            QStringLiteral("approving-or-returning-a-closure"));
    }

    void f1OnEachAdminTab_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("audit trail")
            << QStringLiteral("auditPage") << QStringLiteral("audit-trail");
        QTest::newRow("users") << QStringLiteral("usersPage") << QStringLiteral("users");
        QTest::newRow("erasure") << QStringLiteral("erasurePage")
                                 << QStringLiteral("erasure-and-retention");
    }

    void f1OnEachAdminTab()
    {
        QFETCH(QString, tab);
        QFETCH(QString, anchor);
        showWindowOf(m_admin, QStringLiteral("root"));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        auto *page = m_window->adminPage()->section(tab);
        QVERIFY(page);
        m_window->adminPage()->tabs()->setCurrentWidget(page);
        m_window->adminPage()->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(focused(), Qt::Key_Tab);
        expectF1Opens(anchor);
        closeHelp();
        // From the sections list too: the tab shown decides.
        m_window->findChild<QListWidget *>(QStringLiteral("navList"))->setFocus(Qt::TabFocusReason);
        expectF1Opens(anchor);
    }

    void f1OnSignInAndPasswordChange()
    {
        ui::SignInDialog signIn(*m_auth, m_ws);
        signIn.show();
        signIn.activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == &signIn);
        ui::ContextHelp::install(); // as askForSignIn does before its first dialog
        expectF1Opens(QStringLiteral("signing-in"));
        closeHelp();
        signIn.hide();
        expectF1InDialog(new ui::ChangePasswordDialog(*m_auth, QStringLiteral("cw.north"),
                                                      QStringLiteral("temporary-pass-1"), m_ws),
                         QStringLiteral("choosing-a-new-password"));
    }

    // Over the lock the guide opens too, and shows nothing but the guide: the window behind
    // stays covered. Unlocking leaves the guide open beside the window.
    void f1OnTheLockPage()
    {
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        openPersonRecord();
        m_lock->lock();
        QVERIFY(m_lock->isLocked());
        QTRY_VERIFY(m_lock->lockPage()->passwordEdit()->hasFocus());
        expectF1Opens(QStringLiteral("the-lock"));
        auto *help = ui::HelpWindow::instance();
        QVERIFY(m_window->personView()->isHidden() || !m_window->personView()->isVisible());
        QVERIFY(m_lock->lockPage()->isVisible());
        // The guide's keys work although the lock holds every shortcut of the window.
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(help->findEdit()->hasFocus());
        QTest::keyClicks(focused(), QStringLiteral("password"));
        QVERIFY(help->findStatus().contains(QStringLiteral(" of ")));
        QVERIFY(m_lock->isLocked());
        QVERIFY(m_lock->unlock(m_password));
        QTRY_VERIFY(ui::HelpWindow::instance() == help && help->isVisible());
        QCOMPARE(help->parentWidget(), m_window.get());
    }

    void f1InTheGuideAndTheShortcutsList()
    {
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        expectF1Opens(QStringLiteral("my-caseload"));
        expectF1Opens(QStringLiteral("getting-help"));
        closeHelp();
        bool checked = false;
        test::whenModal<ui::ShortcutsDialog>([&](ui::ShortcutsDialog *dialog) {
            expectF1Opens(QStringLiteral("keyboard-shortcuts"));
            checked = true;
            closeHelp();
            dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QVERIFY(checked);
    }

    // The help window from the keyboard: find in page, Back and Forward, Contents, Esc.
    void theGuideWorksFromTheKeyboard()
    {
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        expectF1Opens(QStringLiteral("the-referral-inbox-and-the-victims-code-clock"));
        auto *help = ui::HelpWindow::instance();
        QCOMPARE(help->accessibleName(), QStringLiteral("User guide"));

        // Ctrl+F, words, Enter for the next match, Shift+Enter back, Esc ends the search.
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(help->findEdit()->hasFocus());
        QTest::keyClicks(focused(), QStringLiteral("victims' code"));
        QTRY_VERIFY(help->findStatus().startsWith(QStringLiteral("1 of ")));
        QVERIFY(help->browser()->textCursor().selectedText().compare(
                    QStringLiteral("victims' code"), Qt::CaseInsensitive) == 0);
        const int firstAt = help->browser()->textCursor().selectionStart();
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(help->findStatus().startsWith(QStringLiteral("2 of ")));
        QVERIFY(help->browser()->textCursor().selectionStart() > firstAt);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(help->findStatus().startsWith(QStringLiteral("1 of ")));
        QTest::keyClicks(focused(), QStringLiteral("zzqx"));
        QCOMPARE(help->findStatus(), QStringLiteral("Not found"));
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!help->findEdit()->isVisible());
        QVERIFY(help->browser()->hasFocus());

        // Contents: Alt+C, arrows, Enter goes to the section; Alt+Left goes back.
        QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
        QVERIFY(help->contents()->hasFocus());
        const auto target = help->contents()->findItems(QStringLiteral("Triage"),
                                                        Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(target.size(), 1);
        help->contents()->setCurrentItem(target.first());
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(help->anchor(), QStringLiteral("triage"));
        QTRY_VERIFY(help->browser()->showsHeading(QStringLiteral("triage")));
        QVERIFY(help->browser()->hasFocus());
        QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(help->anchor(), QStringLiteral("the-referral-inbox-and-the-victims-code-clock"));
        QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(help->anchor(), QStringLiteral("triage"));
        // Scrolling moves the Contents along.
        help->browser()->scrollToAnchor(QStringLiteral("tasks"));
        QTRY_COMPARE(help->contents()->currentItem()->text(0), QStringLiteral("Tasks"));

        // Tab goes round Contents, the guide and the find bar with no trap; every control
        // has a name and its own Alt key.
        help->startFind();
        help->contents()->setFocus(Qt::TabFocusReason);
        auto problems = test::tabProblems(help);
        problems << test::mnemonicProblems(help);
        for (auto *w : help->findChildren<QWidget *>())
            if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && !test::isPart(w, help) &&
                !qobject_cast<QAbstractButton *>(w) && w->accessibleName().isEmpty())
                problems << QStringLiteral("%1 has no accessible name").arg(test::describe(w));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // Esc with the find bar closed closes the guide.
        help->stopFind();
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!ui::HelpWindow::instance());
    }

    // The guide opens as big as it was left.
    void theGuideRemembersItsSize()
    {
        showWindowOf(m_worker, QStringLiteral("cw.north"));
        expectF1Opens(QStringLiteral("my-caseload"));
        auto *help = ui::HelpWindow::instance();
        QVERIFY(help->width() <= 1366 && help->height() <= 768);
        help->resize(900, 640);
        QTRY_COMPARE(help->size(), QSize(900, 640));
        // Pictures fit the narrower window: none is wider than the text.
        const int room = help->browser()->viewport()->width();
        QTRY_VERIFY(help->browser()->document()->idealWidth() <= room + 1);
        closeHelp();
        QVERIFY(!ui::HelpWindow::instance());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        expectF1Opens(QStringLiteral("my-caseload"));
        QCOMPARE(ui::HelpWindow::instance()->size(), QSize(900, 640));
        QSettings().remove(QStringLiteral("help"));
    }

    // Help > Keyboard shortcuts, for each role: every key the window has is listed, with
    // what it does; keys the role does not have are not; no key does two things.
    void theShortcutListHasEveryKey_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("listed");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("caseworker")
            << QStringLiteral("caseworker")
            << keyList("F1 Ctrl+L Ctrl+T Ctrl+Alt+L Ctrl+Q F5 Ctrl+1 Ctrl+2 Ctrl+3 Ctrl+F Ctrl+R "
                       "Ctrl+N Ctrl+E F2 Esc Ctrl+Tab Alt+F Alt+H")
            << keyList("Ctrl+4 Ctrl+6 Ctrl+Shift+V");
        QTest::newRow("supervisor")
            << QStringLiteral("supervisor") << keyList("F1 Ctrl+L Ctrl+4 Ctrl+6 F5 Ctrl+Alt+L")
            << keyList("Ctrl+Shift+V");
        QTest::newRow("administrator")
            << QStringLiteral("admin") << keyList("F1 Ctrl+4 Ctrl+5 Ctrl+Shift+V Ctrl+Alt+L")
            << keyList("Ctrl+L Ctrl+T F5 Ctrl+1 Ctrl+N");
    }

    void theShortcutListHasEveryKey()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, listed);
        QFETCH(QStringList, absent);
        if (role == QLatin1String("caseworker"))
            showWindowOf(m_worker, QStringLiteral("cw.north"));
        else if (role == QLatin1String("supervisor"))
            showWindowOf(m_supervisor, QStringLiteral("sup.north"));
        else
            showWindowOf(m_admin, QStringLiteral("root"));

        // What the window has, read from it here independently of the list.
        QStringList keys;
        for (auto *action : m_window->findChildren<QAction *>())
            if (action->isVisible() && action->isEnabled() && !action->shortcut().isEmpty()) {
                bool works = false;
                for (auto *object : action->associatedObjects()) {
                    if (auto *menu = qobject_cast<QMenu *>(object))
                        works = works || menu->menuAction()->isVisible();
                    else if (auto *w = qobject_cast<QWidget *>(object))
                        works = works || w == m_window.get();
                }
                if (works)
                    keys << keyText(action->shortcut());
            }
        for (auto *menu : m_window->menuBar()->actions())
            if (menu->isVisible())
                keys << keyText(QKeySequence::mnemonic(menu->text()));
        QVERIFY2(keys.size() == QSet<QString>(keys.cbegin(), keys.cend()).size(),
                 qPrintable(QStringLiteral("two actions of the window share a key: ") +
                            keys.join(QStringLiteral(", "))));

        // The list, as Help > Keyboard shortcuts shows it.
        QStringList rows;
        QSet<QString> listedKeys;
        test::whenModal<ui::ShortcutsDialog>([&](ui::ShortcutsDialog *dialog) {
            auto *table = dialog->table();
            for (int row = 0; row < table->rowCount(); ++row) {
                listedKeys.insert(table->item(row, 0)->text());
                rows << QStringLiteral("%1 | %2 | %3")
                            .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                                 table->item(row, 2)->text());
            }
            // Typing narrows the list.
            QTest::keyClicks(dialog->filter(), QStringLiteral("lock now"));
            int shown = 0;
            for (int row = 0; row < table->rowCount(); ++row)
                shown += table->isRowHidden(row) ? 0 : 1;
            QCOMPARE(shown, 1);
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QVERIFY(!rows.isEmpty());
        for (const auto &key : keys + listed)
            QVERIFY2(listedKeys.contains(key),
                     qPrintable(key + QStringLiteral(" is not listed:\n") +
                                rows.join(QLatin1Char('\n'))));
        for (const auto &key : absent)
            QVERIFY2(!listedKeys.contains(key), qPrintable(key + QStringLiteral(" is listed")));
        for (const auto &row : rows)
            QVERIFY2(!row.contains(QStringLiteral("(not described)")), qPrintable(row));

        // No key does two things where both work at once, on any page.
        const auto entries = ui::ShortcutCatalog::of(m_window.get());
        const auto clashes = ui::ShortcutCatalog::clashes(entries);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

HUB_DESK_TEST_MAIN(TestHelp)

#include "tst_help.moc"
