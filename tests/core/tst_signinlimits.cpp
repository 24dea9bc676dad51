#include "ServiceFixtures.h"
#include "security/PasswordHasher.h"
#include "services/AuthService.h"
#include "store/CredentialRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <future>
#include <limits>
#include <thread>
#include <vector>

using namespace hub;
using services::AuthService;

// Sign-in at its limits, at the real (interactive) Argon2id cost: no memory for a hash, and
// attempts made at the same time from other programs on the same file. Its own program,
// because the first slot must be the first sign-in of an unknown user in the process.
class TestSignInLimits : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-11-02T10:00:00Z");
    const QString m_ws = QStringLiteral("test-pc");

    // The fastest of three sign-ins of `username` with a wrong password.
    static qint64 fastestWrongSignIn(AuthService &auth, const QString &username)
    {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto r = auth.login(username, QStringLiteral("Guess-%1-wrong").arg(i),
                                      QStringLiteral("test-pc"));
            best = std::min(best, timer.nsecsElapsed());
            if (r.ok())
                qFatal("a wrong password signed in");
        }
        return best;
    }

    // The address space this process uses now, in bytes.
    static rlim_t addressSpace()
    {
        QFile statm(QStringLiteral("/proc/self/statm"));
        if (!statm.open(QIODevice::ReadOnly))
            qFatal("cannot read /proc/self/statm");
        const auto pages = statm.readAll().split(' ').value(0).toULongLong();
        return rlim_t(pages) * rlim_t(sysconf(_SC_PAGESIZE));
    }

private Q_SLOTS:
    // With no memory for an Argon2id hash (64 MiB), an unknown user gets the usual answer
    // and the program carries on; once there is memory again, an unknown user costs one
    // verification again, as a known one does (before the fix the failed hash was used as
    // if it had been made, and stayed so for the life of the program).
    void anUnknownUserWithoutMemoryForAHash()
    {
        test::ServiceFixture f(m_now);
        AuthService auth(f.ctx);
        const auto known = f.addUser(QStringLiteral("cw.known"));
        auto hash = security::PasswordHasher().hash(QStringLiteral("right-password-1"));
        QVERIFY(hash.ok());
        QVERIFY(store::CredentialRepository(f.db())
                    .setPassword(known.userId, hash.value(), false, m_now)
                    .ok());

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_AS, &saved), 0);
        rlimit tight = saved;
        tight.rlim_cur = addressSpace() + rlim_t(40) * 1024 * 1024;
        QCOMPARE(setrlimit(RLIMIT_AS, &tight), 0);
        const auto starved =
            auth.login(QStringLiteral("nobody.here"), QStringLiteral("Guess-0000-x"), m_ws);
        QCOMPARE(setrlimit(RLIMIT_AS, &saved), 0);
        QVERIFY(!starved.ok());
        QCOMPARE(starved.error().kind, Error::Kind::Permission);
        QCOMPARE(starved.error().message, QStringLiteral("wrong username or password"));

        // Memory again: an unknown user takes about as long as a wrong password does.
        const auto unknown = fastestWrongSignIn(auth, QStringLiteral("nobody.here"));
        const auto wrong = fastestWrongSignIn(auth, QStringLiteral("cw.known"));
        QVERIFY2(unknown * 2 > wrong, qPrintable(QStringLiteral("unknown user %1 ms, wrong "
                                                                "password %2 ms")
                                                     .arg(double(unknown) / 1e6)
                                                     .arg(double(wrong) / 1e6)));
    }

    // Two wrong passwords at the same moment, from two programs, on an account that has
    // failed three times already: both count, so the account is locked (before the fix
    // each read the count before the other had written it, and it ended at 4).
    void wrongPasswordsAtTheSameTimeAllCount()
    {
        test::ServiceFixture f(m_now);
        const auto user = f.addUser(QStringLiteral("cw.target"));
        auto hash = security::PasswordHasher().hash(QStringLiteral("right-password-1"));
        QVERIFY(hash.ok());
        store::CredentialRepository credentials(f.db());
        QVERIFY(credentials.setPassword(user.userId, hash.value(), false, m_now).ok());
        QVERIFY(credentials.setFailures(user.userId, 3, QDateTime()).ok());

        std::promise<void> go;
        const std::shared_future<void> start = go.get_future().share();
        const QString path = f.tmp.path();
        std::vector<std::future<QString>> attempts;
        for (int i = 0; i < 2; ++i) {
            attempts.push_back(std::async(std::launch::async, [&, i] {
                auto db = store::Database::open(path);
                if (!db.ok())
                    return db.error().describe();
                services::ChangeNotifier notifier;
                util::FixedClock clock(m_now);
                services::ServiceContext ctx{*db.value(), notifier, clock};
                AuthService auth(ctx);
                start.wait();
                const auto r = auth.login(QStringLiteral("cw.target"),
                                          QStringLiteral("Guess-%1-wrong").arg(i), m_ws);
                return r.ok() ? QStringLiteral("signed in") : r.error().message;
            }));
        }
        go.set_value();
        QStringList answers;
        for (auto &a : attempts)
            answers << a.get();
        const auto locked = answers.filter(QRegularExpression(
            QStringLiteral("^this account is locked for 15 minutes after 5 failed sign-ins")));
        QVERIFY2(answers.count(QStringLiteral("wrong username or password")) == 1 &&
                     locked.size() == 1,
                 qPrintable(answers.join(QLatin1Char('\n'))));

        auto creds = credentials.get(user.userId);
        QVERIFY(creds.ok());
        QCOMPARE(creds->failedLogins, AuthService::kMaxFailures);
        QCOMPARE(creds->lockedUntil, m_now.addSecs(AuthService::kLockMinutes * 60));
        // Even the right password is not checked now.
        AuthService auth(f.ctx);
        const auto right =
            auth.login(QStringLiteral("cw.target"), QStringLiteral("right-password-1"), m_ws);
        QVERIFY(!right.ok());
        QVERIFY(right.error().message.startsWith(QLatin1String("this account is locked")));
    }
};

QTEST_GUILESS_MAIN(TestSignInLimits)
#include "tst_signinlimits.moc"
