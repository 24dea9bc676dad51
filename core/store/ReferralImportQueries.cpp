#include "ReferralImportQueries.h"

#include "NotErased.h"
#include "PersonPhones.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {

ProfileRow mapProfile(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            sql::toTime(q.value(3)), q.value(4).toString()};
}

QString firstValue(QSqlQuery &q)
{
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

} // namespace

Result<QVector<ProfileRow>> ReferralImportQueries::profiles()
{
    auto &q = m_db.prepared(QStringLiteral("SELECT name, source, body, updated_at, updated_by "
                                           "FROM referral_profile ORDER BY name"));
    if (!q.exec())
        return Database::storageError(q);
    QVector<ProfileRow> out;
    while (q.next())
        out << mapProfile(q);
    q.finish();
    return out;
}

Result<ProfileRow> ReferralImportQueries::profile(const QString &name)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT name, source, body, updated_at, updated_by "
                                           "FROM referral_profile WHERE name = ?"));
    q.addBindValue(name);
    return fetchOne<ProfileRow>(q, mapProfile, name, "referral_profile");
}

Status ReferralImportQueries::saveProfile(const ProfileRow &row)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO referral_profile (name, source, body, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET source = excluded.source, "
        "body = excluded.body, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"));
    q.addBindValue(row.name);
    q.addBindValue(row.source);
    q.addBindValue(row.body);
    q.addBindValue(sql::time(row.updatedAt));
    q.addBindValue(sql::text(row.updatedBy));
    return execWrite(q, "referral_profile");
}

Status ReferralImportQueries::removeProfile(const QString &name)
{
    auto &q = m_db.prepared(QStringLiteral("DELETE FROM referral_profile WHERE name = ?"));
    q.addBindValue(name);
    return execWrite(q, "referral_profile");
}

QString ReferralImportQueries::referralByForceId(const QString &source,
                                                 const QString &forceReferralId)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT id FROM referral WHERE source = ? AND "
                                           "force_referral_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(source);
    q.addBindValue(forceReferralId);
    return firstValue(q);
}

QString ReferralImportQueries::referralByCrimeReference(const QString &source,
                                                        const QString &crimeReference,
                                                        const QString &personId,
                                                        const QDate &receivedOn)
{
    // Received times are UTC; a London day runs from 23:00 or 00:00 UTC, so the day is
    // compared with a margin of a day each side and checked exactly by the caller's key.
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT id, received_at FROM referral WHERE crime_reference = ? AND source = ? AND "
        "person_id = ? AND received_at >= ? AND received_at < ? ORDER BY id"));
    q.addBindValue(crimeReference);
    q.addBindValue(source);
    q.addBindValue(personId);
    q.addBindValue(util::toIsoDate(receivedOn.addDays(-1)));
    q.addBindValue(util::toIsoDate(receivedOn.addDays(2)));
    QString out;
    if (q.exec()) {
        while (out.isEmpty() && q.next()) {
            if (util::londonDate(sql::toTime(q.value(1))) == receivedOn)
                out = q.value(0).toString();
        }
    }
    q.finish();
    return out;
}

QString ReferralImportQueries::personByForceId(const QString &source, const QString &forcePersonId)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT person_id FROM referral WHERE source = ? AND "
                                           "force_person_id = ? AND %1 ORDER BY received_at "
                                           "DESC, id LIMIT 1")
                                .arg(notErased(QStringLiteral("person_id"))));
    q.addBindValue(source);
    q.addBindValue(forcePersonId);
    return firstValue(q);
}

Result<QVector<MatchRow>> ReferralImportQueries::matchRows()
{
    if (auto s = PersonPhones(m_db).catchUp(); !s.ok())
        return s.error();
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, given_name, family_name, date_of_birth, phone, phone_e164, "
                       "postcode FROM person WHERE %1 ORDER BY num")
            .arg(notErased(QStringLiteral("person.id"))));
    if (!q.exec())
        return Database::storageError(q);
    QVector<MatchRow> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       sql::toDate(q.value(3)), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString()});
    q.finish();
    return out;
}

} // namespace hub::store
