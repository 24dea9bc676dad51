// The supervisor's Possible duplicates list and the side-by-side Merge dialog, offscreen at
// 1366x768 (docs/USER_GUIDE.md "Merging duplicate people"). With HUB_SCREENSHOT_DIR set,
// the pictures of the guide are written there (docs/images/h14-merge-*.png,
// h14-rest-unmerge.png).
#include "DeskFixture.h"
#include "PersonView.h"
#include "services/PersonMergeService.h"
#include "supervisor/DuplicatesDialog.h"
#include "supervisor/MergeDialog.h"
#include "supervisor/UnmergeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QTimer>

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

using namespace hub;

class TestMergeDialog : public QObject, private test::DeskFixture
{
    Q_OBJECT

private:
    domain::Person m_kept, m_other;

    static void picture(QWidget *w, const char *name)
    {
        const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(w->grab().save(dir + QStringLiteral("/h14-merge-%1.png").arg(QLatin1String(name))));
    }

private Q_SLOTS:
    void init()
    {
        openDatabase();
        const domain::Team team{util::newId(), QStringLiteral("Northfield")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(team).ok());
        const domain::User sup{util::newId(),
                               QStringLiteral("sup.northfield"),
                               QStringLiteral("Ola Reyes"),
                               QStringLiteral("supervisor"),
                               team.id,
                               true};
        QVERIFY(store::UserRepository(m_db->db()).insert(sup).ok());
        m_kept = addPerson(QStringLiteral("Marta"), QStringLiteral("Kowalczyk"), true,
                           QDate(1984, 2, 11));
        m_other = addPerson(QStringLiteral("Marta"), QStringLiteral("Kowalczik"), false,
                            QDate(1984, 2, 11));
        m_other.email = QStringLiteral("m.k@example.org");
        m_other.postcode = QStringLiteral("PE1 1XX");
        QVERIFY(store::PersonRepository(m_db->db()).update(m_other).ok());
        addPerson(QStringLiteral("Imran"), QStringLiteral("Haddad"));
        startServices();
        m_worker = domain::Actor{sup.id, sup.role, sup.teamId, QStringLiteral("test-pc")};
    }

    void cleanup() { closeAll(); }

    // Keyboard and mouse through the dialog: the other record's email survives, voicemail
    // stays "not safe" whatever is chosen, and Merge joins the records.
    void mergeDialogMergesWithChosenFields()
    {
        ui::MergeDialog dialog(*m_services, m_worker, m_kept, m_other);
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *voicemail = dialog.findChild<QLabel *>(QStringLiteral("safe_voicemailResult"));
        QVERIFY(voicemail);
        QVERIFY2(voicemail->text().contains(QStringLiteral("Not safe")),
                 qPrintable(voicemail->text()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("safetyNote")));
        // Values read as everywhere else in the app: labels, not stored codes.
        const auto radio = [&](const char *name) {
            auto *r = dialog.findChild<QRadioButton *>(QLatin1String(name));
            return r ? r->text() : QStringLiteral("(missing)");
        };
        QCOMPARE(radio("genderKeptRadio"), QStringLiteral("Not stated"));
        QCOMPARE(radio("first_languageKeptRadio"), QStringLiteral("English"));
        QCOMPARE(radio("date_of_birthKeptRadio"), QStringLiteral("11/02/1984"));
        auto *email = dialog.findChild<QRadioButton *>(QStringLiteral("emailOtherRadio"));
        QVERIFY(email && email->isEnabled());
        QVERIFY(email->isChecked()); // the kept record has none
        auto *family = dialog.findChild<QRadioButton *>(QStringLiteral("family_nameKeptRadio"));
        QVERIFY(family->isChecked());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Same date of birth, name misspelt"));
        QCOMPARE(dialog.fromOther(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("postcode")}));
        picture(&dialog, "dialog");
        QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto kept = store::PersonRepository(m_db->db()).get(m_kept.id);
        QCOMPARE(kept->email, QStringLiteral("m.k@example.org"));
        QCOMPARE(kept->familyName, QStringLiteral("Kowalczyk"));
        QCOMPARE(kept->safeVoicemail, domain::ContactSafety::NotSafe);
        QCOMPARE(store::PersonRepository(m_db->db()).get(m_other.id)->mergedInto, m_kept.id);
    }

    // Without a reason nothing is merged and the field says why.
    void mergeNeedsAReason()
    {
        ui::MergeDialog dialog(*m_services, m_worker, m_kept, m_other);
        dialog.show();
        QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorFor(QStringLiteral("reason")).isEmpty());
        QVERIFY(store::PersonRepository(m_db->db()).get(m_other.id)->mergedInto.isEmpty());
    }

    // A supervisor undoes a merge from the kept person's record, by keyboard: "Undo
    // merge…" shows only while there is a merge to undo; the dialog names both records;
    // Enter (Cancel is the default) changes nothing; Tab to Undo merge and Space undoes
    // it, and both records are as they were.
    void personViewUndoesAMergeByKeyboard()
    {
        services::PersonMergeService merges(m_services->context);
        auto merged = merges.merge(m_worker, {m_kept.id,
                                              m_other.id,
                                              QStringLiteral("Same date of birth, name misspelt"),
                                              {QStringLiteral("email")}});
        QVERIFY2(merged.ok(), qPrintable(merged.error().describe()));
        QCOMPARE(store::PersonRepository(m_db->db()).get(m_kept.id)->email,
                 QStringLiteral("m.k@example.org"));

        ui::PersonView view;
        view.resize(1366, 768);
        view.setWorkContext(m_services.get(), m_worker);
        auto file = services::CaseService(m_db->db()).openPerson(m_worker, m_kept.id);
        QVERIFY2(file.ok(), qPrintable(file.error().describe()));
        view.setFile(file.value());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *button = view.findChild<QPushButton *>(QStringLiteral("unmergeButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());

        // The dialog on its own: both names, and the safe default.
        {
            auto into = merges.mergesInto(m_worker, m_kept.id);
            QVERIFY(into.ok());
            ui::UnmergeDialog dialog(*m_services, m_worker, file->person, into.value(), &view);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const auto question = dialog.question()->text();
            QVERIFY2(question.contains(QStringLiteral("Marta Kowalczik")) &&
                         question.contains(QStringLiteral("Marta Kowalczyk")) &&
                         question.contains(QStringLiteral("Same date of birth, name misspelt")) &&
                         question.contains(QStringLiteral("Ola Reyes")),
                     qPrintable(question));
            QVERIFY(dialog.mergeChoice()->hasFocus());
            QTest::keyClick(&dialog, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(store::PersonRepository(m_db->db()).get(m_other.id)->mergedInto, m_kept.id);
        }

        // Through the view: the button opens it; Tab and Space undo the merge.
        QString seen;
        bool altIgnored = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = view.findChild<ui::UnmergeDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            poll.stop();
            seen = dialog->question()->text();
            const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR");
            if (!dir.isEmpty()) {
                // The record at 1366x768 with the dialog over its middle, as the user sees it.
                dialog->resize(dialog->sizeHint().expandedTo(QSize(620, 0)));
                QPixmap shot = view.grab();
                QPainter paint(&shot);
                const auto over = dialog->grab();
                paint.drawPixmap((shot.width() - over.width()) / 2,
                                 (shot.height() - over.height()) / 2, over);
                paint.end();
                shot.save(dir + QStringLiteral("/h14-rest-unmerge.png"));
            }
            // Tab from the merge list to Undo merge, and Space presses it.
            for (int i = 0; i < 6 && !dialog->undoButton()->hasFocus(); ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClick(dialog->undoButton(), Qt::Key_Space);
            if (dialog->isVisible()) { // the keys did nothing: close it, and fail below
                altIgnored = true;
                dialog->reject();
            }
        });
        QSignalSpy said(&view, &ui::PersonView::message);
        poll.start();
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY2(seen.contains(QStringLiteral("Marta Kowalczik")), qPrintable(seen));
        QVERIFY(!altIgnored);
        QCOMPARE(said.count(), 1);
        QVERIFY(said.first().first().toString().contains(QStringLiteral("Marta Kowalczik")));
        const auto other = store::PersonRepository(m_db->db()).get(m_other.id);
        QVERIFY(other->mergedInto.isEmpty());
        QCOMPARE(other->email, QStringLiteral("m.k@example.org"));
        QCOMPARE(store::PersonRepository(m_db->db()).get(m_kept.id)->email, QString());
        QVERIFY(!button->isVisible()); // nothing left to undo
    }

    // The list runs in the background with a progress bar and finds the pair.
    void duplicatesListFindsThePair()
    {
        ui::DuplicatesDialog dialog(*m_services, m_worker);
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy done(&dialog, &ui::DuplicatesDialog::finished);
        dialog.start();
        QVERIFY(done.wait(20000) || done.count() == 1);
        QCOMPARE(dialog.pairs().size(), 1);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(dialog.table()->item(0, 1)->text().contains(QStringLiteral("Marta")));
        picture(&dialog, "duplicates");
    }
};

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
