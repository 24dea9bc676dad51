#include "DeskFixture.h"
#include "ModalHelper.h"
#include "PersonHeader.h"
#include "PersonView.h"
#include "contacts/LogContactDialog.h"
#include "domain/Postcode.h"
#include "person/PersonEditDialog.h"
#include "services/ContactService.h"
#include "services/ReferralService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QtTest>

using namespace hub;

// Safe contact by default (issue 13, point 6): a person entered at intake has not been
// asked whether voicemail, letters and texts are safe, so all three are blocked (the header
// says so in amber, in words) until a caseworker records the answer, which is audited.
// Postcodes are normalised, impossible ones refused with the typed text kept, and "no fixed
// abode / overseas" is a choice of its own. The clock is fixed at 10 June 2026, 11:00.
class TestSafeDefaults : public QObject, protected test::DeskFixture
{
    Q_OBJECT

private:
    domain::Person m_new; // entered through intake, nothing asked yet

    domain::Person stored(const QString &id)
    {
        return store::PersonRepository(m_db->db()).get(id).value();
    }

    QVector<domain::Contact> contactsOf(const QString &id)
    {
        return store::ContactRepository(m_db->db()).forPerson(id);
    }

    // The audit events person.contact_safety of `personId`: "user detail" each.
    QStringList safetyEvents(const QString &personId)
    {
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral("SELECT user_id, detail FROM audit_event WHERE action = "
                                 "'person.contact_safety' AND person_id = ? ORDER BY seq"));
        q.addBindValue(personId);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        }
        return out;
    }

    ui::PersonHeader *header() { return m_window->personView()->header(); }

    QLabel *notAskedBadge()
    {
        return header()->findChild<QLabel *>(QStringLiteral("badgeNotAsked"));
    }

    static void saveScreenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(); // the layouts settle first
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

    // The contact dialog with outcome "Voicemail left": whether the safety panel came up,
    // and its words. Leaves the dialog by Escape (nothing typed but the outcome).
    std::pair<bool, QString> tryVoicemail()
    {
        bool panelShown = false;
        QString warning;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
            QVERIFY(outcome);
            outcome->setCurrentIndex(outcome->findData(QStringLiteral("voicemail_left")));
            auto *panel = dialog->findChild<QFrame *>(QStringLiteral("safetyPanel"));
            panelShown = panel->isVisible();
            warning = dialog->safetyWarningText();
            dialog->done(QDialog::Rejected);
        });
        m_window->personView()->setFocus();
        QTest::keyClick(m_window->personView(), Qt::Key_L, Qt::ControlModifier);
        return {panelShown, warning};
    }

    void edit(const std::function<void(ui::PersonEditDialog *)> &steps)
    {
        test::whenModal<ui::PersonEditDialog>(steps);
        // After an earlier dialog closed, the window must be active again for Ctrl+E.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->personView()->setFocus();
        QTest::keyClick(m_window->personView(), Qt::Key_E, Qt::ControlModifier);
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        startServices();
        m_worker = actorOf(addUser(QStringLiteral("cw1"), QStringLiteral("Aleksandra Nowak")));
        services::Intake in;
        domain::Person p;
        p.givenName = QStringLiteral("Nell");
        p.familyName = QStringLiteral("Synthetic");
        p.phone = QStringLiteral("07700 900555");
        p.postcode = QStringLiteral("pe1 1xx");
        in.newPerson = p;
        in.referral.source = QStringLiteral("police");
        in.referral.offenceGroup = QStringLiteral("stalking_harassment");
        in.referral.assignedTo = m_worker.userId;
        auto made = services::ReferralService(m_services->context).intake(m_worker, in);
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        m_new = stored(made->personId);
        showWindow();
        m_window->resize(1366, 768);
        m_window->openPerson(m_new.id);
    }

    void cleanup() { closeAll(); }

    void newPersonIsNotYetAskedAndVoicemailIsBlocked()
    {
        QCOMPARE(m_new.safeVoicemail, domain::ContactSafety::NotAsked);
        QCOMPARE(m_new.safeLetters, domain::ContactSafety::NotAsked);
        QCOMPARE(m_new.safeText, domain::ContactSafety::NotAsked);
        QCOMPARE(m_new.postcode, QStringLiteral("PE1 1XX")); // normalised at intake

        // The header says it in words, not by colour alone.
        QTRY_VERIFY(notAskedBadge() && notAskedBadge()->isVisible());
        QCOMPARE(notAskedBadge()->text(),
                 QStringLiteral("Not yet asked: voicemail, letters, texts"));
        QCOMPARE(notAskedBadge()->accessibleName(), notAskedBadge()->text());
        QVERIFY(!header()->visibleBadges().contains(QStringLiteral("No contact limits recorded")));
        saveScreenshot(m_window.get(), "h13-safe-header-not-asked.png");

        const auto [blocked, warning] = tryVoicemail();
        QVERIFY(blocked);
        QVERIFY2(warning.contains(QStringLiteral("Nobody has asked Nell yet whether it is safe to "
                                                 "leave voicemail")),
                 qPrintable(warning));
        QCOMPARE(contactsOf(m_new.id).size(), 0);

        // The service refuses it too, whatever the form: the override stays the only way.
        domain::Contact c;
        c.personId = m_new.id;
        c.direction = QStringLiteral("outbound");
        c.channel = QStringLiteral("phone");
        c.outcome = QStringLiteral("voicemail_left");
        auto refused = services::ContactService(m_services->context).log(m_worker, c);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("safety_override"));
        auto overridden = services::ContactService(m_services->context)
                              .log(m_worker, c, QStringLiteral("She asked for a voicemail"));
        QVERIFY2(overridden.ok(), qPrintable(overridden.error().describe()));
        QCOMPARE(overridden->safetyOverride, QStringLiteral("She asked for a voicemail"));
    }

    void recordingTheAnswerUnblocksItAndIsAudited()
    {
        edit([&](ui::PersonEditDialog *dialog) {
            auto *voicemail = dialog->findChild<QComboBox *>(QStringLiteral("safe_voicemailCombo"));
            auto *texts = dialog->findChild<QComboBox *>(QStringLiteral("safe_textCombo"));
            QVERIFY(voicemail && texts);
            QCOMPARE(voicemail->currentText(), QStringLiteral("Not yet asked"));
            voicemail->setFocus();
            QTest::keyClicks(voicemail, QStringLiteral("Y")); // "Yes, safe"
            QCOMPARE(voicemail->currentData().toString(), QStringLiteral("safe"));
            texts->setCurrentIndex(texts->findData(QStringLiteral("not_safe")));
            dialog->resize(dialog->width(), qMin(dialog->height(), 768));
            saveScreenshot(dialog, "h13-safe-edit-safety.png");
            QTest::keyClick(voicemail, Qt::Key_S, Qt::ControlModifier);
        });
        const auto now = stored(m_new.id);
        QCOMPARE(now.safeVoicemail, domain::ContactSafety::Safe);
        QCOMPARE(now.safeLetters, domain::ContactSafety::NotAsked);
        QCOMPARE(now.safeText, domain::ContactSafety::NotSafe);
        QCOMPARE(safetyEvents(m_new.id),
                 QStringList{m_worker.userId + QStringLiteral(" safe_voicemail=safe "
                                                              "safe_text=not_safe")});
        QTRY_COMPARE(notAskedBadge()->text(), QStringLiteral("Not yet asked: letters"));
        QVERIFY(header()->visibleBadges().contains(QStringLiteral("No texts")));

        const auto [blocked, warning] = tryVoicemail();
        QVERIFY2(!blocked, qPrintable(warning));
    }

    void postcodeIsNormalisedAndAnImpossibleOneKeepsTheTypedText()
    {
        QString error;
        QString kept;
        edit([&](ui::PersonEditDialog *dialog) {
            auto *postcode = dialog->findChild<QLineEdit *>(QStringLiteral("postcodeEdit"));
            QVERIFY(postcode);
            postcode->setFocus();
            postcode->selectAll();
            QTest::keyClicks(postcode, QStringLiteral("QQ9 9ZZ"));
            QTest::keyClick(postcode, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            error = dialog->errorFor(QStringLiteral("postcode"));
            kept = postcode->text();
            saveScreenshot(dialog, "h13-safe-postcode-error.png");
            postcode->selectAll();
            QTest::keyClicks(postcode, QStringLiteral("sw1a1aa"));
            QTest::keyClick(postcode, Qt::Key_Return);
        });
        QVERIFY2(error.contains(QStringLiteral("'QQ9 9ZZ' is not a UK postcode")),
                 qPrintable(error));
        QCOMPARE(kept, QStringLiteral("QQ9 9ZZ"));
        QCOMPARE(stored(m_new.id).postcode, QStringLiteral("SW1A 1AA"));
    }

    void noFixedAbodeIsAnExplicitChoice()
    {
        edit([&](ui::PersonEditDialog *dialog) {
            auto *none = dialog->findChild<QCheckBox *>(QStringLiteral("noFixedAbodeCheck"));
            auto *postcode = dialog->findChild<QLineEdit *>(QStringLiteral("postcodeEdit"));
            QVERIFY(none && postcode);
            none->setFocus();
            QTest::keyClick(none, Qt::Key_Space);
            QVERIFY(!postcode->isEnabled());
            QTest::keyClick(none, Qt::Key_S, Qt::ControlModifier);
        });
        QCOMPARE(stored(m_new.id).postcode, QString::fromLatin1(domain::kNoFixedAbode));
        auto *details = header()->findChild<QLabel *>(QStringLiteral("personDetails"));
        QTRY_VERIFY2(details->text().contains(QStringLiteral("No fixed abode / overseas")),
                     qPrintable(details->text()));
        // Opened again, the choice is ticked and the postcode field empty.
        bool ticked = false;
        QString text = QStringLiteral("?");
        edit([&](ui::PersonEditDialog *dialog) {
            ticked =
                dialog->findChild<QCheckBox *>(QStringLiteral("noFixedAbodeCheck"))->isChecked();
            text = dialog->findChild<QLineEdit *>(QStringLiteral("postcodeEdit"))->text();
            dialog->done(QDialog::Rejected);
        });
        QVERIFY(ticked);
        QCOMPARE(text, QString());
    }
};

QTEST_MAIN(TestSafeDefaults)
#include "tst_safedefaults.moc"
