#include "WorkQueries.h"

#include "SqlValues.h"

namespace hub::store {

namespace {
// The first-contact rule of COUNTING_RULES.md as a correlated subquery over `r`.
// Amendments are left out: they correct a contact, they are not one.
const QString kFirstContact = QStringLiteral(
    "(SELECT min(c.at) FROM contact c WHERE c.person_id = r.person_id AND c.at >= r.received_at "
    "AND c.amends IS NULL AND (c.direction = 'outbound' OR c.outcome = 'spoke'))");

const QString kSafety = QStringLiteral(
    "(p.safe_voicemail = 0 OR p.safe_letters = 0 OR p.safe_text = 0 OR p.restricted = 1 OR "
    "coalesce(p.contact_notes, '') <> '')");
} // namespace

Result<QVector<domain::InboxRow>> WorkQueries::inbox(const QString &teamId)
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT r.id, r.person_id, r.received_at, r.source, r.crime_reference, r.offence_group, "
        "r.flags, r.enhanced, r.enhanced_reason, r.consent_to_contact, r.status, r.assigned_to, "
        "p.given_name || ' ' || p.family_name, p.date_of_birth, u.display_name, %1, %2 "
        "FROM referral r JOIN person p ON p.id = r.person_id "
        "LEFT JOIN app_user u ON u.id = r.assigned_to "
        "WHERE r.status IN ('new', 'contact_attempted') "
        "AND (coalesce(:team, '') = '' OR u.team_id = :team OR r.assigned_to IS NULL) "
        "ORDER BY r.assigned_to IS NOT NULL, r.received_at, r.id")
                                .arg(kFirstContact, kSafety));
    q.bindValue(QStringLiteral(":team"), teamId);
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::InboxRow> rows;
    while (q.next()) {
        domain::InboxRow row;
        auto &r = row.referral;
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
        row.personName = q.value(12).toString();
        row.personDateOfBirth = sql::toDate(q.value(13));
        row.assigneeName = q.value(14).toString();
        row.firstContactAt = sql::toTime(q.value(15));
        row.personSafetyLimits = q.value(16).toInt() != 0;
        rows.push_back(row);
    }
    q.finish();
    return rows;
}

Result<QVector<domain::CaseloadRow>> WorkQueries::caseload(const QString &userId)
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT p.id, p.given_name || ' ' || p.family_name, w.episode_id, w.episode_status, "
        "r.id, r.received_at, r.enhanced, r.consent_to_contact, %1, "
        "(SELECT max(at) FROM contact c WHERE c.person_id = p.id), "
        "(SELECT min(due_on) FROM task t WHERE t.person_id = p.id AND t.owner_id = :user "
        "  AND t.done_at IS NULL), %2 "
        "FROM (SELECT e.person_id, e.id AS episode_id, e.status AS episode_status, "
        "        (SELECT er.referral_id FROM episode_referral er JOIN referral rr "
        "           ON rr.id = er.referral_id WHERE er.episode_id = e.id "
        "           ORDER BY rr.received_at DESC LIMIT 1) AS referral_id "
        "      FROM episode e WHERE e.caseworker_id = :user AND e.status <> 'closed' "
        "      UNION ALL "
        "      SELECT rr.person_id, NULL, NULL, rr.id FROM referral rr "
        "      WHERE rr.assigned_to = :user AND rr.status IN ('new', 'contact_attempted')) w "
        "JOIN person p ON p.id = w.person_id LEFT JOIN referral r ON r.id = w.referral_id "
        "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, w.episode_id")
                                .arg(kFirstContact, kSafety));
    q.bindValue(QStringLiteral(":user"), userId);
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::CaseloadRow> rows;
    while (q.next()) {
        domain::CaseloadRow row;
        row.personId = q.value(0).toString();
        row.personName = q.value(1).toString();
        row.episodeId = q.value(2).toString();
        row.episodeStatus = q.value(3).toString();
        row.referralId = q.value(4).toString();
        row.receivedAt = sql::toTime(q.value(5));
        row.enhanced = q.value(6).toInt() != 0;
        row.consentToContact = q.value(7).toInt() != 0;
        row.firstContactAt = sql::toTime(q.value(8));
        row.lastContactAt = sql::toTime(q.value(9));
        row.nextTaskDue = sql::toDate(q.value(10));
        row.personSafetyLimits = q.value(11).toInt() != 0;
        rows.push_back(row);
    }
    q.finish();
    return rows;
}

Result<QVector<domain::TaskRow>> WorkQueries::tasks(const QString &ownerId,
                                                    const QDateTime &doneSince)
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT t.id, t.person_id, t.episode_id, t.title, t.due_on, t.owner_id, t.done_at, "
        "t.kind, p.given_name || ' ' || p.family_name FROM task t "
        "LEFT JOIN person p ON p.id = t.person_id "
        "WHERE t.owner_id = ?1 AND (t.done_at IS NULL OR t.done_at >= ?2) "
        "ORDER BY t.done_at IS NOT NULL, t.due_on, t.title, t.id"));
    q.bindValue(0, ownerId);
    q.bindValue(1, sql::time(doneSince));
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::TaskRow> rows;
    while (q.next()) {
        domain::TaskRow row;
        auto &t = row.task;
        t.id = q.value(0).toString();
        t.personId = q.value(1).toString();
        t.episodeId = q.value(2).toString();
        t.title = q.value(3).toString();
        t.dueOn = sql::toDate(q.value(4));
        t.ownerId = q.value(5).toString();
        t.doneAt = sql::toTime(q.value(6));
        t.kind = q.value(7).toString();
        row.personName = q.value(8).toString();
        rows.push_back(row);
    }
    q.finish();
    return rows;
}

Result<QVector<domain::PersonMatchCandidate>>
WorkQueries::matchCandidates(const QString &givenName, const QString &familyName,
                             const QDate &dob, const QString &phoneDigits,
                             const QString &postcodeCompact, int limit)
{
    // Short prefixes catch typos after the first letters; both name orders catch swaps.
    const auto prefix = [](const QString &s) { return s.trimmed().left(2) + QLatin1Char('%'); };
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT id, given_name, family_name, date_of_birth, phone, postcode FROM person WHERE "
        "(coalesce(:dob, '') <> '' AND date_of_birth = :dob) "
        "OR (coalesce(:phone, '') <> '' AND replace(replace(phone, ' ', ''), '-', '') = :phone) "
        "OR (coalesce(:postcode, '') <> '' AND upper(replace(postcode, ' ', '')) = :postcode) "
        "OR (length(:family) > 2 AND family_name LIKE :family "
        "    AND (coalesce(length(:given), 0) < 3 OR given_name LIKE :given)) "
        "OR (length(:given) > 2 AND length(:family) > 2 AND family_name LIKE :given "
        "    AND given_name LIKE :family) "
        "LIMIT :limit"));
    // Named placeholders: Qt's SQLite driver refuses a reused numbered one ("?1 ... ?1")
    // with "Parameter count mismatch". An empty value is bound as NULL, hence coalesce.
    q.bindValue(QStringLiteral(":dob"), dob.isValid() ? util::toIsoDate(dob) : QString());
    q.bindValue(QStringLiteral(":phone"), phoneDigits);
    q.bindValue(QStringLiteral(":postcode"), postcodeCompact.toUpper());
    q.bindValue(QStringLiteral(":family"),
                familyName.trimmed().isEmpty() ? QString() : prefix(familyName));
    q.bindValue(QStringLiteral(":given"),
                givenName.trimmed().isEmpty() ? QString() : prefix(givenName));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::PersonMatchCandidate> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       sql::toDate(q.value(3)), q.value(4).toString(), q.value(5).toString()});
    q.finish();
    return out;
}

QDateTime WorkQueries::firstContactAt(const QString &personId, const QDateTime &receivedAt)
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT min(at) FROM contact WHERE person_id = ? AND at >= ? AND amends IS NULL "
        "AND (direction = 'outbound' OR outcome = 'spoke')"));
    q.addBindValue(personId);
    q.addBindValue(sql::time(receivedAt));
    QDateTime at;
    if (q.exec() && q.next())
        at = sql::toTime(q.value(0));
    q.finish();
    return at;
}

QStringList WorkQueries::openEpisodeIds(const QString &personId)
{
    auto &q = m_db.prepared(QStringLiteral(
        "SELECT id FROM episode WHERE person_id = ? AND status <> 'closed' ORDER BY opened_at"));
    q.addBindValue(personId);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    q.finish();
    return ids;
}

} // namespace hub::store
