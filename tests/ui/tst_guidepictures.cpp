#include "DeskScreen.h"
#include "MainWindow.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "UiChecks.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/SessionLock.h"
#include "contacts/LogContactDialog.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoPasswords.h"
#include "help/ContextHelp.h"
#include "help/GuideBrowser.h"
#include "help/HelpWindow.h"
#include "help/ShortcutsDialog.h"
#include "referrals/TriageDialog.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/ReferralService.h"
#include "services/SupervisorService.h"
#include "store/Repositories.h"
#include "supervisor/ClosureReviewDialog.h"
#include "util/Ids.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace hub;

// The pictures of docs/USER_GUIDE.md for the screens changed while fixing issue 13, drawn
// from a demo caseload at 1366x768 as the desk shows them: a dialog over the window it
// belongs to, a menu or a calendar where it opens. Each picture is checked (the whole
// screen, nothing in a dialog squeezed or cut off). With HUB_GUIDE_PICTURES=DIR the
// pictures are saved there as h13-help-NAME.png (scripts/guide-pictures.sh).
class TestGuidePictures : public QObject
{
    Q_OBJECT

    const QString m_ws = QStringLiteral("desk-1");
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    std::unique_ptr<services::AuthService> m_auth;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SessionLock *m_lock = nullptr;

    domain::Actor signIn(const QString &username)
    {
        auto actor = m_auth->login(username, QStringLiteral("demo-") + username, m_ws);
        if (!actor.ok())
            qFatal("cannot sign in as %s", qPrintable(username));
        return actor.value();
    }

    void showWindowOf(const QString &username)
    {
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_cases, signIn(username));
        m_lock = new ui::SessionLock(m_window.get(), *m_auth, username, username, m_ws);
        m_window->resize(1366, 768);
        m_window->show();
        activate(m_window.get());
        settle();
    }

    // Gives `window` the keyboard (an offscreen window is not activated by showing it).
    static void activate(QWidget *window)
    {
        window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == window);
    }

    // Lets every queued layout and growth happen (no waiting on the clock).
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    // The window with `over` drawn where each one is on the screen (a dialog dims the
    // window behind it, as a modal dialog does).
    static QPixmap compose(QWidget *window, const QList<QWidget *> &over, bool dim)
    {
        QPixmap shot = window->grab();
        QPainter painter(&shot);
        if (dim)
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
        for (auto *w : over)
            painter.drawPixmap(window->mapFromGlobal(w->mapToGlobal(QPoint(0, 0))), w->grab());
        return shot;
    }

    static void save(const QPixmap &picture, const char *name)
    {
        QCOMPARE(picture.size(), QSize(1366, 768));
        const auto dir = qEnvironmentVariable("HUB_GUIDE_PICTURES");
        if (!dir.isEmpty())
            QVERIFY(picture.save(
                QDir(dir).filePath(QStringLiteral("h13-help-%1.png").arg(QLatin1String(name))),
                "PNG"));
    }

    // The dialog fits the screen and nothing in it is squeezed or cut off.
    static void checkFits(QWidget *dialog)
    {
        settle(); // the queued growth after a message appears
        const auto problems = test::layoutProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(dialog->frameGeometry().height() <= 768);
    }

    // A caseworker's open support episode whose person's record says no voicemail.
    QString personOfCaseload(const domain::Actor &actor, bool voicemailUnsafe)
    {
        auto items = services::DeskService(m_services->context).myCaseload(actor);
        for (const auto &item : items.value()) {
            if (item.row.episodeId.isEmpty() || item.row.episodeStatus != QLatin1String("open"))
                continue;
            auto person = store::PersonRepository(m_db->db()).get(item.row.personId);
            if (!voicemailUnsafe ||
                (person.ok() && person->safeVoicemail != domain::ContactSafety::Safe))
                return item.row.personId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("victimshub-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guidepictures"));
        QSettings().remove(QStringLiteral("help"));
        QSettings().remove(QStringLiteral("sync"));
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        // Friday 30 October 2026, 10:00 in London: the last day of the demo's activity.
        const auto now = util::parseRfc3339(QStringLiteral("2026-10-30T10:00:00Z"));
        demo::DemoOptions options;
        options.people = 300;
        options.months = 6;
        options.until = QDate(2026, 10, 30);
        options.notAfter = now;
        auto made = demo::generate(m_db->db(), options);
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        QVERIFY(demo::setDemoPasswords(m_db->db(), security::PasswordHasher::Cost::Minimum).ok());
        m_clock = std::make_unique<util::FixedClock>(now);
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_cases = std::make_unique<services::CaseService>(m_db->db());
        m_auth = std::make_unique<services::AuthService>(m_services->context,
                                                         security::PasswordHasher::Cost::Minimum);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
    }

    void cleanup()
    {
        if (auto *help = ui::HelpWindow::instance())
            help->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_window.reset();
        m_lock = nullptr;
    }

    void cleanupTestCase()
    {
        m_auth.reset();
        m_cases.reset();
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }

    // My caseload with the keyboard in Filter (its focus frame) and the quiet sync state at
    // the end of the status bar.
    void caseload()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("myCaseloadFilter"));
        settle();
        save(m_window->grab(), "caseload");
    }

    // File > Sign out / switch user and Lock now.
    void fileMenu()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        const QRect title = m_window->menuBar()->actionGeometry(menu->menuAction());
        menu->popup(m_window->menuBar()->mapToGlobal(title.bottomLeft()));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        menu->setActiveAction(m_window->findChild<QAction *>(QStringLiteral("signOutAction")));
        settle();
        save(compose(m_window.get(), {menu}, false), "file-menu");
        menu->close();
    }

    // The lock page over a person's record: nothing of the record, Sign out and Quit.
    void lockPage()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        m_window->openPerson(personOfCaseload(m_window->actor(), false));
        m_lock->lock();
        QVERIFY(m_lock->isLocked());
        settle();
        save(m_window->grab(), "lock");
    }

    // Choose a new password after the new one was typed differently the second time.
    void passwordMismatch()
    {
        ui::ChangePasswordDialog dialog(*m_auth, QStringLiteral("cw.peterborough.2"),
                                        QStringLiteral("demo-cw.peterborough.2"), m_ws);
        dialog.show();
        activate(&dialog);
        const auto type = [&](const char *name, const char *text) {
            auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(edit);
            edit->setFocus(Qt::TabFocusReason);
            QTest::keyClicks(edit, QString::fromLatin1(text));
        };
        type("newPassword", "winter-garden-41");
        type("repeatPassword", "winter-garden-14");
        dialog.findChild<QPushButton *>(QStringLiteral("changePasswordButton"))->click();
        checkFits(&dialog);
        // As the app starts: the dialog alone, centred.
        QPixmap shot(1366, 768);
        shot.fill(dialog.palette().color(QPalette::Window).darker(115));
        QPainter painter(&shot);
        const QPixmap picture = dialog.grab();
        painter.drawPixmap((shot.width() - picture.width()) / 2,
                           (shot.height() - picture.height()) / 2, picture);
        painter.end();
        save(shot, "password");
    }

    // Log contact: voicemail left for someone whose record says no voicemail; Override
    // ticked without a reason. The panel grows; nothing is squeezed.
    void contactSafetyOverride()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        const auto personId = personOfCaseload(m_window->actor(), true);
        QVERIFY(!personId.isEmpty());
        m_window->openPerson(personId);
        auto dialog = std::make_unique<ui::LogContactDialog>(*m_services, m_window->actor(),
                                                             m_window->personView()->file(),
                                                             QString(), m_window.get());
        dialog->show();
        activate(dialog.get());
        auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("voicemail_left")));
        dialog->findChild<QSpinBox *>(QStringLiteral("durationSpin"))->setValue(2);
        dialog->save(); // refused: Override is not ticked
        dialog->findChild<QCheckBox *>(QStringLiteral("overrideCheck"))->setChecked(true);
        dialog->save(); // refused: no reason
        checkFits(dialog.get());
        QVERIFY(dialog->isVisible());
        save(compose(m_window.get(), {dialog.get()}, true), "contact-override");
        dialog->hide();
    }

    // A date typed without separators, and the calendar (Alt+Down) of the same field.
    void dateCalendar()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        m_window->openPerson(personOfCaseload(m_window->actor(), false));
        auto dialog = std::make_unique<ui::LogContactDialog>(*m_services, m_window->actor(),
                                                             m_window->personView()->file(),
                                                             QString(), m_window.get());
        dialog->show();
        activate(dialog.get());
        auto *when = dialog->findChild<ui::DateField *>(QStringLiteral("atEdit"));
        QVERIFY(when);
        when->setFocus(Qt::TabFocusReason);
        when->selectAll();
        QTest::keyClicks(when, QStringLiteral("29102026 1615"));
        QTest::keyClick(when, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(when->calendar() && when->calendar()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(when->calendar()));
        QCOMPARE(when->calendar()->selectedDate(), QDate(2026, 10, 29));
        settle();
        save(compose(m_window.get(), {dialog.get(), when->calendar()}, true), "calendar");
        when->calendar()->close();
        dialog->hide(); // as after exec(): its fields see the focus go before they are
    }

    // Triage of a new referral for someone already supported: Accept joins the open
    // support episode unless a second one is chosen.
    void triageAccept()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        const auto actor = m_window->actor();
        const auto personId = personOfCaseload(actor, false);
        domain::Referral r;
        r.id = util::newId();
        r.personId = personId;
        r.receivedAt = m_clock->now().addSecs(-26 * 3600);
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("stalking_harassment");
        r.status = QStringLiteral("new");
        r.assignedTo = actor.userId;
        QVERIFY(store::ReferralRepository(m_db->db()).insert(r).ok());
        m_window->refresh();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto items = services::ReferralService(m_services->context).inbox(actor, actor.teamId);
        QVERIFY(items.ok());
        services::InboxItem item;
        for (const auto &i : items.value())
            if (i.row.referral.id == r.id)
                item = i;
        QCOMPARE(item.row.referral.id, r.id);
        auto dialog = std::make_unique<ui::TriageDialog>(*m_services, actor, item, m_window.get());
        dialog->show();
        activate(dialog.get());
        QTest::keyClick(dialog.get(), Qt::Key_A, Qt::AltModifier);
        auto *accept = dialog->findChild<QRadioButton *>(QStringLiteral("acceptRadio"));
        QTRY_VERIFY(accept->isChecked());
        auto *episode = dialog->findChild<QComboBox *>(QStringLiteral("episodeCombo"));
        QTRY_VERIFY(episode->isVisible());
        QCOMPARE(episode->currentIndex(), 0);
        episode->setFocus(Qt::TabFocusReason);
        checkFits(dialog.get());
        save(compose(m_window.get(), {dialog.get()}, true), "triage");
    }

    // Return a closure without a comment: refused, and the dialog grows to say why.
    void closureReturn()
    {
        // The first team (in the demo's order) with a closure awaiting its supervisor.
        QString supervisor;
        for (const auto &team : store::TeamRepository(m_db->db()).all()) {
            const auto name = QStringLiteral("sup.") + team.name.toLower();
            const auto actor = signIn(name);
            auto awaiting = services::SupervisorService(m_services->context)
                                .records(actor, actor.teamId, QString(),
                                         services::ReviewMeasure::ClosuresAwaiting);
            if (awaiting.ok() && !awaiting->isEmpty()) {
                supervisor = name;
                break;
            }
        }
        QVERIFY2(!supervisor.isEmpty(), "the demo has no closure awaiting approval");
        showWindowOf(supervisor);
        const auto actor = m_window->actor();
        auto awaiting =
            services::SupervisorService(m_services->context)
                .records(actor, actor.teamId, QString(), services::ReviewMeasure::ClosuresAwaiting);
        QVERIFY(awaiting.ok() && !awaiting->isEmpty());
        auto dialog = std::make_unique<ui::ClosureReviewDialog>(
            *m_services, actor, awaiting->first().id, m_window.get());
        dialog->show();
        activate(dialog.get());
        dialog->findChild<QPushButton *>(QStringLiteral("returnClosureButton"))->click();
        checkFits(dialog.get());
        save(compose(m_window.get(), {dialog.get()}, true), "closure-return");
    }

    // F1 on the referral inbox: the guide beside the window, at the inbox's section.
    void guideWindow()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        auto *help = ui::HelpWindow::instance();
        QTRY_VERIFY(help && help->isVisible());
        help->resize(1000, 640);
        help->move(m_window->mapToGlobal(QPoint(330, 70)));
        settle();
        help->showAnchor(help->anchor()); // the section at the top again at the new size
        QTRY_VERIFY(help->browser()->showsHeading(help->anchor()));
        settle();
        save(compose(m_window.get(), {help}, false), "guide");
    }

    // Help > Keyboard shortcuts, read from the window itself.
    void shortcutsList()
    {
        showWindowOf(QStringLiteral("cw.peterborough.1"));
        ui::ShortcutsDialog dialog(m_window.get());
        dialog.show();
        activate(&dialog);
        checkFits(&dialog);
        save(compose(m_window.get(), {&dialog}, true), "shortcuts");
    }
};

HUB_DESK_TEST_MAIN(TestGuidePictures)

#include "tst_guidepictures.moc"
