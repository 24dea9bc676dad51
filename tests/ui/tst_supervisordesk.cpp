#include "DeskFixture.h"
#include "ModalHelper.h"
#include "PersonView.h"
#include "caseload/MyCaseloadPage.h"
#include "models/MyCaseloadModel.h"
#include "supervisor/ClosureReviewDialog.h"
#include "supervisor/ReassignDialog.h"
#include "supervisor/ReviewRecordsModel.h"
#include "supervisor/SupervisorPage.h"
#include "supervisor/TeamReviewModel.h"
#include "supervisor/WorkloadChart.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace hub;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// Saves a picture for the docs when HUB_SCREENSHOT_DIR is set.
void shoot(QWidget *widget, const char *name)
{
    const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)), "PNG");
}

} // namespace

// The supervisor desk, keyboard only, with a caseworker's window open over the same
// services: reassigning two support episodes and approving a closure show at once in the
// caseworkers' own lists.
class TestSupervisorDesk : public QObject, private test::DeskFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> m_colleagueWindow;
    domain::User m_sup, m_ann, m_ben;
    ui::SupervisorPage *m_page = nullptr;

    domain::Episode addEpisode(const domain::Person &person, const domain::User &owner,
                               bool closureRequested = false)
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = person.id;
        r.receivedAt = utc("2026-06-01T09:00:00Z");
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.status = QStringLiteral("accepted");
        r.assignedTo = owner.id;
        if (!store::ReferralRepository(m_db->db()).insert(r).ok())
            qFatal("cannot add a referral");
        domain::Episode e;
        e.id = util::newId();
        e.personId = person.id;
        e.referralIds = {r.id};
        e.caseworkerId = owner.id;
        e.openedAt = utc("2026-06-02T09:00:00Z");
        if (closureRequested) {
            e.status = QStringLiteral("closure_requested");
            e.closureReason = QStringLiteral("support_completed");
            e.closureRequestedAt = utc("2026-06-09T15:00:00Z");
            e.closureRequestedBy = owner.id;
            e.outcomes = {{QStringLiteral("feel_safer"), QStringLiteral("improved")}};
        }
        if (!store::EpisodeRepository(m_db->db()).insert(e).ok())
            qFatal("cannot add an episode");
        return e;
    }

    static QStringList names(const ui::MyCaseloadModel *model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->item(row).row.personName;
        out.sort();
        return out;
    }

    int reviewNumber(int row, services::ReviewMeasure m)
    {
        return m_page->reviewModel()
            ->index(row, int(m) + 1)
            .data(ui::TeamReviewModel::ValueRole)
            .toInt();
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        const domain::Team team{util::newId(), QStringLiteral("Northfield")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(team).ok());
        m_ann = addUser(QStringLiteral("cw.ann"), QStringLiteral("Ann Ashby"), team.id);
        m_ben = addUser(QStringLiteral("cw.ben"), QStringLiteral("Ben Brook"), team.id);
        m_sup = domain::User{util::newId(),
                             QStringLiteral("sup.northfield"),
                             QStringLiteral("Ola Reyes"),
                             QStringLiteral("supervisor"),
                             team.id,
                             true};
        QVERIFY(store::UserRepository(m_db->db()).insert(m_sup).ok());
        addEpisode(addPerson(QStringLiteral("Aaron"), QStringLiteral("Able")), m_ann);
        addEpisode(addPerson(QStringLiteral("Bella"), QStringLiteral("Bright")), m_ann);
        addEpisode(addPerson(QStringLiteral("Cora"), QStringLiteral("Close")), m_ann, true);
        addEpisode(addPerson(QStringLiteral("Dev"), QStringLiteral("Dale")), m_ben);

        startServices();
        // Ben's own window, over the same services, as on a shared workstation.
        m_colleagueWindow = std::make_unique<ui::MainWindow>(*m_services, *m_cases, actorOf(m_ben));
        m_colleagueWindow->show();
        m_worker = actorOf(m_sup);
        showWindow();
        m_page = m_window->supervisorPage();
        QVERIFY(m_page);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::Team));
        QVERIFY(!m_colleagueWindow->supervisorPage());
    }

    void cleanup()
    {
        m_colleagueWindow.reset();
        closeAll();
    }

    void caseworkersMayNotReview()
    {
        // Ben's window has no Team section, and Ctrl+6 does nothing there.
        const int before = m_colleagueWindow->currentPage();
        m_colleagueWindow->showPage(ui::MainWindow::Team);
        QCOMPARE(m_colleagueWindow->currentPage(), before);
    }

    void reassignTwoAndApproveAClosureByKeyboard()
    {
        auto *review = m_page->reviewView();
        auto *records = m_page->recordsView();
        auto *bensList = m_colleagueWindow->myCaseloadPage()->model();
        ui::MyCaseloadModel annsList(*m_services, actorOf(m_ann));
        QCOMPARE(names(bensList), QStringList{QStringLiteral("Dev Dale")});
        QCOMPARE(annsList.rowCount(), 3);
        QCOMPARE(reviewNumber(0, services::ReviewMeasure::OpenEpisodes), 3);
        QCOMPARE(m_page->chart()->workers(),
                 (QStringList{QStringLiteral("Ann Ashby"), QStringLiteral("Ben Brook")}));

        // Ctrl+6 to the Team section; the review starts on Ann's open episodes.
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QTRY_VERIFY(review->hasFocus());
        QCOMPARE(review->currentIndex().row(), 0);
        QCOMPARE(review->currentIndex().data().toString(), QStringLiteral("3"));
        key(Qt::Key_Return);
        QTRY_VERIFY(records->hasFocus());
        QCOMPARE(m_page->recordsTitle(), QStringLiteral("Open episodes: Ann Ashby (3)"));
        QCOMPARE(records->model()->rowCount(), 3);

        // Select Aaron and Bella: Space on the first, Ctrl+Down, Space on the second.
        key(Qt::Key_Space);
        key(Qt::Key_Down, Qt::ControlModifier);
        key(Qt::Key_Space);
        const auto selected = records->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 2);

        test::whenModal<ui::ReassignDialog>([&](ui::ReassignDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Reassign 2 records"));
            type(QStringLiteral("Ben"));
            key(Qt::Key_Down);
            QCOMPARE(dialog->chosenName(), QStringLiteral("Ben Brook"));
            key(Qt::Key_Return); // chooses Ben and moves on to the reason
            QCOMPARE(focused(), dialog->reasonEdit());
            key(Qt::Key_Return); // no reason yet: refused, naming the field
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorFor(QStringLiteral("reason")).contains(QLatin1String("why")));
            type(QStringLiteral("Ann is on leave"));
            shoot(dialog, "supervisor-reassign.png");
            key(Qt::Key_Return);
        });
        key(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                     QStringLiteral("2 records reassigned to Ben Brook"));

        // Ben's own list shows them at once; Ann's and the review follow.
        QTRY_COMPARE(names(bensList),
                     (QStringList{QStringLiteral("Aaron Able"), QStringLiteral("Bella Bright"),
                                  QStringLiteral("Dev Dale")}));
        QTRY_COMPARE(annsList.rowCount(), 1);
        QTRY_COMPARE(records->model()->rowCount(), 1);
        QCOMPARE(m_page->recordsTitle(), QStringLiteral("Open episodes: Ann Ashby (1)"));
        QCOMPARE(reviewNumber(0, services::ReviewMeasure::OpenEpisodes), 1);
        QCOMPARE(reviewNumber(1, services::ReviewMeasure::OpenEpisodes), 3);
        QCOMPARE(m_page->chart()->openEpisodesOf(QStringLiteral("Ben Brook")), 3);
        QCOMPARE(m_page->chart()->openEpisodesOf(QStringLiteral("Ann Ashby")), 1);

        // Cora's closure: approve it with a comment. (With two windows open, closing the
        // dialog may activate Ben's; a user would be back in theirs.)
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(records->hasFocus());
        key(Qt::Key_Home);
        QCOMPARE(records->currentIndex().data().toString(), QStringLiteral("Cora Close"));
        test::whenModal<ui::ClosureReviewDialog>([&](ui::ClosureReviewDialog *dialog) {
            QCOMPARE(focused(), dialog->commentEdit());
            type(QStringLiteral("Outcomes recorded; well done"));
            shoot(dialog, "supervisor-closure.png");
            key(Qt::Key_A, Qt::AltModifier);
        });
        key(Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                     QStringLiteral("Support for Cora Close is closed"));
        QTRY_COMPARE(annsList.rowCount(), 0);
        QTRY_COMPARE(records->model()->rowCount(), 0);
        QCOMPARE(reviewNumber(0, services::ReviewMeasure::ClosuresAwaiting), 0);
        QCOMPARE(reviewNumber(2, services::ReviewMeasure::ClosuresAwaiting), 0); // team total
    }

    void drillDownOpensThePerson()
    {
        auto *review = m_page->reviewView();
        review->setFocus();
        // Ben's row, Closures to approve is 0: nothing to list; his open episodes then.
        review->setCurrentIndex(m_page->reviewModel()->index(1, 1));
        key(Qt::Key_Return);
        QTRY_VERIFY(m_page->recordsView()->hasFocus());
        QCOMPARE(m_page->recordsView()->currentIndex().data().toString(),
                 QStringLiteral("Dev Dale"));
        shoot(m_window.get(), "supervisor-drilldown.png");
        key(Qt::Key_Return);
        QTRY_VERIFY(m_window->personView()->isVisible());
        QCOMPARE(m_window->personView()->personName(), QStringLiteral("Dev Dale"));
        key(Qt::Key_Escape);
        QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::Team));
    }
};

QTEST_MAIN(TestSupervisorDesk)
#include "tst_supervisordesk.moc"
