#include "ServiceFixtures.h"
#include "services/AuthService.h"
#include "store/Repositories.h"

using namespace hub;
using services::AuthService;

// The desktop app's first run: an empty database asks for its administrator, once.
class TestFirstAdmin : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-11-02T10:00:00Z");
    const QString m_ws = QStringLiteral("test-pc");

private Q_SLOTS:
    void createsAndSignsInTheFirstAdministrator()
    {
        test::ServiceFixture f(m_now);
        AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        QVERIFY(!auth.hasUsers());
        auto actor = auth.createFirstAdmin(QStringLiteral("office.admin"),
                                           QStringLiteral("Office Administrator"),
                                           QStringLiteral("first-admin-pass"), m_ws);
        QVERIFY2(actor.ok(), qPrintable(actor.error().describe()));
        QCOMPARE(actor->role, QStringLiteral("admin"));
        QCOMPARE(actor->workstation, m_ws);
        QVERIFY(auth.hasUsers());
        auto user = store::UserRepository(f.db()).byUsername(QStringLiteral("office.admin"));
        QVERIFY(user.ok());
        QCOMPARE(user->displayName, QStringLiteral("Office Administrator"));
        QCOMPARE(user->id, actor->userId);
        // The password is the administrator's own: no change is asked for.
        QVERIFY(auth.login(QStringLiteral("office.admin"), QStringLiteral("first-admin-pass"), m_ws)
                    .ok());
    }

    void refusedOnceAnyUserExists()
    {
        test::ServiceFixture f(m_now);
        AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        domain::User cw{QStringLiteral("u-1"),
                        QStringLiteral("cw1"),
                        QStringLiteral("Case Worker"),
                        QStringLiteral("caseworker"),
                        QString(),
                        true};
        QVERIFY(store::UserRepository(f.db()).insert(cw).ok());
        QVERIFY(auth.hasUsers());
        auto actor = auth.createFirstAdmin(QStringLiteral("intruder"), QString(),
                                           QStringLiteral("intruder-pass-1"), m_ws);
        QVERIFY(!actor.ok());
        QCOMPARE(actor.error().kind, Error::Kind::Conflict);
        QVERIFY(!store::UserRepository(f.db()).byUsername(QStringLiteral("intruder")).ok());
    }

    void refusalsNameTheField()
    {
        test::ServiceFixture f(m_now);
        AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        auto shortPassword = auth.createFirstAdmin(QStringLiteral("admin"), QString(),
                                                   QStringLiteral("short"), m_ws);
        QVERIFY(!shortPassword.ok());
        QCOMPARE(shortPassword.error().field, QStringLiteral("password"));
        auto badName = auth.createFirstAdmin(QStringLiteral("Bad Name"), QString(),
                                             QStringLiteral("long-enough-pass"), m_ws);
        QVERIFY(!badName.ok());
        QCOMPARE(badName.error().field, QStringLiteral("username"));
        QVERIFY(!auth.hasUsers());
    }
};

QTEST_GUILESS_MAIN(TestFirstAdmin)
#include "tst_firstadmin.moc"
