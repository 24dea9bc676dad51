#include "WorkQueries.h"

#include "PersonPhones.h"

#include "NotErased.h"
#include "SqlValues.h"

namespace hub::store {

namespace {
// The first-contact rule of COUNTING_RULES.md over contacts as corrected: an amendment is
// not a contact of its own, but its fields (the latest one's) replace the original's, so a
// call logged with the wrong date or direction moves the clock when it is corrected.
// %1 is the person id, %2 the time of receipt.
const QString kFirstContactOf = QStringLiteral(
    "(SELECT min(coalesce(a.at, c.at)) FROM contact c "
    "LEFT JOIN contact a ON a.id = (SELECT x.id FROM contact x WHERE x.amends = c.id "
    "  ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1) "
    "WHERE c.person_id = %1 AND c.amends IS NULL AND coalesce(a.at, c.at) >= %2 "
    "AND (coalesce(a.direction, c.direction) = 'outbound' "
    "  OR coalesce(a.outcome, c.outcome) = 'spoke'))");
// ...as a correlated subquery over the referral `r`.
const QString kFirstContact =
    kFirstContactOf.arg(QStringLiteral("r.person_id"), QStringLiteral("r.received_at"));

// An FTS5 query for any whole word of `names` (3+ letters), accents and case folded as
// the person_search tokenizer folds them: "Łukasz Żelazny" -> names:"łukasz" OR names:"zelazny".
// Only letters and digits reach the query, so user input cannot change its syntax.
QString nameTokens(const QString &names)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 3)
            words << QStringLiteral("names:\"%1\"").arg(word);
        word.clear();
    };
    for (const QChar ch : names.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (ch.isMark())
            continue; // the accent split off by the decomposition
        if (ch.isLetterOrNumber())
            word += ch;
        else
            flush();
    }
    flush();
    words.removeDuplicates();
    return words.join(QStringLiteral(" OR "));
}

const QString kSafety =
    QStringLiteral("(p.safe_voicemail IN ('not_safe', 0) OR p.safe_letters IN ('not_safe', 0) OR "
                   "p.safe_text IN ('not_safe', 0) OR p.restricted = 1 OR "
                   "coalesce(p.contact_notes, '') <> '')");
} // namespace

Result<QVector<domain::InboxRow>> WorkQueries::inbox(const QString &teamId,
                                                     const PersonFilter &reader)
{
    auto &q = m_db.prepared(
        QStringLiteral(
            "SELECT r.id, r.person_id, r.received_at, r.source, r.crime_reference, "
            "r.offence_group, "
            "r.flags, r.enhanced, r.enhanced_reason, r.consent_to_contact, r.status, "
            "r.assigned_to, "
            "p.given_name || ' ' || p.family_name, p.date_of_birth, u.display_name, %1, %2, "
            "%4, p.restricted "
            "FROM referral r JOIN person p ON p.id = r.person_id "
            "LEFT JOIN app_user u ON u.id = r.assigned_to "
            "WHERE r.status IN ('new', 'contact_attempted') "
            "AND (coalesce(:team, '') = '' OR u.team_id = :team OR r.assigned_to IS NULL) "
            "AND %3 ORDER BY r.assigned_to IS NOT NULL, r.received_at, r.id")
            .arg(kFirstContact, kSafety, notErased(QStringLiteral("r.person_id")),
                 reader.condition(QStringLiteral("r.person_id"))));
    q.bindValue(QStringLiteral(":team"), teamId);
    reader.bind(q);
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
        row.personHidden = q.value(17).toInt() == 0;
        row.personRestricted = q.value(18).toInt() != 0;
        rows.push_back(row);
    }
    q.finish();
    return rows;
}

Result<QVector<domain::CaseloadRow>> WorkQueries::caseload(const QString &userId)
{
    auto &q = m_db.prepared(
        QStringLiteral(
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
            "WHERE %3 "
            "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, w.episode_id")
            .arg(kFirstContact, kSafety, notErased(QStringLiteral("p.id"))));
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
    auto &q = m_db.prepared(
        QStringLiteral(
            "SELECT t.id, t.person_id, t.episode_id, t.title, t.due_on, t.owner_id, t.done_at, "
            "t.kind, p.given_name || ' ' || p.family_name FROM task t "
            "LEFT JOIN person p ON p.id = t.person_id "
            "WHERE t.owner_id = ?1 AND (t.done_at IS NULL OR t.done_at >= ?2) AND %1 "
            "ORDER BY t.done_at IS NOT NULL, t.due_on, t.title, t.id")
            .arg(notErased(QStringLiteral("t.person_id"))));
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
WorkQueries::matchCandidates(const QString &givenName, const QString &familyName, const QDate &dob,
                             const QString &phoneE164, const QString &postcodeCompact, int limit,
                             const PersonFilter &reader)
{
    if (auto s = PersonPhones(m_db).catchUp(); !s.ok())
        return s.error();
    // Short prefixes catch typos after the first letters; both name orders catch swaps.
    // The search index (accents folded) catches names typed without their accents even
    // where the accent is on a first letter ("Zelazny" for "Żelazny"), which LIKE cannot.
    // Strongest matches first, so that LIMIT never drops a person matching on several
    // fields in favour of one who only shares a name.
    const auto prefix = [](const QString &s) {
        return s.trimmed().left(2) + QLatin1Char('%');
    };
    const QString tokens = nameTokens(givenName + QLatin1Char(' ') + familyName);
    const QStringList conditions{
        QStringLiteral("(coalesce(:dob, '') <> '' AND date_of_birth = :dob)"),
        QStringLiteral("(coalesce(:phone, '') <> '' AND phone_e164 = :phone)"),
        QStringLiteral(
            "(coalesce(:postcode, '') <> '' AND upper(replace(postcode, ' ', '')) = :postcode)"),
        QStringLiteral("(length(:family) > 2 AND family_name LIKE :family "
                       "AND (coalesce(length(:given), 0) < 3 OR given_name LIKE :given))"),
        QStringLiteral("(length(:given) > 2 AND length(:family) > 2 AND family_name LIKE :given "
                       "AND given_name LIKE :family)"),
    };
    QString where = conditions.join(QStringLiteral(" OR "));
    if (!tokens.isEmpty())
        where += QStringLiteral(" OR num IN (SELECT rowid FROM person_search WHERE "
                                "person_search MATCH :names)");
    QStringList strength;
    for (const auto &c : conditions)
        strength << QStringLiteral("coalesce(%1, 0)").arg(c); // NULL column: no match
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, given_name, family_name, date_of_birth, phone, postcode "
                       "FROM person WHERE (%1) AND %3 AND %4 AND merged_into IS NULL "
                       "ORDER BY %2 DESC, num LIMIT :limit")
            .arg(where, strength.join(QStringLiteral(" + ")), notErased(QStringLiteral("id")),
                 reader.condition(QStringLiteral("person.id"))));
    // Named placeholders: Qt's SQLite driver refuses a reused numbered one ("?1 ... ?1")
    // with "Parameter count mismatch". An empty value is bound as NULL, hence coalesce.
    q.bindValue(QStringLiteral(":dob"), dob.isValid() ? util::toIsoDate(dob) : QString());
    q.bindValue(QStringLiteral(":phone"), phoneE164);
    q.bindValue(QStringLiteral(":postcode"), postcodeCompact.toUpper());
    q.bindValue(QStringLiteral(":family"),
                familyName.trimmed().isEmpty() ? QString() : prefix(familyName));
    q.bindValue(QStringLiteral(":given"),
                givenName.trimmed().isEmpty() ? QString() : prefix(givenName));
    if (!tokens.isEmpty())
        q.bindValue(QStringLiteral(":names"), tokens);
    q.bindValue(QStringLiteral(":limit"), limit);
    reader.bind(q);
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::PersonMatchCandidate> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       sql::toDate(q.value(3)), q.value(4).toString(), q.value(5).toString(),
                       QString(), false});
    q.finish();
    return out;
}

QDateTime WorkQueries::firstContactAt(const QString &personId, const QDateTime &receivedAt)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT %1")
                          .arg(kFirstContactOf.arg(QStringLiteral("?"), QStringLiteral("?"))));
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
