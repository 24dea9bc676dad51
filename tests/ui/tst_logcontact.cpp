#include "DeskFixture.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PersonView.h"
#include "TempDatabase.h"
#include "contacts/LogContactDialog.h"
#include "contacts/PersonPickerDialog.h"
#include "services/CaseService.h"
#include "services/ContactService.h"
#include "services/DeskService.h"
#include "store/Repositories.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace hub;

namespace {
// The widget with the keyboard focus (a window just shown gets it a moment later).
QWidget *focused()
{
    if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 1000))
        qWarning("nothing has the keyboard focus");
    return QApplication::focusWidget();
}

void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}
} // namespace

// Logging a contact from the keyboard in the main window: Ctrl+L, the fields in tab order,
// Enter (or Ctrl+Enter in the summary) saves, and the timeline shows it at once. The clock
// is fixed at Wednesday 10 June 2026, 11:00 in London.
class TestLogContact : public QObject, protected test::DeskFixture
{
    Q_OBJECT

private:
    domain::Person m_ada; // not safe to leave voicemail; open support episode
    domain::Person m_ben; // no limits, referral awaiting triage
    QString m_episode;
    QString m_benReferral;

    QVector<domain::Contact> contactsOf(const domain::Person &p)
    {
        return store::ContactRepository(m_db->db()).forPerson(p.id);
    }

    QTreeWidget *openContacts(const domain::Person &p)
    {
        m_window->openPerson(p.id);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("personTabs"));
        tabs->setCurrentIndex(3);
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("contactsTree"));
        tree->setFocus();
        return tree;
    }

    // Offscreen there is no window manager to give the main window back the focus after a
    // dialog closes; a user's desktop does.
    void backToWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void pressCtrlL() { QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier); }

    static void saveScreenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        startServices();
        m_worker = actorOf(addUser(QStringLiteral("cw1"), QStringLiteral("Aleksandra Nowak")));

        m_ada = addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"), false);
        domain::Episode e;
        e.id = util::newId();
        e.personId = m_ada.id;
        e.referralIds = {addReferral(m_ada, QStringLiteral("accepted"), m_worker.userId)};
        e.caseworkerId = m_worker.userId;
        e.openedAt = utc("2026-06-09T09:00:00Z");
        QVERIFY(store::EpisodeRepository(m_db->db()).insert(e).ok());
        m_episode = e.id;
        m_ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"), true);
        m_benReferral = addReferral(m_ben, QStringLiteral("new"), m_worker.userId);

        showWindow();
    }

    void cleanup() { closeAll(); }

    void ctrlLLogsAContactOnTopOfTheTimeline()
    {
        auto *tree = openContacts(m_ada);
        QString title;
        bool newlineStayed = false;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            title = dialog->windowTitle();
            auto *direction = dialog->findChild<QComboBox *>(QStringLiteral("directionCombo"));
            QVERIFY(direction->hasFocus());
            QCOMPARE(direction->currentText(), QStringLiteral("Outbound"));
            tab();
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(), QStringLiteral("Phone"));
            tab();
            type(QStringLiteral("s")); // outcome: Spoke
            tab();
            type(QStringLiteral("12")); // length
            tab(3);                     // when, regarding, summary
            auto *summary = qobject_cast<QPlainTextEdit *>(focused());
            QVERIFY(summary);
            type(QStringLiteral("Talked through the safety plan."));
            QTest::keyClick(summary, Qt::Key_Return); // a new line, not a save
            newlineStayed = dialog->isVisible();
            type(QStringLiteral("Calls back Friday."));
            QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        });
        pressCtrlL();

        QCOMPARE(title, QStringLiteral("Log a contact with Ada Lovelace"));
        QVERIFY(newlineStayed);
        const auto stored = contactsOf(m_ada);
        QCOMPARE(stored.size(), 1);
        const auto &c = stored.first();
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        QCOMPARE(c.channel, QStringLiteral("phone"));
        QCOMPARE(c.outcome, QStringLiteral("spoke"));
        QCOMPARE(c.durationMinutes, 12);
        QCOMPARE(c.episodeId, m_episode); // the open episode, by default
        QCOMPARE(c.at, m_clock->now());
        QCOMPARE(c.summary, QStringLiteral("Talked through the safety plan.\nCalls back Friday."));
        QTRY_COMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Spoke"));
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("12 min"));
        QVERIFY(tree->topLevelItem(0)->text(5).startsWith(QStringLiteral("Talked through")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Ada Lovelace")));
    }

    void voicemailForNoVoicemailPersonNeedsOverrideAndReason()
    {
        auto *tree = openContacts(m_ada);
        QString warning;
        QStringList refusals;
        int storedWhileRefused = -1;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            auto *panel = dialog->findChild<QFrame *>(QStringLiteral("safetyPanel"));
            QVERIFY(!panel->isVisible());
            tab(2);
            type(QStringLiteral("v")); // Voicemail left
            QVERIFY(panel->isVisible());
            warning = dialog->safetyWarningText();
            saveScreenshot(dialog, "log-contact-warning.png");
            tab(); // straight into the panel: the Override box
            QVERIFY(qobject_cast<QCheckBox *>(focused()));
            QTest::keyClick(focused(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            refusals << dialog->errorFor(QStringLiteral("safety_override_check"));
            QTest::keyClick(focused(), Qt::Key_Space); // tick Override: on to the reason
            auto *reason = qobject_cast<QLineEdit *>(focused());
            QVERIFY(reason);
            QTest::keyClick(reason, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            refusals << dialog->errorFor(QStringLiteral("safety_override"));
            storedWhileRefused = int(contactsOf(m_ada).size());
            type(QStringLiteral("Agreed with Ada on 9 June; she has a new phone"));
            QTest::keyClick(reason, Qt::Key_Return);
        });
        pressCtrlL();

        QVERIFY2(warning.contains(QStringLiteral("NOT safe to leave voicemail")),
                 qPrintable(warning));
        QCOMPARE(refusals.size(), 2);
        QVERIFY2(refusals.at(0).contains(QStringLiteral("Tick Override")),
                 qPrintable(refusals.at(0)));
        QVERIFY2(refusals.at(1).startsWith(QStringLiteral("Reason")), qPrintable(refusals.at(1)));
        QCOMPARE(storedWhileRefused, 0);
        const auto stored = contactsOf(m_ada);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().outcome, QStringLiteral("voicemail_left"));
        QCOMPARE(stored.first().safetyOverride,
                 QStringLiteral("Agreed with Ada on 9 June; she has a new phone"));
        QTRY_VERIFY(tree->topLevelItem(0)->text(2).contains(QStringLiteral("despite safety flag")));
        QVERIFY(tree->topLevelItem(0)->toolTip(2).contains(QStringLiteral("new phone")));
        auto *detail = m_window->findChild<QTextBrowser *>(QStringLiteral("contactDetail"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("despite a safety-of-contact flag")));
    }

    void amendRecordsACorrectionAndKeepsTheOriginal()
    {
        domain::Contact first;
        first.personId = m_ben.id;
        first.direction = QStringLiteral("outbound");
        first.channel = QStringLiteral("phone");
        first.outcome = QStringLiteral("spoke");
        first.durationMinutes = 5;
        first.summary = QStringLiteral("First call");
        first.at = utc("2026-06-09T14:00:00Z");
        auto logged = services::ContactService(m_services->context).log(m_worker, first);
        QVERIFY2(logged.ok(), qPrintable(logged.error().describe()));

        auto *tree = openContacts(m_ben);
        QCOMPARE(tree->topLevelItemCount(), 1);
        tree->setCurrentItem(tree->topLevelItem(0));
        int prefilled = -1;
        QString windowTitle;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            windowTitle = dialog->windowTitle();
            auto *length = dialog->findChild<QSpinBox *>(QStringLiteral("durationSpin"));
            prefilled = length->value();
            tab(3); // direction -> channel -> outcome -> length
            QCOMPARE(focused(), length);
            type(QStringLiteral("25"));
            QTest::keyClick(length, Qt::Key_Return);
        });
        QTest::keyClick(tree, Qt::Key_F2);
        QCOMPARE(windowTitle, QStringLiteral("Correct a contact with Ben Okafor"));
        QCOMPARE(prefilled, 5);

        auto stored = contactsOf(m_ben);
        QCOMPARE(stored.size(), 2);
        const auto original = store::ContactRepository(m_db->db()).get(logged->id).value();
        QCOMPARE(original, logged.value()); // untouched
        const auto correction = stored.at(0).id == original.id ? stored.at(1) : stored.at(0);
        QCOMPARE(correction.amends, original.id);
        QCOMPARE(correction.durationMinutes, 25);
        QCOMPARE(correction.at, original.at);
        QCOMPARE(correction.summary, QStringLiteral("First call"));
        QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).endsWith(QStringLiteral("(corrected)")));
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("5 min"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(3), QStringLiteral("25 min"));

        // Amending the correction corrects the original again, from the latest values.
        backToWindow();
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            prefilled = dialog->findChild<QSpinBox *>(QStringLiteral("durationSpin"))->value();
            tab(6); // to the summary
            QTest::keyClick(focused(), Qt::Key_End);
            type(QStringLiteral(", then a text"));
            QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::keyClick(tree, Qt::Key_F2);
        QCOMPARE(prefilled, 25);
        stored = contactsOf(m_ben);
        QCOMPARE(stored.size(), 3);
        for (const auto &c : stored)
            if (c.id != original.id)
                QCOMPARE(c.amends, original.id);
        QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->topLevelItemCount(), 1);
    }

    void failedSaveKeepsTheValuesAndNamesTheField()
    {
        openContacts(m_ben);
        QStringList errors;
        QString summaryAfter;
        QString outcomeAfter;
        bool focusOnLength = false;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            // Nothing chosen as the outcome: the form says so at the outcome.
            QTest::keyClick(focused(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            errors << dialog->errorFor(QStringLiteral("outcome"));
            QCOMPARE(focused()->objectName(), QStringLiteral("outcomeCombo"));
            type(QStringLiteral("n")); // No answer
            tab();
            type(QStringLiteral("2000"));
            tab(3);
            type(QStringLiteral("Rang twice"));
            QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(dialog->isVisible());
            errors << dialog->errorFor(QStringLiteral("duration_minutes"));
            focusOnLength = focused()->objectName() == QLatin1String("durationSpin");
            summaryAfter =
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"))->toPlainText();
            outcomeAfter =
                dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"))->currentText();
            QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("3"));
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        pressCtrlL();
        QCOMPARE(errors, (QStringList{QStringLiteral("Outcome is required"),
                                      QStringLiteral("Length (minutes) is longer than a day")}));
        QVERIFY(focusOnLength);
        QCOMPARE(summaryAfter, QStringLiteral("Rang twice"));
        QCOMPARE(outcomeAfter, QStringLiteral("No answer"));
        const auto stored = contactsOf(m_ben);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().durationMinutes, 3);
        // About the referral awaiting triage, which the contact moves on.
        QCOMPARE(stored.first().referralId, m_benReferral);
        QCOMPARE(store::ReferralRepository(m_db->db()).get(m_benReferral)->status,
                 QStringLiteral("contact_attempted"));
    }

    void escapeWithEditsAsksFirst()
    {
        openContacts(m_ben);
        int asked = 0;
        bool openAfterCancel = false;
        QString outcomeKept;
        bool closedWithoutEdits = false;
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            tab(2);
            type(QStringLiteral("w")); // Wrong number
            test::whenModal<QMessageBox>([&](QMessageBox *box) {
                ++asked;
                QTest::keyClick(box, Qt::Key_Escape); // Cancel: back to the form
            });
            QTest::keyClick(focused(), Qt::Key_Escape);
            openAfterCancel = dialog->isVisible();
            dialog->activateWindow(); // no window manager offscreen to do it
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            outcomeKept =
                dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"))->currentText();
            test::whenModal<QMessageBox>([&](QMessageBox *box) {
                ++asked;
                box->button(QMessageBox::Discard)->click();
            });
            QTest::keyClick(focused(), Qt::Key_Escape);
        });
        pressCtrlL();
        QCOMPARE(asked, 2);
        QVERIFY(openAfterCancel);
        QCOMPARE(outcomeKept, QStringLiteral("Wrong number"));
        QVERIFY(contactsOf(m_ben).isEmpty());

        // Nothing typed: Esc closes at once.
        backToWindow();
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            QTest::keyClick(focused(), Qt::Key_Escape);
            closedWithoutEdits = !dialog->isVisible();
        });
        pressCtrlL();
        QVERIFY(closedWithoutEdits);
        QCOMPARE(asked, 2);
    }

    void withNobodyOpenAPickerComesFirst()
    {
        // The caseload in view, but the user is in the search box: no row is meant.
        m_window->showPage(ui::MainWindow::Caseload);
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setFocus();
        QStringList matches;
        QString dialogTitle;
        test::whenModal<ui::PersonPickerDialog>([&](ui::PersonPickerDialog *picker) {
            QCOMPARE(focused(), picker->searchEdit());
            type(QStringLiteral("Okafor"));
            for (int i = 0; i < picker->results()->count(); ++i)
                matches << picker->results()->item(i)->text();
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        test::whenModal<ui::LogContactDialog>([&](ui::LogContactDialog *dialog) {
            dialogTitle = dialog->windowTitle();
            saveScreenshot(dialog, "log-contact.png");
            tab(2);
            type(QStringLiteral("s"));
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        pressCtrlL();
        QCOMPARE(matches.size(), 1);
        QVERIFY(matches.first().startsWith(QStringLiteral("Okafor, Ben")));
        QCOMPARE(dialogTitle, QStringLiteral("Log a contact with Ben Okafor"));
        QCOMPARE(contactsOf(m_ben).size(), 1);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::Caseload));
    }
};

QTEST_MAIN(TestLogContact)
#include "tst_logcontact.moc"
