#include "MainWindow.h"
#include "ModalHelper.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "auth/LockPage.h"
#include "auth/SessionLock.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DeskService.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QtTest>

using namespace hub;

// The inactivity lock over a supervisor's open person record: after the timeout nothing of
// the record is visible, only the lock page; the right password brings the record back as
// it was, a wrong one keeps it locked and counts as a failed sign-in.
class TestLock : public QObject
{
    Q_OBJECT

    const QString m_ws = QStringLiteral("test-pc");
    const QString m_password = QStringLiteral("lock-test-pass-1");
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_service;
    std::unique_ptr<services::AuthService> m_auth;
    domain::Actor m_actor;
    domain::Person m_person;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SessionLock *m_lock = nullptr;

    // Every widget on screen that shows `text`: labels, line edits and item views.
    QStringList visibleWith(const QString &text)
    {
        QStringList found;
        for (auto *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            for (auto *label : top->findChildren<QLabel *>())
                if (label->isVisible() && label->text().contains(text))
                    found << label->objectName();
            for (auto *edit : top->findChildren<QLineEdit *>())
                if (edit->isVisible() && edit->text().contains(text))
                    found << edit->objectName();
            for (auto *view : top->findChildren<QAbstractItemView *>()) {
                if (!view->isVisible() || !view->model())
                    continue;
                const auto hits = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                                                       text, 1, Qt::MatchContains | Qt::MatchWrap);
                if (!hits.isEmpty() || view->model()->rowCount() > 0)
                    found << view->objectName();
            }
        }
        return found;
    }

    void saveShot(const QString &name)
    {
        const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name, "PNG"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("victimshub-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lock"));
        QSettings().remove(QStringLiteral("security/lockMinutes"));
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_services = std::make_unique<services::Services>(m_db->db());
        m_service = std::make_unique<services::CaseService>(m_db->db());
        m_auth = std::make_unique<services::AuthService>(m_services->context,
                                                         security::PasswordHasher::Cost::Minimum);
        // The first administrator of an empty database, then the caseload.
        QVERIFY(
            m_auth->bootstrapAdmin(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws)
                .ok());
        auto seeded = test::seedPeople(m_db->db(), 12);
        m_person = seeded.people.at(3);
        auto admin = m_auth->login(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws);
        QVERIFY(admin.ok());
        QVERIFY(m_auth
                    ->addUser(admin.value(), QStringLiteral("sup.lock"),
                              QStringLiteral("Sam Lockwood"), QStringLiteral("supervisor"),
                              QString(), QStringLiteral("temporary-pass-1"))
                    .ok());
        auto actor = m_auth->changePassword(QStringLiteral("sup.lock"),
                                            QStringLiteral("temporary-pass-1"), m_password, m_ws);
        QVERIFY2(actor.ok(), qPrintable(actor.error().describe()));
        m_actor = actor.value();
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_service, m_actor);
        m_lock = new ui::SessionLock(m_window.get(), *m_auth, QStringLiteral("sup.lock"),
                                     QStringLiteral("Sam Lockwood"), m_ws);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openPerson(m_person.id);
        QVERIFY(QTest::qWaitFor([&] { return !visibleWith(m_person.givenName).isEmpty(); }));
    }

    void cleanup()
    {
        m_window.reset();
        m_lock = nullptr;
    }

    void cleanupTestCase()
    {
        m_auth.reset();
        m_service.reset();
        m_services.reset();
        m_db.reset();
    }

    void defaultsToTenMinutesWithinBounds()
    {
        QCOMPARE(ui::SessionLock::configuredMinutes(), 10);
        QCOMPARE(m_lock->lockTimeout(), 10 * 60 * 1000);
        QSettings().setValue(QStringLiteral("security/lockMinutes"), 0);
        QCOMPARE(ui::SessionLock::configuredMinutes(), 1);
        QSettings().setValue(QStringLiteral("security/lockMinutes"), 600);
        QCOMPARE(ui::SessionLock::configuredMinutes(), 60);
        QSettings().setValue(QStringLiteral("security/lockMinutes"), 5);
        QCOMPARE(ui::SessionLock::configuredMinutes(), 5);
        QSettings().remove(QStringLiteral("security/lockMinutes"));
    }

    void locksAfterInactivityAndHidesTheRecord()
    {
        const auto page = m_window->currentPage();
        m_lock->setLockTimeout(150);
        QVERIFY(QTest::qWaitFor([&] { return m_lock->isLocked(); }, 3000));
        auto *lockPage = m_lock->lockPage();
        QVERIFY(lockPage && lockPage->isVisible());
        QCOMPARE(lockPage->size(), m_window->size());
        QVERIFY(m_window->grab().size().isValid());
        QCOMPARE(visibleWith(m_person.givenName), QStringList());
        QCOMPARE(visibleWith(m_person.familyName), QStringList());
        QVERIFY(!m_window->centralWidget()->isVisible());
        saveShot(QStringLiteral("lock.png"));

        // A wrong password keeps it locked and says why.
        QTest::keyClicks(lockPage->passwordEdit(), QStringLiteral("not-my-password"));
        QTest::keyClick(lockPage->passwordEdit(), Qt::Key_Return);
        QVERIFY(m_lock->isLocked());
        QCOMPARE(lockPage->message(), QStringLiteral("Wrong username or password."));
        QVERIFY(lockPage->passwordEdit()->text().isEmpty());
        QCOMPARE(visibleWith(m_person.familyName), QStringList());

        // Shortcuts of the window behind do nothing while locked.
        QTest::keyClick(lockPage->passwordEdit(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(lockPage->passwordEdit()->hasFocus() || !m_window->isActiveWindow());

        QTest::keyClicks(lockPage->passwordEdit(), m_password);
        QTest::keyClick(lockPage->passwordEdit(), Qt::Key_Return);
        QVERIFY(!m_lock->isLocked());
        QVERIFY(!m_lock->lockPage());
        QCOMPARE(m_window->currentPage(), page);
        QVERIFY(m_window->centralWidget()->isVisible());
        QVERIFY(!visibleWith(m_person.givenName).isEmpty());
    }

    void lockNowFromTheMenuAndShortcut()
    {
        auto *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        QVERIFY(file->actions().contains(m_lock->lockAction()));
        QCOMPARE(m_lock->lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(m_lock->isLocked());
        QCOMPARE(visibleWith(m_person.familyName), QStringList());
        QVERIFY(m_lock->unlock(m_password));
        QVERIFY(!visibleWith(m_person.familyName).isEmpty());
    }

    // Someone else needs the desk: the lock page offers Sign out and Quit, by click or key,
    // without unlocking, and nothing of the record shows on the way.
    void signOutAndQuitFromTheLockPage()
    {
        QSignalSpy signOut(m_lock, &ui::SessionLock::signOutRequested);
        QSignalSpy quit(m_lock, &ui::SessionLock::quitRequested);
        m_lock->lock();
        auto *page = m_lock->lockPage();
        auto *signOutButton = page->findChild<QPushButton *>(QStringLiteral("lockSignOutButton"));
        auto *quitButton = page->findChild<QPushButton *>(QStringLiteral("lockQuitButton"));
        QVERIFY(signOutButton && signOutButton->isVisible());
        QVERIFY(quitButton && quitButton->isVisible());
        QVERIFY(signOutButton->text().contains(QStringLiteral("Sign out")));

        QTest::keyClick(page->passwordEdit(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(signOut.count(), 1);
        QVERIFY(m_lock->isLocked()); // signing out does not unlock
        QCOMPARE(visibleWith(m_person.familyName), QStringList());

        // Ctrl+Q quits while locked, although every other shortcut of the window is off.
        QTest::keyClick(page->passwordEdit(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 1);
        QVERIFY(m_lock->isLocked());
        QCOMPARE(visibleWith(m_person.familyName), QStringList());
        QTest::mouseClick(quitButton, Qt::LeftButton);
        QCOMPARE(quit.count(), 2);
        QVERIFY(m_lock->unlock(m_password));
    }

    void signOutIsInTheFileMenu()
    {
        auto *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(file && action);
        QVERIFY(file->actions().contains(action));
        QVERIFY(action->isEnabled() && action->isVisible());
        QSignalSpy signOut(m_window.get(), &ui::MainWindow::signOutRequested);
        action->trigger();
        QCOMPARE(signOut.count(), 1);
    }

    void coversAnOpenDialogAndKeepsWhatWasTyped()
    {
        QDialog dialog(m_window.get());
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(QStringLiteral("typedName"));
        bool checked = false;
        test::whenModal<QDialog>([&](QDialog *shown) {
            QTest::keyClicks(edit, m_person.familyName);
            m_lock->lock();
            QVERIFY(m_lock->isLocked());
            QVERIFY(shown->isVisible()); // covered, not closed
            QCOMPARE(visibleWith(m_person.familyName), QStringList());
            auto *page = shown->findChild<ui::LockPage *>();
            QVERIFY(page && page->isVisible());
            QVERIFY(page->passwordEdit()->hasFocus());
            QTest::keyClicks(page->passwordEdit(), m_password);
            QTest::keyClick(page->passwordEdit(), Qt::Key_Return);
            QVERIFY(!m_lock->isLocked());
            QVERIFY(edit->isVisible());
            QCOMPARE(edit->text(), m_person.familyName);
            checked = true;
            shown->accept();
        });
        dialog.exec();
        QVERIFY(checked);
    }

    void wrongPasswordsCountTowardsTheLockout()
    {
        m_lock->lock();
        for (int i = 0; i < services::AuthService::kMaxFailures; ++i)
            QVERIFY(!m_lock->unlock(QStringLiteral("wrong-%1").arg(i)));
        QVERIFY(m_lock->lockPage()->message().contains(QStringLiteral("locked for 15 minutes")));
        // Even the right password is refused now.
        QVERIFY(!m_lock->unlock(m_password));
        QVERIFY(m_lock->isLocked());
        QCOMPARE(visibleWith(m_person.familyName), QStringList());
    }
};

QTEST_MAIN(TestLock)
#include "tst_lock.moc"
