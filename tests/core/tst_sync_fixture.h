#pragma once

// Shared set-up of the sync tests: a hub (SQLite file or PostgreSQL), a seed workstation
// database with two teams and their users, and desks (workstations) copied from it, each
// with its own clock and signed-in actor.

#include "PgServer.h"
#include "SafeContact.h"
#include "demo/DemoPasswords.h"
#include "services/AuditService.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "sync/Hub.h"
#include "sync/LocalRows.h"
#include "sync/SyncService.h"
#include "util/Clock.h"
#include "util/Ids.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

namespace hub::test {

struct Desk
{
    std::unique_ptr<store::Database> db;
    domain::Actor actor;
    util::FixedClock clock{QDateTime::currentDateTimeUtc()};
    sync::HubUrl url;
    QString password;

    Result<sync::SyncOutcome> sync()
    {
        return sync::SyncService(*db, actor, clock).syncOnce(url, password);
    }
    sync::SyncService service() { return sync::SyncService(*db, actor, clock); }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qFatal("test SQL failed: %s", qPrintable(sql));
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    QJsonObject row(const QString &kind, const QString &id)
    {
        sync::LocalRows rows(*db);
        auto r = rows.read(*sync::recordKind(kind), id);
        return r.ok() ? *r : QJsonObject();
    }
    int outbox() { return scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(); }

    // `n` views of synthetic people at this desk, each an audit event of its trail.
    void logViews(int n)
    {
        services::AuditService audit(*db, clock);
        for (int i = 0; i < n; ++i) {
            const auto id = util::newId();
            if (!audit
                     .record(actor, QStringLiteral("person.view"), QStringLiteral("person"), id, id)
                     .ok())
                qFatal("cannot record an audit event");
        }
    }
    // Every synced row, kind/id -> values: what an export of this desk holds.
    QMap<QString, QJsonObject> dump()
    {
        QMap<QString, QJsonObject> out;
        sync::LocalRows rows(*db);
        for (const auto &k : sync::recordKinds()) {
            auto ids = rows.allIds(k);
            for (const auto &id : ids.value())
                out.insert(k.table + QLatin1Char('/') + id, rows.read(k, id).value());
        }
        return out;
    }
};

class SyncWorld
{
public:
    // A SQLite-file hub in a temporary folder, or (with `pg`) a fresh database on a test
    // PostgreSQL server, with one login role per desk user mapped in hub_user.
    // `hubSchema`: the hub's schema version after set-up (an older one to test migrations).
    explicit SyncWorld(PgServer *pg = nullptr, int hubSchema = sync::kHubSchema) : m_pg(pg)
    {
        if (pg) {
            static int worlds = 0;
            const auto name = QStringLiteral("hub_%1").arg(++worlds);
            if (!pg->exec(QStringLiteral("CREATE DATABASE ") + name).ok())
                qFatal("cannot create a hub database");
            url = sync::HubUrl::parse(pg->url(pg->superuser(), name)).value();
            password = pg->superuserPassword();
        } else {
            url.kind = sync::HubUrl::Kind::SqliteFile;
            url.path = dir.filePath(QStringLiteral("hub.db"));
        }
        auto seed = store::Database::open(seedPath());
        if (!seed.ok())
            qFatal("cannot make the seed database");
        auto &db = *seed.value();
        team1 = util::newId();
        team2 = util::newId();
        if (!store::TeamRepository(db).insert({team1, QStringLiteral("Team One")}).ok() ||
            !store::TeamRepository(db).insert({team2, QStringLiteral("Team Two")}).ok())
            qFatal("cannot add teams");
        sup1 = addUser(db, QStringLiteral("sup.one"), QStringLiteral("supervisor"), team1);
        sup2 = addUser(db, QStringLiteral("sup.two"), QStringLiteral("supervisor"), team2);
        cw1 = addUser(db, QStringLiteral("cw.one"), QStringLiteral("caseworker"), team1);
        cw2 = addUser(db, QStringLiteral("cw.two"), QStringLiteral("caseworker"), team2);
        seed.value().reset();
        if (auto s = hub()->init(hubSchema); !s.ok())
            qFatal("hub init: %s", qPrintable(s.error().describe()));
        if (pg) {
            for (const auto *a : {&sup1, &sup2, &cw1, &cw2})
                mapRole(*a);
        }
    }

    // The PostgreSQL login role of a desk user: "desk_" + the username.
    static QString roleOf(const domain::Actor &a)
    {
        return QStringLiteral("desk_") + a.workstation.left(a.workstation.size() - 3)
                                             .replace(QLatin1Char('.'), QLatin1Char('_'));
    }
    static QString rolePassword() { return QStringLiteral("synthetic-desk-password"); }

    QString seedPath() const { return dir.filePath(QStringLiteral("seed.db")); }

    // Another user in the seed (team empty: none), with a login role on PostgreSQL. Before
    // the first desk() call.
    domain::Actor addActor(const QString &name, const QString &role, const QString &team)
    {
        auto seed = store::Database::open(seedPath());
        if (!seed.ok())
            qFatal("cannot open the seed database");
        const auto actor = addUser(*seed.value(), name, role, team);
        seed.value().reset();
        if (m_pg)
            mapRole(actor);
        return actor;
    }

    // A supervisor with no team sees the whole hub: for hubDump() of everything.
    static domain::Actor wholeHub()
    {
        return {QString(), QStringLiteral("supervisor"), QString(), QString()};
    }

    // Every seed user gets the password "demo-<username>" (cheap hashes), for desks that
    // run the real hubctl. Before the first desk() call.
    void setPasswords()
    {
        auto seed = store::Database::open(seedPath());
        if (!seed.ok() ||
            !demo::setDemoPasswords(*seed.value(), security::PasswordHasher::Cost::Minimum).ok())
            qFatal("cannot set the seed passwords");
    }

    // The office's own database (a copy of the seed made at the first desk() call): users,
    // teams, codes and settings reach the hub from here, synced through the hub owner's
    // login, since a PostgreSQL hub takes them from no desk login but an administrator's
    // (docs/SYNC.md "Hub schema 3").
    QString officePath() const { return dir.filePath(QStringLiteral("office.db")); }
    void syncOffice()
    {
        auto db = store::Database::open(officePath());
        if (!db.ok())
            qFatal("cannot open the office database");
        auto out = sync::SyncService(*db.value(), domain::Actor::system()).syncOnce(url, password);
        if (!out.ok())
            qFatal("the office's sync failed: %s", qPrintable(out.error().describe()));
    }

    std::unique_ptr<Desk> desk(const QString &name, const domain::Actor &actor)
    {
        if (!QFile::exists(officePath())) {
            if (!QFile::copy(seedPath(), officePath()))
                qFatal("cannot copy the seed database");
            auto info = hub()->info();
            if (info.ok() && info->schemaVersion == sync::kHubSchema) // else after migrating
                syncOffice();
        }
        const auto path = dir.filePath(name + QStringLiteral(".db"));
        if (!QFile::copy(seedPath(), path))
            qFatal("cannot copy the seed database");
        auto d = std::make_unique<Desk>();
        auto opened = store::Database::open(path);
        if (!opened.ok())
            qFatal("cannot open a desk");
        d->db = std::move(opened).value();
        d->actor = actor;
        d->url = url;
        d->password = password;
        if (m_pg) {
            d->url.user = roleOf(actor);
            d->password = rolePassword();
        }
        return d;
    }

    std::unique_ptr<sync::Hub> hub()
    {
        auto h = sync::Hub::open(url, password);
        if (!h.ok())
            qFatal("cannot open the hub: %s", qPrintable(h.error().describe()));
        return std::move(h).value();
    }

    // Hub rows (not deleted) that `user` may see, as an export of that desk would hold them.
    QMap<QString, QJsonObject> hubDump(const domain::Actor &user)
    {
        auto h = hub();
        QMap<QString, QJsonObject> out;
        auto start = h->beginPull(QString(), {user.userId, user.role, user.teamId});
        if (!start.ok())
            qFatal("hub pull: %s", qPrintable(start.error().describe()));
        for (const auto &kind : sync::recordKinds()) {
            QString id;
            for (;;) {
                auto page = h->pullPage(kind.table, id, 1000);
                if (!page.ok())
                    qFatal("hub page: %s", qPrintable(page.error().describe()));
                for (const auto &r : *page) {
                    if (!r.deleted)
                        out.insert(r.kind + QLatin1Char('/') + r.id, r.data);
                }
                if (page->size() < 1000)
                    break;
                id = page->last().id;
            }
        }
        h->endPull();
        return out;
    }

    QVariant hubScalar(const QString &sql)
    {
        auto h = hub();
        QSqlQuery q(h->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    void hubExec(const QString &sql)
    {
        auto h = hub();
        QSqlQuery q(h->connection());
        if (!q.exec(sql))
            qFatal("hub SQL failed: %s", qPrintable(sql));
    }

    QTemporaryDir dir;
    sync::HubUrl url;
    QString password;
    QString team1;
    QString team2;
    domain::Actor sup1;
    domain::Actor sup2;
    domain::Actor cw1;
    domain::Actor cw2;

private:
    void mapRole(const domain::Actor &a)
    {
        const auto role = roleOf(a);
        (void)m_pg->createLoginRole(role, rolePassword()); // made once per server
        if (!m_pg->exec(QStringLiteral("GRANT hub_client TO %1").arg(role)).ok() ||
            !m_pg->exec(QStringLiteral("INSERT INTO hub_user (role_name, user_id, app_role, "
                                       "team_id) VALUES ('%1', '%2', '%3', '%4')")
                            .arg(role, a.userId, a.role, a.teamId),
                        url.database)
                 .ok())
            qFatal("cannot map the desk role %s", qPrintable(role));
    }

    PgServer *m_pg = nullptr;

    static domain::Actor addUser(store::Database &db, const QString &name, const QString &role,
                                 const QString &team)
    {
        domain::User u{util::newId(), name, name + QStringLiteral(" (synthetic)"),
                       role,          team, true};
        if (!store::UserRepository(db).insert(u).ok())
            qFatal("cannot add a user");
        return {u.id, role, team, name + QStringLiteral("-pc")};
    }
};

// A synthetic person, as a desk would enter one.
inline QString addPerson(Desk &desk, const QString &given, const QString &family)
{
    domain::Person p;
    p.id = util::newId();
    p.givenName = given;
    p.familyName = family;
    answerAllSafe(p);
    p.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    if (auto s = store::PersonRepository(*desk.db).insert(p); !s.ok())
        qFatal("cannot add a person: %s", qPrintable(s.error().describe()));
    return p.id;
}

// A referral for `personId` held by `holder` (empty: unassigned).
inline QString addReferral(Desk &desk, const QString &personId, const QString &holder)
{
    domain::Referral r;
    r.id = util::newId();
    r.personId = personId;
    r.receivedAt = QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC);
    r.source = QStringLiteral("police");
    r.offenceGroup = QStringLiteral("burglary_residential");
    r.status = holder.isEmpty() ? QStringLiteral("new") : QStringLiteral("accepted");
    r.assignedTo = holder;
    if (auto s = store::ReferralRepository(*desk.db).insert(r); !s.ok())
        qFatal("cannot add a referral: %s", qPrintable(s.error().describe()));
    return r.id;
}

// The main() of a sync test: `Both` (constructed with a PgServer*, nullptr meaning the
// SQLite-file hub) runs against the SQLite-file hub, then against a PostgreSQL server
// started here; `more(pg)` runs what needs one hub only (pg is nullptr the first time).
template <typename Both>
int runOnBothHubs(int argc, char **argv, const std::function<int(PgServer *)> &more = {})
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    {
        Both file(nullptr);
        failed += QTest::qExec(&file, argc, argv);
        if (more)
            failed += more(nullptr);
    }
    PgServer pg;
    if (!pg.ok()) {
        qWarning("PostgreSQL 15 test server: %s", qPrintable(pg.errorText()));
        return 1;
    }
    Both onPg(&pg);
    failed += QTest::qExec(&onPg, argc, argv);
    if (more)
        failed += more(&pg);
    return failed;
}

// main() of a test class that takes the PostgreSQL test server it starts.
template <class Test> int runWithPostgres(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PgServer pg;
    if (!pg.ok()) {
        qWarning("PostgreSQL 15 test server: %s", qPrintable(pg.errorText()));
        return 1;
    }
    Test t(&pg);
    return QTest::qExec(&t, argc, argv);
}

} // namespace hub::test
