#pragma once

// The store's side of merging two person records (services/PersonMergeService): the merge
// records themselves and the moves of a person's records from one person to another.

#include "Database.h"
#include "PersonFilter.h"
#include "Repositories.h"
#include "domain/Records.h"
#include "domain/WorkViews.h"

#include <QMap>

namespace hub::store {

// Ids of a person's records by kind ("referral", "episode", "onward_referral", "contact",
// "task"), each list sorted.
using PersonItems = QMap<QString, QStringList>;

class PersonMergeRepository
{
public:
    explicit PersonMergeRepository(Database &db) : m_db(db) {}

    Status insert(const domain::PersonMerge &m);
    Status remove(const QString &id);
    Result<domain::PersonMerge> get(const QString &id);
    // The merge that made `otherId` a tombstone, if any.
    Result<domain::PersonMerge> byOther(const QString &otherId);
    // Merges whose kept record is `personId`, newest first.
    QVector<domain::PersonMerge> forPerson(const QString &personId);
    Status forEach(const Visitor<domain::PersonMerge> &visit);

    // Every record that reaches `personId` directly: referrals, episodes (with their
    // onward referrals, which follow them), contacts and tasks.
    Result<PersonItems> itemsOf(const QString &personId);
    // Points the referrals, episodes and tasks of `items` now at `from` to `to` (contacts
    // follow the merge record by triggers, onward referrals their episode). Fails unless
    // every item was at `from`.
    Status move(const PersonItems &items, const QString &from, const QString &to);

    // Everyone `reader` may see who could be a duplicate: neither erased nor merged, with
    // their phone numbers' E.164 forms worked out first (PersonPhones).
    Result<QVector<domain::PersonMatchCandidate>> candidates(const PersonFilter &reader);

private:
    Database &m_db;
};

} // namespace hub::store
