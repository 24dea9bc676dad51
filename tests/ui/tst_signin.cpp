#include "KeyboardSteps.h"
#include "ModalHelper.h"
#include "TempDatabase.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/SignInDialog.h"
#include "services/AuthService.h"
#include "services/DeskService.h"
#include "store/Repositories.h"

#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QtTest>

using namespace hub;
using test::child;

// Signing in as a user would: the same words for an unknown user and a wrong password, the
// lockout after five failures with the minutes to wait, and a temporary password that must
// be changed first. (A database without users: tst_firstrun.)
class TestSignIn : public QObject
{
    Q_OBJECT

    const QString m_ws = QStringLiteral("test-pc");
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::AuthService> m_auth;

    // Types the username and password and presses Enter, as a user would.
    static void attempt(ui::SignInDialog &dialog, const QString &user, const QString &password)
    {
        auto *name = child<QLineEdit>(&dialog, "signInUser");
        auto *secret = child<QLineEdit>(&dialog, "signInPassword");
        name->clear();
        secret->clear();
        QTest::keyClicks(name, user);
        QTest::keyClicks(secret, password);
        QTest::keyClick(secret, Qt::Key_Return);
    }

    void addUser(const QString &username, const QString &temporary)
    {
        auto admin = m_auth->login(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws);
        QVERIFY(admin.ok());
        auto added = m_auth->addUser(admin.value(), username, QStringLiteral("Casey Morgan"),
                                     QStringLiteral("caseworker"), QString(), temporary);
        QVERIFY2(added.ok(), qPrintable(added.error().describe()));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_services = std::make_unique<services::Services>(m_db->db());
        m_auth = std::make_unique<services::AuthService>(m_services->context,
                                                         security::PasswordHasher::Cost::Minimum);
        QVERIFY(
            m_auth->bootstrapAdmin(QStringLiteral("root"), QStringLiteral("admin-pass-123"), m_ws)
                .ok());
    }

    void cleanup()
    {
        m_auth.reset();
        m_services.reset();
        m_db.reset();
    }

    void wrongPasswordAndUnknownUserSayTheSame()
    {
        ui::SignInDialog dialog(*m_auth, m_ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(&dialog, "signInPassword")->echoMode(), QLineEdit::Password);
        attempt(dialog, QStringLiteral("root"), QStringLiteral("not-the-password"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), QStringLiteral("Wrong username or password."));
        QCOMPARE(child<QLineEdit>(&dialog, "signInUser")->text(), QStringLiteral("root"));
        QVERIFY(child<QLineEdit>(&dialog, "signInPassword")->text().isEmpty());
        attempt(dialog, QStringLiteral("nobody.here"), QStringLiteral("not-the-password"));
        QCOMPARE(dialog.message(), QStringLiteral("Wrong username or password."));

        attempt(dialog, QStringLiteral("root"), QStringLiteral("admin-pass-123"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().role, QStringLiteral("admin"));
        QCOMPARE(dialog.actor().workstation, m_ws);
    }

    void locksAfterFiveFailures()
    {
        ui::SignInDialog dialog(*m_auth, m_ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int i = 1; i < services::AuthService::kMaxFailures; ++i) {
            attempt(dialog, QStringLiteral("root"), QStringLiteral("wrong-%1").arg(i));
            QCOMPARE(dialog.message(), QStringLiteral("Wrong username or password."));
        }
        attempt(dialog, QStringLiteral("root"), QStringLiteral("wrong-5"));
        QVERIFY2(dialog.message().contains(QStringLiteral("locked for 15 minutes after 5 failed")),
                 qPrintable(dialog.message()));
        // The right password is not even checked now.
        attempt(dialog, QStringLiteral("root"), QStringLiteral("admin-pass-123"));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().startsWith(QStringLiteral("This account is locked for 15")));
    }

    void temporaryPasswordMustBeChanged()
    {
        addUser(QStringLiteral("cw.new"), QStringLiteral("temporary-pass-1"));
        ui::SignInDialog dialog(*m_auth, m_ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool changed = false;
        test::whenModal<ui::ChangePasswordDialog>([&](ui::ChangePasswordDialog *change) {
            auto *old = child<QLineEdit>(change, "oldPassword");
            auto *fresh = child<QLineEdit>(change, "newPassword");
            auto *repeat = child<QLineEdit>(change, "repeatPassword");
            QCOMPARE(old->text(), QStringLiteral("temporary-pass-1"));
            QCOMPARE(fresh->echoMode(), QLineEdit::Password);
            QTest::keyClicks(fresh, QStringLiteral("short"));
            QTest::keyClicks(repeat, QStringLiteral("short"));
            QTest::keyClick(repeat, Qt::Key_Return);
            QVERIFY(change->isVisible());
            QCOMPARE(change->errorFor(QStringLiteral("new_password")),
                     QStringLiteral("New password must be at least 10 characters long"));
            fresh->clear();
            repeat->clear();
            QTest::keyClicks(fresh, QStringLiteral("my-own-password-1"));
            QTest::keyClicks(repeat, QStringLiteral("my-own-password-2"));
            QTest::keyClick(repeat, Qt::Key_Return);
            QVERIFY(change->isVisible());
            QCOMPARE(change->errorFor(QStringLiteral("repeat_password")),
                     QStringLiteral("Repeat new password: does not match the new password"));
            repeat->clear();
            QTest::keyClicks(repeat, QStringLiteral("my-own-password-1"));
            QTest::keyClick(repeat, Qt::Key_Return);
            changed = !change->isVisible();
        });
        attempt(dialog, QStringLiteral("cw.new"), QStringLiteral("temporary-pass-1"));
        QVERIFY(changed);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto user = store::UserRepository(m_db->db()).byUsername(QStringLiteral("cw.new"));
        QVERIFY(user.ok());
        QCOMPARE(dialog.actor().userId, user->id);

        // The temporary password is gone; the new one signs in directly.
        ui::SignInDialog again(*m_auth, m_ws);
        again.show();
        attempt(again, QStringLiteral("cw.new"), QStringLiteral("temporary-pass-1"));
        QCOMPARE(again.message(), QStringLiteral("Wrong username or password."));
        attempt(again, QStringLiteral("cw.new"), QStringLiteral("my-own-password-1"));
        QCOMPARE(again.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
