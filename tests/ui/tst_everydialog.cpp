#include "DeskFixture.h"
#include "DeskScreen.h"
#include "ModalHelper.h"
#include "UiChecks.h"
#include "admin/EraseDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/SignInDialog.h"
#include "contacts/LogContactDialog.h"
#include "person/PersonEditDialog.h"
#include "referrals/IntakeDialog.h"
#include "referrals/TriageDialog.h"
#include "services/AuthService.h"
#include "services/ErasureService.h"
#include "services/ReferralService.h"
#include "supervisor/ClosureReviewDialog.h"
#include "tasks/TaskDialog.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>

#include <functional>

using namespace hub;

// Every form dialog, opened on a 1366x768 screen and shown its errors the way a person
// meets them (a refused save, a mismatch, an impossible date, the safety warning): no
// control is squeezed below its size and no words are cut off; Tab goes round every
// control once and comes back, each one visibly focused; no two controls share an Alt key
// and no Alt key is dead.
class TestEveryDialog : public QObject, protected test::DeskFixture
{
    Q_OBJECT

    using Opener = std::function<QDialog *()>;

    domain::User m_supervisor;
    domain::Person m_ada, m_ben;
    domain::Episode m_episode;
    QString m_benReferral;
    std::unique_ptr<services::AuthService> m_auth;
    std::unique_ptr<services::ErasureService> m_erasure;
    QMap<QString, Opener> m_openers;

    template <typename T> T *find(QDialog *dialog, const char *name)
    {
        auto *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

    static void click(QDialog *dialog, const char *name)
    {
        if (auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name)))
            button->click();
        else
            qWarning("no button %s", name);
    }

    // Shows the dialog and waits until it has the keyboard, as a person would.
    static void shown(QDialog *dialog)
    {
        dialog->show();
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the dialog did not become active");
    }

    // Types into a field as a person does: into the field, all of it replaced.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    void addOpeners()
    {
        m_openers.insert(QStringLiteral("log contact, safety override refused"), [this]() {
            auto file = m_cases->openPerson(m_worker, m_ada.id);
            auto *d = new ui::LogContactDialog(*m_services, m_worker, file.value());
            shown(d);
            auto *outcome = find<QComboBox>(d, "outcomeCombo");
            outcome->setCurrentIndex(outcome->findData(QStringLiteral("voicemail_left")));
            d->save(); // refused: Override is not ticked
            return d;
        });
        m_openers.insert(
            QStringLiteral("log contact, override reason and length refused"), [this]() {
                auto file = m_cases->openPerson(m_worker, m_ada.id);
                auto *d = new ui::LogContactDialog(*m_services, m_worker, file.value());
                shown(d);
                auto *outcome = find<QComboBox>(d, "outcomeCombo");
                outcome->setCurrentIndex(outcome->findData(QStringLiteral("voicemail_left")));
                find<QCheckBox>(d, "overrideCheck")->setChecked(true);
                d->save(); // refused: no reason
                find<QLineEdit>(d, "overrideReasonEdit")
                    ->setText(QStringLiteral("Agreed by phone"));
                find<QSpinBox>(d, "durationSpin")->setValue(2000);
                d->save(); // refused: longer than a day
                return d;
            });
        m_openers.insert(QStringLiteral("log contact, impossible date"), [this]() {
            auto file = m_cases->openPerson(m_worker, m_ben.id);
            auto *d = new ui::LogContactDialog(*m_services, m_worker, file.value());
            shown(d);
            retype(find<QLineEdit>(d, "atEdit"), QStringLiteral("31/02/2026 10:00"));
            d->save();
            return d;
        });
        m_openers.insert(QStringLiteral("closure review, return refused"), [this]() {
            auto *d = new ui::ClosureReviewDialog(*m_services, actorOf(m_supervisor), m_episode.id);
            shown(d);
            click(d, "returnClosureButton"); // refused: no comment
            return d;
        });
        m_openers.insert(QStringLiteral("change password, mismatch"), [this]() {
            auto *d = new ui::ChangePasswordDialog(*m_auth, QStringLiteral("cw1"),
                                                   QStringLiteral("temporary-pass-1"),
                                                   QStringLiteral("test-pc"));
            shown(d);
            retype(find<QLineEdit>(d, "newPassword"), QStringLiteral("a-new-password-1"));
            retype(find<QLineEdit>(d, "repeatPassword"), QStringLiteral("a-new-password-2"));
            find<QDialogButtonBox>(d, "")->button(QDialogButtonBox::Ok)->click();
            return d;
        });
        m_openers.insert(QStringLiteral("sign in, wrong password"), [this]() {
            auto *d = new ui::SignInDialog(*m_auth, QStringLiteral("test-pc"));
            shown(d);
            retype(find<QLineEdit>(d, "signInUser"), QStringLiteral("cw1"));
            retype(find<QLineEdit>(d, "signInPassword"), QStringLiteral("not-the-password"));
            click(d, "signInButton");
            return d;
        });
        m_openers.insert(QStringLiteral("task, no title and an impossible due date"), [this]() {
            auto file = m_cases->openPerson(m_worker, m_ada.id);
            auto *d = new ui::TaskDialog(*m_services, m_worker, &file.value());
            shown(d);
            d->save(); // refused: no title
            retype(find<QLineEdit>(d, "taskDueEdit"), QStringLiteral("30022027"));
            d->save();
            return d;
        });
        m_openers.insert(QStringLiteral("person details, impossible date of birth"), [this]() {
            auto *d = new ui::PersonEditDialog(*m_services, m_worker, m_ada);
            shown(d);
            retype(find<QLineEdit>(d, "date_of_birthEdit"), QStringLiteral("29/02/1987"));
            d->save();
            return d;
        });
        m_openers.insert(QStringLiteral("intake, nothing typed"), [this]() {
            auto *d = new ui::IntakeDialog(*m_services, m_worker);
            shown(d);
            d->save();
            return d;
        });
        m_openers.insert(QStringLiteral("triage, nothing chosen"), [this]() {
            auto items =
                services::ReferralService(m_services->context).inbox(m_worker, m_worker.teamId);
            services::InboxItem item;
            for (const auto &i : items.value())
                if (i.row.referral.id == m_benReferral)
                    item = i;
            auto *d = new ui::TriageDialog(*m_services, m_worker, item);
            shown(d);
            d->save();
            return d;
        });
        m_openers.insert(QStringLiteral("erase, impossible date"), [this]() {
            services::ErasureCandidate c;
            c.personId = m_ben.id;
            c.name = m_ben.displayName();
            auto *d = new ui::EraseDialog(*m_erasure, m_worker, c);
            shown(d);
            retype(d->requestedOn(), QStringLiteral("32/11/2026"));
            d->reason()->setFocus(Qt::TabFocusReason);
            return d;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        openDatabase();
        const domain::Team team{util::newId(), QStringLiteral("North")};
        QVERIFY(store::TeamRepository(m_db->db()).insert(team).ok());
        const auto worker =
            addUser(QStringLiteral("cw.north"), QStringLiteral("Wren Hale"), team.id);
        m_worker = actorOf(worker);
        m_supervisor = addUser(QStringLiteral("sup.north"), QStringLiteral("Sol Reyes"), team.id);
        m_supervisor.role = QStringLiteral("supervisor");
        QVERIFY(store::UserRepository(m_db->db()).update(m_supervisor).ok());
        m_ada =
            addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"), false, QDate(1980, 3, 4));
        m_ben = addPerson(QStringLiteral("Ben"), QStringLiteral("Okafor"), true);

        std::tie(m_episode, m_benReferral) = addClosureAndNewReferral(m_ada, m_ben, worker.id);

        startServices();
        m_auth = std::make_unique<services::AuthService>(m_services->context,
                                                         security::PasswordHasher::Cost::Minimum);
        m_erasure = std::make_unique<services::ErasureService>(m_services->context);
        addOpeners();

        // The screen the desk was tried on.
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
    }

    void cleanupTestCase()
    {
        m_erasure.reset();
        m_auth.reset();
        closeAll();
    }

    void errorsGrowTheDialogAndCutNothingOff_data()
    {
        QTest::addColumn<QString>("dialog");
        for (auto it = m_openers.cbegin(); it != m_openers.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void errorsGrowTheDialogAndCutNothingOff()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QDialog> d(m_openers.value(dialog)());
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QTest::qWait(50); // the queued growth after the messages appeared
        // The errors were shown (a dialog that says nothing checks nothing).
        bool shown = false;
        for (auto *label : d->findChildren<QLabel *>())
            shown = shown || (label->isVisible() &&
                              (label->property("role").toString() == QLatin1String("fieldError") ||
                               label->objectName().endsWith(QLatin1String("Error")) ||
                               label->objectName() == QLatin1String("signInMessage")));
        QVERIFY2(shown, "no error is shown");
        const auto problems = test::layoutProblems(d.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(d->frameGeometry().height() <= 768);
        if (const auto dir = qEnvironmentVariable("HUB_SCREENSHOT_DIR"); !dir.isEmpty())
            d->grab().save(dir + QLatin1Char('/') +
                           QString(dialog).replace(QLatin1Char(' '), QLatin1Char('-')) +
                           QStringLiteral(".png"));
    }

    void tabGoesRoundEveryControlOnce_data() { errorsGrowTheDialogAndCutNothingOff_data(); }

    void tabGoesRoundEveryControlOnce()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QDialog> d(m_openers.value(dialog)());
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        const auto problems = test::tabProblems(d.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyAltKeyIsUniqueAndWorks_data() { errorsGrowTheDialogAndCutNothingOff_data(); }

    void everyAltKeyIsUniqueAndWorks()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QDialog> d(m_openers.value(dialog)());
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        const auto problems = test::mnemonicProblems(d.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The erase dialog's Alt+R is the reason's: what is typed after it lands there.
    void altRInTheEraseDialogGoesToTheReason()
    {
        services::ErasureCandidate c;
        c.personId = m_ben.id;
        c.name = m_ben.displayName();
        ui::EraseDialog d(*m_erasure, m_worker, c);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(d.reason()->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Written request"));
        QCOMPARE(d.reason()->text(), QStringLiteral("Written request"));
        QCOMPARE(d.requestedOn()->date(), QDate(2026, 6, 10));
    }

    // Discard in the "not saved" question has its Alt key.
    void altDDiscards()
    {
        auto *d = new ui::TaskDialog(*m_services, m_worker, nullptr);
        std::unique_ptr<QDialog> owner(d);
        d->show();
        QVERIFY(QTest::qWaitForWindowActive(d));
        QTest::keyClicks(find<QLineEdit>(d, "taskTitleEdit"), QStringLiteral("Call back"));
        bool asked = false;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            QTest::keyClick(box, Qt::Key_D, Qt::AltModifier);
        });
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(asked);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
    }
};

// The offscreen screen as the desk was tried on: 1366x768.
HUB_DESK_TEST_MAIN(TestEveryDialog)

#include "tst_everydialog.moc"
