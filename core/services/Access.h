#pragma once

#include "Result.h"
#include "security/Permissions.h"
#include "store/PersonFilter.h"

namespace hub::store {
class Database;
}

namespace hub::services {

// The permission scope of one person's records (security::Scope): who holds their open
// referrals and support episodes, those workers' teams, and the restricted flag.
security::Scope personScope(store::Database &db, const QString &personId);

// Checks `action` on the records of `personId` (its scope read from the store).
Status checkPerson(store::Database &db, const domain::Actor &actor, security::Action action,
                   const QString &personId);

// The scope of one referral or support episode, for the supervisor's fixes: the person's
// restriction, and the record's own holder and that holder's team (the person's whole scope
// while nobody holds it). A supervisor of one team cannot move, close or prioritise another
// team's record because the person also has work in their team.
security::Scope recordScope(store::Database &db, const QString &personId, const QString &holderId);

// The people `actor` may open, as the SQL condition lists filter with (the same rule as
// checkPerson(ViewPerson)).
inline store::PersonFilter viewablePeople(const domain::Actor &actor)
{
    return store::PersonFilter(security::Permissions::reach(actor, security::Action::ViewPerson));
}

// What a list shows instead of the name of a person the actor may not open: "Restricted
// record" or "Another team's record", and nothing else about them (no date of birth, phone,
// postcode or crime reference). `restricted` is the person's flag.
QString hiddenPersonLabel(const domain::Actor &actor, bool restricted);

// Merged records (docs/USER_GUIDE.md "Merging duplicate people"): the record another was
// merged into, and what each path does with a tombstone id (Person::mergedInto).
// - Reading follows the merge: opening a person (CaseService::openPerson) opens the
//   surviving record.
// - Writing refuses: a contact, a referral at intake, a task, an edit, an erasure or a
//   retention erasure on a tombstone changes nothing and the message names the surviving
//   record (its name if the actor may open it, "Restricted record" or "Another team's
//   record" if not, and its id), because the worker chose the wrong record and should see
//   which one to use rather than have their words land on a person they did not pick.
// The record `personId` ends up in after following merges of merges; `personId` itself
// when it was not merged (or is not on file).
QString survivorOf(store::Database &db, const QString &personId);
// Ok unless `personId` is a tombstone; then a Conflict on person_id naming the survivor
// (by name when `actor` may do `action` on it), followed by `advice` (what to do instead;
// by default, to record it on the survivor).
Status refuseMerged(store::Database &db, const domain::Actor &actor, security::Action action,
                    const QString &personId, const QString &advice = {});

} // namespace hub::services
