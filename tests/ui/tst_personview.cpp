#include "PersonHeader.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "services/CaseService.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace hub;

class TestPersonView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    test::Seeded m_seed;

    domain::Contact contact(const domain::Person &p, const QDateTime &at, const QString &summary)
    {
        domain::Contact c;
        c.id = util::newId();
        c.personId = p.id;
        c.at = at;
        c.direction = QStringLiteral("outbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("spoke");
        c.durationMinutes = 10;
        c.summary = summary;
        c.recordedBy = m_seed.caseworker.id;
        c.recordedAt = at.addSecs(600);
        return c;
    }

    domain::PersonFile open(const QString &id)
    {
        services::CaseService service(m_db->db());
        auto file = service.openPerson(domain::Actor::system(), id);
        if (!file.ok())
            qFatal("%s", qPrintable(file.error().describe()));
        return file.value();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_seed = test::seedPeople(m_db->db(), 10);
    }

    void cleanup() { m_db.reset(); }

    void headerShowsEverySafetyFlag_data()
    {
        QTest::addColumn<bool>("voicemail");
        QTest::addColumn<bool>("letters");
        QTest::addColumn<bool>("texts");
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QStringList>("badges");
        QTest::newRow("no limits") << true << true << true << false << QString()
                                   << QStringList{QStringLiteral("No contact limits recorded")};
        QTest::newRow("no voicemail") << false << true << true << false << QString()
                                      << QStringList{QStringLiteral("Do not leave voicemail")};
        QTest::newRow("everything")
            << false << false << false << true << QStringLiteral("Call after 6pm only")
            << QStringList{QStringLiteral("Do not leave voicemail"), QStringLiteral("No letters"),
                           QStringLiteral("No texts"), QStringLiteral("Restricted record"),
                           QStringLiteral("Contact notes: Call after 6pm only")};
    }

    void headerShowsEverySafetyFlag()
    {
        QFETCH(bool, voicemail);
        QFETCH(bool, letters);
        QFETCH(bool, texts);
        QFETCH(bool, restricted);
        QFETCH(QString, notes);
        QFETCH(QStringList, badges);
        domain::Person p = m_seed.people.first();
        p.safeVoicemail = test::safeIf(voicemail);
        p.safeLetters = test::safeIf(letters);
        p.safeText = test::safeIf(texts);
        p.restricted = restricted;
        p.contactNotes = notes;
        ui::PersonHeader header;
        header.setPerson(p);
        header.show();
        QCOMPARE(header.visibleBadges(), badges);
        QCOMPARE(header.findChild<QLabel *>(QStringLiteral("personName"))->text(), p.displayName());
        QCOMPARE(header.property("limits").toBool(), badges.size() > 1 || !voicemail);
    }

    void correctionStandsUnderTheOriginal()
    {
        const auto &p = m_seed.people.at(1);
        store::ContactRepository contacts(m_db->db());
        const auto first = contact(p, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                                   QStringLiteral("Spoke about the court date."));
        const auto second = contact(p, QDateTime(QDate(2026, 3, 9), QTime(11, 0), Qt::UTC),
                                    QStringLiteral("Follow-up call."));
        auto fix = contact(p, first.at, QStringLiteral("Spoke about the trial date, not court."));
        fix.amends = first.id;
        fix.recordedAt = QDateTime(QDate(2026, 3, 20), QTime(16, 0), Qt::UTC);
        QVERIFY(contacts.insert(first).ok());
        QVERIFY(contacts.insert(second).ok());
        QVERIFY(contacts.insert(fix).ok());

        ui::PersonView view;
        view.setFile(open(p.id));
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("contactsTree"));
        QVERIFY(tree);
        // Two entries at the top, newest first; the original keeps its own words.
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole).toString(), second.id);
        auto *original = tree->topLevelItem(1);
        QCOMPARE(original->data(0, Qt::UserRole).toString(), first.id);
        QCOMPARE(original->text(5), first.summary);
        QVERIFY(original->text(0).contains(QStringLiteral("(corrected)")));
        QCOMPARE(original->childCount(), 1);
        auto *correction = original->child(0);
        QCOMPARE(correction->data(0, Qt::UserRole).toString(), fix.id);
        QCOMPARE(correction->text(0), QStringLiteral("Correction of contact on 02/03/2026"));
        QCOMPARE(correction->text(5), fix.summary);

        // The reading pane shows the original and then its correction.
        tree->setCurrentItem(correction);
        const auto text =
            view.findChild<QTextBrowser *>(QStringLiteral("contactDetail"))->toPlainText();
        QVERIFY(text.indexOf(first.summary) >= 0);
        QVERIFY(text.indexOf(fix.summary) > text.indexOf(first.summary));
        QCOMPARE(view.findChild<QTabWidget *>(QStringLiteral("personTabs"))->tabText(3),
                 QStringLiteral("Contacts (3)"));
    }

    // Ctrl+Tab moves one section on wherever the focus is in the record (it needed a
    // varying number of Tabs into the sections first), and round from the last.
    void ctrlTabChangesSectionFromAnywhere()
    {
        ui::PersonView view;
        view.setFile(open(m_seed.people.at(0).id));
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("personTabs"));
        auto *back = view.findChild<QPushButton *>(QStringLiteral("backButton"));
        QCOMPARE(tabs->currentIndex(), 0);
        back->setFocus(Qt::TabFocusReason); // outside the sections
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        // The focus is in the section now, on its first control.
        QVERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        for (int i = 2; i < tabs->count(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    }

    void showsWhyARecordCannotBeOpened()
    {
        ui::PersonView view;
        view.show();
        view.showError(QStringLiteral("This record was not found."));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("personError"))->isVisible());
        QVERIFY(!view.header()->isVisible());
        QVERIFY(view.personId().isEmpty());
    }
};

QTEST_MAIN(TestPersonView)
#include "tst_personview.moc"
