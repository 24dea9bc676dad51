#include "MainWindow.h"
#include "PersonHeader.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "models/SearchResultsModel.h"
#include "services/CaseService.h"
#include "services/DeskService.h"
#include "store/Repositories.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace hub;

// The main window on dataset S (PERFORMANCE.md): 6,000 people from the demo generator.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_service;
    std::unique_ptr<ui::MainWindow> m_window;
    domain::Person m_target; // has "do not leave voicemail", found by surname

    template <typename T> T *find(const char *name)
    {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    static bool isAscii(const QString &s)
    {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128; });
    }

    int rowOf(QAbstractItemModel *model, const QString &personId)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(Qt::UserRole).toString() == personId)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        demo::DemoOptions s;
        s.people = 6000;
        s.months = 12;
        s.seed = 1;
        auto made = demo::generate(m_db->db(), s);
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        QCOMPARE(made->people, 6000);
        m_services = std::make_unique<services::Services>(m_db->db());
        m_service = std::make_unique<services::CaseService>(m_db->db());

        // Someone whose record forbids voicemail, with a surname that the search can show
        // in full (fewer matches than the result limit).
        const auto status =
            store::PersonRepository(m_db->db()).forEach([&](const domain::Person &p) {
                if (!m_target.id.isEmpty() || p.safeVoicemail != domain::ContactSafety::NotSafe ||
                    !isAscii(p.familyName) || p.familyName.size() < 4)
                    return Status{};
                auto found = m_service->search(domain::Actor::system(), p.familyName,
                                               ui::SearchResultsModel::kLimit);
                if (found.ok() && found->size() < ui::SearchResultsModel::kLimit)
                    m_target = p;
                return Status{};
            });
        QVERIFY(status.ok());
        QVERIFY2(!m_target.id.isEmpty(), "dataset S has no one without voicemail");
    }

    void init()
    {
        m_window =
            std::make_unique<ui::MainWindow>(*m_services, *m_service, domain::Actor::system());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void cleanupTestCase()
    {
        m_service.reset();
        m_db.reset();
    }

    void showsTheWholeCaseload()
    {
        auto *view = find<QTableView>("caseloadView");
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 6000);
        QVERIFY(view->isVisible());
        QVERIFY(view->isSortingEnabled());
        QVERIFY(!view->model()->index(0, 0).data().toString().isEmpty());
        QVERIFY(find<QLabel>("countLabel")->text().contains(QStringLiteral("6,000")));
    }

    void typesASurnameAndOpensThePerson()
    {
        auto *search = find<QLineEdit>("searchEdit");
        auto *results = find<QTableView>("searchResultsView");
        QVERIFY(search && results);
        QCOMPARE(search->placeholderText(),
                 QStringLiteral("Search name, phone, postcode or crime reference (Ctrl+F)"));

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, m_target.familyName);
        QTRY_VERIFY(results->isVisible());
        QTRY_VERIFY(rowOf(results->model(), m_target.id) >= 0);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::Search));

        // Choose the person's row and press Enter, as a user would.
        results->setFocus();
        results->setCurrentIndex(results->model()->index(rowOf(results->model(), m_target.id), 0));
        QTest::keyClick(results, Qt::Key_Return);

        auto *person = m_window->personView();
        QTRY_VERIFY(person->isVisible());
        QCOMPARE(person->personId(), m_target.id);
        QCOMPARE(find<QLabel>("personName")->text(), m_target.displayName());
        auto *badge = find<QLabel>("badgeVoicemail");
        QVERIFY(badge && badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("Do not leave voicemail"));
        QVERIFY(
            person->header()->visibleBadges().contains(QStringLiteral("Do not leave voicemail")));

        // Esc goes back to the results, with the search still there.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::Search));
        QCOMPARE(search->text(), m_target.familyName);
    }

    void enterInTheSearchBoxOpensTheFirstMatch()
    {
        auto *search = find<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, m_target.givenName + QLatin1Char(' ') + m_target.familyName);
        QTest::keyClick(search, Qt::Key_Return); // before the debounce: searches at once
        QTRY_VERIFY(m_window->personView()->isVisible());
        const auto opened = m_window->personView()->personName();
        QCOMPARE(opened, m_target.displayName());
    }

    void keyboardSwitchesSections()
    {
        auto *stack = find<QStackedWidget>("pageStack");
        auto *nav = find<QListWidget>("navList");
        const QList<QPair<Qt::Key, QString>> pages{{Qt::Key_2, QStringLiteral("referralsPage")},
                                                   {Qt::Key_4, QStringLiteral("reportsPage")},
                                                   {Qt::Key_5, QStringLiteral("adminPage")},
                                                   {Qt::Key_3, QStringLiteral("searchPage")},
                                                   {Qt::Key_1, QStringLiteral("caseloadPage")}};
        for (const auto &[key, name] : pages) {
            QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
            QTRY_COMPARE(stack->currentWidget()->objectName(), name);
            QCOMPARE(nav->currentRow(), stack->currentIndex());
        }
        // Enter on the caseload opens the current person.
        auto *view = find<QTableView>("caseloadView");
        QTRY_VERIFY(view->hasFocus());
        const auto id = view->currentIndex().data(Qt::UserRole).toString();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(m_window->personView()->personId(), id);
        QVERIFY(m_window->personView()->isVisible());
    }

    void personViewShowsTheHistory()
    {
        m_window->openPerson(m_target.id);
        auto file = m_service->openPerson(domain::Actor::system(), m_target.id);
        QVERIFY(file.ok());
        auto *tabs = find<QTabWidget>("personTabs");
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->tabText(3), QStringLiteral("Contacts (%1)").arg(file->contacts.size()));
        auto *referrals = find<QTreeWidget>("referralsTree");
        QCOMPARE(referrals->topLevelItemCount(), qMax(1, int(file->referrals.size())));
    }

    void explainsARecordThatCannotBeOpened()
    {
        m_window->openPerson(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        auto *error = find<QLabel>("personError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("not found")), qPrintable(error->text()));
        QVERIFY(!find<QTabWidget>("personTabs")->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(m_window->currentPage(), int(ui::MainWindow::Caseload));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
