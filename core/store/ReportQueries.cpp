#include "ReportQueries.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace hub::store {

namespace {

// True for the row of `contact %1` that stands for its contact as corrected: an original
// nobody amended, or the amendment with the latest recorded_at (then the greatest id) of
// its original. Every other row is superseded and never counted.
QString current(const QString &c)
{
    return QStringLiteral(
               "NOT EXISTS (SELECT 1 FROM contact l WHERE l.amends = coalesce(%1.amends, %1.id) "
               "AND l.id <> %1.id AND (%1.amends IS NULL OR l.recorded_at > %1.recorded_at "
               "OR (l.recorded_at = %1.recorded_at AND l.id > %1.id)))")
        .arg(c);
}

// The people of `contact c` spoken to while they had an episode open (`episodeTeam`: the
// team condition on that episode `e`, or nothing).
QString supportedContact(const QString &episodeTeam)
{
    return QStringLiteral("c.outcome = 'spoke' AND %1 AND EXISTS (SELECT 1 FROM episode e "
                          "WHERE e.person_id = c.person_id AND e.opened_at <= c.at "
                          "AND (e.closed_at IS NULL OR e.closed_at >= c.at)%2)")
        .arg(current(QStringLiteral("c")), episodeTeam);
}

// The worker who held referral or episode `a` at :to: the one the last reassignment before
// :to gave it to; else, when it was reassigned later, the one that first reassignment took
// it from ('' for nobody); else its holder now.
QString holderAt(const char *type, const QString &a, const char *holderColumn)
{
    return QStringLiteral(
               "coalesce((SELECT h.to_user FROM assignment_change h WHERE h.record_type = '%1' "
               "AND h.record_id = %2.id AND h.changed_at < :to "
               "ORDER BY h.changed_at DESC, h.id DESC LIMIT 1), "
               "(SELECT coalesce(h.from_user, '') FROM assignment_change h "
               "WHERE h.record_type = '%1' AND h.record_id = %2.id AND h.changed_at >= :to "
               "ORDER BY h.changed_at, h.id LIMIT 1), %2.%3)")
        .arg(QLatin1String(type), a, QLatin1String(holderColumn));
}

// The Victims' Code first contact of referral `r` as seen at :asof (COUNTING_RULES.md).
QString firstContact()
{
    return QStringLiteral(
               "CASE WHEN r.consent_to_contact THEN (SELECT min(c.at) FROM contact c "
               "WHERE c.person_id = r.person_id AND c.at >= r.received_at AND c.at <= :asof "
               "AND (c.direction = 'outbound' OR (c.direction = 'inbound' AND c.outcome = "
               "'spoke')) AND %1) END")
        .arg(current(QStringLiteral("c")));
}

void bindWindow(QSqlQuery &q, const QDateTime &from, const QDateTime &to)
{
    q.bindValue(QStringLiteral(":from"), sql::time(from));
    q.bindValue(QStringLiteral(":to"), sql::time(to));
}

} // namespace

QString ReportQueries::teamCondition(const char *kind, const QString &a) const
{
    if (m_team.isEmpty())
        return {};
    const QString workers = QStringLiteral(" IN (SELECT tu.id FROM app_user tu "
                                           "WHERE tu.team_id = :team)");
    const QLatin1String k(kind);
    if (k == QLatin1String("referral"))
        return QStringLiteral(" AND ") + holderAt(kind, a, "assigned_to") + workers;
    if (k == QLatin1String("episode"))
        return QStringLiteral(" AND ") + holderAt(kind, a, "caseworker_id") + workers;
    // A contact counts for the team of whoever recorded it (the original, not a correction).
    return QStringLiteral(" AND (SELECT o.recorded_by FROM contact o WHERE o.id = "
                          "coalesce(%1.amends, %1.id))")
               .arg(a) +
           workers;
}

void ReportQueries::bindTeam(QSqlQuery &q) const
{
    if (!m_team.isEmpty())
        q.bindValue(QStringLiteral(":team"), m_team);
}

Result<QVector<ReportQueries::Referral>>
ReportQueries::referralsReceived(const QDateTime &from, const QDateTime &to, const QDateTime &asOf)
{
    auto &q = m_db.prepared(
        QStringLiteral(
            "SELECT r.id, r.person_id, r.received_at, r.source, r.offence_group, r.flags, "
            "r.enhanced, r.consent_to_contact, NOT EXISTS (SELECT 1 FROM referral e "
            "WHERE e.person_id = r.person_id AND e.received_at < :from), %1 "
            "FROM referral r WHERE r.received_at >= :from AND r.received_at < :to%2 "
            "ORDER BY r.received_at, r.id")
            .arg(firstContact(), teamCondition("referral", QStringLiteral("r"))));
    bindWindow(q, from, to);
    bindTeam(q);
    q.bindValue(QStringLiteral(":asof"), sql::time(asOf));
    if (!q.exec())
        return Database::storageError(q);
    QVector<Referral> out;
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toString();
        r.personId = q.value(1).toString();
        r.receivedAt = sql::toTime(q.value(2));
        r.source = q.value(3).toString();
        r.offenceGroup = q.value(4).toString();
        r.flags = sql::toCodes(q.value(5));
        r.enhanced = q.value(6).toInt() != 0;
        r.consentToContact = q.value(7).toInt() != 0;
        r.personsFirstEver = q.value(8).toInt() != 0;
        r.firstContactAt = sql::toTime(q.value(9));
        out.push_back(r);
    }
    q.finish();
    return out;
}

Result<int> ReportQueries::referralCount(const QDateTime &from, const QDateTime &to)
{
    auto &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM referral r WHERE r.received_at >= "
                                           ":from AND r.received_at < :to%1")
                                .arg(teamCondition("referral", QStringLiteral("r"))));
    bindWindow(q, from, to);
    bindTeam(q);
    if (!q.exec() || !q.next())
        return Database::storageError(q);
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<ReportQueries::ContactTotals> ReportQueries::contactTotals(const QDateTime &from,
                                                                  const QDateTime &to)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT count(*), coalesce(sum(c.duration_minutes), 0), "
                       "count(DISTINCT CASE WHEN c.outcome = 'spoke' THEN c.person_id END) "
                       "FROM contact c WHERE c.at >= :from AND c.at < :to AND %1%2")
            .arg(current(QStringLiteral("c")), teamCondition("contact", QStringLiteral("c"))));
    bindWindow(q, from, to);
    bindTeam(q);
    if (!q.exec() || !q.next())
        return Database::storageError(q);
    ContactTotals out;
    out.contacts = q.value(0).toInt();
    out.minutes = q.value(1).toLongLong();
    out.peopleSpokenTo = q.value(2).toInt();
    q.finish();
    return out;
}

Result<QVector<ReportQueries::SupportedPerson>>
ReportQueries::supportedPeople(const QDateTime &from, const QDateTime &to)
{
    auto &q = m_db.prepared(
        QStringLiteral("SELECT p.id, p.date_of_birth, p.gender, p.ethnic_group, p.disability "
                       "FROM person p WHERE p.id IN (SELECT c.person_id FROM contact c "
                       "WHERE c.at >= :from AND c.at < :to AND %1) ORDER BY p.id")
            .arg(supportedContact(teamCondition("episode", QStringLiteral("e")))));
    bindWindow(q, from, to);
    bindTeam(q);
    if (!q.exec())
        return Database::storageError(q);
    QVector<SupportedPerson> out;
    while (q.next()) {
        SupportedPerson p;
        p.id = q.value(0).toString();
        p.dateOfBirth = sql::toDate(q.value(1));
        p.gender = q.value(2).toString();
        p.ethnicGroup = q.value(3).toString();
        p.disability = q.value(4).toString();
        out.push_back(p);
    }
    q.finish();
    return out;
}

Result<int> ReportQueries::supportedCount(const QDateTime &from, const QDateTime &to)
{
    auto &q =
        m_db.prepared(QStringLiteral("SELECT count(DISTINCT c.person_id) FROM contact c "
                                     "WHERE c.at >= :from AND c.at < :to AND %1")
                          .arg(supportedContact(teamCondition("episode", QStringLiteral("e")))));
    bindWindow(q, from, to);
    bindTeam(q);
    if (!q.exec() || !q.next())
        return Database::storageError(q);
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<ReportQueries::Episodes> ReportQueries::episodes(const QDateTime &from, const QDateTime &to)
{
    Episodes out;
    {
        const QString team = teamCondition("episode", QStringLiteral("e"));
        auto &q =
            m_db.prepared(QStringLiteral("SELECT "
                                         "(SELECT count(*) FROM episode e WHERE e.opened_at >= "
                                         ":from AND e.opened_at < :to%1), "
                                         "(SELECT count(*) FROM episode e WHERE e.opened_at < :to "
                                         "  AND (e.closed_at IS NULL OR e.closed_at >= :to)%1)")
                              .arg(team));
        bindWindow(q, from, to);
        bindTeam(q);
        if (!q.exec() || !q.next())
            return Database::storageError(q);
        out.opened = q.value(0).toInt();
        out.openAtEnd = q.value(1).toInt();
        q.finish();
    }
    auto &q = m_db.prepared(
        QStringLiteral("SELECT e.outcomes FROM episode e WHERE e.status = 'closed' "
                       "AND e.closed_at >= :from AND e.closed_at < :to%1 ORDER BY e.id")
            .arg(teamCondition("episode", QStringLiteral("e"))));
    bindWindow(q, from, to);
    bindTeam(q);
    if (!q.exec())
        return Database::storageError(q);
    while (q.next()) {
        ++out.closed;
        out.closedOutcomes.push_back(sql::toCodeMap(q.value(0)));
    }
    q.finish();
    return out;
}

Result<QMap<QString, int>> ReportQueries::onwardReferralsByAgency(const QDateTime &from,
                                                                  const QDateTime &to)
{
    const QString team = teamCondition("episode", QStringLiteral("e"));
    auto &q = m_db.prepared(
        QStringLiteral("SELECT o.agency, count(*) FROM onward_referral o "
                       "WHERE o.referred_at >= :from AND o.referred_at < :to%1 GROUP BY o.agency")
            .arg(team.isEmpty() ? QString()
                                : QStringLiteral(" AND EXISTS (SELECT 1 FROM episode e "
                                                 "WHERE e.id = o.episode_id%1)")
                                      .arg(team)));
    bindWindow(q, from, to);
    bindTeam(q);
    if (!q.exec())
        return Database::storageError(q);
    QMap<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    return out;
}

} // namespace hub::store
