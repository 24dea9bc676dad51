#include "DeskFixture.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "caseload/MyCaseloadPage.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "services/EpisodeService.h"
#include "store/Repositories.h"
#include "tasks/MyTasksPanel.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskListModel.h"
#include "util/Ids.h"
#include "util/Time.h"
#include "widgets/Colours.h"

#include "widgets/DateField.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace hub;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}
} // namespace

// Tasks: Ctrl+T from anywhere, and My tasks beside My caseload, grouped by when they are
// due, ticked off with Space. The clock is fixed at Wednesday 10 June 2026, 11:00 in London.
class TestTasks : public QObject, protected test::DeskFixture
{
    Q_OBJECT

private:
    domain::Person m_ada;
    QString m_episode;
    ui::MyTasksPanel *m_panel = nullptr;

    QString addTask(const QString &title, const QDate &due, const QString &personId = {})
    {
        domain::Task t;
        t.title = title;
        t.dueOn = due;
        t.personId = personId;
        auto made = services::TaskService(m_services->context).create(m_worker, t);
        if (!made.ok())
            qFatal("cannot add a task: %s", qPrintable(made.error().describe()));
        return made->id;
    }

    // The task titles under a section heading, in order.
    QStringList titlesIn(ui::TaskListModel::Section section)
    {
        auto *model = m_panel->model();
        const auto heading = model->sectionIndex(section);
        QStringList out;
        for (int row = 0; heading.isValid() && row < model->rowCount(heading); ++row)
            out << model->index(row, 0, heading).data().toString().section(QLatin1Char('\n'), 0, 0);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        startServices();
        m_worker = actorOf(addUser(QStringLiteral("cw1"), QStringLiteral("Aleksandra Nowak")));
        m_ada = addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        domain::Episode e;
        e.id = util::newId();
        e.personId = m_ada.id;
        e.caseworkerId = m_worker.userId;
        e.openedAt = utc("2026-06-02T09:00:00Z");
        QVERIFY(store::EpisodeRepository(m_db->db()).insert(e).ok());
        m_episode = e.id;

        showWindow();
        m_panel = qobject_cast<ui::MyTasksPanel *>(m_window->myCaseloadPage()->sidePanel());
        QVERIFY(m_panel);
        QVERIFY(m_panel->isVisible());
    }

    void cleanup() { closeAll(); }

    void sections_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("section");
        const QDate wednesday(2026, 6, 10);
        QTest::newRow("yesterday") << wednesday.addDays(-1) << int(ui::TaskListModel::Overdue);
        QTest::newRow("today") << wednesday << int(ui::TaskListModel::Today);
        QTest::newRow("tomorrow") << wednesday.addDays(1) << int(ui::TaskListModel::ThisWeek);
        QTest::newRow("sunday") << wednesday.addDays(4) << int(ui::TaskListModel::ThisWeek);
        QTest::newRow("next monday") << wednesday.addDays(5) << int(ui::TaskListModel::Later);
    }

    void sections()
    {
        QFETCH(QDate, due);
        QFETCH(int, section);
        QCOMPARE(int(ui::TaskListModel::sectionFor(due, QDate(2026, 6, 10))), section);
    }

    void noTasksShowsTheEmptyState()
    {
        QVERIFY(m_panel->isShowingEmptyState());
        auto *empty = m_panel->findChild<ui::EmptyState *>(QStringLiteral("myTasksEmpty"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No tasks due"));
    }

    void ctrlTCreatesATaskDueTodayUnderToday()
    {
        QString titleError;
        test::whenModal<ui::TaskDialog>([&](ui::TaskDialog *dialog) {
            QCOMPARE(focused()->objectName(), QStringLiteral("taskTitleEdit"));
            // Enter with no title: refused, the field named, nothing lost.
            QTest::keyClick(focused(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            titleError = dialog->errorFor(QStringLiteral("title"));
            QTest::keyClicks(focused(), QStringLiteral("Ring the housing officer"));
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(qobject_cast<ui::DateField *>(focused())->date(), QDate(2026, 6, 10));
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        QTest::keyClick(focused(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(titleError, QStringLiteral("Title must not be empty"));
        QTRY_COMPARE(titlesIn(ui::TaskListModel::Today),
                     QStringList{QStringLiteral("Ring the housing officer")});
        QVERIFY(!m_panel->isShowingEmptyState());
        QVERIFY(m_panel->model()
                    ->sectionIndex(ui::TaskListModel::Today)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Today")));
    }

    void ctrlTOnAPersonLinksThePersonAndEpisode()
    {
        m_window->openPerson(m_ada.id);
        QString about;
        test::whenModal<ui::TaskDialog>([&](ui::TaskDialog *dialog) {
            about = dialog->findChild<QComboBox *>(QStringLiteral("taskAboutCombo"))->currentText();
            QTest::keyClicks(focused(), QStringLiteral("Send the leaflet"));
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClicks(focused(), QStringLiteral("12062026")); // dd/MM/yyyy, typed
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClicks(focused(), QStringLiteral("n")); // Next contact
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        QTest::keyClick(focused(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(about, QStringLiteral("Ada Lovelace, support episode opened 02/06/2026"));
        const auto tasks = store::TaskRepository(m_db->db()).forPerson(m_ada.id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().episodeId, m_episode);
        QCOMPARE(tasks.first().ownerId, m_worker.userId);
        QCOMPARE(tasks.first().dueOn, QDate(2026, 6, 12));
        QCOMPARE(tasks.first().kind, QStringLiteral("next_contact"));
        QTRY_COMPARE(titlesIn(ui::TaskListModel::ThisWeek),
                     QStringList{QStringLiteral("Send the leaflet")});
    }

    void spaceMarksTheSelectedTaskDone()
    {
        const auto first = addTask(QStringLiteral("Chase the GP letter"), QDate(2026, 6, 10));
        addTask(QStringLiteral("Update the plan"), QDate(2026, 6, 10));
        QTRY_COMPARE(titlesIn(ui::TaskListModel::Today).size(), 2);
        auto *view = m_panel->view();
        auto *done = m_panel->findChild<QPushButton *>(QStringLiteral("completeTaskButton"));
        QVERIFY(done->text().contains(QStringLiteral("Space")));
        QVERIFY(done->toolTip().contains(QStringLiteral("Space")));
        view->setFocus();
        view->setCurrentIndex(m_panel->model()->indexOfTask(first));
        QTest::keyClick(view, Qt::Key_Space);

        QVERIFY(store::TaskRepository(m_db->db()).get(first)->doneAt.isValid());
        QTRY_COMPARE(titlesIn(ui::TaskListModel::Today),
                     QStringList{QStringLiteral("Update the plan")});
        QCOMPARE(titlesIn(ui::TaskListModel::DoneToday),
                 QStringList{QStringLiteral("Chase the GP letter")});
        // The next one is current, so another Space ticks it off too.
        QCOMPARE(view->currentIndex().data().toString().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Update the plan"));
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(titlesIn(ui::TaskListModel::Today).isEmpty());
        QCOMPARE(titlesIn(ui::TaskListModel::DoneToday).size(), 2);
    }

    void overdueTasksShowInRedAndEnterOpensThePerson()
    {
        addTask(QStringLiteral("Call Ada back"), QDate(2026, 6, 8), m_ada.id);
        addTask(QStringLiteral("Court date"), QDate(2026, 6, 30));
        QTRY_COMPARE(titlesIn(ui::TaskListModel::Overdue),
                     QStringList{QStringLiteral("Call Ada back")});
        QCOMPARE(titlesIn(ui::TaskListModel::Later), QStringList{QStringLiteral("Court date")});
        auto *model = m_panel->model();
        const auto heading = model->sectionIndex(ui::TaskListModel::Overdue);
        QCOMPARE(heading.row(), 0); // the most pressing first
        const auto task = model->index(0, 0, heading);
        QCOMPARE(task.data(Qt::ForegroundRole).value<QColor>(),
                 ui::Colours::text(ui::Colours::Tone::Danger));
        QVERIFY(task.data().toString().contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(task.data().toString().contains(QStringLiteral("due 08/06/2026")));

        auto *view = m_panel->view();
        view->setFocus();
        view->setCurrentIndex(task);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::PageCount));
        QCOMPARE(m_window->personView()->personId(), m_ada.id);
    }

    void modelPassesTheTester()
    {
        addTask(QStringLiteral("Overdue one"), QDate(2026, 6, 1));
        const auto today = addTask(QStringLiteral("Today one"), QDate(2026, 6, 10));
        addTask(QStringLiteral("Later one"), QDate(2026, 7, 1));
        QTRY_COMPARE(m_panel->model()->rowCount(), 3);
        QAbstractItemModelTester tester(m_panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(services::TaskService(m_services->context).complete(m_worker, today).ok());
        m_panel->model()->refresh();
        QCOMPARE(m_panel->model()->rowCount(), 3); // Overdue, Later, Done today
        m_clock->set(utc("2026-07-02T09:00:00Z")); // weeks later: everything open is overdue
        m_panel->model()->refresh();
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(titlesIn(ui::TaskListModel::Overdue).size(), 2);
    }
};

QTEST_MAIN(TestTasks)
#include "tst_tasks.moc"
