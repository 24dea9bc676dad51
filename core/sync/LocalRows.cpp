#include "LocalRows.h"

#include "store/Database.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hub::sync {

namespace {

QVariant toSql(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType(QMetaType::QString));
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return d;
    }
    default:
        return v.toVariant();
    }
}

} // namespace

const QStringList &LocalRows::columns(const RecordKind &kind)
{
    auto it = m_columns.find(kind.table);
    if (it == m_columns.end()) {
        QStringList cols;
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(kind.table))) {
            while (q.next()) {
                const auto name = q.value(1).toString();
                if (!kind.skip.contains(name))
                    cols << name;
            }
        }
        it = m_columns.insert(kind.table, cols);
    }
    return *it;
}

QString LocalRows::keyWhere(const RecordKind &kind) const
{
    QStringList parts;
    for (const auto &c : kind.key)
        parts << c + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

void LocalRows::bindKey(QSqlQuery &q, const RecordKind &kind, const QString &id) const
{
    const auto parts = kind.key.size() == 1 ? QStringList{id} : id.split(QLatin1Char('|'));
    for (int i = 0; i < kind.key.size(); ++i)
        q.addBindValue(parts.value(i));
}

QString LocalRows::idOf(const RecordKind &kind, const QJsonObject &data)
{
    QStringList parts;
    for (const auto &c : kind.key)
        parts << data.value(c).toString();
    return parts.join(QLatin1Char('|'));
}

Result<QJsonObject> LocalRows::read(const RecordKind &kind, const QString &id)
{
    const auto &cols = columns(kind);
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                .arg(cols.join(QStringLiteral(", ")), kind.table, keyWhere(kind)));
    bindKey(q, kind, id);
    if (!q.exec())
        return store::Database::storageError(q);
    QJsonObject out;
    if (q.next()) {
        for (int i = 0; i < cols.size(); ++i)
            out.insert(cols.at(i), q.isNull(i) ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue::fromVariant(q.value(i)));
    }
    q.finish();
    return out;
}

QVariantList LocalRows::values(const QStringList &columns, const QJsonObject &data)
{
    QVariantList out;
    out.reserve(columns.size());
    for (const auto &c : columns)
        out << toSql(data.value(c));
    return out;
}

Status LocalRows::upsert(const RecordKind &kind, const QJsonObject &data)
{
    return upsert(kind, values(columns(kind), data));
}

Status LocalRows::upsert(const RecordKind &kind, const QVariantList &values)
{
    const auto &cols = columns(kind);
    auto sql = m_upserts.value(kind.table);
    if (sql.isEmpty()) {
        QStringList marks;
        QStringList sets;
        for (const auto &c : cols) {
            marks << QStringLiteral("?");
            if (!kind.key.contains(c))
                sets << QStringLiteral("%1 = excluded.%1").arg(c);
        }
        const auto onConflict =
            kind.appendOnly || sets.isEmpty()
                ? QStringLiteral("DO NOTHING")
                : QStringLiteral("DO UPDATE SET ") + sets.join(QStringLiteral(", "));
        sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) %5")
                .arg(kind.table, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                     kind.key.join(QStringLiteral(", ")), onConflict);
        m_upserts.insert(kind.table, sql);
    }
    auto &q = m_db.prepared(sql);
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    return {};
}

Status LocalRows::remove(const RecordKind &kind, const QString &id)
{
    auto &q =
        m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE %2").arg(kind.table, keyWhere(kind)));
    bindKey(q, kind, id);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    return {};
}

Status LocalRows::setField(const RecordKind &kind, const QString &id, const QString &field,
                           const QJsonValue &value)
{
    if (!columns(kind).contains(field) || kind.key.contains(field))
        return Error::invalid(QStringLiteral("field"),
                              QStringLiteral("%1 has no field %2").arg(kind.table, field));
    auto &q = m_db.prepared(
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(kind.table, field, keyWhere(kind)));
    q.addBindValue(toSql(value));
    bindKey(q, kind, id);
    if (!q.exec())
        return store::Database::storageError(q);
    q.finish();
    return {};
}

QString LocalRows::personOf(const RecordKind &kind, const QString &id)
{
    if (kind.personSql.isEmpty())
        return {};
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM %2 t WHERE %3")
                                .arg(kind.personSql, kind.table, keyWhere(kind)));
    bindKey(q, kind, id);
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

Result<QStringList> LocalRows::allIds(const RecordKind &kind)
{
    QStringList parts;
    for (const auto &c : kind.key)
        parts << c;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2")
                    .arg(parts.join(QStringLiteral(" || '|' || ")), kind.table)))
        return store::Database::storageError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace hub::sync
