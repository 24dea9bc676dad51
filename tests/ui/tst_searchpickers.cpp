#include "CaseloadPage.h"
#include "DeskFixture.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "SearchPage.h"
#include "caseload/CaseloadSection.h"
#include "caseload/MyCaseloadPage.h"
#include "contacts/LogContactDialog.h"
#include "contacts/PersonPickerDialog.h"
#include "models/SearchResultsModel.h"
#include "person/PersonEditDialog.h"
#include "services/EpisodeService.h"
#include "store/Repositories.h"
#include "tasks/TaskDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace hub;

// Search and pickers (issue 13 point 2): the user's own caseload first, then their team's,
// then people nobody holds yet; other teams' people marked with their team (for those who
// may see them) and never offered to those who may not act on them; Ctrl+L on a highlighted
// row logs for that person. Also the phone field's error (issue 14 point 2).
//
// Five people named Harper, added oldest first so that newest-first order would put the
// others' work on top: Ada (mine), Bea (my team), Cal (nobody's yet), Dot (South team's),
// Eve (restricted, held by my team's colleague).
class TestSearchPickers : public QObject, protected test::DeskFixture
{
    Q_OBJECT

private:
    QString m_north;
    QString m_south;
    domain::User m_colleague;
    domain::User m_southWorker;
    domain::Actor m_supervisor;
    domain::Person m_ada, m_bea, m_cal, m_dot, m_eve;

    QString addTeam(const QString &name)
    {
        domain::Team t{util::newId(), name};
        if (!store::TeamRepository(m_db->db()).insert(t).ok())
            qFatal("cannot add a team");
        return t.id;
    }

    static QWidget *focused()
    {
        if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 1000))
            qWarning("nothing has the keyboard focus");
        return QApplication::focusWidget();
    }

    void pressCtrlL() { QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier); }

    // Presses Ctrl+L and returns the title of the Log contact dialog it opens (closed
    // again unsaved); empty if none opened.
    QString logContactTitleAfterCtrlL()
    {
        QString title;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            title = dialog->windowTitle();
            dialog->reject();
        });
        pressCtrlL();
        if (!QTest::qWaitFor([&] { return !title.isEmpty(); }, 5000))
            qWarning("Ctrl+L opened no Log contact dialog");
        return title;
    }

    void backToWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static QStringList texts(const QListWidget *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

    // The picker's rows for `text`, as `actor` sees them.
    QStringList pickerRows(const domain::Actor &actor, const QString &text)
    {
        ui::PersonPickerDialog picker(*m_cases, actor, QStringLiteral("Log a contact"),
                                      security::Action::LogContact);
        picker.searchEdit()->setText(text);
        return texts(picker.results());
    }

    static void saveScreenshot(const QPixmap &shot, const char *name)
    {
        const QString dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            shot.save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

    // The main window with `dialog` drawn where it stands, as the user sees both.
    QPixmap windowWith(QWidget *dialog)
    {
        QPixmap shot = m_window->grab();
        QPainter painter(&shot);
        const QPoint at = dialog->mapToGlobal(QPoint(0, 0)) - m_window->mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, dialog->grab());
        return shot;
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        startServices();
        m_north = addTeam(QStringLiteral("North"));
        m_south = addTeam(QStringLiteral("South"));
        m_worker =
            actorOf(addUser(QStringLiteral("cw1"), QStringLiteral("Aleksandra Nowak"), m_north));
        m_colleague = addUser(QStringLiteral("cw2"), QStringLiteral("Bartek Lis"), m_north);
        m_southWorker = addUser(QStringLiteral("cw3"), QStringLiteral("Carys Pugh"), m_south);
        domain::User sup{util::newId(),
                         QStringLiteral("sup"),
                         QStringLiteral("Dana Frost"),
                         QStringLiteral("supervisor"),
                         QString(),
                         true};
        QVERIFY(store::UserRepository(m_db->db()).insert(sup).ok());
        m_supervisor = actorOf(sup);

        m_ada = addPerson(QStringLiteral("Ada"), QStringLiteral("Harper"));
        addReferral(m_ada, QStringLiteral("new"), m_worker.userId);
        m_bea = addPerson(QStringLiteral("Bea"), QStringLiteral("Harper"));
        addReferral(m_bea, QStringLiteral("new"), m_colleague.id);
        m_cal = addPerson(QStringLiteral("Cal"), QStringLiteral("Harper"));
        addReferral(m_cal, QStringLiteral("new"), QString());
        m_dot = addPerson(QStringLiteral("Dot"), QStringLiteral("Harper"));
        addReferral(m_dot, QStringLiteral("new"), m_southWorker.id);
        m_eve = addPerson(QStringLiteral("Eve"), QStringLiteral("Harper"));
        m_eve.restricted = true;
        QVERIFY(store::PersonRepository(m_db->db()).update(m_eve).ok());
        addReferral(m_eve, QStringLiteral("new"), m_colleague.id);
        showWindow();
        m_window->resize(1366, 768); // the desk's screen, for the guide's pictures
    }

    void cleanup() { closeAll(); }

    void pickerShowsOwnWorkFirstAndNeverAnotherTeamsPerson()
    {
        const QStringList rows = pickerRows(m_worker, QStringLiteral("Harper"));
        QCOMPARE(rows.size(), 3); // not Dot (South's), not Eve (restricted)
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("Harper, Ada")), qPrintable(rows.at(0)));
        QVERIFY(rows.at(0).endsWith(QStringLiteral("Your caseload")));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Harper, Bea")), qPrintable(rows.at(1)));
        QVERIFY(rows.at(1).endsWith(QStringLiteral("Your team")));
        QVERIFY2(rows.at(2).startsWith(QStringLiteral("Harper, Cal")), qPrintable(rows.at(2)));
        QVERIFY(rows.at(2).endsWith(QStringLiteral("No caseworker")));
    }

    void aHubWideSupervisorSeesOtherTeamsMarked()
    {
        const QStringList rows = pickerRows(m_supervisor, QStringLiteral("Harper"));
        QCOMPARE(rows.size(), 5);
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("Harper, Cal")), qPrintable(rows.at(0)));
        QVERIFY(rows.at(0).endsWith(QStringLiteral("No caseworker")));
        QStringList marked = rows.mid(1);
        QVERIFY2(marked.at(0).startsWith(QStringLiteral("Harper, Eve")), qPrintable(marked.at(0)));
        for (const auto &row : marked) {
            const bool south = row.startsWith(QStringLiteral("Harper, Dot"));
            QVERIFY2(row.endsWith(south ? QStringLiteral("Held by South")
                                        : QStringLiteral("Held by North")),
                     qPrintable(row));
        }
    }

    void ctrlLWithoutAHighlightedRowAsksWhoAndOffersOnlyTheirPeople()
    {
        m_window->showPage(ui::MainWindow::Search); // no results: no highlighted row
        QStringList rows;
        test::whenModal<ui::PersonPickerDialog>([&](ui::PersonPickerDialog *picker) {
            QTest::keyClicks(picker->searchEdit(), QStringLiteral("Harper"));
            rows = texts(picker->results());
            saveScreenshot(windowWith(picker), "h13-search-picker.png");
            QTest::keyClick(focused(), Qt::Key_Escape);
        });
        pressCtrlL();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.first().startsWith(QStringLiteral("Harper, Ada")));
    }

    void ctrlLOnAHighlightedCaseloadRowLogsForThatPerson()
    {
        m_window->showPage(ui::MainWindow::Caseload);
        auto *section = m_window->findChild<ui::CaseloadSection *>();
        QVERIFY(section);
        section->showTab(ui::CaseloadSection::Mine);
        auto *mine = section->mine()->view();
        QTRY_VERIFY(mine->model()->rowCount() == 1);
        mine->setCurrentIndex(mine->model()->index(0, 0));
        mine->setFocus();
        bool pickerShown = false;
        test::whenModal<ui::PersonPickerDialog>([&](ui::PersonPickerDialog *picker) {
            pickerShown = true;
            picker->reject();
        });
        QCOMPARE(logContactTitleAfterCtrlL(), QStringLiteral("Log a contact with Ada Harper"));
        QVERIFY(!pickerShown);

        // All people: the highlighted row is the one logged for.
        backToWindow();
        section->showTab(ui::CaseloadSection::AllPeople);
        auto *all = section->allPeople()->view();
        QTRY_VERIFY(all->model()->rowCount() == 5);
        int beaRow = -1;
        int dotRow = -1;
        for (int r = 0; r < all->model()->rowCount(); ++r) {
            const auto id = all->model()->index(r, 0).data(Qt::UserRole).toString();
            if (id == m_bea.id)
                beaRow = r;
            if (id == m_dot.id)
                dotRow = r;
        }
        QVERIFY(beaRow >= 0 && dotRow >= 0);
        all->setCurrentIndex(all->model()->index(beaRow, 0));
        all->setFocus();
        QCOMPARE(logContactTitleAfterCtrlL(), QStringLiteral("Log a contact with Bea Harper"));

        // Another team's row (shown without a name) is not taken: the picker asks instead,
        // with no refusal in the status bar.
        backToWindow();
        all->setCurrentIndex(all->model()->index(dotRow, 0));
        all->setFocus();
        test::whenModal<ui::PersonPickerDialog>([&](ui::PersonPickerDialog *picker) {
            pickerShown = true;
            picker->reject();
        });
        pressCtrlL();
        QTRY_VERIFY(pickerShown);
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(QStringLiteral("another team")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void headerSearchListsOwnWorkFirstAndMarksWhose()
    {
        auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Harper"));
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("searchResultsView"));
        QTRY_COMPARE(view->model()->rowCount(), 3);
        const auto cell = [&](int row, int column) {
            return view->model()->index(row, column).data().toString();
        };
        QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Whose"));
        QCOMPARE(cell(0, 0), QStringLiteral("Harper, Ada"));
        QCOMPARE(cell(0, 1), QStringLiteral("Your caseload"));
        QCOMPARE(cell(1, 0), QStringLiteral("Harper, Bea"));
        QCOMPARE(cell(1, 1), QStringLiteral("Your team"));
        QCOMPARE(cell(2, 0), QStringLiteral("Harper, Cal"));
        QCOMPARE(cell(2, 1), QStringLiteral("No caseworker"));
        saveScreenshot(m_window->grab(), "h13-search-results.png");

        // Enter opens the first: the user's own, never a refusal.
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::PageCount));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Opened the record of Ada Harper"));
    }

    void headerSearchFindsAPhoneNumberInAnyFormat()
    {
        m_ada.phone = QStringLiteral("07700 900642");
        QVERIFY(store::PersonRepository(m_db->db()).update(m_ada).ok());
        auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("searchResultsView"));
        auto *page = m_window->findChild<ui::SearchPage *>();
        for (const auto *typed : {"+44 7700 900642", "7700900642", "0642"}) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, QString::fromLatin1(typed));
            QTRY_COMPARE(page->model()->query(), QString::fromLatin1(typed));
            QCOMPARE(view->model()->rowCount(), 1);
            QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Harper, Ada"));
            QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("07700 900642"));
        }
        saveScreenshot(m_window->grab(), "h13-search-phone.png");
    }

    void taskOwnersAreThoseWhoMayWorkOnThePerson()
    {
        auto file = m_cases->openPerson(m_worker, m_ada.id);
        QVERIFY(file.ok());
        ui::TaskDialog dialog(*m_services, m_worker, &file.value());
        auto *owner = dialog.findChild<QComboBox *>(QStringLiteral("taskOwnerCombo"));
        QStringList owners;
        for (int i = 0; i < owner->count(); ++i)
            owners << owner->itemText(i);
        // Me, my team's colleague, and the hub-wide supervisor marked with "no team"; never
        // South's caseworker, who could not open Ada's record.
        QCOMPARE(owners,
                 (QStringList{QStringLiteral("Me (Aleksandra Nowak)"), QStringLiteral("Bartek Lis"),
                              QStringLiteral("Dana Frost \u2014 no team")}));
        // The service refuses such an owner too, whoever asks.
        domain::Task t;
        t.personId = m_ada.id;
        t.title = QStringLiteral("Call back");
        t.dueOn = QDate(2026, 6, 12);
        t.ownerId = m_southWorker.id;
        const auto refused = services::TaskService(m_services->context).create(m_worker, t);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("owner_id"));
        QCOMPARE(refused.error().message,
                 QStringLiteral("Carys Pugh may not work on this person's records"));
    }

    void anInvalidPhoneIsAFieldErrorThatKeepsTheText()
    {
        ui::PersonEditDialog dialog(*m_services, m_worker, m_ada);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        QVERIFY(phone);
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("07700 90"));
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        const auto error = dialog.errorFor(QStringLiteral("phone"));
        QVERIFY2(error.contains(QStringLiteral("\u201c07700 90\u201d")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("too few digits")), qPrintable(error));
        QCOMPARE(phone->text(), QStringLiteral("07700 90"));
        QVERIFY(store::PersonRepository(m_db->db()).get(m_ada.id)->phone.isEmpty());
        // A number in any format is saved as typed.
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+44 7700 900642"));
        QVERIFY(dialog.errorFor(QStringLiteral("phone")).isEmpty());
        QTest::keyClick(phone, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(store::PersonRepository(m_db->db()).get(m_ada.id)->phone,
                 QStringLiteral("+44 7700 900642"));
        dialog.done(QDialog::Rejected);
    }
};

QTEST_MAIN(TestSearchPickers)
#include "tst_searchpickers.moc"
