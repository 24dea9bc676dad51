#include "PersonFilter.h"

#include <QSqlQuery>

namespace hub::store {

namespace {

// The person's referrals and episodes held by someone who meets `who` (a condition on
// the holder's id, written with %h), the open ones only or all. %1 is the person id.
QString held(const QString &personId, bool openOnly, const QString &who)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM referral hr WHERE hr.person_id = %1 AND "
                          "coalesce(hr.assigned_to, '') <> '' %2 AND %3) OR "
                          "EXISTS (SELECT 1 FROM episode he WHERE he.person_id = %1 AND "
                          "coalesce(he.caseworker_id, '') <> '' %4 AND %5))")
        .arg(personId,
             openOnly ? QStringLiteral("AND hr.status NOT IN ('closed', 'declined', 'no_contact')")
                      : QString(),
             QString(who).replace(QLatin1String("%h"), QLatin1String("hr.assigned_to")),
             openOnly ? QStringLiteral("AND he.status <> 'closed'") : QString(),
             QString(who).replace(QLatin1String("%h"), QLatin1String("he.caseworker_id")));
}

// Whether one of the person's holders meets `who`: the holders of their open referrals and
// episodes, or when none is open everyone who ever held any (services::personScope).
QString anyHolder(const QString &personId, const QString &who)
{
    return QStringLiteral("(%1 OR (NOT %2 AND %3))")
        .arg(held(personId, true, who), held(personId, true, QStringLiteral("1")),
             held(personId, false, who));
}

} // namespace

PersonFilter PersonFilter::everyone()
{
    security::Reach all;
    all.everyone = true;
    return PersonFilter(all);
}

QString PersonFilter::condition(const QString &personId) const
{
    if (m_reach.nobody)
        return QStringLiteral("0");
    if (m_reach.everyone)
        return QStringLiteral("1");
    const QString holder = m_reach.userId.isEmpty()
                               ? QStringLiteral("0")
                               : anyHolder(personId, QStringLiteral("%h = :reach_user"));
    const QString restricted =
        m_reach.seesRestricted
            ? QStringLiteral("1")
            : QStringLiteral("NOT EXISTS (SELECT 1 FROM person rp WHERE rp.id = %1 AND "
                             "rp.restricted <> 0)")
                  .arg(personId);
    // No holder who is a user here (teams empty), or one of the actor's team.
    const QString team =
        !m_reach.teamBound
            ? QStringLiteral("1")
            : QStringLiteral("(NOT %1 OR %2)")
                  .arg(anyHolder(personId, QStringLiteral("%h IN (SELECT id FROM app_user)")),
                       anyHolder(
                           personId,
                           QStringLiteral("%h IN (SELECT id FROM app_user WHERE "
                                          "coalesce(team_id, '') = coalesce(:reach_team, ''))")));
    return QStringLiteral("(%1 OR (%2 AND %3))").arg(holder, restricted, team);
}

void PersonFilter::bind(QSqlQuery &query) const
{
    if (m_reach.nobody || m_reach.everyone)
        return;
    if (!m_reach.userId.isEmpty())
        query.bindValue(QStringLiteral(":reach_user"), m_reach.userId);
    if (m_reach.teamBound)
        query.bindValue(QStringLiteral(":reach_team"), m_reach.teamId);
}

} // namespace hub::store
