#include "SupervisorQueries.h"

#include "NotErased.h"
#include "RowAccess.h"
#include "SqlValues.h"

namespace hub::store {

using namespace detail;

namespace {

const QString kTeamUsers = QStringLiteral("(SELECT id FROM app_user WHERE team_id = :team)");
const QString kPersonName = QStringLiteral("p.given_name || ' ' || p.family_name");

// Contacts as corrected: an amendment is not a contact of its own, but the latest one's
// fields replace the original's (as for the Victims' Code first contact, WorkQueries).
const QString kCorrected = QStringLiteral(
    "contact c LEFT JOIN contact a ON a.id = (SELECT x.id FROM contact x WHERE x.amends = c.id "
    "ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1)");

const QString kReferralColumns =
    QStringLiteral("r.id, r.person_id, r.received_at, r.source, r.offence_group, r.enhanced, "
                   "r.consent_to_contact, r.status, r.assigned_to, r.priority, %1")
        .arg(kPersonName);

SupervisorQueries::ReferralRow mapReferral(const QSqlQuery &q)
{
    SupervisorQueries::ReferralRow row;
    auto &r = row.referral;
    r.id = q.value(0).toString();
    r.personId = q.value(1).toString();
    r.receivedAt = sql::toTime(q.value(2));
    r.source = q.value(3).toString();
    r.offenceGroup = q.value(4).toString();
    r.enhanced = q.value(5).toInt() != 0;
    r.consentToContact = q.value(6).toInt() != 0;
    r.status = q.value(7).toString();
    r.assignedTo = q.value(8).toString();
    row.priority = q.value(9).toString();
    row.personName = q.value(10).toString();
    row.holderId = q.value(11).toString();
    row.episodeId = q.value(12).toString();
    return row;
}

bool knownTable(const QString &table)
{
    return table == QLatin1String("referral") || table == QLatin1String("episode");
}

} // namespace

Result<QVector<SupervisorQueries::EpisodeRow>>
SupervisorQueries::openEpisodes(const QString &teamId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT e.id, e.person_id, %1, e.caseworker_id, e.status, e.priority, "
                       "e.opened_at, (SELECT max(coalesce(a.at, c.at)) FROM %3 WHERE c.person_id = "
                       "e.person_id AND c.amends IS NULL), e.closure_requested_at "
                       "FROM episode e JOIN person p ON p.id = e.person_id "
                       "WHERE e.status <> 'closed' AND e.caseworker_id IN %2 AND %4 "
                       "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, e.id")
            .arg(kPersonName, kTeamUsers, kCorrected, notErased(QStringLiteral("e.person_id"))));
    q.bindValue(QStringLiteral(":team"), teamId);
    if (!q.exec())
        return Database::storageError(q);
    QVector<EpisodeRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        sql::toTime(q.value(6)), sql::toTime(q.value(7)), sql::toTime(q.value(8))});
    q.finish();
    return rows;
}

Result<QVector<SupervisorQueries::ContactRow>>
SupervisorQueries::contacts(const QString &teamId, const QDateTime &from, const QDateTime &to)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT c.id, c.person_id, %1, c.recorded_by, coalesce(a.at, c.at) AS at, "
                       "coalesce(a.channel, c.channel), coalesce(a.direction, c.direction) "
                       "FROM %3 JOIN person p ON p.id = c.person_id "
                       "WHERE c.amends IS NULL AND coalesce(a.at, c.at) >= :from "
                       "AND coalesce(a.at, c.at) < :to "
                       "AND c.recorded_by IN %2 AND %4 ORDER BY 5 DESC, c.id")
            .arg(kPersonName, kTeamUsers, kCorrected, notErased(QStringLiteral("c.person_id"))));
    q.bindValue(QStringLiteral(":from"), sql::time(from));
    q.bindValue(QStringLiteral(":to"), sql::time(to));
    q.bindValue(QStringLiteral(":team"), teamId);
    if (!q.exec())
        return Database::storageError(q);
    QVector<ContactRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), sql::toTime(q.value(4)), q.value(5).toString(),
                        q.value(6).toString()});
    q.finish();
    return rows;
}

Result<QVector<SupervisorQueries::TaskRow>> SupervisorQueries::overdueTasks(const QString &teamId,
                                                                            const QDate &today)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT t.id, t.person_id, coalesce(%1, ''), t.owner_id, t.title, "
                       "t.due_on FROM task t LEFT JOIN person p ON p.id = t.person_id "
                       "WHERE t.done_at IS NULL AND t.due_on < :today AND t.owner_id IN %2 "
                       "AND %3 ORDER BY t.due_on, t.title, t.id")
            .arg(kPersonName, kTeamUsers, notErased(QStringLiteral("t.person_id"))));
    q.bindValue(QStringLiteral(":today"), sql::date(today));
    q.bindValue(QStringLiteral(":team"), teamId);
    if (!q.exec())
        return Database::storageError(q);
    QVector<TaskRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), sql::toDate(q.value(5))});
    q.finish();
    return rows;
}

Result<QVector<SupervisorQueries::ReferralRow>>
SupervisorQueries::heldReferrals(const QString &teamId)
{
    auto &q = m_db.prepared(
        QStringLiteral(
            "SELECT %1, r.assigned_to, NULL FROM referral r JOIN person p ON p.id = r.person_id "
            "WHERE r.status IN ('new', 'contact_attempted') AND r.assigned_to IN %2 AND %3 "
            "UNION ALL "
            "SELECT %1, e.caseworker_id, e.id FROM episode e "
            "JOIN episode_referral er ON er.episode_id = e.id "
            "JOIN referral r ON r.id = er.referral_id JOIN person p ON p.id = r.person_id "
            "WHERE e.status <> 'closed' AND e.caseworker_id IN %2 AND %3 "
            "ORDER BY 3, 1")
            .arg(kReferralColumns, kTeamUsers, notErased(QStringLiteral("r.person_id"))));
    q.bindValue(QStringLiteral(":team"), teamId);
    return fetchAll<ReferralRow>(q, mapReferral);
}

Result<QVector<SupervisorQueries::ReferralRow>> SupervisorQueries::unallocatedReferrals()
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT %1, NULL, NULL FROM referral r JOIN person p ON p.id = "
                       "r.person_id WHERE r.status IN ('new', 'contact_attempted') "
                       "AND r.assigned_to IS NULL AND %2 ORDER BY r.received_at, r.id")
            .arg(kReferralColumns, notErased(QStringLiteral("r.person_id"))));
    return fetchAll<ReferralRow>(q, mapReferral);
}

Result<QVector<domain::User>> SupervisorQueries::teamUsers(const QString &teamId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, username, display_name, role, team_id, active FROM app_user "
                       "WHERE team_id = ? ORDER BY display_name COLLATE NOCASE, id"));
    q.addBindValue(teamId);
    if (!q.exec())
        return Database::storageError(q);
    QVector<domain::User> users;
    while (q.next())
        users.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0});
    q.finish();
    return users;
}

Result<QString> SupervisorQueries::priority(const QString &table, const QString &id)
{
    if (!knownTable(table))
        return Error::invalid(QStringLiteral("record_type"), QStringLiteral("unknown"));
    auto &q = m_db.prepared(QStringLiteral("SELECT priority FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return fetchOne<QString>(
        q, [](const QSqlQuery &row) { return row.value(0).toString(); }, id, "record");
}

Status SupervisorQueries::setPriority(const QString &table, const QString &id,
                                      const QString &priority)
{
    if (!knownTable(table))
        return Error::invalid(QStringLiteral("record_type"), QStringLiteral("unknown"));
    auto &q = m_db.prepared(QStringLiteral("UPDATE %1 SET priority = ? WHERE id = ?").arg(table));
    q.addBindValue(priority);
    q.addBindValue(id);
    return execWrite(q, "priority");
}

Status SupervisorQueries::insertAssignmentChange(const AssignmentChange &c)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO assignment_change (id, record_type, record_id, from_user, to_user, reason, "
        "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.recordType);
    q.addBindValue(c.recordId);
    q.addBindValue(sql::text(c.fromUser));
    q.addBindValue(c.toUser);
    q.addBindValue(c.reason);
    q.addBindValue(c.changedBy);
    q.addBindValue(sql::time(c.changedAt));
    return execWrite(q, "assignment_change");
}

QVector<SupervisorQueries::AssignmentChange>
SupervisorQueries::assignmentChanges(const QString &recordId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, record_type, record_id, from_user, to_user, reason, "
                       "changed_by, changed_at FROM assignment_change WHERE record_id = ? "
                       "ORDER BY changed_at DESC, id"));
    q.addBindValue(recordId);
    return fetchAll<AssignmentChange>(q, [](const QSqlQuery &row) {
        return AssignmentChange{row.value(0).toString(), row.value(1).toString(),
                                row.value(2).toString(), row.value(3).toString(),
                                row.value(4).toString(), row.value(5).toString(),
                                row.value(6).toString(), sql::toTime(row.value(7))};
    });
}

Status SupervisorQueries::insertClosureReview(const ClosureReview &r)
{
    auto &q = m_db.prepared(QStringLiteral(
        "INSERT INTO closure_review (id, episode_id, decision, comment, closure_reason, "
        "requested_by, requested_at, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.episodeId);
    q.addBindValue(r.decision);
    q.addBindValue(sql::text(r.comment));
    q.addBindValue(sql::text(r.closureReason));
    q.addBindValue(sql::text(r.requestedBy));
    q.addBindValue(sql::time(r.requestedAt));
    q.addBindValue(r.reviewedBy);
    q.addBindValue(sql::time(r.reviewedAt));
    return execWrite(q, "closure_review");
}

QVector<SupervisorQueries::ClosureReview>
SupervisorQueries::closureReviews(const QString &episodeId)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT id, episode_id, decision, comment, closure_reason, requested_by, "
                       "requested_at, reviewed_by, reviewed_at FROM closure_review "
                       "WHERE episode_id = ? ORDER BY reviewed_at DESC, id"));
    q.addBindValue(episodeId);
    return fetchAll<ClosureReview>(q, [](const QSqlQuery &row) {
        return ClosureReview{
            row.value(0).toString(),   row.value(1).toString(), row.value(2).toString(),
            row.value(3).toString(),   row.value(4).toString(), row.value(5).toString(),
            sql::toTime(row.value(6)), row.value(7).toString(), sql::toTime(row.value(8))};
    });
}

Result<QStringList> SupervisorQueries::moveOpenTasks(const QString &episodeId,
                                                     const QString &fromUser, const QString &toUser)
{
    auto &sel = m_db.prepared(QStringLiteral(
        "SELECT id FROM task WHERE episode_id = ? AND owner_id = ? AND done_at IS NULL"));
    sel.addBindValue(episodeId);
    sel.addBindValue(fromUser);
    if (!sel.exec())
        return Database::storageError(sel);
    QStringList ids;
    while (sel.next())
        ids << sel.value(0).toString();
    sel.finish();
    for (const auto &id : ids) {
        auto &upd = m_db.prepared(QStringLiteral("UPDATE task SET owner_id = ? WHERE id = ?"));
        upd.addBindValue(toUser);
        upd.addBindValue(id);
        if (auto s = execWrite(upd, "task"); !s.ok())
            return s.error();
    }
    return ids;
}

} // namespace hub::store
