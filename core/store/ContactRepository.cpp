#include "Repositories.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns =
    QStringLiteral("id, person_id, referral_id, episode_id, at, direction, channel, outcome, "
                   "duration_minutes, summary, recorded_by, recorded_at, amends, safety_override");

domain::Contact mapContact(const QSqlQuery &q)
{
    domain::Contact c;
    c.id = q.value(0).toString();
    c.personId = q.value(1).toString();
    c.referralId = q.value(2).toString();
    c.episodeId = q.value(3).toString();
    c.at = sql::toTime(q.value(4));
    c.direction = q.value(5).toString();
    c.channel = q.value(6).toString();
    c.outcome = q.value(7).toString();
    c.durationMinutes = q.value(8).toInt();
    c.summary = q.value(9).toString();
    c.recordedBy = q.value(10).toString();
    c.recordedAt = sql::toTime(q.value(11));
    c.amends = q.value(12).toString();
    c.safetyOverride = q.value(13).toString();
    return c;
}
} // namespace

Status ContactRepository::insert(const domain::Contact &c)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO contact (id, person_id, referral_id, episode_id, at, direction, channel, "
        "outcome, duration_minutes, summary, recorded_by, recorded_at, amends, safety_override) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.personId);
    q.addBindValue(sql::text(c.referralId));
    q.addBindValue(sql::text(c.episodeId));
    q.addBindValue(sql::time(c.at));
    q.addBindValue(c.direction);
    q.addBindValue(c.channel);
    q.addBindValue(c.outcome);
    q.addBindValue(c.durationMinutes);
    q.addBindValue(c.summary.isNull() ? QStringLiteral("") : c.summary); // "" is not NULL
    q.addBindValue(c.recordedBy);
    q.addBindValue(sql::time(c.recordedAt));
    q.addBindValue(sql::text(c.amends));
    q.addBindValue(sql::text(c.safetyOverride));
    return execWrite(q, "contact");
}

Result<domain::Contact> ContactRepository::get(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM contact WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne<domain::Contact>(q, mapContact, id, "contact");
}

bool ContactRepository::exists(const QString &id)
{
    return detail::exists(m_db, QStringLiteral("SELECT 1 FROM contact WHERE id = ?"), id);
}

QVector<domain::Contact> ContactRepository::forPerson(const QString &personId)
{
    auto &q = m_db.prepared(
        QStringLiteral(
            "SELECT %1 FROM contact WHERE person_id = ? ORDER BY at DESC, recorded_at DESC, id")
            .arg(kColumns));
    q.addBindValue(personId);
    return fetchAll<domain::Contact>(q, mapContact);
}

Status ContactRepository::forEach(const Visitor<domain::Contact> &visit)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM contact ORDER BY id").arg(kColumns));
    return forEachRow<domain::Contact>(q, mapContact, visit);
}

} // namespace hub::store
