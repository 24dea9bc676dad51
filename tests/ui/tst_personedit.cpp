#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonHeader.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "UiFixtures.h"
#include "person/PersonEditDialog.h"
#include "services/CaseService.h"
#include "services/DeskService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

#include <functional>

using namespace hub;

// Editing a person's details from the person record, keyboard only.
class TestPersonEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::CaseService> m_cases;
    std::unique_ptr<ui::MainWindow> m_window;
    test::Seeded m_seed;
    domain::Actor m_actor;

    // Ctrl+E in the person record opens the editor (modal: the steps run inside it).
    void openEditor(ui::PersonView *view)
    {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    }

    domain::Person stored(const QString &id)
    {
        return store::PersonRepository(m_db->db()).get(id).value();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_seed = test::seedPeople(m_db->db(), 5);
        m_services = std::make_unique<services::Services>(m_db->db());
        m_cases = std::make_unique<services::CaseService>(m_db->db());
        m_actor = domain::Actor{m_seed.caseworker.id, QStringLiteral("caseworker"), QString(),
                                QStringLiteral("test-pc")};
        m_window = std::make_unique<ui::MainWindow>(*m_services, *m_cases, m_actor);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openPerson(m_seed.people.at(0).id);
        QVERIFY(m_window->personView()->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_cases.reset();
        m_services.reset();
        m_db.reset();
    }

    void futureDateOfBirthIsShownByTheFieldWithTheTextKept()
    {
        const auto before = stored(m_seed.people.at(0).id);
        QString error;
        QString dobText;
        QString familyText;
        bool dobFocused = false;
        bool dobMarked = false;
        test::whenModal<ui::PersonEditDialog>([&](ui::PersonEditDialog *dialog) {
            auto *dob = dialog->findChild<QLineEdit *>(QStringLiteral("date_of_birthEdit"));
            auto *family = dialog->findChild<QLineEdit *>(QStringLiteral("family_nameEdit"));
            QVERIFY(dob && family);
            family->setFocus();
            family->selectAll();
            QTest::keyClicks(family, QStringLiteral("Zielinska"));
            QTest::keyClick(family, Qt::Key_Tab); // to the date of birth
            QVERIFY(dob->hasFocus());
            dob->selectAll();
            QTest::keyClicks(dob, QStringLiteral("01/01/2090"));
            QTest::keyClick(dob, Qt::Key_Return);
            QVERIFY(dialog->isVisible()); // not saved, not closed
            error = dialog->findChild<QLabel *>(QStringLiteral("date_of_birthError"))->text();
            dobText = dob->text();
            familyText = family->text();
            dobFocused = dob->hasFocus();
            dobMarked = dob->property("invalid").toBool();
            QVERIFY(dialog->errorFor(QStringLiteral("family_name")).isEmpty());
            dialog->done(QDialog::Rejected);
        });
        openEditor(m_window->personView());
        QCOMPARE(error, QStringLiteral("Date of birth is in the future"));
        QCOMPARE(dobText, QStringLiteral("01/01/2090"));
        QCOMPARE(familyText, QStringLiteral("Zielinska"));
        QVERIFY(dobFocused);
        QVERIFY(dobMarked);
        QCOMPARE(stored(before.id), before);
    }

    void validEditShowsAtOnceInTheHeader()
    {
        const auto id = m_seed.people.at(0).id;
        bool accepted = false;
        test::whenModal<ui::PersonEditDialog>([&](ui::PersonEditDialog *dialog) {
            auto *family = dialog->findChild<QLineEdit *>(QStringLiteral("family_nameEdit"));
            auto *voicemail = dialog->findChild<QComboBox *>(QStringLiteral("safe_voicemailCombo"));
            auto *times = dialog->findChild<QLineEdit *>(QStringLiteral("safe_timesEdit"));
            QVERIFY(family && voicemail && times);
            voicemail->setFocus();
            voicemail->setCurrentIndex(voicemail->findData(QStringLiteral("not_safe")));
            times->setFocus();
            QTest::keyClicks(times, QStringLiteral("weekdays after 6pm"));
            family->setFocus();
            family->selectAll();
            QTest::keyClicks(family, QStringLiteral("Kowalska"));
            QTest::keyClick(family, Qt::Key_Return);
            accepted = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        });
        openEditor(m_window->personView());
        QVERIFY(accepted);
        auto *header = m_window->personView()->header();
        auto *name = header->findChild<QLabel *>(QStringLiteral("personName"));
        QVERIFY(name->text().endsWith(QStringLiteral(" Kowalska")));
        QVERIFY(header->visibleBadges().contains(QStringLiteral("Do not leave voicemail")));
        QVERIFY2(header->visibleBadges().contains(QStringLiteral("Safe times: weekdays after 6pm")),
                 qPrintable(header->visibleBadges().join(QLatin1Char('|'))));
        const auto now = stored(id);
        QCOMPARE(now.familyName, QStringLiteral("Kowalska"));
        QCOMPARE(now.safeVoicemail, domain::ContactSafety::NotSafe);
        QCOMPARE(now.safeTimes, QStringLiteral("weekdays after 6pm"));
        // Still right after the reload that the change notice brings.
        QTest::qWait(50);
        QVERIFY(name->text().endsWith(QStringLiteral(" Kowalska")));
    }

    void unsavedChangesAskBeforeClosing()
    {
        ui::PersonEditDialog dialog(*m_services, m_actor, m_seed.people.at(1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *given = dialog.findChild<QLineEdit *>(QStringLiteral("given_nameEdit"));
        given->setFocus();
        given->selectAll();
        QTest::keyClicks(given, QStringLiteral("Benedykt"));
        QVERIFY(dialog.hasUnsavedChanges());

        // Esc asks; Cancel keeps the dialog and what was typed.
        bool asked = false;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(given, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(given->text(), QStringLiteral("Benedykt"));

        // Ctrl+Z undoes the typing; with nothing changed, Esc closes without asking.
        QTest::keyClick(given, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(given->text(), m_seed.people.at(1).givenName);
        QVERIFY(!dialog.hasUnsavedChanges());
        QTest::keyClick(given, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(stored(m_seed.people.at(1).id), m_seed.people.at(1));
    }

    void emptyFamilyNameIsNamed()
    {
        ui::PersonEditDialog dialog(*m_services, m_actor, m_seed.people.at(2));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *family = dialog.findChild<QLineEdit *>(QStringLiteral("family_nameEdit"));
        family->setFocus();
        family->selectAll();
        QTest::keyClick(family, Qt::Key_Delete);
        QTest::keyClick(family, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorFor(QStringLiteral("family_name")),
                 QStringLiteral("Family name must not be empty"));
        QVERIFY(family->hasFocus());
        // Typing a name clears the mark.
        QTest::keyClicks(family, QStringLiteral("Ortiz"));
        QVERIFY(dialog.errorFor(QStringLiteral("family_name")).isEmpty());
        dialog.done(QDialog::Rejected);
    }
};

QTEST_MAIN(TestPersonEdit)
#include "tst_personedit.moc"
