#include "Repositories.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {
const QString kColumns = QStringLiteral(
    "id, person_id, received_at, source, crime_reference, offence_group, flags, enhanced, "
    "enhanced_reason, consent_to_contact, status, assigned_to, decision_reason, decided_at, "
    "decided_by, force_referral_id, force_person_id");

domain::Referral mapReferral(const QSqlQuery &q)
{
    domain::Referral r;
    r.id = q.value(0).toString();
    r.personId = q.value(1).toString();
    r.receivedAt = sql::toTime(q.value(2));
    r.source = q.value(3).toString();
    r.crimeReference = q.value(4).toString();
    r.offenceGroup = q.value(5).toString();
    r.flags = sql::toCodes(q.value(6));
    r.enhanced = q.value(7).toInt() != 0;
    r.enhancedReason = q.value(8).toString();
    r.consentToContact = q.value(9).toInt() != 0;
    r.status = q.value(10).toString();
    r.assignedTo = q.value(11).toString();
    r.decisionReason = q.value(12).toString();
    r.decidedAt = sql::toTime(q.value(13));
    r.decidedBy = q.value(14).toString();
    r.forceReferralId = q.value(15).toString();
    r.forcePersonId = q.value(16).toString();
    return r;
}

void bindReferral(QSqlQuery &q, const domain::Referral &r)
{
    auto flags = r.flags;
    flags.sort();
    q.addBindValue(r.personId);
    q.addBindValue(sql::time(r.receivedAt));
    q.addBindValue(r.source);
    q.addBindValue(sql::text(r.crimeReference));
    q.addBindValue(r.offenceGroup);
    q.addBindValue(sql::codes(flags));
    q.addBindValue(sql::boolean(r.enhanced));
    q.addBindValue(sql::text(r.enhancedReason));
    q.addBindValue(sql::boolean(r.consentToContact));
    q.addBindValue(r.status);
    q.addBindValue(sql::text(r.assignedTo));
    q.addBindValue(sql::text(r.decisionReason));
    q.addBindValue(sql::time(r.decidedAt));
    q.addBindValue(sql::text(r.decidedBy));
    q.addBindValue(sql::text(r.forceReferralId));
    q.addBindValue(sql::text(r.forcePersonId));
    q.addBindValue(r.id);
}
} // namespace

Status ReferralRepository::insert(const domain::Referral &r)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO referral (person_id, received_at, source, crime_reference, offence_group, "
        "flags, enhanced, enhanced_reason, consent_to_contact, status, assigned_to, "
        "decision_reason, "
        "decided_at, decided_by, force_referral_id, force_person_id, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindReferral(q, r);
    return execWrite(q, "referral");
}

Status ReferralRepository::update(const domain::Referral &r)
{
    auto &q = m_db.prepared(QStringLiteral(
        "UPDATE referral SET person_id = ?, received_at = ?, source = ?, crime_reference = ?, "
        "offence_group = ?, flags = ?, enhanced = ?, enhanced_reason = ?, "
        "consent_to_contact = ?, status = ?, assigned_to = ?, decision_reason = ?, decided_at = ?, "
        "decided_by = ?, force_referral_id = ?, force_person_id = ? WHERE id = ?"));
    bindReferral(q, r);
    return execWrite(q, "referral");
}

Result<domain::Referral> ReferralRepository::get(const QString &id)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM referral WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne<domain::Referral>(q, mapReferral, id, "referral");
}

bool ReferralRepository::exists(const QString &id)
{
    return detail::exists(m_db, QStringLiteral("SELECT 1 FROM referral WHERE id = ?"), id);
}

QVector<domain::Referral> ReferralRepository::forPerson(const QString &personId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM referral WHERE person_id = ? ORDER BY received_at DESC, id")
            .arg(kColumns));
    q.addBindValue(personId);
    return fetchAll<domain::Referral>(q, mapReferral);
}

Status ReferralRepository::forEach(const Visitor<domain::Referral> &visit)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT %1 FROM referral ORDER BY id").arg(kColumns));
    return forEachRow<domain::Referral>(q, mapReferral, visit);
}

} // namespace hub::store
