#include "AuditRepository.h"

#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns =
    QStringLiteral("seq, at, user_id, username, workstation, action, record_type, record_id, "
                   "person_id, detail, prev_hash, hash");

domain::AuditEvent mapEvent(const QSqlQuery &q)
{
    domain::AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.userId = q.value(2).toString();
    e.username = q.value(3).toString();
    e.workstation = q.value(4).toString();
    e.action = q.value(5).toString();
    e.recordType = q.value(6).toString();
    e.recordId = q.value(7).toString();
    e.personId = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}
} // namespace

Result<std::optional<domain::AuditEvent>> AuditRepository::last()
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq DESC LIMIT 1").arg(kColumns));
    if (!q.exec())
        return Database::storageError(q);
    std::optional<domain::AuditEvent> found;
    if (q.next())
        found = mapEvent(q);
    q.finish();
    return found;
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

} // namespace hub::store
