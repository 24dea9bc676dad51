#include "EmptyState.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "UiChecks.h"
#include "admin/AdminPage.h"
#include "admin/AuditEventsModel.h"
#include "admin/AuditPage.h"
#include "admin/UsersPage.h"
#include "security/Permissions.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusLabel.h"
#include "sync/SyncUi.h"
#include "tasks/MyTasksPanel.h"
#include "util/Ids.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace hub;
using namespace Qt::StringLiterals;
using ui::MainWindow;

// Role-based sections: each role sees only the sections it may use (decided by
// security::Permissions), lands on the first of them, and Ctrl+number does nothing for a
// hidden one. The Admin section shows the audit trail to auditors and administrators.
class TestRoleUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    std::unique_ptr<MainWindow> m_window;
    QString m_teamId;
    QHash<QString, domain::Actor> m_actors; // by role
    QString m_personId;

    domain::Actor addUser(const QString &role)
    {
        domain::User u{util::newId(),
                       role + u"1"_s,
                       u"Test "_s + role,
                       role,
                       role == u"caseworker"_s || role == u"supervisor"_s ? m_teamId : QString(),
                       true};
        if (!store::UserRepository(m_db->db()).insert(u).ok())
            qFatal("cannot add a user");
        return domain::Actor{u.id, u.role, u.teamId, u"test-pc"_s};
    }

    void show(const QString &role)
    {
        m_window = std::make_unique<MainWindow>(*m_services, *m_cases, m_actors.value(role));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    ui::AuditPage *auditPage()
    {
        return qobject_cast<ui::AuditPage *>(m_window->adminPage()->section(u"auditPage"_s));
    }

    // Events on the whole trail now (opening sections records views and sign-ins too).
    qint64 trailSize()
    {
        auto n = services::AuditService(m_services->context).count(m_actors.value(u"admin"_s), {});
        return n.ok() ? n.value() : -1;
    }

    void grab(const QString &name)
    {
        // HUB_GRAB_DIR=/some/dir keeps a picture of the window for a person to look at.
        const QString dir = qEnvironmentVariable("HUB_GRAB_DIR");
        const QPixmap picture = m_window->grab();
        QVERIFY(!picture.isNull());
        if (!dir.isEmpty())
            QVERIFY(picture.save(dir + u'/' + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_services = std::make_unique<services::Services>(m_db->db());
        m_cases = std::make_unique<services::CaseService>(m_db->db());
        domain::Team team{util::newId(), u"North"_s};
        QVERIFY(store::TeamRepository(m_db->db()).insert(team).ok());
        m_teamId = team.id;
        for (const auto &role : {u"caseworker"_s, u"supervisor"_s, u"admin"_s, u"auditor"_s})
            m_actors.insert(role, addUser(role));
        // A trail longer than a page: 450 views of one (synthetic) person by the caseworker,
        // then a sign-in by the administrator.
        m_personId = util::newId();
        services::AuditService audit(m_services->context);
        store::Transaction tx(m_db->db());
        for (int i = 0; i < 450; ++i)
            QVERIFY(audit
                        .record(m_actors.value(u"caseworker"_s), u"person.view"_s, u"person"_s,
                                m_personId, m_personId)
                        .ok());
        QVERIFY(audit
                    .record(m_actors.value(u"admin"_s), u"login.ok"_s, u"app_user"_s,
                            m_actors.value(u"admin"_s).userId, {})
                    .ok());
        QVERIFY(tx.commit().ok());
    }

    void cleanup() { m_window.reset(); }

    void cleanupTestCase()
    {
        m_cases.reset();
        m_services.reset();
        m_db.reset();
    }

    void onlyTheSectionsTheRoleMayUse_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QList<int>>("shown");
        QTest::addColumn<int>("landing");
        // PRODUCT.md "Who uses it": caseworkers work their team's people; supervisors also
        // report, review the team and review retention (Admin); administrators and auditors
        // never open a person.
        QTest::newRow("caseworker")
            << u"caseworker"_s
            << QList<int>{MainWindow::Caseload, MainWindow::Referrals, MainWindow::Search}
            << int(MainWindow::Caseload);
        QTest::newRow("supervisor")
            << u"supervisor"_s
            << QList<int>{MainWindow::Caseload, MainWindow::Referrals, MainWindow::Search,
                          MainWindow::Reports,  MainWindow::Admin,     MainWindow::Team}
            << int(MainWindow::Team);
        QTest::newRow("admin") << u"admin"_s << QList<int>{MainWindow::Reports, MainWindow::Admin}
                               << int(MainWindow::Reports);
        QTest::newRow("auditor") << u"auditor"_s
                                 << QList<int>{MainWindow::Reports, MainWindow::Admin}
                                 << int(MainWindow::Reports);
    }
    void onlyTheSectionsTheRoleMayUse()
    {
        QFETCH(QString, role);
        QFETCH(QList<int>, shown);
        QFETCH(int, landing);
        show(role);
        auto *nav = m_window->findChild<QListWidget *>(u"navList"_s);
        QList<int> listed;
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            if (m_window->isSectionShown(page))
                listed << page;
            QCOMPARE(!nav->item(page)->isHidden(), m_window->isSectionShown(page));
        }
        QCOMPARE(listed, shown);
        QCOMPARE(m_window->currentPage(), landing);

        // Ctrl+number: a listed section opens, a hidden one does nothing.
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            const int before = m_window->currentPage();
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(m_window->currentPage(), shown.contains(page) ? page : before);
        }

        // Searching people, contacts and tasks only for those who may open people.
        const bool people = shown.contains(MainWindow::Search);
        auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
        QCOMPARE(search->isVisible(), people);
        auto *work = m_window->findChild<QMenu *>(u"recordMenu"_s);
        QCOMPARE(work->menuAction()->isVisible(), people);
        QCOMPARE(m_window->findChild<QLabel *>(u"countLabel"_s)->isVisible(), people);
    }

    // Sync is for the desks that hold records (security::Action::Sync): administrators and
    // auditors see no Sync menu and no sync indicator, and F5 starts nothing for them.
    void syncOnlyForRolesThatSync_data()
    {
        QTest::addColumn<QString>("role");
        for (const auto &role : {u"caseworker"_s, u"supervisor"_s, u"admin"_s, u"auditor"_s})
            QTest::newRow(qPrintable(role)) << role;
    }
    void syncOnlyForRolesThatSync()
    {
        QFETCH(QString, role);
        const bool maySync = security::Permissions::allows(role, security::Action::Sync);
        QCOMPARE(maySync, role == u"caseworker"_s || role == u"supervisor"_s);
        show(role);
        QStringList menus;
        for (auto *action : m_window->menuBar()->actions())
            if (action->isVisible() && action->menu())
                menus << action->menu()->objectName();
        QCOMPARE(menus.contains(u"syncMenu"_s), maySync);
        auto *sync = m_window->syncUi();
        QVERIFY(sync);
        QCOMPARE(sync->syncNowAction()->isVisible(), maySync);
        QCOMPARE(sync->settingsAction()->isVisible(), maySync);
        QCOMPARE(m_window->statusBar()->findChild<ui::SyncStatusLabel *>() != nullptr, maySync);
        if (maySync) {
            QCOMPARE(sync->syncNowAction()->shortcut(), QKeySequence(Qt::Key_F5));
            return; // what F5 then does is tst_syncui's
        }
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(!sync->controller()->isRunning());
        QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(),
                 qPrintable(m_window->statusBar()->currentMessage()));
        grab(u"nosync-"_s + role);
    }

    // The Admin section: the audit trail for both; what an auditor may not do is not there.
    void adminTabsFollowPermissions()
    {
        for (const auto &role : {u"admin"_s, u"auditor"_s}) {
            show(role);
            m_window->showPage(MainWindow::Admin);
            auto *tabs = m_window->adminPage()->tabs();
            QVERIFY(auditPage());
            QCOMPARE(tabs->tabText(tabs->indexOf(auditPage())), u"Audit trail"_s);
            if (role == u"auditor"_s)
                QCOMPARE(tabs->count(), 1);
            else
                QVERIFY(tabs->count() > 1);
            grab(u"admin-"_s + role);
        }
        show(u"caseworker"_s);
        QVERIFY(!m_window->adminPage()->hasSections());
        QVERIFY(!auditPage());
    }

    void auditTrailIsFetchedAPageAtATime()
    {
        show(u"auditor"_s);
        m_window->showPage(MainWindow::Admin);
        auto *page = auditPage();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        auto *model = page->model();
        const qint64 total = trailSize();
        QVERIFY(total >= 451);
        QCOMPARE(model->total(), total);
        QCOMPARE(model->rowCount(), ui::AuditEventsModel::kPageSize);
        QCOMPARE(model->event(0).seq, total); // newest first
        QVERIFY(page->summaryLabel()->text().contains(QLocale().toString(total)));
        // Scrolling to the end fetches the rest.
        page->view()->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > ui::AuditEventsModel::kPageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), int(total));
        QCOMPARE(model->event(int(total) - 1).seq, qint64(1));
        grab(u"audit-auditor"_s);
    }

    void auditFilters()
    {
        show(u"admin"_s);
        m_window->showPage(MainWindow::Admin);
        auto *page = auditPage();
        QTRY_VERIFY(page->isVisible());
        // Action: the combo lists the codes on the trail.
        const int login = page->actionBox()->findData(u"login.ok"_s);
        QVERIFY(login > 0);
        page->actionBox()->setCurrentIndex(login);
        QCOMPARE(page->model()->total(), qint64(1));
        QCOMPARE(page->model()->event(0).userId, m_actors.value(u"admin"_s).userId);
        // User: the caseworker did not sign in.
        page->userBox()->setCurrentIndex(
            page->userBox()->findData(m_actors.value(u"caseworker"_s).userId));
        QCOMPARE(page->model()->total(), qint64(0));
        auto *stack = page->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), page->emptyState());
        grab(u"audit-empty"_s);
        // Person id, typed and Enter.
        page->clearFilters();
        QTest::keyClicks(page->personEdit(), m_personId);
        QTest::keyClick(page->personEdit(), Qt::Key_Return);
        QCOMPARE(page->model()->total(), qint64(450));
        // A person id that is not one: one message naming the problem.
        page->personEdit()->setText(u"Smith"_s);
        QTest::keyClick(page->personEdit(), Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY2(page->summaryLabel()->text().contains(u"'Smith' is not a person id"_s),
                 qPrintable(page->summaryLabel()->text()));
        page->clearFilters();
        QCOMPARE(page->model()->total(), trailSize());
    }

    // The audit trail's From and To take typed days (no Tab trap inside them), and say so
    // when a day cannot be.
    void auditDaysAreTyped()
    {
        show(u"admin"_s);
        m_window->showPage(MainWindow::Admin);
        auto *page = auditPage();
        QTRY_VERIFY(page->isVisible());
        const qint64 all = page->model()->total();
        page->fromEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(page->fromEdit(), u"tomorrow"_s);
        QTest::keyClick(page->fromEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->toEdit()); // Tab leaves at once
        QCOMPARE(page->fromEdit()->date(), m_services->context.today().addDays(1));
        QCOMPARE(page->model()->total(), qint64(0));
        QTest::keyClicks(page->toEdit(), u"31/04/2026"_s);
        QTest::keyClick(page->toEdit(), Qt::Key_Return);
        QCOMPARE(page->summaryLabel()->text(),
                 u"To: 31/04/2026 does not exist (April 2026 has 30 days)"_s);
        page->clearFilters();
        QCOMPARE(page->fromEdit()->text(), QString());
        QCOMPARE(page->model()->total(), trailSize());
        QVERIFY(page->model()->total() >= all);
    }

    // Nobody is told, unasked, what their role cannot do: an administrator has no task list
    // to fail loading (the status bar said "an administrator cannot complete a task").
    void noUnaskedRefusalsInTheStatusBar_data()
    {
        QTest::addColumn<QString>("role");
        for (const auto &role : {u"caseworker"_s, u"supervisor"_s, u"admin"_s, u"auditor"_s})
            QTest::newRow(qPrintable(role)) << role;
    }
    void noUnaskedRefusalsInTheStatusBar()
    {
        QFETCH(QString, role);
        show(role);
        QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
        // A task changes somewhere: the task lists reload.
        m_services->notifier.notify(services::ChangeNotifier::Kind::Task, util::newId(), {});
        QTest::qWait(50);
        for (const auto &m : messages)
            QVERIFY2(!m.first().toString().contains(u"cannot"_s), qPrintable(m.first().toString()));
        QCOMPARE(m_window->findChild<ui::MyTasksPanel *>() != nullptr,
                 security::Permissions::allows(role, security::Action::CompleteTask));
    }

    // Tab goes round every control of every section once, each one visibly focused, and
    // no two controls share an Alt key.
    void everySectionByKeyboard_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("page");
        for (const auto &role : {u"caseworker"_s, u"supervisor"_s, u"admin"_s, u"auditor"_s})
            for (int page = 0; page < MainWindow::PageCount; ++page)
                QTest::newRow(qPrintable(role + u' ' + QString::number(page + 1))) << role << page;
    }
    void everySectionByKeyboard()
    {
        QFETCH(QString, role);
        QFETCH(int, page);
        show(role);
        if (!m_window->isSectionShown(page))
            return; // not this role's
        m_window->resize(1366, 768);
        m_window->showPage(page);
        QTest::qWait(20);
        auto problems = test::tabProblems(m_window.get());
        problems << test::mnemonicProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void verifyAndExport()
    {
        show(u"auditor"_s);
        m_window->showPage(MainWindow::Admin);
        auto *page = auditPage();
        QTRY_VERIFY(page->isVisible());
        // Ctrl+Shift+V verifies and says so in words.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(page->verifyLabel()->isVisible());
        QVERIFY2(page->verifyLabel()->text().startsWith(u"The audit trail is intact"_s),
                 qPrintable(page->verifyLabel()->text()));

        page->actionBox()->setCurrentIndex(page->actionBox()->findData(u"login.ok"_s));
        const QString path = m_db->file(u"audit.csv"_s);
        QVERIFY(page->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, the one sign-in, and nothing after the last CRLF
        QVERIFY(lines.at(0).startsWith("seq,at,user_id,"));
        QVERIFY(lines.at(1).contains(",login.ok,"));
        // The export is on the trail, by the auditor.
        page->actionBox()->setCurrentIndex(page->actionBox()->findData(u"audit.export"_s));
        QCOMPARE(page->model()->total(), qint64(1));
        QCOMPARE(page->model()->event(0).userId, m_actors.value(u"auditor"_s).userId);
    }

    // Users, for administrators only: add with a temporary password, reset it, disable.
    void usersTab()
    {
        show(u"auditor"_s);
        QVERIFY(!m_window->adminPage()->section(u"usersPage"_s));
        show(u"admin"_s);
        m_window->showPage(MainWindow::Admin);
        auto *page = qobject_cast<ui::UsersPage *>(m_window->adminPage()->section(u"usersPage"_s));
        QVERIFY(page);
        m_window->adminPage()->tabs()->setCurrentWidget(page);
        QCOMPARE(page->view()->rowCount(), 4);

        // Too short a password: one message naming the problem, nobody added.
        QTest::keyClicks(page->usernameEdit(), u"newworker"_s);
        QTest::keyClicks(page->nameEdit(), u"New Worker"_s);
        page->teamBox()->setCurrentIndex(page->teamBox()->findData(m_teamId));
        QTest::keyClicks(page->passwordEdit(), u"short"_s);
        QTest::keyClick(page->passwordEdit(), Qt::Key_Return);
        QVERIFY(page->errorLabel()->isVisible());
        QVERIFY2(page->errorLabel()->text().contains(u"password"_s),
                 qPrintable(page->errorLabel()->text()));
        QCOMPARE(page->view()->rowCount(), 4);
        QCOMPARE(page->usernameEdit()->text(), u"newworker"_s); // kept to correct

        page->passwordEdit()->clear();
        QTest::keyClicks(page->passwordEdit(), u"temporary-pass-1"_s);
        QTest::keyClick(page->passwordEdit(), Qt::Key_Return);
        QVERIFY2(!page->errorLabel()->isVisible(), qPrintable(page->errorLabel()->text()));
        QCOMPARE(page->view()->rowCount(), 5);
        QCOMPARE(page->selectedUsername(), u"newworker"_s);
        const int row = page->view()->currentRow();
        QCOMPARE(page->view()->item(row, ui::UsersPage::Role)->text(), u"Caseworker"_s);
        QCOMPARE(page->view()->item(row, ui::UsersPage::Team)->text(), u"North"_s);
        QCOMPARE(page->view()->item(row, ui::UsersPage::State)->text(), u"Temporary password"_s);

        QTest::keyClicks(page->resetEdit(), u"another-pass-2"_s);
        QTest::keyClick(page->resetEdit(), Qt::Key_Return);
        QVERIFY(!page->errorLabel()->isVisible());
        QVERIFY(page->resetEdit()->text().isEmpty());

        page->findChild<QPushButton *>(u"disableUserButton"_s)->click();
        QVERIFY(page->selectUser(u"newworker"_s));
        QCOMPARE(page->view()->item(page->view()->currentRow(), ui::UsersPage::State)->text(),
                 u"Disabled"_s);
        // All three are on the trail, by the administrator.
        services::AuditQuery byAdmin;
        byAdmin.userId = m_actors.value(u"admin"_s).userId;
        auto events =
            services::AuditService(m_services->context).events(m_actors.value(u"admin"_s), byAdmin);
        QVERIFY(events.ok());
        QStringList actions;
        for (const auto &e : events.value())
            actions << e.action;
        for (const auto &action : {u"user.add"_s, u"user.set_password"_s, u"user.disable"_s})
            QVERIFY2(actions.contains(action), qPrintable(actions.join(u' ')));
        grab(u"users-admin"_s);
    }
};

QTEST_MAIN(TestRoleUi)
#include "tst_roleui.moc"
