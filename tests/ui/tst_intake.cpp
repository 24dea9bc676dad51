#include "MainWindow.h"
#include "ModalHelper.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "referrals/InboxModel.h"
#include "referrals/InboxPage.h"
#include "referrals/IntakeDialog.h"
#include "referrals/PersonSuggestions.h"
#include "services/CaseService.h"
#include "services/DeskService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace hub;

// Entering a referral by hand: people already on file are suggested while the details are
// typed, so a repeat victim is not entered twice; bad input is named and nothing is lost.
class TestIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    test::Seeded m_seed;
    domain::Actor m_actor;
    domain::Person m_kasia;
    std::unique_ptr<ui::IntakeDialog> m_dialog;

    template <typename T> T *field(const char *name)
    {
        auto *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    int people() { return store::PersonRepository(m_db->db()).count(); }
    int referrals()
    {
        int n = 0;
        const auto counted =
            store::ReferralRepository(m_db->db()).forEach([&n](const domain::Referral &) {
                ++n;
                return Status{};
            });
        if (!counted.ok())
            qWarning("could not count the referrals");
        return n;
    }

    // Types the person's details field by field, Tab between them, as a user would.
    void typePerson(const QString &given, const QString &family, const QString &dob)
    {
        auto *first = field<QLineEdit>("given_nameEdit");
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClicks(first, given);
        QTest::keyClick(first, Qt::Key_Tab);
        QTest::keyClicks(field<QLineEdit>("family_nameEdit"), family);
        QTest::keyClick(field<QLineEdit>("family_nameEdit"), Qt::Key_Tab);
        QTest::keyClicks(field<QLineEdit>("date_of_birthEdit"), dob);
    }

    // Alt+T to the crime type, then its first letters.
    void chooseCrimeType(const QString &letters)
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
        auto *combo = field<QComboBox>("offence_groupCombo");
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClicks(combo, letters);
    }

    void openDialog()
    {
        m_dialog = std::make_unique<ui::IntakeDialog>(*m_services, m_actor);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_seed = test::seedPeople(m_db->db(), 40);
        m_actor = domain::Actor{m_seed.caseworker.id, QStringLiteral("caseworker"), QString(),
                                QStringLiteral("test-pc")};
        m_kasia.id = util::newId();
        m_kasia.givenName = QStringLiteral("Katarzyna");
        m_kasia.familyName = QStringLiteral("Wiśniewska");
        m_kasia.dateOfBirth = QDate(1988, 2, 14);
        m_kasia.phone = QStringLiteral("07700 900111");
        m_kasia.postcode = QStringLiteral("CB4 1AA");
        m_kasia.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        QVERIFY(store::PersonRepository(m_db->db()).insert(m_kasia).ok());
        m_services = std::make_unique<services::Services>(m_db->db());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_services.reset();
        m_db.reset();
    }

    void misspeltSurnameAndBirthDateSuggestThePersonFirst()
    {
        openDialog();
        typePerson(QStringLiteral("Katarzyna"), QStringLiteral("Wisniewksa"),
                   QStringLiteral("14/02/1988"));
        auto *suggestions = m_dialog->suggestions();
        QTRY_VERIFY(suggestions->count() > 0);
        QCOMPARE(suggestions->nameAt(0), QStringLiteral("Katarzyna Wiśniewska"));
        auto *first = suggestions->list()->topLevelItem(0);
        QCOMPARE(first->text(1), QStringLiteral("14/02/1988"));
        QVERIFY2(first->text(4).startsWith(QStringLiteral("Same name and date of birth")),
                 qPrintable(first->text(4)));
        if (const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/intake.png")));
        }
    }

    void choosingThemAddsAReferralAndNoPerson()
    {
        const int peopleBefore = people();
        openDialog();
        typePerson(QStringLiteral("Katarzyna"), QStringLiteral("Wisniewksa"),
                   QStringLiteral("14/02/1988"));
        auto *dob = field<QLineEdit>("date_of_birthEdit");
        QTRY_VERIFY(m_dialog->suggestions()->count() > 0);
        // Down to the list, Enter on the best match.
        QTest::keyClick(dob, Qt::Key_Down);
        auto *list = m_dialog->suggestions()->list();
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(m_dialog->isVisible()); // Enter in the list chose; it did not save
        QCOMPARE(m_dialog->suggestions()->choice(), ui::PersonSuggestions::Choice::Existing);
        QCOMPARE(m_dialog->suggestions()->chosen().id, m_kasia.id);
        QVERIFY(field<QLineEdit>("family_nameEdit")->isReadOnly());

        chooseCrimeType(QStringLiteral("Res"));
        QCOMPARE(field<QComboBox>("offence_groupCombo")->currentText(),
                 QStringLiteral("Residential burglary"));
        QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::AltModifier);
        auto *reference = field<QLineEdit>("crime_referenceEdit");
        QTRY_VERIFY(reference->hasFocus());
        QTest::keyClicks(reference, QStringLiteral("ab/123/26"));
        QTest::keyClick(reference, Qt::Key_Return);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        QCOMPARE(people(), peopleBefore);
        const auto theirs = store::ReferralRepository(m_db->db()).forPerson(m_kasia.id);
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.first().id, m_dialog->saved().id);
        QCOMPARE(theirs.first().crimeReference, QStringLiteral("AB/123/26"));
        QCOMPARE(theirs.first().offenceGroup, QStringLiteral("burglary_residential"));
        QCOMPARE(theirs.first().source, QStringLiteral("police"));
        QCOMPARE(theirs.first().status, QStringLiteral("new"));
    }

    void newPersonIsEnteredOnlyWhenChosen()
    {
        const int peopleBefore = people();
        openDialog();
        // Same name, another date of birth: suggested, but someone else.
        typePerson(QStringLiteral("Katarzyna"), QStringLiteral("Wisniewska"),
                   QStringLiteral("02/07/1990"));
        QTRY_VERIFY(m_dialog->suggestions()->count() > 0);
        QCOMPARE(m_dialog->suggestions()->nameAt(0), QStringLiteral("Katarzyna Wiśniewska"));
        chooseCrimeType(QStringLiteral("Theft"));
        QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
        // Not saved until the worker says whether it is one of them.
        QTRY_VERIFY(!m_dialog->errorFor(QStringLiteral("person_id")).isEmpty());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(people(), peopleBefore);

        QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_dialog->suggestions()->choice(), ui::PersonSuggestions::Choice::New);
        QVERIFY(m_dialog->errorFor(QStringLiteral("person_id")).isEmpty());
        QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());

        QCOMPARE(people(), peopleBefore + 1);
        const auto personId = m_dialog->saved().personId;
        QVERIFY(personId != m_kasia.id);
        const auto person = store::PersonRepository(m_db->db()).get(personId);
        QVERIFY(person.ok());
        QCOMPARE(person->familyName, QStringLiteral("Wisniewska"));
        QCOMPARE(person->dateOfBirth, QDate(1990, 7, 2));
        QCOMPARE(m_dialog->personName(), QStringLiteral("Katarzyna Wisniewska"));
        QCOMPARE(store::ReferralRepository(m_db->db()).forPerson(personId).size(), 1);
    }

    void badFieldIsNamedAndNothingIsLost_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("crimeType");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("message");
        QTest::newRow("birth date in the future")
            << QStringLiteral("Quillfeather") << QStringLiteral("01/01/2099")
            << QStringLiteral("Theft") << QStringLiteral("date_of_birth")
            << QStringLiteral("Date of birth is in the future");
        QTest::newRow("birth date not a date")
            << QStringLiteral("Quillfeather") << QStringLiteral("31/02/1990")
            << QStringLiteral("Theft") << QStringLiteral("date_of_birth")
            << QStringLiteral("Date of birth: 31/02/1990 does not exist (February 1990 has 28 "
                              "days)");
        QTest::newRow("no family name")
            << QString() << QString() << QStringLiteral("Theft") << QStringLiteral("family_name")
            << QStringLiteral("Family name must not be empty");
        QTest::newRow("no crime type")
            << QStringLiteral("Quillfeather") << QString() << QString()
            << QStringLiteral("offence_group") << QStringLiteral("Crime type is required");
    }

    void badFieldIsNamedAndNothingIsLost()
    {
        QFETCH(QString, family);
        QFETCH(QString, dob);
        QFETCH(QString, crimeType);
        QFETCH(QString, fieldName);
        QFETCH(QString, message);
        const int peopleBefore = people();
        const int referralsBefore = referrals();
        openDialog();
        typePerson(QStringLiteral("Noor"), family, dob);
        if (!crimeType.isEmpty())
            chooseCrimeType(crimeType);
        QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::AltModifier);
        QTest::keyClicks(field<QLineEdit>("crime_referenceEdit"), QStringLiteral("XY/9"));
        QTest::keyClick(field<QLineEdit>("crime_referenceEdit"), Qt::Key_Return);

        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->errorFor(fieldName), message);
        QVERIFY(m_dialog->errorSummary().startsWith(QStringLiteral("The referral was not saved")));
        auto *invalid = m_dialog->findChild<QWidget *>(
            fieldName + (fieldName == QLatin1String("offence_group") ? QStringLiteral("Combo")
                                                                     : QStringLiteral("Edit")));
        QVERIFY(invalid->hasFocus());
        QVERIFY(invalid->property("invalid").toBool());
        // Every typed value is still there.
        QCOMPARE(field<QLineEdit>("given_nameEdit")->text(), QStringLiteral("Noor"));
        QCOMPARE(field<QLineEdit>("family_nameEdit")->text(), family);
        QCOMPARE(field<QLineEdit>("date_of_birthEdit")->text(), dob);
        QCOMPARE(field<QLineEdit>("crime_referenceEdit")->text(), QStringLiteral("XY/9"));
        QCOMPARE(people(), peopleBefore);
        QCOMPARE(referrals(), referralsBefore);
    }

    void escapeAsksBeforeDroppingTypedInput()
    {
        openDialog();
        // Nothing typed: Esc just closes.
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_dialog->isVisible());

        openDialog();
        typePerson(QStringLiteral("Noor"), QStringLiteral("Quillfeather"), QString());
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(field<QLineEdit>("family_nameEdit")->text(), QStringLiteral("Quillfeather"));
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(referrals(), 0);
    }

    void ctrlNInTheInboxEntersAReferral()
    {
        services::CaseService cases(m_db->db());
        ui::MainWindow window(*m_services, cases, m_actor);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *page = window.inboxPage();
        QTRY_VERIFY(page->isVisible());
        test::whenModal<ui::IntakeDialog>([this](ui::IntakeDialog *dialog) {
            m_dialog.reset(); // the helpers look in the dialog on screen
            auto *given = dialog->findChild<QLineEdit *>(QStringLiteral("given_nameEdit"));
            QTRY_VERIFY(given->hasFocus());
            QTest::keyClicks(given, QStringLiteral("Oriel"));
            QTest::keyClick(given, Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Vantongeren"));
            QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rob"));
            QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier); // assign to me
            QTRY_VERIFY(
                dialog->findChild<QCheckBox *>(QStringLiteral("assignToMeCheck"))->isChecked());
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(page, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const auto &row = page->model()->item(0).row;
        QCOMPARE(row.personName, QStringLiteral("Oriel Vantongeren"));
        QCOMPARE(row.referral.offenceGroup, QStringLiteral("robbery"));
        QCOMPARE(row.referral.assignedTo, m_actor.userId);
        QCOMPARE(page->currentReferralId(), row.referral.id);
        QCOMPARE(window.focusWidget(), page->view()); // the window's focus once active again
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Referral for Oriel Vantongeren added to the inbox"));
    }
};

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
