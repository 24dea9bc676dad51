// Desk logins made by the hub's owner (`hubctl hub user add|remove|list`, docs/SYNC.md
// "Desk logins"): the login syncs as its user, follows the user's team and leaving, and bad
// input changes nothing. Real PostgreSQL, real hubctl.

#include "sync/HubLogins.h"
#include "tst_sync_fixture.h"
#include "tst_sync_hubctl.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace hub;
using namespace hub::test;

namespace {

const QString kPassword = QStringLiteral("synthetic-login-password-1");

int count(SyncWorld &w, const QString &sql)
{
    return w.hubScalar(sql).toInt();
}

// A desk of `actor` that logs in to the hub as `login`.
std::unique_ptr<Desk> deskAs(SyncWorld &w, const QString &name, const domain::Actor &actor,
                             const QString &login)
{
    auto d = w.desk(name, actor);
    d->url.user = login;
    d->password = kPassword;
    return d;
}

QString syncError(Desk &d)
{
    const auto out = d.sync();
    return out.ok() ? QString() : out.error().describe();
}

// The office (the administrator's desk) changes a user and syncs it to the hub.
void changeUser(SyncWorld &w, const QString &userId,
                const std::function<void(domain::User &)> &change)
{
    {
        auto db = store::Database::open(w.officePath());
        QVERIFY(db.ok());
        store::UserRepository users(*db.value());
        auto u = users.get(userId);
        QVERIFY(u.ok());
        change(u.value());
        QVERIFY(users.update(u.value()).ok());
    }
    w.syncOffice();
}

} // namespace

class TestHubLogins : public QObject
{
    Q_OBJECT

public:
    explicit TestHubLogins(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private Q_SLOTS:
    void addedLoginSyncsAsItsUser()
    {
        SyncWorld w(m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1); // the office syncs its users
        auto hub = w.hub();
        auto added = sync::HubLogins(*hub).add(QStringLiteral("desk_laptop7"),
                                               QStringLiteral("cw.one"), kPassword);
        QVERIFY2(added.ok(), qPrintable(added.error().describe()));
        QCOMPARE(added->appRole, QStringLiteral("caseworker"));
        QCOMPARE(added->teamId, w.team1);
        auto d = deskAs(w, QStringLiteral("laptop7"), w.cw1, QStringLiteral("desk_laptop7"));
        QCOMPARE(syncError(*d), QString());
        // The password is stored as a SCRAM verifier, never as given.
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid "
                                            "WHERE rolname = 'desk_laptop7'"))
                     .toString(),
                 QStringLiteral("SCRAM-SHA-256$"));
        auto listed = sync::HubLogins(*hub).list();
        QVERIFY(listed.ok());
        bool found = false;
        for (const auto &l : listed.value()) {
            if (l.login == QLatin1String("desk_laptop7")) {
                found = true;
                QCOMPARE(l.username, QStringLiteral("cw.one"));
                QVERIFY(l.canLogin);
                QCOMPARE(l.problem, QString());
            }
        }
        QVERIFY(found);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("words");
        QTest::newRow("no such user")
            << "desk_x"
            << "nobody.here" << kPassword << "the hub holds no user \"nobody.here\"";
        QTest::newRow("capitals and dash")
            << "Desk-1"
            << "cw.one" << kPassword << "lower-case letters, digits and _";
        QTest::newRow("reserved") << "pg_monitor2"
                                  << "cw.one" << kPassword << "a name PostgreSQL or the hub keeps";
        QTest::newRow("taken") << "desk_cw_one"
                               << "cw.one" << kPassword << "exists already";
        QTest::newRow("short password") << "desk_y"
                                        << "cw.one"
                                        << "short"
                                        << "at least 12 characters";
        QTest::newRow("quote in name") << "desk'; DROP TABLE hub_user; --"
                                       << "cw.one" << kPassword << "lower-case letters";
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, words);
        SyncWorld w(m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        const auto roles = QStringLiteral("SELECT count(*) FROM pg_roles");
        const auto mapped = QStringLiteral("SELECT count(*) FROM hub_user");
        const int rolesBefore = count(w, roles);
        const int mappedBefore = count(w, mapped);
        auto hub = w.hub();
        auto added = sync::HubLogins(*hub).add(login, username, password);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().describe().contains(words), qPrintable(added.error().describe()));
        QCOMPARE(count(w, roles), rolesBefore);
        QCOMPARE(count(w, mapped), mappedBefore);
    }

    void mappingFollowsTheUsersTeamAndLeaving()
    {
        SyncWorld w(m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        auto hub = w.hub();
        QVERIFY(sync::HubLogins(*hub)
                    .add(QStringLiteral("desk_laptop8"), QStringLiteral("cw.one"), kPassword)
                    .ok());
        changeUser(w, w.cw1.userId, [&](domain::User &u) { u.teamId = w.team2; });
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT team_id FROM hub_user WHERE role_name = "
                                            "'desk_laptop8'"))
                     .toString(),
                 w.team2);
        changeUser(w, w.cw1.userId, [](domain::User &u) { u.role = QStringLiteral("supervisor"); });
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT app_role FROM hub_user WHERE role_name = "
                                            "'desk_laptop8'"))
                     .toString(),
                 QStringLiteral("supervisor"));
        // The user leaves: the login is mapped to no one, and its desk's sync is refused.
        changeUser(w, w.cw1.userId, [](domain::User &u) { u.active = false; });
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hub_user WHERE user_id = '%1'")
                              .arg(w.cw1.userId)),
                 0);
        auto d = deskAs(w, QStringLiteral("laptop8"), w.cw1, QStringLiteral("desk_laptop8"));
        QVERIFY(!syncError(*d).isEmpty());
    }

    void removedLoginCanNoLongerSync()
    {
        SyncWorld w(m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        auto hub = w.hub();
        sync::HubLogins logins(*hub);
        QVERIFY(
            logins.add(QStringLiteral("desk_laptop9"), QStringLiteral("cw.two"), kPassword).ok());
        auto d = deskAs(w, QStringLiteral("laptop9"), w.cw2, QStringLiteral("desk_laptop9"));
        QCOMPARE(syncError(*d), QString());
        QVERIFY(logins.remove(QStringLiteral("desk_laptop9")).ok());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = "
                                         "'desk_laptop9' AND rolcanlogin")),
                 0);
        QCOMPARE(count(w, QStringLiteral(
                              "SELECT count(*) FROM hub_user WHERE role_name = 'desk_laptop9'")),
                 0);
        QVERIFY(!syncError(*d).isEmpty());
        const auto again = logins.remove(QStringLiteral("desk_laptop9"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().describe().contains(QLatin1String("not a desk login")));
    }

    void listSaysWhatIsOutOfStep()
    {
        SyncWorld w(m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        // A mapping typed by hand before this command existed, with the wrong team.
        w.hubScalar(QStringLiteral("UPDATE hub_user SET team_id = '%1' WHERE user_id = '%2' "
                                   "RETURNING 1")
                        .arg(w.team2, w.cw1.userId));
        auto hub = w.hub();
        auto listed = sync::HubLogins(*hub).list();
        QVERIFY(listed.ok());
        QString problem;
        for (const auto &l : listed.value()) {
            if (l.userId == w.cw1.userId)
                problem = l.problem;
        }
        QCOMPARE(problem, QStringLiteral("role or team differs from the user's"));
    }

    void sqliteFileHubHasNoLogins()
    {
        SyncWorld w;
        auto hub = w.hub();
        const auto listed = sync::HubLogins(*hub).list();
        QVERIFY(!listed.ok());
        QVERIFY(listed.error().describe().contains(QLatin1String("SQLite-file hub")));
    }

    void hubctlAddsListsAndRemoves()
    {
        SyncWorld w(m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        const auto hubUrl = w.url.display(); // postgresql://superuser@127.0.0.1:port/hub_N
        const QMap<QString, QString> env{{QStringLiteral("HUB_HUB_PASSWORD"), w.password}};
        const auto db = w.dir.filePath(QStringLiteral("unused.db"));
        auto run = runHubctl(db,
                             {QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("desk_tablet1"), QStringLiteral("--for"),
                              QStringLiteral("sup.one"), QStringLiteral("--hub"), hubUrl},
                             env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("desk login desk_tablet1 added for sup.one")));
        // No HUB_DESK_PASSWORD: a new password, shown once, that the desk logs in with.
        const auto shown = run.out.section(QStringLiteral("): "), 1).trimmed();
        QCOMPARE(shown.size(), 20);
        auto d = w.desk(QStringLiteral("tablet1"), w.sup1);
        d->url.user = QStringLiteral("desk_tablet1");
        d->password = shown;
        QCOMPARE(syncError(*d), QString());

        run = runHubctl(db,
                        {QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--hub"), hubUrl},
                        env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QJsonObject tablet;
        for (const auto &r : rows) {
            if (r.toObject().value(QStringLiteral("login")).toString() ==
                QLatin1String("desk_tablet1"))
                tablet = r.toObject();
        }
        QCOMPARE(tablet.value(QStringLiteral("username")).toString(), QStringLiteral("sup.one"));
        QCOMPARE(tablet.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(tablet.value(QStringLiteral("team_id")).toString(), w.team1);
        QCOMPARE(tablet.value(QStringLiteral("problem")).toString(), QString());

        run = runHubctl(db,
                        {QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("remove"),
                         QStringLiteral("desk_tablet1"), QStringLiteral("--hub"), hubUrl},
                        env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!syncError(*d).isEmpty());

        // A misspelt command says what it needs, on one line.
        run = runHubctl(db,
                        {QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("desk_tablet2"), QStringLiteral("--hub"), hubUrl},
                        env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("needs --for USERNAME")));
    }
};

int main(int argc, char *argv[])
{
    return runWithPostgres<TestHubLogins>(argc, argv);
}

#include "tst_hublogins.moc"
