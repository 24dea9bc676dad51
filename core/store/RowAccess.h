#pragma once

// Small shared steps of every repository: run a bound write, read one or many rows.

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace hub::store::detail {

inline Status execWrite(QSqlQuery &q, const char *what)
{
    if (!q.exec()) {
        const auto text = q.lastError().databaseText();
        // Constraint failures are the caller's problem, not the disk's.
        const auto kind = text.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
                              ? Error::Kind::Conflict
                              : Error::Kind::Storage;
        auto e = Error::make(kind, QStringLiteral("%1: %2").arg(QLatin1String(what), text));
        q.finish();
        return e;
    }
    const bool touched = q.numRowsAffected() > 0;
    q.finish();
    if (!touched)
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("hub::store::Database", "%1: no such record")
                               .arg(QLatin1String(what)));
    return {};
}

template <typename T, typename Map>
Result<T> fetchOne(QSqlQuery &q, Map map, const QString &id, const char *what)
{
    if (!q.exec())
        return Database::storageError(q);
    if (!q.next()) {
        q.finish();
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("hub::store::Database", "%1 %2 does not exist")
                .arg(QLatin1String(what), id));
    }
    T value = map(q);
    q.finish();
    return value;
}

template <typename T, typename Map> QVector<T> fetchAll(QSqlQuery &q, Map map)
{
    QVector<T> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(map(q));
    }
    q.finish();
    return out;
}

template <typename T, typename Map, typename Visit>
Status forEachRow(QSqlQuery &q, Map map, const Visit &visit)
{
    if (!q.exec())
        return Database::storageError(q);
    while (q.next()) {
        if (auto s = visit(map(q)); !s.ok()) {
            q.finish();
            return s;
        }
    }
    q.finish();
    return {};
}

inline bool exists(Database &db, const QString &sql, const QString &id)
{
    auto &q = db.prepared(sql);
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

} // namespace hub::store::detail
