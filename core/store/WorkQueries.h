#pragma once

#include "Database.h"
#include "PersonFilter.h"
#include "domain/WorkViews.h"

namespace hub::store {

// The read side of the caseworker's desk.
class WorkQueries
{
public:
    explicit WorkQueries(Database &db) : m_db(db) {}

    // Referrals still awaiting triage (new, contact attempted); all teams when teamId is
    // empty. Unassigned first, then oldest first. A row whose person `reader` does not
    // admit has personHidden set (and personRestricted from the person's flag).
    Result<QVector<domain::InboxRow>> inbox(const QString &teamId, const PersonFilter &reader);

    // Open episodes and untriaged referrals owned by one worker.
    Result<QVector<domain::CaseloadRow>> caseload(const QString &userId);

    // Open tasks of one owner (and those done since `doneSince`), by due date.
    Result<QVector<domain::TaskRow>> tasks(const QString &ownerId, const QDateTime &doneSince);

    // People who might be the same as the one being entered: same date of birth, phone
    // number (E.164, domain::PhoneNumber) or postcode, or names starting alike (either order); only
    // those `reader` admits.
    Result<QVector<domain::PersonMatchCandidate>>
    matchCandidates(const QString &givenName, const QString &familyName, const QDate &dob,
                    const QString &phoneE164, const QString &postcodeCompact, int limit,
                    const PersonFilter &reader);

    // The Victims' Code first contact for a referral: the earliest contact with the person
    // at or after receipt that is outbound, or inbound with outcome "spoke".
    QDateTime firstContactAt(const QString &personId, const QDateTime &receivedAt);

    // Open episodes of a person (status open or closure requested).
    QStringList openEpisodeIds(const QString &personId);

private:
    Database &m_db;
};

} // namespace hub::store
