#pragma once

// Shared set-up for the service tests: a fresh migrated database, a fixed clock and a
// ServiceContext over them, plus helpers that write records straight through the
// repositories (so a test of one service does not depend on another service).

#include "SafeContact.h"
#include "TempDatabase.h"
#include "services/ChangeNotifier.h"
#include "services/ServiceContext.h"
#include "store/Repositories.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Ids.h"
#include "util/Time.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

namespace hub::test {

// Another program writing to the same file: a second connection, on a thread of its own,
// holds the write lock from construction for `holdMs` milliseconds, then lets it go. The
// destructor waits for that.
class WriteLockHolder
{
public:
    WriteLockHolder(const QString &path, int holdMs)
    {
        std::promise<bool> taken;
        auto ready = taken.get_future();
        m_thread = std::thread([path, holdMs, &taken] {
            auto db = store::Database::open(path, store::Database::Migrate::No);
            const bool locked = db.ok() && db.value()->exec(QStringLiteral("BEGIN IMMEDIATE")).ok();
            taken.set_value(locked);
            if (!locked)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            (void)db.value()->exec(QStringLiteral("ROLLBACK"));
        });
        m_locked = ready.get();
    }
    ~WriteLockHolder() { release(); }
    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;

    bool locked() const { return m_locked; }
    void release()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
    bool m_locked = false;
};

inline QDate date(const char *iso)
{
    const QDate d = util::parseDate(QString::fromLatin1(iso));
    if (!d.isValid())
        qFatal("bad date in test data: %s", iso);
    return d;
}

inline QDateTime utc(const char *rfc3339)
{
    const QDateTime t = util::parseRfc3339(QString::fromLatin1(rfc3339));
    if (!t.isValid())
        qFatal("bad timestamp in test data: %s", rfc3339);
    return t;
}

class ServiceFixture
{
public:
    explicit ServiceFixture(const QDateTime &now) : clock(now), ctx{tmp.db(), notifier, clock} {}

    TempDatabase tmp;
    services::ChangeNotifier notifier;
    util::FixedClock clock;
    services::ServiceContext ctx;

    store::Database &db() { return tmp.db(); }

    // A write made while another program holds the write lock: this connection gives up
    // after 1.5 s, the other program lets go 0.7 s later, and only then does the test look.
    // Before writes checked their transaction, the write itself then waited and went
    // through, without the transaction its audit event belongs to.
    template <typename Write> auto whileLockedElsewhere(Write write)
    {
        if (!db().exec(QStringLiteral("PRAGMA busy_timeout = 1500")).ok())
            qFatal("cannot set the busy timeout");
        WriteLockHolder other(tmp.path(), 2200);
        if (!other.locked())
            qFatal("the second connection could not take the write lock");
        auto result = write();
        other.release();
        (void)db().exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        return result;
    }

    int count(const char *table)
    {
        QSqlQuery q(db().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)) ||
            !q.next())
            qFatal("cannot count %s", table);
        return q.value(0).toInt();
    }

    // Every column of one row as stored, for "nothing changed" checks.
    QVariantList rawRow(const char *table, const QString &id)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT * FROM ") + QString::fromLatin1(table) +
                  QStringLiteral(" WHERE id = ?"));
        q.addBindValue(id);
        QVariantList out;
        if (q.exec() && q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i);
        }
        return out;
    }

    QString addTeam(const QString &name)
    {
        domain::Team t{util::newId(), name};
        if (!store::TeamRepository(db()).insert(t).ok())
            qFatal("cannot insert team");
        return t.id;
    }

    domain::Actor addUser(const QString &username,
                          const QString &role = QStringLiteral("caseworker"),
                          const QString &teamId = {})
    {
        domain::User u{util::newId(), username, username + QStringLiteral(" (display)"),
                       role,          teamId,   true};
        if (auto s = store::UserRepository(db()).insert(u); !s.ok())
            qFatal("cannot insert user: %s", qPrintable(s.error().describe()));
        return domain::Actor{u.id, role, teamId, QStringLiteral("test-pc")};
    }

    domain::Person person(const QString &given, const QString &family)
    {
        domain::Person p;
        p.id = util::newId();
        p.givenName = given;
        p.familyName = family;
        answerAllSafe(p);
        p.createdAt = utc("2026-01-05T09:00:00Z");
        return p;
    }

    QString addPerson(domain::Person p)
    {
        if (auto s = store::PersonRepository(db()).insert(p); !s.ok())
            qFatal("cannot insert person: %s", qPrintable(s.error().describe()));
        return p.id;
    }

    QString addPerson(const QString &given, const QString &family)
    {
        return addPerson(person(given, family));
    }

    domain::Referral referral(const QString &personId, const QDateTime &receivedAt,
                              const QString &status = QStringLiteral("new"))
    {
        domain::Referral r;
        r.id = util::newId();
        r.personId = personId;
        r.receivedAt = receivedAt;
        r.source = QStringLiteral("police");
        r.offenceGroup = QStringLiteral("burglary_residential");
        r.status = status;
        return r;
    }

    QString addReferral(const domain::Referral &r)
    {
        if (auto s = store::ReferralRepository(db()).insert(r); !s.ok())
            qFatal("cannot insert referral: %s", qPrintable(s.error().describe()));
        return r.id;
    }

    domain::Episode addEpisode(const QString &personId, const QString &caseworkerId,
                               const QStringList &referralIds = {})
    {
        domain::Episode e;
        e.id = util::newId();
        e.personId = personId;
        e.caseworkerId = caseworkerId;
        e.referralIds = referralIds;
        e.referralIds.sort();
        e.openedAt = utc("2026-06-01T09:00:00Z");
        if (auto s = store::EpisodeRepository(db()).insert(e); !s.ok())
            qFatal("cannot insert episode: %s", qPrintable(s.error().describe()));
        return e;
    }
};

} // namespace hub::test
