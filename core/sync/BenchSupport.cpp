#include "BenchSupport.h"

#include "Hub.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace hub::sync {

Result<domain::Actor> hubSupervisor(store::Database &db)
{
    auto actor = [](const QString &id) {
        return domain::Actor{id, QStringLiteral("supervisor"), QString(), QStringLiteral("bench")};
    };
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT id FROM app_user WHERE role = 'supervisor' AND "
                              "team_id IS NULL ORDER BY username LIMIT 1")) &&
        q.next())
        return actor(q.value(0).toString());
    // The demo caseload has one supervisor per team: the bench adds the hub's manager.
    const domain::User manager{util::newId(),
                               QStringLiteral("sup.hub"),
                               QStringLiteral("Supervisor, whole hub"),
                               QStringLiteral("supervisor"),
                               QString(),
                               true};
    if (auto s = store::UserRepository(db).insert(manager); !s.ok())
        return s.error();
    return actor(manager.id);
}

Result<qint64> readAllHubRecords(Hub &hub)
{
    QSqlQuery q(hub.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, id, data FROM hub_record")))
        return Error::make(Error::Kind::Storage, q.lastError().text());
    qint64 bytes = 0;
    while (q.next())
        bytes += q.value(2).toString().size();
    return bytes;
}

Result<qint64> copyAllHubRecords(Hub &hub)
{
    const QVariant handle = hub.connection().driver()->handle();
    // Qt names the type by libpq's struct: pg_conn* (PGconn is its typedef).
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return Error::invalid(QStringLiteral("hub"),
                              QCoreApplication::translate("sync", "COPY needs a PostgreSQL hub"));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    auto failed = [conn]() {
        return Error::make(Error::Kind::Storage, QString::fromUtf8(PQerrorMessage(conn)));
    };
    PGresult *started = PQexec(conn, "COPY (SELECT kind, id, data FROM hub_record) TO STDOUT");
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    PQclear(started);
    if (!copying)
        return failed();
    qint64 bytes = 0;
    char *line = nullptr;
    int size = 0;
    while ((size = PQgetCopyData(conn, &line, 0)) > 0) {
        bytes += size;
        PQfreemem(line);
    }
    bool ok = size == -1; // -1: the copy ended; -2: an error
    while (PGresult *r = PQgetResult(conn)) {
        ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    if (!ok)
        return failed();
    return bytes;
}

namespace {

const char *const kBenchRole = "hub_bench_desk";

Status runAll(const HubUrl &url, const QString &password, const QStringList &statements)
{
    auto hub = Hub::open(url, password);
    if (!hub.ok())
        return hub.error();
    QSqlQuery q(hub.value()->connection());
    for (const auto &sql : statements) {
        if (!q.exec(sql))
            return Error::make(Error::Kind::Storage, q.lastError().text());
    }
    return {};
}

} // namespace

Result<BenchLogin> addBenchDeskLogin(const HubUrl &url, const QString &password,
                                     const domain::Actor &actor)
{
    const auto role = QString::fromLatin1(kBenchRole);
    BenchLogin out{url, util::newId()}; // a random password, for this run only
    out.url.user = role;
    (void)dropBenchDeskLogin(url, password); // left by a bench that died
    const auto team =
        actor.teamId.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(actor.teamId);
    if (auto s =
            runAll(url, password,
                   {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, out.password),
                    QStringLiteral("GRANT hub_client TO %1").arg(role),
                    QStringLiteral("INSERT INTO hub_user (role_name, user_id, app_role, "
                                   "team_id) VALUES ('%1', '%2', '%3', %4)")
                        .arg(role, actor.userId, actor.role, team)});
        !s.ok())
        return s.error();
    return out;
}

Status dropBenchDeskLogin(const HubUrl &url, const QString &password)
{
    const auto role = QString::fromLatin1(kBenchRole);
    return runAll(url, password,
                  {QStringLiteral("DELETE FROM hub_user WHERE role_name = '%1'").arg(role),
                   QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)});
}

Status changePhones(store::Database &db, int count, int offset, int round)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("UPDATE person SET phone = '07700 9%1' || substr(id, 1, 4) "
                               "WHERE id IN (SELECT id FROM person ORDER BY id LIMIT %2 "
                               "OFFSET %3)")
                    .arg(round)
                    .arg(count)
                    .arg(offset)))
        return Error::make(Error::Kind::Storage, q.lastError().text());
    return {};
}

} // namespace hub::sync
