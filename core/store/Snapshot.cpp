#include "Snapshot.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hub::store {

Status snapshotInto(Database &db, const QString &file)
{
    if (db.transactionDepth() > 0)
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("hub::store::Snapshot",
                                                       "a snapshot cannot be taken inside a "
                                                       "transaction"));
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Database::storageError(q);
    q.addBindValue(file);
    if (!q.exec())
        return Database::storageError(q);
    return {};
}

Status checkIntegrity(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Database::storageError(q);
    if (!q.next())
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("hub::store::Snapshot",
                                                       "the integrity check gave no answer"));
    const auto first = q.value(0).toString();
    if (first != QLatin1String("ok"))
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("hub::store::Snapshot", "the database is damaged: %1")
                .arg(first));
    return {};
}

} // namespace hub::store
