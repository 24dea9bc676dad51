#include "BenchSupport.h"

#include "Hub.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hub::sync {

Result<domain::Actor> firstSupervisor(store::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, team_id FROM app_user WHERE role = 'supervisor' "
                               "ORDER BY username LIMIT 1")) ||
        !q.next())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("sync", "the dataset has no supervisor"));
    return domain::Actor{q.value(0).toString(), QStringLiteral("supervisor"), q.value(1).toString(),
                         QStringLiteral("bench")};
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
