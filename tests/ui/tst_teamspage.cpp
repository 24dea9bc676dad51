#include "TempDatabase.h"
#include "admin/AdminPage.h"
#include "admin/CodeListsPage.h"
#include "admin/TeamsPage.h"
#include "demo/DemoGenerator.h"
#include "services/DeskService.h"
#include "store/Repositories.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace hub;

// The Administration section's Teams and Code lists tabs, driven by keyboard and mouse: an
// administrator adds, renames and retires teams and changes a code list, sees each refusal
// beside the field with what was typed kept, and a supervisor sees both read-only.
class TestTeamsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    domain::Actor m_admin, m_supervisor;

    domain::Actor addUser(const QString &name, const QString &role, const QString &team = {})
    {
        domain::User u{util::newId(), name, name, role, team, true};
        if (!store::UserRepository(m_db->db()).insert(u).ok())
            qFatal("cannot add a user");
        return domain::Actor{u.id, role, team, QStringLiteral("test-pc")};
    }

    static QStringList column(QTableWidget *table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, c)->text();
        return out;
    }

    // The Admin section of `actor`, shown, with the tab whose page is `name` clicked.
    std::unique_ptr<ui::AdminPage> show(const domain::Actor &actor, const char *name,
                                        QSize size = QSize(1100, 640))
    {
        auto page = std::make_unique<ui::AdminPage>(*m_services, actor);
        page->resize(size);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page did not become active");
        auto *tabs = page->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == QLatin1String(name))
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                  tabs->tabBar()->tabRect(i).center());
        }
        return page;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    template <class T> static T *child(QWidget *page, const char *name)
    {
        auto *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(m_db->ok());
        m_clock = std::make_unique<util::FixedClock>(
            util::parseRfc3339(QStringLiteral("2026-11-30T10:00:00Z")));
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_admin = addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
        m_supervisor = addUser(QStringLiteral("super1"), QStringLiteral("supervisor"));
    }

    void cleanup()
    {
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }

    void anAdministratorRunsTheTeams()
    {
        auto admin = show(m_admin, "teamsPage");
        auto *page = admin->findChild<ui::TeamsPage *>();
        QVERIFY(page);
        QCOMPARE(admin->tabs()->currentWidget(), page);
        auto *view = child<QTableWidget>(page, "teamsView");
        auto *name = child<QLineEdit>(page, "teamNameEdit");
        auto *rename = child<QPushButton>(page, "renameTeamButton");
        auto *retire = child<QPushButton>(page, "retireTeamButton");
        // No team yet: the page says what to do.
        QVERIFY(child<QWidget>(page, "teamsEmpty")->isVisible());
        QVERIFY(!rename->isEnabled());
        QCOMPARE(rename->toolTip(), QStringLiteral("Select a team in the list first."));

        // Typed and added with Return, then another with the Add button's Alt key.
        type(name, QStringLiteral("North"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(column(view, ui::TeamsPage::Name), QStringList{QStringLiteral("North")});
        QVERIFY(view->isVisible());
        QVERIFY(name->text().isEmpty());
        type(name, QStringLiteral("South"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        // A shortcut clicks the button as a press would be seen: a moment later.
        QTRY_COMPARE(column(view, ui::TeamsPage::Name),
                     QStringList({QStringLiteral("North"), QStringLiteral("South")}));

        // A duplicate: the reason under the field, the typed name kept, nothing added.
        type(name, QStringLiteral("north "));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(view->rowCount(), 2);
        QCOMPARE(name->text(), QStringLiteral("north "));
        const auto errors = page->findChildren<QLabel *>();
        bool said = false;
        for (auto *l : errors)
            said = said ||
                   (l->isVisible() &&
                    l->text().contains(QLatin1String("the team 'North' already has this name")));
        QVERIFY(said);

        // Renamed: the selected team takes the typed name.
        view->selectRow(1);
        QVERIFY(rename->isEnabled());
        type(name, QStringLiteral("South West"));
        QTest::mouseClick(rename, Qt::LeftButton);
        QCOMPARE(column(view, ui::TeamsPage::Name),
                 QStringList({QStringLiteral("North"), QStringLiteral("South West")}));

        // Not retired while someone works in it, and the page says how much is left.
        view->selectRow(0);
        const auto northId = page->selectedId();
        addUser(QStringLiteral("cw.north"), QStringLiteral("caseworker"), northId);
        page->reload();
        QCOMPARE(view->item(0, ui::TeamsPage::Users)->text(), QStringLiteral("1"));
        QTest::mouseClick(retire, Qt::LeftButton);
        bool told = false;
        for (auto *l : page->findChildren<QLabel *>())
            told = told || (l->isVisible() &&
                            l->text() == QStringLiteral("The team was not retired: North still "
                                                        "has 1 active user: move them first"));
        QVERIFY(told);
        QCOMPARE(view->item(0, ui::TeamsPage::Status)->text(), QStringLiteral("Active"));

        // South West has no one: retired, listed last.
        view->selectRow(1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
        QTRY_COMPARE(view->item(1, ui::TeamsPage::Status)->text(),
                     QStringLiteral("Retired on 30/11/2026"));
        QCOMPARE(view->item(1, ui::TeamsPage::Name)->text(), QStringLiteral("South West"));
        QCOMPARE(view->item(1, ui::TeamsPage::Status)->text(),
                 QStringLiteral("Retired on 30/11/2026"));
    }

    void anAdministratorChangesACodeList()
    {
        auto admin = show(m_admin, "codeListsPage");
        auto *page = admin->findChild<ui::CodeListsPage *>();
        QVERIFY(page);
        auto *lists = child<QComboBox>(page, "codeListCombo");
        auto *view = child<QTableWidget>(page, "codesView");
        auto *label = child<QLineEdit>(page, "codeLabelEdit");
        lists->setCurrentIndex(lists->findData(QStringLiteral("agency")));
        QCOMPARE(page->currentList(), QStringLiteral("agency"));
        const int builtin = view->rowCount();
        QCOMPARE(view->item(0, ui::CodeListsPage::Code)->text(), QStringLiteral("idva"));

        type(label, QStringLiteral("Local charity"));
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(view->rowCount(), builtin + 1);
        QCOMPARE(view->item(builtin, ui::CodeListsPage::Code)->text(),
                 QStringLiteral("local_charity"));
        QCOMPARE(page->selectedCode(), QStringLiteral("local_charity"));

        // Renamed to a label the list has: refused beside the field, the text kept.
        type(label, QStringLiteral("housing"));
        QTest::mouseClick(child<QPushButton>(page, "renameCodeButton"), Qt::LeftButton);
        QCOMPARE(label->text(), QStringLiteral("housing"));
        QCOMPARE(view->item(builtin, ui::CodeListsPage::Label)->text(),
                 QStringLiteral("Local charity"));

        // Moved up with Ctrl+Up, then retired.
        view->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(view->item(builtin - 1, ui::CodeListsPage::Code)->text(),
                     QStringLiteral("local_charity"));
        QCOMPARE(page->selectedCode(), QStringLiteral("local_charity"));
        QTest::mouseClick(child<QPushButton>(page, "retireCodeButton"), Qt::LeftButton);
        QCOMPARE(view->item(builtin - 1, ui::CodeListsPage::State)->text(),
                 QStringLiteral("Retired"));
        // Not offered any more in new forms, still known.
        QVERIFY(!m_services->context.codes.offered(QStringLiteral("agency"))
                     .contains(QStringLiteral("local_charity")));
        QVERIFY(m_services->context.codes.has(QStringLiteral("agency"),
                                              QStringLiteral("local_charity")));
    }

    void aSupervisorOnlyLooks()
    {
        auto sup = show(m_supervisor, "teamsPage");
        auto *teams = sup->findChild<ui::TeamsPage *>();
        auto *codes = sup->findChild<ui::CodeListsPage *>();
        QVERIFY(teams && codes);
        for (const char *b : {"addTeamButton", "renameTeamButton", "retireTeamButton"}) {
            auto *button = child<QPushButton>(teams, b);
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(),
                     QStringLiteral("Only an administrator can add, rename or retire teams."));
        }
        QVERIFY(child<QLabel>(teams, "teamsReadOnly")->isVisible());
        for (const char *b : {"addCodeButton", "renameCodeButton", "retireCodeButton",
                              "moveCodeUpButton", "moveCodeDownButton"}) {
            auto *button = child<QPushButton>(codes, b);
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(),
                     QStringLiteral("Only an administrator can change the code lists."));
        }
        QVERIFY(child<QTableWidget>(codes, "codesView")->rowCount() > 0);
    }

    // docs/ADMIN_GUIDE.md's pictures, at 1366x768 on a demo caseload (HUB_SCREENSHOT_DIR).
    void pictures()
    {
        const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return; // drawn on request only (docs/ADMIN_GUIDE.md)
        demo::DemoOptions options;
        options.people = 120;
        options.months = 3;
        options.until = QDate(2026, 11, 27);
        options.notAfter = m_clock->now();
        QVERIFY(demo::generate(m_db->db(), options).ok());
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        auto admin = show(m_admin, "teamsPage", QSize(1366, 768));
        auto *teams = admin->findChild<ui::TeamsPage *>();
        type(child<QLineEdit>(teams, "teamNameEdit"), QStringLiteral("Wisbech outreach"));
        QTest::keyClick(child<QLineEdit>(teams, "teamNameEdit"), Qt::Key_Return);
        auto *view = child<QTableWidget>(teams, "teamsView");
        for (int r = 0; r < view->rowCount(); ++r) {
            if (view->item(r, 0)->text() == QLatin1String("Wisbech outreach"))
                view->selectRow(r);
        }
        QTest::mouseClick(child<QPushButton>(teams, "retireTeamButton"), Qt::LeftButton);
        view->selectRow(0);
        QTest::mouseClick(child<QPushButton>(teams, "retireTeamButton"), Qt::LeftButton);
        QVERIFY(admin->grab().save(dir + QStringLiteral("/h15-teams-teams.png")));

        auto codesAdmin = show(m_admin, "codeListsPage", QSize(1366, 768));
        auto *codes = codesAdmin->findChild<ui::CodeListsPage *>();
        auto *lists = child<QComboBox>(codes, "codeListCombo");
        lists->setCurrentIndex(lists->findData(QStringLiteral("agency")));
        type(child<QLineEdit>(codes, "codeLabelEdit"), QStringLiteral("Local women's centre"));
        QTest::keyClick(child<QLineEdit>(codes, "codeLabelEdit"), Qt::Key_Return);
        auto *codeView = child<QTableWidget>(codes, "codesView");
        codeView->selectRow(1);
        QTest::mouseClick(child<QPushButton>(codes, "retireCodeButton"), Qt::LeftButton);
        codeView->selectRow(codeView->rowCount() - 1);
        QVERIFY(codesAdmin->grab().save(dir + QStringLiteral("/h15-teams-codes.png")));
    }
};

QTEST_MAIN(TestTeamsPage)
#include "tst_teamspage.moc"
