#pragma once

#include "RecordKinds.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QVariantList>

class QSqlQuery;

namespace hub::store {
class Database;
}

namespace hub::sync {

// Synced rows of the workstation store as JSON objects (column -> value), the shape the
// hub keeps. Generic over RecordKind, so a new column syncs without code.
class LocalRows
{
public:
    explicit LocalRows(store::Database &db) : m_db(db) {}

    // The row's synced columns; an empty object when there is no such row.
    Result<QJsonObject> read(const RecordKind &kind, const QString &id);
    // Insert or update in place (never INSERT OR REPLACE, which deletes and cascades).
    Status upsert(const RecordKind &kind, const QJsonObject &data);
    // The same with the row's values already in column order (see values()).
    Status upsert(const RecordKind &kind, const QVariantList &values);
    // The synced columns of `kind` (read once from the table; call on the store's thread).
    const QStringList &columns(const RecordKind &kind);
    // A row's values in the order of `columns`, as SQLite takes them; touches no store, so
    // a pull prepares them on another thread while the previous page is written.
    static QVariantList values(const QStringList &columns, const QJsonObject &data);
    Status remove(const RecordKind &kind, const QString &id);
    // Sets one column (a conflict's decision), as a normal local edit.
    Status setField(const RecordKind &kind, const QString &id, const QString &field,
                    const QJsonValue &value);
    // The person a row belongs to; empty for records of no one.
    QString personOf(const RecordKind &kind, const QString &id);
    // Ids of every row of `kind` (the first sync with a hub queues them all).
    Result<QStringList> allIds(const RecordKind &kind);

    static QString idOf(const RecordKind &kind, const QJsonObject &data);

private:
    QString keyWhere(const RecordKind &kind) const;
    void bindKey(QSqlQuery &q, const RecordKind &kind, const QString &id) const;

    store::Database &m_db;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_upserts; // kind -> its INSERT ... ON CONFLICT statement
};

} // namespace hub::sync
