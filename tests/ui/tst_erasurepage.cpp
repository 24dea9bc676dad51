#include "ModalHelper.h"
#include "TempDatabase.h"
#include "admin/AdminPage.h"
#include "admin/EraseDialog.h"
#include "admin/ErasurePage.h"
#include "services/DeskService.h"
#include "store/ErasureRepository.h"
#include "store/Repositories.h"
#include "util/Ids.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace hub;

// The Admin section's erasure tab, driven by keyboard and mouse: an administrator finds a
// person, sees only minimal details, and erases them after typing the confirmation; a
// supervisor reviews the retention list, ticks a person and erases after confirming.
class TestErasurePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<util::FixedClock> m_clock;
    std::unique_ptr<services::Services> m_services;
    domain::Actor m_admin, m_supervisor;
    QString m_oldId, m_recentId;

    static QDateTime utc(const char *text) { return util::parseRfc3339(QString::fromLatin1(text)); }

    domain::Actor addUser(const QString &name, const QString &role)
    {
        domain::User u{util::newId(), name, name, role, QString(), true};
        if (!store::UserRepository(m_db->db()).insert(u).ok())
            qFatal("cannot add a user");
        return domain::Actor{u.id, role, QString(), QStringLiteral("test-pc")};
    }

    // A person whose only referral was declined on `at` (no open work).
    QString addPerson(const QString &given, const QString &family, const char *at)
    {
        domain::Person p;
        p.id = util::newId();
        p.givenName = given;
        p.familyName = family;
        p.dateOfBirth = QDate(1984, 5, 17);
        p.phone = QStringLiteral("07700 900777");
        p.postcode = QStringLiteral("ZZ1 1ZZ");
        p.createdAt = utc(at);
        if (!store::PersonRepository(m_db->db()).insert(p).ok())
            qFatal("cannot add a person");
        domain::Referral r;
        r.id = util::newId();
        r.personId = p.id;
        r.receivedAt = utc(at);
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.crimeReference = QStringLiteral("SYN/CR/%1").arg(family);
        r.status = QStringLiteral("declined");
        if (!store::ReferralRepository(m_db->db()).insert(r).ok())
            qFatal("cannot add a referral");
        return p.id;
    }

    QString givenNameOf(const QString &id)
    {
        return store::PersonRepository(m_db->db()).get(id)->givenName;
    }

    static QStringList texts(QTableWidget *table)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                out << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return out;
    }

    // The Admin section of `actor`, shown, with the erasure tab chosen by a click on it.
    std::unique_ptr<ui::AdminPage> show(const domain::Actor &actor)
    {
        auto page = std::make_unique<ui::AdminPage>(*m_services, actor);
        page->resize(900, 640);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page did not become active");
        auto *tabs = page->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == QLatin1String("erasurePage"))
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                  tabs->tabBar()->tabRect(i).center());
        }
        return page;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(m_db->ok());
        m_clock = std::make_unique<util::FixedClock>(utc("2026-11-30T10:00:00Z"));
        m_services = std::make_unique<services::Services>(m_db->db(), *m_clock);
        m_admin = addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
        m_supervisor = addUser(QStringLiteral("super1"), QStringLiteral("supervisor"));
        m_oldId = addPerson(QStringLiteral("Synthia"), QStringLiteral("Oldrecord"),
                            "2018-03-01T09:00:00Z");
        m_recentId = addPerson(QStringLiteral("Testa"), QStringLiteral("Recentperson"),
                               "2025-03-01T09:00:00Z");
    }

    void cleanup()
    {
        m_services.reset();
        m_clock.reset();
        m_db.reset();
    }

    void adminFindsAndErasesOnePerson()
    {
        auto admin = show(m_admin);
        auto *page = admin->findChild<ui::ErasurePage *>();
        QVERIFY(page);
        QCOMPARE(admin->tabs()->currentWidget(), page);
        page->findBox()->setFocus();
        QTest::keyClicks(page->findBox(), QStringLiteral("Recentperson"));
        QTest::keyClick(page->findBox(), Qt::Key_Return);
        QCOMPARE(page->matches()->rowCount(), 1);
        const auto shown = texts(page->matches());
        QVERIFY(shown.contains(QStringLiteral("Testa Recentperson")));
        QVERIFY(shown.contains(QStringLiteral("1984")));
        // Minimal: no phone, postcode, crime reference or full date of birth.
        for (const auto &t : shown) {
            QVERIFY(!t.contains(QLatin1String("07700")));
            QVERIFY(!t.contains(QLatin1String("ZZ1")));
            QVERIFY(!t.contains(QLatin1String("SYN/CR")));
            QVERIFY(!t.contains(QLatin1String("1984-05")));
        }
        QVERIFY(page->eraseOneButton()->isEnabled());
        if (const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(admin->grab().save(dir + QStringLiteral("/erasure-admin.png")));

        // First a refusal (the reason names the person): the dialog stays, nothing changes.
        bool refused = false;
        test::whenModal<ui::EraseDialog>([&](ui::EraseDialog *d) {
            QCOMPARE(d->requestedOn()->date(), QDate(2026, 11, 30));
            QTest::keyClicks(d->reason(), QStringLiteral("Testa asked by letter"));
            QVERIFY(!d->eraseButton()->isEnabled());
            QTest::keyClicks(d->confirmation(), m_recentId.left(8));
            QVERIFY(d->eraseButton()->isEnabled());
            QTest::mouseClick(d->eraseButton(), Qt::LeftButton);
            QVERIFY(d->isVisible());
            refused = d->errorText().contains(QLatin1String("name"));
            d->reject();
        });
        QTest::mouseClick(page->eraseOneButton(), Qt::LeftButton);
        QVERIFY(refused);
        QCOMPARE(givenNameOf(m_recentId), QStringLiteral("Testa"));

        test::whenModal<ui::EraseDialog>([&](ui::EraseDialog *d) {
            QTest::keyClicks(d->reason(), QStringLiteral("Asked by letter"));
            QTest::keyClicks(d->confirmation(), m_recentId.left(8));
            QTest::mouseClick(d->eraseButton(), Qt::LeftButton);
        });
        QTest::mouseClick(page->eraseOneButton(), Qt::LeftButton);
        QTRY_VERIFY(page->status().contains(QLatin1String("was erased")));
        QCOMPARE(givenNameOf(m_recentId), QString());
        QVERIFY(store::ErasureRepository(m_db->db()).isErased(m_recentId));
        // The row now says erased, without a name, and cannot be erased again.
        QCOMPARE(page->matches()->rowCount(), 1);
        QVERIFY(page->matches()->item(0, 5)->text().startsWith(QLatin1String("erased")));
        QVERIFY(!page->eraseOneButton()->isEnabled());
    }

    void supervisorErasesFromTheRetentionList()
    {
        auto admin = show(m_supervisor);
        auto *page = admin->findChild<ui::ErasurePage *>();
        QVERIFY(page);
        QVERIFY(!page->findBox()); // one-person erasure is for administrators
        QCOMPARE(page->years()->value(), 6);
        auto *list = page->findChild<QPushButton *>(QStringLiteral("retentionList"));
        QTest::mouseClick(list, Qt::LeftButton);
        QCOMPARE(page->retention()->rowCount(), 1);
        QCOMPARE(page->retention()->item(0, 1)->text(), m_oldId);
        // With one year, the recent person is listed too.
        page->years()->setFocus();
        page->years()->selectAll();
        QTest::keyClicks(page->years(), QStringLiteral("1"));
        QTest::mouseClick(list, Qt::LeftButton);
        QCOMPARE(page->retention()->rowCount(), 2);

        // Tick the first (oldest) with the keyboard.
        page->retention()->setFocus();
        page->retention()->setCurrentCell(0, 0);
        QTest::keyClick(page->retention(), Qt::Key_Space);
        QCOMPARE(page->retention()->item(0, 0)->checkState(), Qt::Checked);

        // Cancel first: nothing happens.
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::mouseClick(page->eraseSelectedButton(), Qt::LeftButton);
        QCOMPARE(givenNameOf(m_oldId), QStringLiteral("Synthia"));

        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(page->eraseSelectedButton(), Qt::LeftButton);
        QTRY_VERIFY(page->status().contains(QLatin1String("erased")));
        QCOMPARE(page->progress()->maximum(), 1);
        QCOMPARE(page->progress()->value(), 1);
        QCOMPARE(givenNameOf(m_oldId), QString());
        QCOMPARE(givenNameOf(m_recentId), QStringLiteral("Testa"));
        QCOMPARE(page->retention()->rowCount(), 1);

        const auto png = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (!png.isEmpty())
            QVERIFY(admin->grab().save(png + QStringLiteral("/erasure-page.png")));
    }

    void othersHaveNoErasureTab()
    {
        for (const auto &role : {QStringLiteral("caseworker"), QStringLiteral("auditor")}) {
            ui::AdminPage page(*m_services, addUser(role + QStringLiteral("1"), role));
            QVERIFY(!page.findChild<ui::ErasurePage *>());
        }
    }
};

QTEST_MAIN(TestErasurePage)
#include "tst_erasurepage.moc"
