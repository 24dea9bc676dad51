// The supervisor's Possible duplicates list and the side-by-side Merge dialog, offscreen at
// 1366x768 (docs/USER_GUIDE.md "Merging duplicate people"). With HUB_SCREENSHOT_DIR set,
// the pictures of the guide are written there (docs/images/h14-merge-*.png).
#include "DeskFixture.h"
#include "supervisor/DuplicatesDialog.h"
#include "supervisor/MergeDialog.h"

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
