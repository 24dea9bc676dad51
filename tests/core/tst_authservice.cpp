#include "ServiceFixtures.h"
#include "archive/ArchiveWriter.h"
#include "services/AuthService.h"

#include <QBuffer>
#include <QDirIterator>

using namespace hub;
using services::AuthService;

// Signing in and managing users: one answer for unknown users and wrong passwords,
// lockout on a fixed clock, temporary passwords that must be changed, a policy whose
// refusals name the field, administrators only, and no password in clear anywhere.
class TestAuthService : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-11-02T10:00:00Z");
    const QString m_adminPassword = QStringLiteral("admin-password-1");
    const QString m_ws = QStringLiteral("test-pc");

    struct Setup
    {
        explicit Setup(const QDateTime &now)
            : f(now), auth(f.ctx, security::PasswordHasher::Cost::Minimum)
        {
        }
        test::ServiceFixture f;
        AuthService auth;
        domain::Actor admin;
    };

    std::unique_ptr<Setup> makeSetup()
    {
        auto s = std::make_unique<Setup>(m_now);
        auto user = s->auth.bootstrapAdmin(QStringLiteral("root"), m_adminPassword, m_ws);
        if (!user.ok())
            qFatal("bootstrap: %s", qPrintable(user.error().describe()));
        auto actor = s->auth.login(QStringLiteral("root"), m_adminPassword, m_ws);
        if (!actor.ok())
            qFatal("admin login: %s", qPrintable(actor.error().describe()));
        s->admin = actor.value();
        return s;
    }

    static QStringList audit(test::ServiceFixture &f, const QString &action)
    {
        QSqlQuery q(f.db().connection());
        q.prepare(QStringLiteral("SELECT coalesce(username, '') || '|' || coalesce(detail, '') "
                                 "FROM audit_event WHERE action = ? ORDER BY seq"));
        q.addBindValue(action);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

    // A caseworker with a temporary password, then a password of their own.
    static void addWorker(Setup &s, const QString &name, const QString &password)
    {
        QVERIFY(s.auth
                    .addUser(s.admin, name, QStringLiteral("Worker"), QStringLiteral("caseworker"),
                             QString(), QStringLiteral("temporary-pass-1"))
                    .ok());
        QVERIFY(s.auth.changePassword(name, QStringLiteral("temporary-pass-1"), password).ok());
    }

    // cw.one, a caseworker with a password of their own, signed in.
    domain::Actor signedInWorker(Setup &s)
    {
        addWorker(s, QStringLiteral("cw.one"), QStringLiteral("worker-password-1"));
        auto worker =
            s.auth.login(QStringLiteral("cw.one"), QStringLiteral("worker-password-1"), m_ws);
        if (!worker.ok())
            qFatal("worker login: %s", qPrintable(worker.error().describe()));
        return worker.value();
    }

private Q_SLOTS:
    void theFirstAdministratorSignsIn()
    {
        auto s = makeSetup();
        QCOMPARE(s->admin.role, QStringLiteral("admin"));
        QCOMPARE(s->admin.workstation, m_ws);
        QCOMPARE(audit(s->f, QStringLiteral("login.ok")).size(), 1);
        // Only once: a second bootstrap is refused.
        const auto again = s->auth.bootstrapAdmin(QStringLiteral("other"), m_adminPassword, m_ws);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
    }

    // hubctl init --admin: a database with any user at all gets no administrator from
    // whoever can run hubctl on the file, not even when none of its administrators can sign
    // in; a signed-in administrator may make (or re-activate) one, with a temporary password.
    void anAdministratorIsMadeOnlyOnAnEmptyDatabaseOrByAnAdministrator()
    {
        auto s = makeSetup();
        const auto worker = signedInWorker(*s);

        // By an administrator: a new one, whose password must be changed first.
        auto second = s->auth.bootstrapAdmin(QStringLiteral("second.admin"),
                                             QStringLiteral("temporary-pass-2"), m_ws, s->admin);
        QVERIFY2(second.ok(), qPrintable(second.error().describe()));
        const auto first =
            s->auth.login(QStringLiteral("second.admin"), QStringLiteral("temporary-pass-2"), m_ws);
        QVERIFY(!first.ok());
        QVERIFY(AuthService::isPasswordChangeRequired(first.error()));
        // ... or one disabled, active again.
        QVERIFY(s->auth.disable(s->admin, QStringLiteral("second.admin")).ok());
        QVERIFY(s->auth
                    .bootstrapAdmin(QStringLiteral("second.admin"),
                                    QStringLiteral("temporary-pass-3"), m_ws, s->admin)
                    .ok());
        QVERIFY(
            store::UserRepository(s->f.db()).byUsername(QStringLiteral("second.admin"))->active);
        const auto byAdmin = audit(s->f, QStringLiteral("user.reactivate"));
        QCOMPARE(byAdmin, QStringList{QStringLiteral("root|administrator (init --admin)")});
        // A caseworker cannot.
        QCOMPARE(s->auth
                     .bootstrapAdmin(QStringLiteral("third.admin"),
                                     QStringLiteral("temporary-pass-4"), m_ws, worker)
                     .error()
                     .kind,
                 Error::Kind::Permission);

        // Nobody signed in: refused as soon as the database has users, even when no
        // administrator is left who could sign in.
        for (const char *name : {"root", "second.admin"}) {
            auto admin = store::UserRepository(s->f.db()).byUsername(QString::fromLatin1(name));
            QVERIFY(admin.ok());
            auto off = admin.value();
            off.active = false;
            QVERIFY(store::UserRepository(s->f.db()).update(off).ok());
        }
        const int users = s->f.count("app_user");
        const int events = s->f.count("audit_event");
        for (const char *name : {"intruder", "root"}) {
            const auto taken = s->auth.bootstrapAdmin(QString::fromLatin1(name),
                                                      QStringLiteral("taken-over-12"), m_ws);
            QVERIFY2(!taken.ok(), name);
            QCOMPARE(taken.error().kind, Error::Kind::Conflict);
            QVERIFY2(taken.error().message.contains(QLatin1String("already has users")),
                     qPrintable(taken.error().message));
        }
        QCOMPARE(s->f.count("app_user"), users);
        QCOMPARE(s->f.count("audit_event"), events);
        QVERIFY(!store::UserRepository(s->f.db()).byUsername(QStringLiteral("root"))->active);
        QVERIFY(!s->auth.login(QStringLiteral("root"), QStringLiteral("taken-over-12"), m_ws).ok());
    }

    void unknownUserAndWrongPasswordGetTheSameAnswer()
    {
        auto s = makeSetup();
        addWorker(*s, QStringLiteral("cw.one"), QStringLiteral("worker-password-1"));
        const auto wrong =
            s->auth.login(QStringLiteral("cw.one"), QStringLiteral("Guess-1234"), m_ws);
        const auto unknown =
            s->auth.login(QStringLiteral("nobody"), QStringLiteral("Guess-5678"), m_ws);
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().message, unknown.error().message);
        QCOMPARE(wrong.error().kind, Error::Kind::Permission);
        QCOMPARE(unknown.error().kind, Error::Kind::Permission);
        QCOMPARE(wrong.error().field, unknown.error().field);

        const auto failed = audit(s->f, QStringLiteral("login.failed"));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(0).startsWith(QLatin1String("cw.one|wrong password")));
        QCOMPARE(failed.at(1), QStringLiteral("|unknown user"));
        // The typed passwords are in no audit event.
        QSqlQuery q(s->f.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE "
                                      "detail LIKE '%Guess%' OR username LIKE '%Guess%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        const auto ok =
            s->auth.login(QStringLiteral(" cw.one "), QStringLiteral("worker-password-1"), m_ws);
        QVERIFY2(ok.ok(), qPrintable(ok.error().describe()));
        QCOMPARE(ok->role, QStringLiteral("caseworker"));
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        auto s = makeSetup();
        const auto password = QStringLiteral("worker-password-1");
        addWorker(*s, QStringLiteral("cw.one"), password);
        for (int i = 1; i <= AuthService::kMaxFailures; ++i) {
            const auto r =
                s->auth.login(QStringLiteral("cw.one"), QStringLiteral("wrong-%1").arg(i), m_ws);
            QVERIFY(!r.ok());
            // The fifth says the account is now locked.
            QCOMPARE(r.error().message.contains(QLatin1String("locked")),
                     i == AuthService::kMaxFailures);
        }
        // Locked: even the right password is refused, for fifteen minutes.
        auto r = s->auth.login(QStringLiteral("cw.one"), password, m_ws);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("locked")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("10:15")), qPrintable(r.error().message));
        s->f.clock.set(m_now.addSecs(14 * 60 + 59));
        QVERIFY(!s->auth.login(QStringLiteral("cw.one"), password, m_ws).ok());
        s->f.clock.set(m_now.addSecs(15 * 60));
        r = s->auth.login(QStringLiteral("cw.one"), password, m_ws);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));

        // After a success the count starts again: four failures do not lock.
        for (int i = 1; i < AuthService::kMaxFailures; ++i)
            QVERIFY(
                !s->auth
                     .login(QStringLiteral("cw.one"), QStringLiteral("nope-nope-%1").arg(i), m_ws)
                     .ok());
        QVERIFY(s->auth.login(QStringLiteral("cw.one"), password, m_ws).ok());
        QVERIFY(audit(s->f, QStringLiteral("login.failed"))
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("locked until 2026-11-02T10:15:00Z")));
    }

    void aTemporaryPasswordMustBeChanged()
    {
        auto s = makeSetup();
        const auto temp = QStringLiteral("temporary-pass-1");
        QVERIFY(s->auth
                    .addUser(s->admin, QStringLiteral("cw.two"), QString(),
                             QStringLiteral("caseworker"), QString(), temp)
                    .ok());
        const auto first = s->auth.login(QStringLiteral("cw.two"), temp, m_ws);
        QVERIFY(!first.ok());
        QVERIFY(AuthService::isPasswordChangeRequired(first.error()));
        QVERIFY(!AuthService::isPasswordChangeRequired(
            s->auth.login(QStringLiteral("cw.two"), QStringLiteral("not-the-temp"), m_ws).error()));

        const auto changed = s->auth.changePassword(QStringLiteral("cw.two"), temp,
                                                    QStringLiteral("my own password"), m_ws);
        QVERIFY2(changed.ok(), qPrintable(changed.error().describe()));
        QCOMPARE(changed->role, QStringLiteral("caseworker"));
        QVERIFY(
            s->auth.login(QStringLiteral("cw.two"), QStringLiteral("my own password"), m_ws).ok());
        QVERIFY(!s->auth.login(QStringLiteral("cw.two"), temp, m_ws).ok());
        QCOMPARE(audit(s->f, QStringLiteral("password.change")).size(), 1);

        // An administrator's reset makes it temporary again and lifts a lockout.
        for (int i = 0; i < AuthService::kMaxFailures; ++i)
            (void)s->auth.login(QStringLiteral("cw.two"), QStringLiteral("bad-password"), m_ws);
        QVERIFY(
            s->auth.setPassword(s->admin, QStringLiteral("cw.two"), QStringLiteral("reset-pass-22"))
                .ok());
        QVERIFY(AuthService::isPasswordChangeRequired(
            s->auth.login(QStringLiteral("cw.two"), QStringLiteral("reset-pass-22"), m_ws)
                .error()));
    }

    void policyRefusalsNameTheField_data()
    {
        QTest::addColumn<QString>("newPassword");
        QTest::addColumn<QString>("words");
        QTest::newRow("too short") << QStringLiteral("short-9ch") << QStringLiteral("at least 10");
        QTest::newRow("the username")
            << QStringLiteral("CW.Three.Long") << QStringLiteral("username");
        QTest::newRow("unchanged")
            << QStringLiteral("temporary-pass-1") << QStringLiteral("differ");
    }
    void policyRefusalsNameTheField()
    {
        QFETCH(QString, newPassword);
        QFETCH(QString, words);
        auto s = makeSetup();
        QVERIFY(s->auth
                    .addUser(s->admin, QStringLiteral("cw.three.long"), QString(),
                             QStringLiteral("caseworker"), QString(),
                             QStringLiteral("temporary-pass-1"))
                    .ok());
        const auto r = s->auth.changePassword(
            QStringLiteral("cw.three.long"), QStringLiteral("temporary-pass-1"), newPassword, m_ws);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("new_password"));
        QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
        // A refused policy is not a failed sign-in.
        QCOMPARE(audit(s->f, QStringLiteral("login.failed")).size(), 0);

        const auto add =
            s->auth.addUser(s->admin, QStringLiteral("cw.four"), QString(),
                            QStringLiteral("caseworker"), QString(), QStringLiteral("short"));
        QVERIFY(!add.ok());
        QCOMPARE(add.error().field, QStringLiteral("temporary_password"));
        const auto role =
            s->auth.addUser(s->admin, QStringLiteral("cw.four"), QString(), QStringLiteral("chief"),
                            QString(), QStringLiteral("long enough pw"));
        QCOMPARE(role.error().field, QStringLiteral("role"));
        const auto name = s->auth.addUser(s->admin, QStringLiteral("Bad Name"), QString(),
                                          QStringLiteral("caseworker"), QString(),
                                          QStringLiteral("long enough pw"));
        QCOMPARE(name.error().field, QStringLiteral("username"));
        const auto team = s->auth.addUser(
            s->admin, QStringLiteral("cw.four"), QString(), QStringLiteral("caseworker"),
            QStringLiteral("no-such-team"), QStringLiteral("long enough pw"));
        QCOMPARE(team.error().field, QStringLiteral("team_id"));
    }

    void onlyAdministratorsManageUsers()
    {
        auto s = makeSetup();
        const auto worker = signedInWorker(*s);
        // A caseworker, and a value that only claims to be an admin, are both refused.
        auto claimed = worker;
        claimed.role = QStringLiteral("admin");
        for (const auto &actor : {worker, claimed, domain::Actor::system()}) {
            const auto add = s->auth.addUser(actor, QStringLiteral("cw.five"), QString(),
                                             QStringLiteral("caseworker"), QString(),
                                             QStringLiteral("temporary-pass-1"));
            QCOMPARE(add.error().kind, Error::Kind::Permission);
            QCOMPARE(
                s->auth.setPassword(actor, QStringLiteral("root"), QStringLiteral("taken-over-1"))
                    .error()
                    .kind,
                Error::Kind::Permission);
            QCOMPARE(s->auth.disable(actor, QStringLiteral("root")).error().kind,
                     Error::Kind::Permission);
            QCOMPARE(s->auth.list(actor).error().kind, Error::Kind::Permission);
        }
        QCOMPARE(s->f.count("app_user"), 2);
        QVERIFY(s->auth.login(QStringLiteral("root"), m_adminPassword, m_ws).ok());

        // The administrator can; a disabled user cannot sign in; nobody disables themselves.
        QVERIFY(s->auth.disable(s->admin, QStringLiteral("cw.one")).ok());
        const auto disabled =
            s->auth.login(QStringLiteral("cw.one"), QStringLiteral("worker-password-1"), m_ws);
        QVERIFY(!disabled.ok());
        QVERIFY(disabled.error().message.contains(QLatin1String("disabled")));
        QCOMPARE(s->auth.disable(s->admin, QStringLiteral("root")).error().field,
                 QStringLiteral("username"));
        const auto accounts = s->auth.list(s->admin);
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->size(), 2);
        QCOMPARE(audit(s->f, QStringLiteral("user.add")).size(), 2);
        QCOMPARE(audit(s->f, QStringLiteral("user.disable")).size(), 1);
    }

    void aDemoHashIsUpgradedAtSignIn()
    {
        auto s = makeSetup();
        // The minimum-cost hash from the setup is re-hashed by a normal-cost service.
        AuthService normal(s->f.ctx);
        QVERIFY(normal.login(QStringLiteral("root"), m_adminPassword, m_ws).ok());
        QSqlQuery q(s->f.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT password_hash FROM app_user WHERE username = 'root'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("m=65536,t=2")),
                 qPrintable(q.value(0).toString()));
    }

    void noPasswordInClearOnDiskOrInTheArchive()
    {
        auto s = makeSetup();
        const QByteArray chosen("Plaintext-Secret-4711");
        const QByteArray typed("Typed-Wrong-Secret-0815");
        addWorker(*s, QStringLiteral("cw.one"), QString::fromLatin1(chosen));
        QVERIFY(!s->auth.login(QStringLiteral("cw.one"), QString::fromLatin1(typed), m_ws).ok());
        // A password typed into the username box is not kept either.
        QVERIFY(!s->auth.login(QString::fromLatin1(typed), QStringLiteral("x"), m_ws).ok());

        // The archive carries users but never a hash.
        QBuffer archive;
        QVERIFY(archive.open(QIODevice::WriteOnly));
        QVERIFY(archive::exportArchive(s->f.db(), archive).ok());
        QVERIFY(archive.data().contains("cw.one"));
        QVERIFY(!archive.data().contains("argon2"));
        QVERIFY(!archive.data().contains("password"));

        // Every byte of the database, its WAL and anything else in its folder.
        const auto folder = s->f.tmp.dir();
        auto scan = [&](const char *when) {
            QDirIterator files(folder, QDir::Files);
            int scanned = 0;
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const auto bytes = file.readAll();
                ++scanned;
                for (const auto &secret : {chosen, typed, m_adminPassword.toUtf8()}) {
                    QVERIFY2(!bytes.contains(secret),
                             qPrintable(QStringLiteral("%1 in %2 (%3)")
                                            .arg(QString::fromLatin1(secret), file.fileName(),
                                                 QLatin1String(when))));
                    QVERIFY(!bytes.contains(QString::fromLatin1(secret).toUtf8().toHex()));
                }
            }
            QVERIFY(scanned >= 1);
        };
        scan("open");
        s->f.tmp.close();
        scan("closed");
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
