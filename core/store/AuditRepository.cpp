#include "AuditRepository.h"

#include "RowAccess.h"
#include "SqlValues.h"

#include <iterator>

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns =
    QStringLiteral("seq, at, user_id, username, workstation, action, record_type, record_id, "
                   "person_id, detail, prev_hash, hash");

domain::AuditEvent mapEvent(const QSqlQuery &q)
{
    return AuditRepository::fromRow(q);
}

QString whereOf(const AuditSelection &which, QVariantList &values)
{
    return AuditRepository::where(which, values);
}

QSqlQuery &bound(Database &db, const QString &sql, const QVariantList &values)
{
    auto &q = db.prepared(sql);
    for (const auto &value : values)
        q.addBindValue(value);
    return q;
}

// The event a query of kColumns finds, if any.
Result<std::optional<domain::AuditEvent>> oneEvent(Database &db, const QString &sql,
                                                   const QVariantList &values = {})
{
    auto &q = bound(db, sql.arg(kColumns), values);
    if (!q.exec())
        return Database::storageError(q);
    std::optional<domain::AuditEvent> found;
    if (q.next())
        found = mapEvent(q);
    q.finish();
    return found;
}
} // namespace

const QString &AuditRepository::columns()
{
    return kColumns;
}

domain::AuditEvent AuditRepository::fromRow(const QSqlQuery &q, int first)
{
    domain::AuditEvent e;
    e.seq = q.value(first).toLongLong();
    QString *const texts[] = {&e.at,     &e.userId,     &e.username, &e.workstation,
                              &e.action, &e.recordType, &e.recordId, &e.personId,
                              &e.detail, &e.prevHash,   &e.hash};
    for (int i = 0; i < int(std::size(texts)); ++i)
        *texts[i] = q.value(first + 1 + i).toString();
    return e;
}

// The WHERE clause of a selection (only the conditions that apply, so SQLite can use
// audit_event_by_person for a person) and its values, in order.
QString AuditRepository::where(const AuditSelection &which, QVariantList &values)
{
    QStringList terms;
    auto add = [&](const QString &value, const char *term) {
        if (value.isEmpty())
            return;
        terms << QLatin1String(term);
        values << value;
    };
    add(which.userId, "user_id = ?");
    add(which.personId, "person_id = ?");
    add(which.action, "action = ?");
    add(which.fromAt, "at >= ?");
    add(which.untilAt, "at < ?");
    if (which.afterSeq > 0) {
        terms << QStringLiteral("seq > ?");
        values << which.afterSeq;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(u" AND ");
}

Result<std::optional<domain::AuditEvent>> AuditRepository::at(qint64 seq)
{
    return oneEvent(m_db, QStringLiteral("SELECT %1 FROM audit_event WHERE seq = ?"), {seq});
}

Result<std::optional<domain::AuditEvent>> AuditRepository::last()
{
    return oneEvent(m_db, QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq DESC LIMIT 1"));
}

Status AuditRepository::insert(const domain::AuditEvent &e)
{
    auto &q = m_db.prepared(
        QStringLiteral("INSERT INTO audit_event (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    q.addBindValue(e.seq);
    q.addBindValue(e.at);
    for (const QString *value : {&e.userId, &e.username, &e.workstation})
        q.addBindValue(sql::text(*value));
    q.addBindValue(e.action);
    for (const QString *value : {&e.recordType, &e.recordId, &e.personId, &e.detail})
        q.addBindValue(sql::text(*value));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    return execWrite(q, "audit_event");
}

Status AuditRepository::forEach(const std::function<Status(const domain::AuditEvent &)> &visit)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq").arg(kColumns));
    return forEachRow<domain::AuditEvent>(q, mapEvent, visit);
}

Result<QVector<domain::AuditEvent>> AuditRepository::page(const AuditSelection &which,
                                                          qint64 beforeSeq, int limit)
{
    QVariantList values;
    QString where = whereOf(which, values);
    if (beforeSeq > 0) {
        where +=
            where.isEmpty() ? QStringLiteral(" WHERE seq < ?") : QStringLiteral(" AND seq < ?");
        values << beforeSeq;
    }
    values << limit;
    auto &q = bound(m_db,
                    QStringLiteral("SELECT %1 FROM audit_event%2 ORDER BY seq DESC LIMIT ?")
                        .arg(kColumns, where),
                    values);
    QVector<domain::AuditEvent> events;
    const auto s = forEachRow<domain::AuditEvent>(q, mapEvent, [&](domain::AuditEvent e) {
        events.push_back(std::move(e));
        return Status();
    });
    if (!s.ok())
        return s.error();
    return events;
}

Result<qint64> AuditRepository::count(const AuditSelection &which)
{
    QVariantList values;
    const QString where = whereOf(which, values);
    auto &q = bound(m_db, QStringLiteral("SELECT count(*) FROM audit_event%1").arg(where), values);
    if (!q.exec())
        return Database::storageError(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Status AuditRepository::forEach(const AuditSelection &which,
                                const std::function<Status(const domain::AuditEvent &)> &visit)
{
    QVariantList values;
    const QString where = whereOf(which, values);
    auto &q = bound(
        m_db, QStringLiteral("SELECT %1 FROM audit_event%2 ORDER BY seq").arg(kColumns, where),
        values);
    return forEachRow<domain::AuditEvent>(q, mapEvent, visit);
}

Result<QStringList> AuditRepository::actions()
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT DISTINCT action FROM audit_event ORDER BY action"));
    if (!q.exec())
        return Database::storageError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

} // namespace hub::store
